import { classifyEmail } from '../../src/core/classifier/classifyEmail.ts';
import type { RequestModel } from '../../src/core/classifier/model/requestModel.ts';
import { REQUEST_MODEL_SET_ASIDE, REQUEST_MODEL_THRESHOLD } from '../../src/core/classifier/model/weighWithRequestModel.ts';
import type { RequestModelLimits } from '../../src/core/classifier/model/weighWithRequestModel.ts';
import { evaluateOutcomes } from './evaluateOutcomes.ts';
import type { EmailOutcome } from './evaluateOutcomes.ts';
import { formatScore, formatTable } from './formatTable.ts';
import type { Corpus } from './readCorpus.ts';

/** The limits the comparison varies; the share of known words stays the shipped one. */
export type ComparedLimits = Omit<RequestModelLimits, 'minKnownWordShare'>;

/** The limits `classifyEmail` ships with. */
export const SHIPPED_LIMITS: ComparedLimits = { findAbove: REQUEST_MODEL_THRESHOLD, setAsideBelow: REQUEST_MODEL_SET_ASIDE };

/**
 * Where the hybrid is compared: rules alone, the model's two parts alone and together at the shipped
 * limits, and the limits the shipped ones were chosen over (model README).
 */
export const COMPARED_LIMITS: readonly ComparedLimits[] = [
  { findAbove: 2, setAsideBelow: 0 },
  { findAbove: SHIPPED_LIMITS.findAbove, setAsideBelow: 0 },
  { findAbove: 2, setAsideBelow: SHIPPED_LIMITS.setAsideBelow },
  SHIPPED_LIMITS,
  { findAbove: 0.7, setAsideBelow: 0.05 },
];

/**
 * How a row of the comparison names the model's part.
 *
 * @example
 * describeLimits({ findAbove: 0.9, setAsideBelow: 0.005 }) // 'rules; model finds p > 0.9, sets aside p < 0.005'
 */
export function describeLimits({ findAbove, setAsideBelow }: ComparedLimits): string {
  const parts = [findAbove <= 1 ? `finds p > ${findAbove}` : '', setAsideBelow > 0 ? `sets aside p < ${setAsideBelow}` : ''].filter((part) => part !== '');
  return parts.length === 0 ? 'rules alone' : `rules; model ${parts.join(', ')}`;
}

/** Which model classifies an email: the held-out fold model for the project corpus, else the shipped one. */
export type ModelChoice = (id: string) => RequestModel | undefined;

/**
 * Classifies a corpus with the hybrid classifier at the given model limits.
 *
 * @example
 * classifyWithModel(corpus, (id) => heldOut.get(id), { findAbove: 0.9, setAsideBelow: 0.005 });
 */
export function classifyWithModel(corpus: Corpus, modelFor: ModelChoice, limits: ComparedLimits): EmailOutcome[] {
  return corpus.emails.map(({ id, language, email, labels }) => {
    const requestModel = modelFor(id);
    const options = { requestModelThreshold: limits.findAbove, requestModelSetAside: limits.setAsideBelow };
    const result = classifyEmail(email, requestModel === undefined ? options : { ...options, requestModel });
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
 * set of limits, one row per corpus and classifier, as a plain-text table.
 *
 * @example
 * console.log(compareRequestModel([[projectCorpus, heldOutModel], [publicCorpus, () => undefined]]));
 */
export function compareRequestModel(corpora: readonly (readonly [Corpus, ModelChoice])[]): string {
  const rows = corpora.flatMap(([corpus, modelFor]) =>
    COMPARED_LIMITS.map((limits) => {
      const report = evaluateOutcomes(classifyWithModel(corpus, modelFor, limits));
      return [
        corpus.name,
        describeLimits(limits),
        formatScore(report.detection.precision),
        formatScore(report.detection.recall),
        formatScore(report.microRights.f1),
      ];
    }),
  );
  return formatTable(['corpus', 'classifier', 'detection P', 'detection R', 'rights µF1'], rows, { rightAligned: [2, 3, 4] });
}
