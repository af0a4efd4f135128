// `npm run bench`: prints speed and quality numbers next to a floor and a peer; asserts nothing.
import { listProjectCorpusFiles, readCorpus, REPO_ROOT } from '../eval/readCorpus.ts';
import type { BenchContext, BenchSection } from './benchSection.ts';
import { adversarialText } from './sections/adversarialText.ts';
import { classifierSpeed } from './sections/classifierSpeed.ts';
import { cliEndToEnd } from './sections/cliEndToEnd.ts';
import { legalDeadlines } from './sections/legalDeadlines.ts';
import { naiveBayesPeer } from './sections/naiveBayesPeer.ts';

const SECTIONS: BenchSection[] = [classifierSpeed, naiveBayesPeer, cliEndToEnd, adversarialText, legalDeadlines];

const corpus = readCorpus('project', listProjectCorpusFiles());
const context: BenchContext = {
  repoRoot: REPO_ROOT,
  emails: corpus.emails,
  inputLines: corpus.emails.map(({ id, email }) => JSON.stringify({ id, ...email })),
};
const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !SECTIONS.some((section) => section.name === name));
if (unknown.length > 0) {
  console.error(`Unknown bench section(s): ${unknown.join(', ')}. Sections: ${SECTIONS.map((s) => s.name).join(', ')}`);
  process.exitCode = 2;
} else if (context.emails.length === 0) {
  console.error('No project corpus in tests/fixtures/corpus/*.jsonl: nothing to measure.');
  process.exitCode = 1;
} else {
  console.log(`Node ${process.version}; ${context.emails.length} project corpus emails (${corpus.problems.length} lines skipped).`);
  for (const section of SECTIONS.filter((candidate) => wanted.length === 0 || wanted.includes(candidate.name))) {
    const started = performance.now();
    console.log(`\n=== ${section.title} ===`);
    console.log(await section.run(context));
    console.log(`(section took ${((performance.now() - started) / 1000).toFixed(1)} s)`);
  }
}
