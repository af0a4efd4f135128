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
  --now       also print what is left at this instant: days and working days, or for breach_report
              days, hours (with fractions) and minutes
Each flag may be given once.`;

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
    // One request has one receipt and one right: a second value would silently win, so refuse it.
    if (values.has(flag) || (flag === '--extended' && extended)) {
      throw new UsageError(`${flag} was given more than once; give it once (one request, one right).`);
    }
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

/** Time left to an exact instant, in whole minutes and in hours with two decimals (30 minutes = 0.5). */
function describeTimeLeft(deadlineAt: string, now: string): { hoursLeft: number; minutesLeft: number } {
  const minutesLeft = Math.floor((parseInstant(deadlineAt) - parseInstant(now)) / 60_000);
  return { hoursLeft: Math.round((minutesLeft / 60) * 100) / 100, minutesLeft };
}

function describeDeadline({ received, right, extended, now }: DeadlineArguments): Record<string, unknown> {
  const legalDeadline = computeLegalDeadline(received, right, { extended });
  const common = { right, article: GDPR_ARTICLE[right] };
  if (legalDeadline.kind === 'hours') {
    // Hours are never rolled to a working day, so working days left would mislead here.
    const timeLeft = now === undefined ? {} : { daysLeft: countDaysLeft(legalDeadline, now), ...describeTimeLeft(legalDeadline.deadlineAt, now) };
    const { receivedOn, deadlineAt } = legalDeadline;
    return { receivedOn, deadlineAt, ...common, rule: BREACH_RULE, ...timeLeft };
  }
  const daysLeft =
    now === undefined
      ? {}
      : { daysLeft: countDaysLeft(legalDeadline, now), workingDaysLeft: countWorkingDaysLeft(legalDeadline, now) };
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
    // The calendar throws a RangeError for a date it cannot write, i.e. a deadline after the year 9999.
    if (!(error instanceof UsageError || error instanceof RangeError)) throw error;
    const message =
      error instanceof UsageError
        ? error.message
        : `no deadline can be computed for this receipt (${error.message}); give a receipt before the year 9999.`;
    errors.write(`deadline: ${message}\n${USAGE}\n`);
    return 2;
  }
}
