import { classifyEmail } from '../../src/core/classifier/classifyEmail.ts';
import type { RequestModel } from '../../src/core/classifier/model/requestModel.ts';
import { VERDICT_THRESHOLD } from '../../src/core/classifier/model/weighWithRequestModel.ts';
import { evaluateOutcomes } from './evaluateOutcomes.ts';
import type { EmailOutcome } from './evaluateOutcomes.ts';
import { formatScore, formatTable } from './formatTable.ts';
import type { Corpus } from './readCorpus.ts';

/** How the rules' verdict is weighed: not at all (rules alone), or by the verdict model at a threshold. */
export type VerdictChoice = { rulesAlone: true } | { rulesAlone: false; verdictThreshold: number };

/** What `classifyEmail` ships with. */
export const SHIPPED_VERDICT: VerdictChoice = { rulesAlone: false, verdictThreshold: VERDICT_THRESHOLD };

/** Where the hybrid is compared: rules alone, the shipped threshold and those it was chosen over (model README). */
export const COMPARED_VERDICTS: readonly VerdictChoice[] = [
  { rulesAlone: true },
  { rulesAlone: false, verdictThreshold: 0.2 },
  SHIPPED_VERDICT,
  { rulesAlone: false, verdictThreshold: 0.4 },
];

/**
 * How a row of the comparison names the classifier.
 *
 * @example
 * describeVerdict({ rulesAlone: false, verdictThreshold: 0.3 }) // 'rules weighed by the verdict model, request above 0.3'
 */
export function describeVerdict(choice: VerdictChoice): string {
  return choice.rulesAlone ? 'rules alone' : `rules weighed by the verdict model, request above ${choice.verdictThreshold}`;
}

/** Which model classifies an email: the held-out fold model for the project corpus, else the shipped one. */
export type ModelChoice = (id: string) => RequestModel | undefined;

/**
 * Classifies a corpus with rules alone or with the verdict model at a threshold.
 *
 * @example
 * classifyWithModel(corpus, (id) => heldOut.get(id), SHIPPED_VERDICT);
 */
export function classifyWithModel(corpus: Corpus, modelFor: ModelChoice, choice: VerdictChoice): EmailOutcome[] {
  return corpus.emails.map(({ id, language, email, labels }) => {
    const requestModel = modelFor(id);
    const options = choice.rulesAlone ? { rulesAlone: true } : { verdictThreshold: choice.verdictThreshold };
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
 * threshold, one row per corpus and classifier, as a plain-text table.
 *
 * @example
 * console.log(compareRequestModel([[projectCorpus, heldOutModel], [publicCorpus, () => undefined]]));
 */
export function compareRequestModel(corpora: readonly (readonly [Corpus, ModelChoice])[]): string {
  const rows = corpora.flatMap(([corpus, modelFor]) =>
    COMPARED_VERDICTS.map((choice) => {
      const report = evaluateOutcomes(classifyWithModel(corpus, modelFor, choice));
      return [
        corpus.name,
        describeVerdict(choice),
        formatScore(report.detection.precision),
        formatScore(report.detection.recall),
        formatScore(report.microRights.f1),
      ];
    }),
  );
  return formatTable(['corpus', 'classifier', 'detection P', 'detection R', 'rights µF1'], rows, { rightAligned: [2, 3, 4] });
}
