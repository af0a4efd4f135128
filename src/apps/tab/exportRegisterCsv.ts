import type { PrivacyCase } from '../../core/cases/privacyCase.ts';
import { toAmsterdamDate } from '../../core/calendar/toAmsterdamDate.ts';
import { nameHandler, type HandlerList } from '../shared/nameHandler.ts';
import { describeCaseDeadline, findClosedAt } from './describeCaseDeadline.ts';

type Cell = string | number;

const COLUMNS = [
  'Reference', 'Requester name', 'Requester email', 'Rights invoked', 'Handler', 'Status', 'Outcome',
  'Received', 'Legal deadline', 'Extended', 'Days left', 'Closed on', 'Closed on time', 'Processor for',
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

/**
 * The register of processing requests as CSV (RFC 4180, UTF-8 with byte-order mark so spreadsheet
 * programs read accented names correctly), one row per case in the given order.
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
      legal.kind === 'hours' ? legal.deadlineAt : legal.deadline,
      legal.kind === 'month-period' && legal.extended ? 'yes' : 'no',
      privacyCase.status === 'closed' ? '' : standing.daysLeft,
      closedAt ? toAmsterdamDate(closedAt) : '',
      standing.closedOnTime === undefined ? '' : standing.closedOnTime ? 'yes' : 'no',
      privacyCase.processorFor ?? '',
    ];
  });
  return `\uFEFF${[COLUMNS as readonly Cell[], ...rows].map((row) => row.map(toCsvCell).join(',')).join('\r\n')}\r\n`;
}
