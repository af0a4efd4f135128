import { RIGHT_LABELS } from '../../rights/rightLabel.ts';
import type { RightLabel } from '../../rights/rightLabel.ts';
import { emailBodyToText } from '../emailBodyToText.ts';
import type { IncomingEmail } from '../incomingEmail.ts';
import { extractModelFeatures } from './extractModelFeatures.ts';
import { pruneLogisticModel } from './pruneLogisticModel.ts';
import type { Classification } from '../classification.ts';
import { classifyEmail } from '../classifyEmail.ts';
import type { LogisticModel, RequestModel, RequestModelSettings, RequestNgramModels, TrainingCorpusStamp } from './requestModel.ts';
import { readRequestProbability, readRightProbabilities } from './scoreModelProbability.ts';
import { trainLogisticModel } from './trainLogisticModel.ts';
import type { LogisticExample, TrainedLogistic } from './trainLogisticModel.ts';
import { trainVerdictModel } from './trainVerdictModel.ts';
import { findModelSay, MIN_KNOWN_WORD_SHARE } from './weighWithRequestModel.ts';
import type { VerdictExample } from './trainVerdictModel.ts';
import { describeRulesVerdict, withStrongestRight } from './weighVerdict.ts';
import type { VerdictFacts } from './weighVerdict.ts';

/** A labelled email to learn from; `labels` [] means "not a request". */
export interface TrainingEmail {
  email: IncomingEmail;
  labels: readonly RightLabel[];
}

/**
 * Learning rate 0.5 and L2 1e-4 from the first prototype; 10 epochs, not 40, because stopping early
 * kept the model's probabilities sound on mail unlike the corpus (public corpus AUC 0.980 -> 0.992,
 * fresh emails unchanged). The kept n-gram counts were chosen on fresh emails nobody had tuned on:
 * keeping 2,000 instead of 20,000 cost the request model a third of what it found there (model README).
 */
export const DEFAULT_REQUEST_MODEL_SETTINGS: RequestModelSettings = {
  learningRate: 0.5,
  l2: 1e-4,
  epochs: 10,
  seed: 20_251_124,
  keptFeatures: { request: 20_000, right: 1_000 },
  averagedRuns: 5,
};

/**
 * Trains one logistic model `settings.averagedRuns` times, each visiting the examples in its own seeded
 * order, and averages bias and weights: the mean of the runs' logits, at the cost of one model.
 */
function trainAveragedLogisticModel(examples: readonly LogisticExample[], featureCount: number, settings: RequestModelSettings): TrainedLogistic {
  const weights = new Float64Array(featureCount);
  let bias = 0;
  for (let run = 0; run < settings.averagedRuns; run += 1) {
    const trained = trainLogisticModel(examples, featureCount, { ...settings, seed: settings.seed + run });
    bias += trained.bias;
    for (let feature = 0; feature < featureCount; feature += 1) weights[feature] = (weights[feature] as number) + (trained.weights[feature] as number);
  }
  for (let feature = 0; feature < featureCount; feature += 1) weights[feature] = (weights[feature] as number) / settings.averagedRuns;
  return { bias: bias / settings.averagedRuns, weights };
}

/**
 * Trains the request model and one model per right (one versus the rest) on labelled emails, then
 * prunes each to its strongest n-grams. Deterministic: the same emails in the same order give the
 * same models.
 *
 * @example
 * trainNgramModels(emails).request.weights['mijn gegevens'] // > 0 on a corpus of Dutch requests
 */
export function trainNgramModels(emails: readonly TrainingEmail[], settings: RequestModelSettings = DEFAULT_REQUEST_MODEL_SETTINGS): RequestNgramModels {
  const vocabulary = new Map<string, number>();
  const featureSets = emails.map(({ email }) => {
    const { ngrams } = extractModelFeatures(email.subject, emailBodyToText(email.body, email.bodyType));
    const indexes = new Int32Array(ngrams.size);
    let position = 0;
    for (const ngram of ngrams) {
      let index = vocabulary.get(ngram);
      if (index === undefined) {
        index = vocabulary.size;
        vocabulary.set(ngram, index);
      }
      indexes[position] = index;
      position += 1;
    }
    return indexes;
  });
  const ngrams = [...vocabulary.keys()];
  const train = (isPositive: (labels: readonly RightLabel[]) => boolean, kept: number): LogisticModel => {
    const examples: LogisticExample[] = emails.map(({ labels }, index) => ({
      features: featureSets[index] as Int32Array,
      isPositive: isPositive(labels),
    }));
    const trained = trainAveragedLogisticModel(examples, ngrams.length, settings);
    return pruneLogisticModel(trained.bias, ngrams, trained.weights, kept);
  };
  return {
    request: train((labels) => labels.length > 0, settings.keptFeatures.request),
    rights: Object.fromEntries(
      RIGHT_LABELS.map((right) => [right, train((labels) => labels.includes(right), settings.keptFeatures.right)]),
    ) as Record<RightLabel, LogisticModel>,
  };
}

/** The verdict model learns from n-gram models that never saw the mail, as on unseen mail: trained in this many folds. */
export const VERDICT_FOLDS = 5;

/**
 * What the verdict weighs for one mail, with every n-gram model read (training reads them all; the
 * classifier only as far as it needs); undefined where the models have no say (`weighWithRequestModel`).
 *
 * @example
 * readVerdictFacts(classifyEmail(email, { rulesAlone: true }), email, models)?.requestProbability
 */
export function readVerdictFacts(rules: Classification, email: IncomingEmail, models: RequestNgramModels): VerdictFacts | undefined {
  if (rules.isAutoReply === true) return undefined;
  const bodyText = emailBodyToText(email.body, email.bodyType).slice(0, rules.examinedChars);
  // Read as the classifier reads them: the right models through the words the request model looked up.
  const requestReading = readRequestProbability(email.subject, bodyText, models);
  if (findModelSay(rules, requestReading, MIN_KNOWN_WORD_SHARE) !== 'verdict') return undefined;
  return withStrongestRight(describeRulesVerdict(rules, requestReading.probability), readRightProbabilities(email.subject, bodyText, models));
}

/**
 * Trains the n-gram models on all emails, and the verdict model on what the rules and the n-gram
 * models say of each email when those models were trained without it (`VERDICT_FOLDS` folds, email
 * `i` in fold `i % VERDICT_FOLDS`). Deterministic: the same emails in the same order give the same model.
 *
 * @example
 * const model = trainRequestModel(emails, { emails: emails.length, sha256: corpusHash });
 * model.verdict.weights.rulesFindRequest // > 0
 */
export function trainRequestModel(
  emails: readonly TrainingEmail[],
  corpus: TrainingCorpusStamp,
  settings: RequestModelSettings = DEFAULT_REQUEST_MODEL_SETTINGS,
): RequestModel {
  const examples: VerdictExample[] = [];
  for (let fold = 0; fold < VERDICT_FOLDS; fold += 1) {
    const heldOut = trainNgramModels(emails.filter((_, index) => index % VERDICT_FOLDS !== fold), settings);
    emails.forEach(({ email, labels }, index) => {
      if (index % VERDICT_FOLDS !== fold) return;
      // Learnt only where the verdict has a say when classifying.
      const facts = readVerdictFacts(classifyEmail(email, { rulesAlone: true }), email, heldOut);
      if (facts !== undefined) examples.push({ facts, isRequest: labels.length > 0 });
    });
  }
  return { format: 2, corpus, settings, ...trainNgramModels(emails, settings), verdict: trainVerdictModel(examples) };
}
