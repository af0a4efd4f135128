import { computeBreachNotificationDeadline } from './computeBreachNotificationDeadline.ts';

describe('computeBreachNotificationDeadline (GDPR Art. 33)', () => {
  it('ends 72 real hours later across the spring clock change (Friday 27 March 2026 → Monday 30 March)', () => {
    expect(computeBreachNotificationDeadline('2026-03-27T10:00:00Z')).toEqual({
      kind: 'hours',
      receivedOn: '2026-03-27',
      deadlineAt: '2026-03-30T10:00:00.000Z',
    });
  });

  it('counts the day of awareness on the Amsterdam calendar (23:30 UTC on 30 January → 31 January)', () => {
    expect(computeBreachNotificationDeadline('2026-01-30T23:30:00Z')).toMatchObject({
      receivedOn: '2026-01-31',
      deadlineAt: '2026-02-02T23:30:00.000Z',
    });
  });

  it('reads an offset instant and gives the deadline in UTC', () => {
    expect(computeBreachNotificationDeadline('2026-12-22T13:00:00+01:00').deadlineAt).toBe('2026-12-25T12:00:00.000Z');
  });
});
