import type { BreachNotificationDeadline } from './legalDeadline.ts';
import { parseInstant } from './parseInstant.ts';
import { toAmsterdamDate } from './toAmsterdamDate.ts';

/** Art. 33: the supervisory authority is notified within 72 hours, never rolled forward. */
export const BREACH_NOTIFICATION_HOURS = 72;

/**
 * The Art. 33 deadline for notifying the Autoriteit Persoonsgegevens of a breach: exactly 72 real
 * hours after we became aware of it (the receipt of the report), whatever the day or clock change.
 *
 * @example
 * computeBreachNotificationDeadline('2026-03-27T10:00:00Z')
 * // { kind: 'hours', receivedOn: '2026-03-27', deadlineAt: '2026-03-30T10:00:00.000Z' }
 */
export function computeBreachNotificationDeadline(receivedAt: string): BreachNotificationDeadline {
  const receivedMs = parseInstant(receivedAt);
  const deadlineAt = new Date(receivedMs + BREACH_NOTIFICATION_HOURS * 3_600_000).toISOString();
  return { kind: 'hours', receivedOn: toAmsterdamDate(receivedMs), deadlineAt };
}
