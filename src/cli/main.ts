import { availableParallelism } from 'node:os';
import { setFlagsFromString, startupSnapshot } from 'node:v8';
import { classifyEmail } from '../core/classifier/classifyEmail.ts';
import { runClassifyCommand } from './classifyCommand.ts';
import { runDeadlineCommand } from './deadlineCommand.ts';
import { runTrainCommand } from './trainCommand.ts';

const USAGE = `Usage:
  privacy-desk classify [FILE|-]     classify JSON Lines emails from FILE or stdin
  privacy-desk deadline --received <ISO 8601 instant> --right <label> [--extended] [--now <ISO 8601 instant>]
                                     print the legal deadline as JSON; --now adds the time left
  privacy-desk train [--corpus FOLDER] [--out FILE]
                                     train the request model on the labelled corpus`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'classify':
      return runClassifyCommand(rest, process.stdin, process.stdout, process.stderr);
    case 'deadline':
      return runDeadlineCommand(rest, process.stdout, process.stderr);
    case 'train':
      return runTrainCommand(rest, process.stdout, process.stderr);
    default:
      process.stderr.write(`${command === undefined ? 'No command given.' : `Unknown command "${command}".`}\n${USAGE}\n`);
      return 2;
  }
}

/** Runs one command with the V8 options a long classify run wants; sets the exit code. */
async function run(argv: string[]): Promise<void> {
  // V8 optimises a function once it has run about this many bytes of bytecode (the default, 66 KB, suits web pages).
  // A classify run is one long batch: with the default, V8 optimised the classifier's large functions on the first
  // mails, before their rarer branches had run, then dropped that code at the first such branch and compiled again
  // (collectEvidence twice, at some 200 ms a compile; readHtmlText three times, matchCues four). Waiting longer, they
  // are compiled with the feedback of more mails: on 50,000 mails 222 compiles and 33 deoptimisations, not 265 and 51.
  // Budgets of 400,000 and 1,000,000 left the functions unoptimised for longer and measured slower. Set here, not while a
  // start-up snapshot is built: options set then make the snapshot unloadable by a plain node.
  setFlagsFromString('--interrupt-budget=200000');
  // On one core (pinned, or a machine of one), V8's background compiler takes its time from the classifier all the same, and
  // the mails meanwhile run in the slower code it is replacing: compiling in place, the compiled code is there at once.
  if (availableParallelism() === 1) setFlagsFromString('--no-concurrent-recompilation');
  process.exitCode = await main(argv);
}

if (startupSnapshot.isBuildingSnapshot()) {
  // The snapshot (see `ensureCliSnapshot`) keeps the heap as it stands after this: the lexicons, compiled as their modules
  // loaded, and the request and right models, compiled on the first mail classified.
  classifyEmail({ subject: 'Verzoek om inzage', body: 'Welke persoonsgegevens verwerkt u over mij? Verwijder daarna mijn account.' });
  // Started from a snapshot, node leaves no script name in argv: the command follows the program.
  startupSnapshot.setDeserializeMainFunction(() => void run(process.argv.slice(1)));
} else {
  void run(process.argv.slice(2));
}
