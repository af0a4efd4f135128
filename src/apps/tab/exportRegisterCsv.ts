import type { LegalDeadline } from '../../core/calendar/legalDeadline.ts';
import { toAmsterdamDate } from '../../core/calendar/toAmsterdamDate.ts';
import type { PrivacyCase } from '../../core/cases/privacyCase.ts';
import { nameHandler, type HandlerList } from '../shared/nameHandler.ts';
import { describeCaseDeadline, findClosedAt } from './describeCaseDeadline.ts';
import { formatAmsterdamDateTime } from './formatAmsterdamDateTime.ts';

type Cell = string | number;

/** Dutch Excel expects `;` between cells (the comma is its decimal sign) and reads UTF-8 only after a BOM. */
const SEPARATOR = ';';

const COLUMNS = [
  'Reference', 'Requester name', 'Requester email', 'Rights invoked', 'Handler', 'Status', 'Outcome', 'Received',
  'Legal deadline', 'Breach notification deadline', 'Target date', 'Extended', 'Days left', 'Closed on', 'Closed on time',
  'Processor for',
] as const;

/**
 * Makes one CSV cell safe: text that a spreadsheet would run as a formula (starting with = + - @,
 * or a tab or carriage return that hides one) gets a leading apostrophe; every cell is quoted.
 *
 * @example
 * toCsvCell('=HYPERLINK("http://evil")') // '"\'=HYPERLINK(""http://evil"")"'
 */
export function toCsvCell(value: Cell): string {
  if (typeof value === 'number') return String(value);
  const neutralised = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${neutralised.replaceAll('"', '""')}"`;
}

/** A month period as its last day; a 72-hour deadline as its Amsterdam date and time. */
function writeDeadline(deadline: LegalDeadline | undefined): string {
  if (deadline === undefined) return '';
  return deadline.kind === 'hours' ? formatAmsterdamDateTime(deadline.deadlineAt) : deadline.deadline;
}

/**
 * The register of processing requests as CSV for Dutch Excel: `;` between cells, CRLF between rows,
 * UTF-8 with byte-order mark so accented names survive, every date on the Amsterdam calendar. One
 * row per case in the given order; "Days left" counts to the deadline that ends first.
 *
 * @example
 * downloadFile('privacy-register.csv', exportRegisterCsv(cases, new Date().toISOString()));
 */
export function exportRegisterCsv(cases: readonly PrivacyCase[], now: string, handlers: HandlerList = []): string {
  const rows = cases.map((privacyCase): Cell[] => {
    const standing = describeCaseDeadline(privacyCase, now);
    const closedAt = findClosedAt(privacyCase);
    const legal = privacyCase.legalDeadline;
    return [
      privacyCase.reference,
      privacyCase.requester.name ?? '',
      privacyCase.requester.email,
      privacyCase.rightsInvoked.join(' '),
      privacyCase.handler ? nameHandler(handlers, privacyCase.handler) : '',
      privacyCase.status,
      privacyCase.outcome ?? '',
      toAmsterdamDate(privacyCase.receivedAt),
      writeDeadline(legal),
      writeDeadline(privacyCase.breachNotificationDeadline),
      privacyCase.targetDate,
      legal.kind === 'month-period' && legal.extended ? 'yes' : 'no',
      privacyCase.status === 'closed' ? '' : standing.daysLeft,
      closedAt ? toAmsterdamDate(closedAt) : '',
      standing.closedOnTime === undefined ? '' : standing.closedOnTime ? 'yes' : 'no',
      privacyCase.processorFor ?? '',
    ];
  });
  const lines = [COLUMNS as readonly Cell[], ...rows].map((row) => row.map(toCsvCell).join(SEPARATOR));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
