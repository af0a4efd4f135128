import { isDeadlinePassed } from '../calendar/isDeadlinePassed.ts';
import type { BreachNotificationDeadline, MonthPeriodDeadline } from '../calendar/legalDeadline.ts';
import { findEarliestDeadline } from './findEarliestDeadline.ts';

const month: MonthPeriodDeadline = { kind: 'month-period', receivedOn: '2026-11-24', deadline: '2026-12-24', extended: false };
const breach: BreachNotificationDeadline = { kind: 'hours', receivedOn: '2026-11-24', deadlineAt: '2026-11-27T10:00:00.000Z' };

describe('findEarliestDeadline', () => {
  it('gives the answer period of a case without a breach report', () => {
    expect(findEarliestDeadline({ legalDeadline: month })).toBe(month);
  });

  it('gives the 72-hour notification of a breach report that came with another right', () => {
    expect(findEarliestDeadline({ legalDeadline: month, breachNotificationDeadline: breach })).toBe(breach);
  });

  it('gives the breach deadline of a breach-only case, where both fields hold it', () => {
    expect(findEarliestDeadline({ legalDeadline: breach, breachNotificationDeadline: breach })).toBe(breach);
  });

  it('lets the breach instant win over a month period ending on the same Amsterdam day', () => {
    const sameDay: BreachNotificationDeadline = { ...breach, deadlineAt: '2026-12-24T16:00:00.000Z' };
    expect(findEarliestDeadline({ legalDeadline: month, breachNotificationDeadline: sameDay })).toBe(sameDay);
  });

  it('gives the month period when it ends before a (stored) later breach deadline', () => {
    const later: BreachNotificationDeadline = { ...breach, deadlineAt: '2026-12-28T10:00:00.000Z' };
    expect(findEarliestDeadline({ legalDeadline: month, breachNotificationDeadline: later })).toBe(month);
  });

  it('makes a passed breach notification count as overdue while the answer period still runs', () => {
    const privacyCase = { legalDeadline: month, breachNotificationDeadline: breach };
    const now = '2026-11-27T10:01:00Z';
    expect(isDeadlinePassed(privacyCase.legalDeadline, now)).toBe(false);
    expect(isDeadlinePassed(findEarliestDeadline(privacyCase), now)).toBe(true);
  });
});
