// `npm run eval [-- FILE.jsonl ...]`: how well the classifier does on the project corpus, the public one
// when present, and any further labelled JSON Lines files named on the command line (same format as the
// project corpus), such as a set of an organisation's own emails that must stay outside the repository.
// The request model is trained on the project corpus, so project-corpus figures come from 5-fold
// cross-validation: every email is classified with a model trained on the other four fifths.
import { existsSync } from 'node:fs';
import { classifyWithModel, compareRequestModel, describeVerdict, SHIPPED_VERDICT } from './compareRequestModel.ts';
import type { ModelChoice } from './compareRequestModel.ts';
import { CROSS_VALIDATION_FOLDS, trainHeldOutModels } from './crossValidateRequestModel.ts';
import { evaluateOutcomes } from './evaluateOutcomes.ts';
import { formatReport } from './formatReport.ts';
import { listProjectCorpusFiles, PUBLIC_CORPUS_FILE, readCorpus } from './readCorpus.ts';
import type { Corpus } from './readCorpus.ts';

const shippedModel: ModelChoice = () => undefined;
const corpora: (readonly [Corpus, ModelChoice])[] = [];
const crossValidated = new Set<Corpus>();
const projectFiles = listProjectCorpusFiles();
if (projectFiles.length === 0) console.log('Project corpus: no tests/fixtures/corpus/*.jsonl files yet.\n');
else {
  const project = readCorpus('Project corpus (tests/fixtures/corpus)', projectFiles);
  const heldOut = trainHeldOutModels(project.emails);
  corpora.push([project, (id) => heldOut.get(id)]);
  crossValidated.add(project);
}
if (existsSync(PUBLIC_CORPUS_FILE)) corpora.push([readCorpus('Public corpus (third-party templates)', [PUBLIC_CORPUS_FILE]), shippedModel]);
else console.log('Public corpus: not found beside the repository; skipped.\n');
for (const file of process.argv.slice(2)) {
  if (existsSync(file)) corpora.push([readCorpus(`Labelled emails from ${file}`, [file]), shippedModel]);
  else console.log(`${file}: no such file; skipped.\n`);
}

for (const [corpus, modelFor] of corpora) {
  const models = crossValidated.has(corpus)
    ? `${CROSS_VALIDATION_FOLDS}-fold cross-validated: each email classified by n-gram models trained without it (verdict weights: the shipped ones)`
    : 'the shipped model';
  console.log(`=== ${corpus.name}; ${describeVerdict(SHIPPED_VERDICT)}; ${models} ===`);
  for (const problem of corpus.problems) console.log(`skipped ${problem}`);
  console.log(`${formatReport(evaluateOutcomes(classifyWithModel(corpus, modelFor, SHIPPED_VERDICT)))}\n`);
}
console.log(`=== Request model: rules alone against rules with the model (project corpus ${CROSS_VALIDATION_FOLDS}-fold cross-validated, others with the shipped model) ===`);
console.log(compareRequestModel(corpora));
