import type { RequestModel } from '../../src/core/classifier/model/requestModel.ts';
import { SHIPPED_REQUEST_MODEL } from '../../src/core/classifier/model/shippedRequestModel.ts';
import { trainNgramModels } from '../../src/core/classifier/model/trainRequestModel.ts';
import { hashId } from '../bench/splitByIdHash.ts';
import type { LabelledEmail } from './parseLabelledEmail.ts';

export const CROSS_VALIDATION_FOLDS = 5;

/**
 * Trains one request model per fold (emails placed by a hash of their id, so folds are the same on
 * every run and an email never changes fold when others are added) on the other folds' emails, and
 * returns, per email id, the model that never saw that email.
 *
 * @example
 * const heldOut = trainHeldOutModels(corpus.emails);
 * classifyEmail(email, { requestModel: heldOut.get(id) });
 */
export function trainHeldOutModels(emails: readonly LabelledEmail[], folds = CROSS_VALIDATION_FOLDS): Map<string, RequestModel> {
  const foldOf = (email: LabelledEmail): number => hashId(email.id) % folds;
  const heldOut = new Map<string, RequestModel>();
  for (let fold = 0; fold < folds; fold += 1) {
    const training = emails.filter((email) => foldOf(email) !== fold);
    const model: RequestModel = {
      ...SHIPPED_REQUEST_MODEL,
      corpus: { emails: training.length, sha256: `fold ${fold + 1} of ${folds}` },
      ...trainNgramModels(training.map(({ email, labels }) => ({ email, labels }))),
    };
    for (const email of emails) if (foldOf(email) === fold) heldOut.set(email.id, model);
  }
  return heldOut;
}
