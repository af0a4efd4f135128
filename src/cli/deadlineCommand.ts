import { addCalendarMonths } from '../core/calendar/addCalendarMonths.ts';
import { computeLegalDeadline } from '../core/calendar/computeLegalDeadline.ts';
import { computeTargetDate } from '../core/calendar/computeTargetDate.ts';
import { countDaysLeft } from '../core/calendar/countDaysLeft.ts';
import { countWorkingDaysLeft } from '../core/calendar/countWorkingDaysLeft.ts';
import { parseInstant } from '../core/calendar/parseInstant.ts';
import { loadDefaultOrganisationProfile } from '../core/organisation/loadDefaultOrganisationProfile.ts';
import { GDPR_ARTICLE, isRightLabel, RIGHT_LABELS, type RightLabel } from '../core/rights/rightLabel.ts';

const USAGE = `Usage: privacy-desk deadline --received <ISO 8601 instant> --right <label> [--extended] [--now <ISO 8601 instant>]
  --received  when the request arrived, with a time zone, e.g. 2026-01-30T23:30:00Z
  --right     one of ${RIGHT_LABELS.join(', ')}
  --extended  three months from receipt instead of one (not for breach_report)
  --now       also print the days and working days left at this instant`;

const MONTH_RULE =
  'GDPR Art. 12(3): one month from receipt (three when extended), counted under Regulation 1182/71 on the ' +
  'Europe/Amsterdam calendar; a period ending on a Saturday, Sunday or Dutch public holiday ends on the next working day.';
const BREACH_RULE = 'GDPR Art. 33: 72 hours after becoming aware of the breach; never moved to a working day.';

class UsageError extends Error {}

interface DeadlineArguments {
  received: string;
  right: RightLabel;
  extended: boolean;
  now?: string;
}

function readArguments(args: readonly string[]): DeadlineArguments {
  const values = new Map<string, string>();
  let extended = false;
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index]!;
    const equals = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const flag = equals === -1 ? arg : arg.slice(0, equals);
    const inlineValue = equals === -1 ? undefined : arg.slice(equals + 1);
    if (flag === '--extended' && inlineValue === undefined) {
      extended = true;
    } else if (flag === '--received' || flag === '--right' || flag === '--now') {
      const value = inlineValue ?? args[++index];
      if (value === undefined || value === '' || (inlineValue === undefined && value.startsWith('--'))) {
        throw new UsageError(`${flag} needs a value.`);
      }
      values.set(flag, value);
    } else {
      throw new UsageError(`Unknown argument "${arg}".`);
    }
  }
  const received = values.get('--received');
  const right = values.get('--right');
  if (received === undefined) throw new UsageError('--received is required.');
  if (right === undefined) throw new UsageError('--right is required.');
  if (!isRightLabel(right)) throw new UsageError(`Unknown right "${right}".`);
  if (extended && right === 'breach_report') {
    throw new UsageError('--extended cannot be used with breach_report: the 72 hours of Art. 33 cannot be extended.');
  }
  for (const flag of ['--received', '--now'] as const) {
    const value = values.get(flag);
    if (value !== undefined) parseInstantOrExplain(flag, value);
  }
  const now = values.get('--now');
  return { received, right, extended, ...(now === undefined ? {} : { now }) };
}

function parseInstantOrExplain(flag: string, value: string): void {
  try {
    parseInstant(value);
  } catch (error) {
    throw new UsageError(`${flag}: ${(error as Error).message}`);
  }
}

function describeDeadline({ received, right, extended, now }: DeadlineArguments): Record<string, unknown> {
  const legalDeadline = computeLegalDeadline(received, right, { extended });
  const common = { right, article: GDPR_ARTICLE[right] };
  const daysLeft =
    now === undefined
      ? {}
      : { daysLeft: countDaysLeft(legalDeadline, now), workingDaysLeft: countWorkingDaysLeft(legalDeadline, now) };
  if (legalDeadline.kind === 'hours') {
    const hoursLeft =
      now === undefined ? {} : { hoursLeft: Math.floor((parseInstant(legalDeadline.deadlineAt) - parseInstant(now)) / 3_600_000) };
    const { receivedOn, deadlineAt } = legalDeadline;
    return { receivedOn, deadlineAt, ...common, rule: BREACH_RULE, ...daysLeft, ...hoursLeft };
  }
  const periodEnd = addCalendarMonths(legalDeadline.receivedOn, extended ? 3 : 1);
  return {
    receivedOn: legalDeadline.receivedOn,
    deadline: legalDeadline.deadline,
    ...common,
    extended,
    ...(periodEnd === legalDeadline.deadline ? {} : { rolledForwardFrom: periodEnd }),
    targetDate: computeTargetDate(legalDeadline, [right], loadDefaultOrganisationProfile().targets),
    rule: MONTH_RULE,
    ...daysLeft,
  };
}

/**
 * `privacy-desk deadline`: prints the legal deadline of a request as one JSON object.
 * Returns the exit code: 0 on success, 2 for wrong arguments (explained on `errors`).
 *
 * @example
 * // privacy-desk deadline --received 2026-01-30T23:30:00Z --right access
 * // { "receivedOn": "2026-01-31", "deadline": "2026-03-02", "right": "access", ... }
 */
export async function runDeadlineCommand(
  args: string[],
  output: NodeJS.WritableStream,
  errors: NodeJS.WritableStream,
): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    output.write(`${USAGE}\n`);
    return 0;
  }
  try {
    output.write(`${JSON.stringify(describeDeadline(readArguments(args)), null, 2)}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    errors.write(`deadline: ${error.message}\n${USAGE}\n`);
    return 2;
  }
}
