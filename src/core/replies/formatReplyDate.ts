import type { CalendarDate } from '../calendar/legalDeadline.ts';
import type { ReplyLanguage } from './replyLanguagePack.ts';
import { REPLY_LANGUAGE_PACKS } from './chooseReplyLanguage.ts';
import { ReplyError } from './replyError.ts';

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Writes a calendar date the way a letter in that language does, with the month names from the
 * language's template module (no locale data from the runtime, so output is the same everywhere).
 *
 * @example
 * formatReplyDate('2026-12-24', 'nl') // '24 december 2026'
 * formatReplyDate('2026-12-24', 'en') // '24 December 2026'
 */
export function formatReplyDate(date: CalendarDate, language: ReplyLanguage): string {
  const match = CALENDAR_DATE.exec(date);
  const month = match ? Number(match[2]) : 0;
  const day = match ? Number(match[3]) : 0;
  const monthName = REPLY_LANGUAGE_PACKS[language].monthNames[month - 1];
  if (!match || monthName === undefined || day < 1 || day > daysInMonth(Number(match[1]), month)) {
    throw new ReplyError('invalid_date', `"${date}" is not a calendar date (expected YYYY-MM-DD).`);
  }
  return `${day} ${monthName} ${match[1]}`;
}

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; UTC avoids any time-zone shift.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
