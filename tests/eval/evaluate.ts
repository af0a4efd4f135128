// `npm run eval [-- FILE.jsonl ...]`: how well the classifier does on the project corpus, the public one
// when present, and any further labelled JSON Lines files named on the command line (same format as the
// project corpus), such as a set of an organisation's own emails that must stay outside the repository.
import { existsSync } from 'node:fs';
import { classifyEmail } from '../../src/core/classifier/classifyEmail.ts';
import { evaluateOutcomes } from './evaluateOutcomes.ts';
import type { EmailOutcome } from './evaluateOutcomes.ts';
import { formatReport } from './formatReport.ts';
import { listProjectCorpusFiles, PUBLIC_CORPUS_FILE, readCorpus } from './readCorpus.ts';
import type { Corpus } from './readCorpus.ts';

function classifyCorpus(corpus: Corpus): EmailOutcome[] {
  return corpus.emails.map(({ id, language, email, labels }) => {
    const result = classifyEmail(email);
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

const corpora: Corpus[] = [];
const projectFiles = listProjectCorpusFiles();
if (projectFiles.length === 0) console.log('Project corpus: no tests/fixtures/corpus/*.jsonl files yet.\n');
else corpora.push(readCorpus('Project corpus (tests/fixtures/corpus)', projectFiles));
if (existsSync(PUBLIC_CORPUS_FILE)) corpora.push(readCorpus('Public corpus (third-party templates)', [PUBLIC_CORPUS_FILE]));
else console.log('Public corpus: not found beside the repository; skipped.\n');
for (const file of process.argv.slice(2)) {
  if (existsSync(file)) corpora.push(readCorpus(`Labelled emails from ${file}`, [file]));
  else console.log(`${file}: no such file; skipped.\n`);
}

for (const corpus of corpora) {
  console.log(`=== ${corpus.name} ===`);
  for (const problem of corpus.problems) console.log(`skipped ${problem}`);
  console.log(`${formatReport(evaluateOutcomes(classifyCorpus(corpus)))}\n`);
}
