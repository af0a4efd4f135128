import { isInRegisterFilter, summarizeRegister } from './summarizeRegister.ts';
import { buildRegisterCase, closeRegisterCase } from './registerCases.test-support.ts';

// Wednesday 4 March 2026, 10:00 in Amsterdam; that week runs to Sunday 8 March.
const wednesday = '2026-03-04T09:00:00Z';

const overdue = buildRegisterCase('AVG-2026-0001', '2026-03-02');
const dueToday = buildRegisterCase('AVG-2026-0002', '2026-03-04');
const dueSunday = buildRegisterCase('AVG-2026-0003', '2026-03-08');
const dueNextMonday = buildRegisterCase('AVG-2026-0004', '2026-03-09');
const closedOnTime = closeRegisterCase(buildRegisterCase('AVG-2026-0005', '2026-03-02'), '2026-02-20T10:00:00Z');
const closedLate = closeRegisterCase(buildRegisterCase('AVG-2026-0006', '2026-02-16'), '2026-02-18T10:00:00Z');
const register = [overdue, dueToday, dueSunday, dueNextMonday, closedOnTime, closedLate];

describe('summarizeRegister', () => {
  it('counts open, overdue, due this week and answered on time', () => {
    expect(summarizeRegister(register, wednesday)).toEqual({
      total: 6,
      open: 4,
      dueThisWeek: 2,
      overdue: 1,
      closed: 2,
      answered: 2,
      closedOnTime: 1,
      onTimeRatio: 0.5,
    });
  });

  it('leaves cases closed as not a request or withdrawn out of the on-time ratio, but counts them as closed', () => {
    const withOutcome = (reference: string, outcome: 'not_a_request' | 'withdrawn') => ({
      ...closeRegisterCase(buildRegisterCase(reference, '2026-02-16'), '2026-02-18T10:00:00Z'),
      outcome,
    });
    const summary = summarizeRegister([closedOnTime, closedLate, withOutcome('AVG-2026-0007', 'not_a_request'), withOutcome('AVG-2026-0008', 'withdrawn')], wednesday);
    expect(summary).toMatchObject({ closed: 4, answered: 2, closedOnTime: 1, onTimeRatio: 0.5 });
  });

  it('counts a case as due this week when our own target falls this week, though the legal deadline is later', () => {
    const unsubscribe = buildRegisterCase('AVG-2026-0009', '2026-04-02', { rightsInvoked: ['unsubscribe'], targetDate: '2026-03-05' });
    const targetNextWeek = buildRegisterCase('AVG-2026-0010', '2026-04-02', { targetDate: '2026-03-10' });
    expect(summarizeRegister([unsubscribe, targetNextWeek], wednesday).dueThisWeek).toBe(1);
  });

  it('counts a breach report by its 72-hour deadline: overdue once passed, though the answer period runs on', () => {
    const breach = buildRegisterCase('AVG-2026-0011', '2026-03-27', {
      rightsInvoked: ['erasure', 'breach_report'],
      breachNotificationDeadline: { kind: 'hours', receivedOn: '2026-02-27', deadlineAt: '2026-03-02T09:00:00.000Z' },
    });
    expect(summarizeRegister([breach], wednesday)).toMatchObject({ overdue: 1, dueThisWeek: 0 });
  });

  it('leaves the on-time ratio undefined when nothing was closed yet', () => {
    expect(summarizeRegister([overdue], wednesday).onTimeRatio).toBeUndefined();
    expect(summarizeRegister([], wednesday)).toMatchObject({ total: 0, open: 0, overdue: 0 });
  });
});

describe('isInRegisterFilter', () => {
  const pick = (filter: Parameters<typeof isInRegisterFilter>[1], now = wednesday) =>
    register.filter((c) => isInRegisterFilter(c, filter, now)).map((c) => c.reference);

  it('keeps "due this week" to open cases due from today to Sunday, excluding overdue ones', () => {
    expect(pick('dueThisWeek')).toEqual(['AVG-2026-0002', 'AVG-2026-0003']);
  });

  it('on a Sunday, "due this week" ends that same day', () => {
    expect(pick('dueThisWeek', '2026-03-08T09:00:00Z')).toEqual(['AVG-2026-0003']);
  });

  it('never lists a closed case as open or overdue, even past its deadline', () => {
    expect(pick('open', '2026-06-01T09:00:00Z')).not.toContain('AVG-2026-0005');
    expect(pick('overdue', '2026-06-01T09:00:00Z')).toEqual(['AVG-2026-0001', 'AVG-2026-0002', 'AVG-2026-0003', 'AVG-2026-0004']);
    expect(pick('closed')).toEqual(['AVG-2026-0005', 'AVG-2026-0006']);
    expect(pick('all')).toHaveLength(register.length);
  });
});
