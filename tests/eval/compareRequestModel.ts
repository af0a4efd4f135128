import { classifyEmail } from '../../src/core/classifier/classifyEmail.ts';
import type { RequestModel } from '../../src/core/classifier/model/requestModel.ts';
import { evaluateOutcomes } from './evaluateOutcomes.ts';
import type { EmailOutcome } from './evaluateOutcomes.ts';
import { formatScore, formatTable } from './formatTable.ts';
import type { Corpus } from './readCorpus.ts';

/** Where the hybrid is compared: rules alone (above 1 = model off) and a few model thresholds. */
export const COMPARED_THRESHOLDS = [2, 0.9, 0.95, 0.98];

/** Which model classifies an email: the held-out fold model for the project corpus, else the shipped one. */
export type ModelChoice = (id: string) => RequestModel | undefined;

/**
 * Classifies a corpus with the hybrid classifier at one model threshold.
 *
 * @example
 * classifyWithModel(corpus, (id) => heldOut.get(id), 0.9);
 */
export function classifyWithModel(corpus: Corpus, modelFor: ModelChoice, threshold: number): EmailOutcome[] {
  return corpus.emails.map(({ id, language, email, labels }) => {
    const requestModel = modelFor(id);
    const result = classifyEmail(email, requestModel === undefined ? { requestModelThreshold: threshold } : { requestModel, requestModelThreshold: threshold });
    const outcome: EmailOutcome = {
      id,
      language,
      expectedRights: labels,
      isPredictedRequest: result.isPrivacyRequest,
      predictedRights: result.rights,
      subject: email.subject,
    };
    const evidence = result.evidence[0];
    if (evidence !== undefined) outcome.firstEvidence = `${evidence.right}: "${evidence.text}"`;
    return outcome;
  });
}

/**
 * Detection precision/recall and rights micro-F1 of rules alone and of the hybrid at each compared
 * threshold, one row per corpus and classifier, as a plain-text table.
 *
 * @example
 * console.log(compareRequestModel([[projectCorpus, heldOutModel], [publicCorpus, () => undefined]]));
 */
export function compareRequestModel(corpora: readonly (readonly [Corpus, ModelChoice])[]): string {
  const rows = corpora.flatMap(([corpus, modelFor]) =>
    COMPARED_THRESHOLDS.map((threshold) => {
      const report = evaluateOutcomes(classifyWithModel(corpus, modelFor, threshold));
      return [
        corpus.name,
        threshold > 1 ? 'rules alone' : `rules OR model p > ${threshold}`,
        formatScore(report.detection.precision),
        formatScore(report.detection.recall),
        formatScore(report.microRights.f1),
      ];
    }),
  );
  return formatTable(['corpus', 'classifier', 'detection P', 'detection R', 'rights µF1'], rows, { rightAligned: [2, 3, 4] });
}
