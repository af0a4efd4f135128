import { createRequire } from 'node:module';
import { classifyEmail } from '../../../src/core/classifier/classifyEmail.ts';
import { trainRequestModel } from '../../../src/core/classifier/model/trainRequestModel.ts';
import { isRightLabel } from '../../../src/core/rights/rightLabel.ts';
import type { RightLabel } from '../../../src/core/rights/rightLabel.ts';
import { evaluateOutcomes } from '../../eval/evaluateOutcomes.ts';
import type { EmailOutcome } from '../../eval/evaluateOutcomes.ts';
import { formatScore, formatTable } from '../../eval/formatTable.ts';
import type { LabelledEmail } from '../../eval/parseLabelledEmail.ts';
import type { BenchSection } from '../benchSection.ts';
import { formatRate } from '../benchSection.ts';
import { measureCalls } from '../measureCalls.ts';
import { splitByIdHash } from '../splitByIdHash.ts';

type Natural = typeof import('natural');
type BayesClassifier = InstanceType<Natural['BayesClassifier']>;

function loadNatural(): Natural {
  // natural loads dotenv, which otherwise prints an advert on stdout in the middle of the figures.
  process.env.DOTENV_CONFIG_QUIET ??= 'true';
  return createRequire(import.meta.url)('natural') as Natural;
}

const textOf = ({ email }: LabelledEmail): string => `${email.subject}\n${email.body}`;

const NOT_A_REQUEST = 'none';

/**
 * One multi-class classifier over "none | <right>". An email with several rights is added once per
 * right, so the peer learns each right from it, but it can only ever answer one right.
 */
function trainPeer(training: readonly LabelledEmail[]): BayesClassifier {
  const { BayesClassifier } = loadNatural();
  const peer = new BayesClassifier();
  for (const labelled of training) {
    for (const label of labelled.labels.length === 0 ? [NOT_A_REQUEST] : labelled.labels) {
      peer.addDocument(textOf(labelled), label);
    }
  }
  peer.train();
  return peer;
}

type Prediction = { isRequest: boolean; rights: readonly RightLabel[] };

/** Scores one system on the held-out half, then times it there (one thread, a second of calls). */
function scoreSystem(
  scoring: readonly LabelledEmail[],
  predict: (labelled: LabelledEmail) => Prediction,
): { outcomes: EmailOutcome[]; emailsPerSecond: number } {
  const outcomes = scoring.map((labelled) => {
    const { isRequest, rights } = predict(labelled);
    return {
      id: labelled.id,
      language: labelled.language,
      expectedRights: labelled.labels,
      isPredictedRequest: isRequest,
      predictedRights: rights,
    };
  });
  return { outcomes, emailsPerSecond: measureCalls(scoring, predict, { minMillis: 1_000 }).callsPerSecond };
}

/** (c) natural's naive Bayes, trained on half the corpus, against our classifier on the other half. */
export const naiveBayesPeer: BenchSection = {
  name: 'peer',
  title: 'Peer: naive Bayes (natural) trained on half of the project corpus, both scored on the other half',
  run({ emails }) {
    const [training, scoring] = splitByIdHash(emails, (labelled) => labelled.id);
    const trainingStarted = performance.now();
    const peer = trainPeer(training);
    const trainingMillis = performance.now() - trainingStarted;

    const peerRun = scoreSystem(scoring, (labelled): Prediction => {
      const label = peer.classify(textOf(labelled));
      return isRightLabel(label) ? { isRequest: true, rights: [label] } : { isRequest: false, rights: [] };
    });
    // Our request model must not have seen the scored half either: it is trained on the peer's half.
    const requestModel = trainRequestModel(training, { emails: training.length, sha256: 'bench training half' });
    const oursRun = scoreSystem(scoring, ({ email }): Prediction => {
      const result = classifyEmail(email, { requestModel });
      return { isRequest: result.isPrivacyRequest, rights: result.rights };
    });
    const rows = [
      ['classifyEmail (rules + request model trained on the same half)', oursRun],
      ['naive Bayes peer', peerRun],
    ] as const;
    const table = formatTable(
      ['system', 'det. P', 'det. R', 'det. F1', 'rights P', 'rights R', 'rights micro-F1', 'emails/s'],
      rows.map(([name, { outcomes, emailsPerSecond }]) => {
        const report = evaluateOutcomes(outcomes);
        return [
          name,
          formatScore(report.detection.precision),
          formatScore(report.detection.recall),
          formatScore(report.detection.f1),
          formatScore(report.microRights.precision),
          formatScore(report.microRights.recall),
          formatScore(report.microRights.f1),
          formatRate(emailsPerSecond),
        ];
      }),
      { rightAligned: [1, 2, 3, 4, 5, 6, 7] },
    );
    const requests = scoring.filter((labelled) => labelled.labels.length > 0).length;
    return [
      `Split by FNV-1a hash of the id: ${training.length} emails to train, ${scoring.length} to score (${requests} requests).`,
      'The peer is one multi-class BayesClassifier over "none | <right>" (a multi-right email is trained once per',
      'right; the peer answers at most one right), with natural\'s defaults: English Porter stemmer and stop words',
      `for every language, subject + raw body. Training took ${trainingMillis.toFixed(0)} ms.`,
      'natural scores only the words present and divides by class size, so small classes tend to win.',
      table,
    ].join('\n');
  },
};
