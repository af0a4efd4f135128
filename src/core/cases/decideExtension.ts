import { LegalDeadlineError } from '../calendar/computeLegalDeadline.ts';
import { extendLegalDeadline } from '../calendar/extendLegalDeadline.ts';
import type { CalendarDate, MonthPeriodDeadline } from '../calendar/legalDeadline.ts';
import { CaseTransitionError, type CaseChange } from './caseCommand.ts';
import { checkExtension } from './checkExtension.ts';
import type { PrivacyCase } from './privacyCase.ts';

function extendTo(privacyCase: PrivacyCase, until: CalendarDate | undefined): MonthPeriodDeadline {
  try {
    return extendLegalDeadline(privacyCase.legalDeadline, until === undefined ? {} : { until });
  } catch (error) {
    if (error instanceof LegalDeadlineError) throw new CaseTransitionError('invalid_extension_date', error.message);
    throw error;
  }
}

/**
 * Extends the answer period of a case (GDPR Art. 12(3)): to three months from receipt, or to the
 * earlier date staff chose. Only the month period moves; a breach notification deadline stays.
 * Throws a `CaseTransitionError` when `checkExtension` refuses or the chosen date is out of range.
 *
 * @example
 * decideExtension(privacyCase, { type: 'extend', by: 'thomas', reason: 'Archive restore', until: '2027-01-15' }, at)
 *   .changes.legalDeadline // { kind: 'month-period', ..., deadline: '2027-01-15', extended: true }
 */
export function decideExtension(
  privacyCase: PrivacyCase,
  command: { by: string; reason: string; until?: CalendarDate },
  at: string,
): CaseChange {
  checkExtension(privacyCase, command.reason, at);
  const legalDeadline = extendTo(privacyCase, command.until);
  return {
    // The extension exists because the work needs longer: the own target moves with it.
    changes: {
      legalDeadline,
      targetDate: legalDeadline.deadline,
      ...(privacyCase.status === 'awaiting_identity' ? {} : { status: 'extended' }),
    },
    event: { type: 'extended', at, by: command.by, reason: command.reason.trim(), newDeadline: legalDeadline.deadline },
    effects: [{ type: 'prepare_reply', templateId: 'extension' }],
  };
}
