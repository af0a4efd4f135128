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

process.exitCode = await main(process.argv.slice(2));
