import { describeCaseDeadline } from './describeCaseDeadline.ts';
import { buildRegisterCase, closeRegisterCase } from './registerCases.test-support.ts';

describe('describeCaseDeadline', () => {
  const dueMonday = buildRegisterCase('AVG-2026-0001', '2026-03-02');

  it('counts calendar days left before the deadline', () => {
    const standing = describeCaseDeadline(dueMonday, '2026-02-27T10:00:00Z');
    expect(standing).toMatchObject({ deadlineDate: '2026-03-02', daysLeft: 3, isOverdue: false, text: '3 days left' });
  });

  it('says "Due today" on the deadline day, up to its last Amsterdam minute', () => {
    expect(describeCaseDeadline(dueMonday, '2026-03-02T22:59:00Z')).toMatchObject({ daysLeft: 0, isOverdue: false, text: 'Due today' });
  });

  it('marks a case overdue in words from the first Amsterdam minute after the deadline day', () => {
    expect(describeCaseDeadline(dueMonday, '2026-03-02T23:01:00Z')).toMatchObject({ isOverdue: true, text: 'Overdue by 1 day' });
    expect(describeCaseDeadline(dueMonday, '2026-03-06T09:00:00Z').text).toBe('Overdue by 4 days');
  });

  it('marks a 72-hour breach deadline overdue within its own last day', () => {
    const breach = buildRegisterCase('AVG-2026-0002', '2026-03-02', {
      rightsInvoked: ['breach_report'],
      legalDeadline: { kind: 'hours', receivedOn: '2026-02-27', deadlineAt: '2026-03-02T09:00:00Z' },
    });
    expect(describeCaseDeadline(breach, '2026-03-02T08:00:00Z')).toMatchObject({ isOverdue: false, text: 'Due today' });
    expect(describeCaseDeadline(breach, '2026-03-02T10:00:00Z')).toMatchObject({ isOverdue: true, text: 'Overdue today' });
  });

  it('judges a closed case by its closing day, not by today, and never calls it overdue', () => {
    const onTime = closeRegisterCase(dueMonday, '2026-03-02T16:00:00Z');
    const late = closeRegisterCase(dueMonday, '2026-03-03T08:00:00Z');
    expect(describeCaseDeadline(onTime, '2026-06-01T09:00:00Z')).toMatchObject({ isOverdue: false, closedOnTime: true, text: 'Closed on time' });
    expect(describeCaseDeadline(late, '2026-06-01T09:00:00Z')).toMatchObject({ isOverdue: false, closedOnTime: false, text: 'Closed late' });
  });

  it('counts a closed case without a closing event as not on time, since nobody can show it was', () => {
    expect(describeCaseDeadline({ ...dueMonday, status: 'closed' }, '2026-02-27T10:00:00Z').closedOnTime).toBe(false);
  });
});

describe('describeCaseDeadline with a breach reported next to a right', () => {
  const breachAndErasure = buildRegisterCase('AVG-2026-0003', '2026-03-27', {
    rightsInvoked: ['erasure', 'breach_report'],
    breachNotificationDeadline: { kind: 'hours', receivedOn: '2026-02-27', deadlineAt: '2026-03-02T09:00:00.000Z' },
  });

  it('counts to the 72-hour notification, which ends before the answer period', () => {
    expect(describeCaseDeadline(breachAndErasure, '2026-03-01T09:00:00Z')).toMatchObject({
      earliestDeadline: { kind: 'hours' },
      deadlineDate: '2026-03-02',
      daysLeft: 1,
      text: '1 day left',
    });
    expect(describeCaseDeadline(breachAndErasure, '2026-03-02T10:00:00Z')).toMatchObject({ isOverdue: true, text: 'Overdue today' });
  });

  it('judges a closed case by the answer deadline: closing is the answer, not the notification', () => {
    const closed = closeRegisterCase(breachAndErasure, '2026-03-20T10:00:00Z');
    expect(describeCaseDeadline(closed, '2026-04-01T09:00:00Z').closedOnTime).toBe(true);
  });

  it('takes our own target as the date to act on when it comes first', () => {
    const unsubscribe = buildRegisterCase('AVG-2026-0004', '2026-03-27', { targetDate: '2026-02-27' });
    expect(describeCaseDeadline(unsubscribe, '2026-02-27T09:00:00Z').attentionDate).toBe('2026-02-27');
  });
});
