import fc from 'fast-check';
import { RIGHT_LABELS } from '../rights/rightLabel.ts';
import { toDayNumber } from './calendarDate.ts';
import { computeLegalDeadline, LegalDeadlineError } from './computeLegalDeadline.ts';
import { isWorkingDay } from './isWorkingDay.ts';
import type { LegalDeadline } from './legalDeadline.ts';

function deadlineOf(receivedAt: string, options = {}): string {
  const legalDeadline = computeLegalDeadline(receivedAt, 'access', options);
  if (legalDeadline.kind !== 'month-period') {
    throw new Error('expected a month period');
  }
  return legalDeadline.deadline;
}

describe('computeLegalDeadline: one month (GDPR Art. 12(3), Regulation 1182/71)', () => {
  it('ends on the same date next month when that is a working day', () => {
    expect(computeLegalDeadline('2026-03-10T09:00:00Z', 'erasure')).toEqual({
      kind: 'month-period',
      receivedOn: '2026-03-10',
      deadline: '2026-04-10',
      extended: false,
    });
  });

  it('ends 31 January on 28 February, rolled from Saturday to Monday 2 March (2026)', () => {
    expect(deadlineOf('2026-01-31T10:00:00Z')).toBe('2026-03-02');
  });

  it('ends 31 January on 29 February in a leap year (2028, a Tuesday)', () => {
    expect(deadlineOf('2028-01-31T10:00:00Z')).toBe('2028-02-29');
  });

  it('ends 31 March on 30 April (2027, a Friday)', () => {
    expect(deadlineOf('2027-03-31T10:00:00Z')).toBe('2027-04-30');
  });

  it('ends a 29 February receipt on 29 March (2028, a Wednesday)', () => {
    expect(deadlineOf('2028-02-29T10:00:00Z')).toBe('2028-03-29');
  });

  it('counts a UTC evening in winter as the next Amsterdam day (23:30 UTC on 30 January → 31 January)', () => {
    const legalDeadline = computeLegalDeadline('2026-01-30T23:30:00Z', 'access');
    expect(legalDeadline.receivedOn).toBe('2026-01-31');
    expect(legalDeadline.kind === 'month-period' && legalDeadline.deadline).toBe('2026-03-02');
  });

  it('counts a UTC evening in summer as the next Amsterdam day (22:30 UTC on 14 June → 15 June)', () => {
    expect(deadlineOf('2027-06-14T22:30:00Z')).toBe('2027-07-15');
    expect(deadlineOf('2027-06-14T21:30:00Z')).toBe('2027-07-14');
  });

  it('counts receipt across the spring DST change (00:30 on 29 March 2026 in Amsterdam)', () => {
    expect(computeLegalDeadline('2026-03-28T23:30:00Z', 'access').receivedOn).toBe('2026-03-29');
    expect(deadlineOf('2026-03-28T23:30:00Z')).toBe('2026-04-29');
  });

  it('counts receipt across the autumn DST change (23:30 on 25 October 2026 stays on the 25th)', () => {
    expect(computeLegalDeadline('2026-10-25T22:30:00Z', 'access').receivedOn).toBe('2026-10-25');
    expect(deadlineOf('2026-10-25T22:30:00Z')).toBe('2026-11-25');
  });

  it.each([
    ["New Year's Day (Friday 1 January 2027)", '2026-12-01T10:00:00Z', '2027-01-04'],
    ['Easter Monday (6 April 2026)', '2026-03-06T10:00:00Z', '2026-04-07'],
    ["King's Day (Monday 27 April 2026)", '2026-03-27T10:00:00Z', '2026-04-28'],
    ['Liberation Day (Tuesday 5 May 2026)', '2026-04-05T10:00:00Z', '2026-05-06'],
    ['Ascension Day (Thursday 14 May 2026)', '2026-04-14T10:00:00Z', '2026-05-15'],
    ['Whit Monday (25 May 2026)', '2026-04-25T10:00:00Z', '2026-05-26'],
    ['Christmas Day (Friday 25 December 2026), over Boxing Day and the weekend', '2026-11-25T10:00:00Z', '2026-12-28'],
    ['Boxing Day (Tuesday 26 December 2028)', '2028-11-26T10:00:00Z', '2028-12-27'],
  ])('rolls a deadline on %s to the next working day', (_holiday, receivedAt, deadline) => {
    expect(deadlineOf(receivedAt)).toBe(deadline);
  });

  // When 27 April is a Sunday, King's Day falls on Saturday the 26th, a weekend day anyway, so the
  // 26-April rule itself never moves a deadline. What can go wrong is moving the holiday forward.
  it("rolls a deadline on Saturday 26 April 2025 to Monday 28 April: King's Day on a Sunday does not move to the Monday", () => {
    expect(deadlineOf('2025-03-26T10:00:00Z')).toBe('2025-04-28');
  });

  it('keeps Good Friday as the deadline day (3 April 2026)', () => {
    expect(deadlineOf('2026-03-03T10:00:00Z')).toBe('2026-04-03');
  });

  it('keeps Christmas Eve as the deadline day (Thursday 24 December 2026)', () => {
    expect(deadlineOf('2026-11-24T10:00:00Z')).toBe('2026-12-24');
  });

  it('does not move a receipt on a holiday: the day of receipt is not counted anyway (Easter Monday 2026)', () => {
    expect(deadlineOf('2026-04-06T10:00:00Z')).toBe('2026-05-06');
  });

  it('gives every right of the data subject the same month period', () => {
    const rights = RIGHT_LABELS.filter((right) => right !== 'breach_report');
    const deadlines = rights.map((right) => computeLegalDeadline('2026-05-20T08:00:00Z', right));
    expect(new Set(deadlines.map((legalDeadline) => JSON.stringify(legalDeadline))).size).toBe(1);
  });
});

describe('computeLegalDeadline: extension to three months', () => {
  it('ends three months from receipt, same counting (31 January 2026 → 30 April 2026)', () => {
    expect(computeLegalDeadline('2026-01-31T10:00:00Z', 'access', { extended: true })).toEqual({
      kind: 'month-period',
      receivedOn: '2026-01-31',
      deadline: '2026-04-30',
      extended: true,
    });
  });

  it('ends 30 November + 3 months on the last day of February, rolled from Saturday (2026)', () => {
    expect(deadlineOf('2025-11-30T10:00:00Z', { extended: true })).toBe('2026-03-02');
  });
});

describe('computeLegalDeadline: breach report (Art. 33, 72 hours)', () => {
  it('ends exactly 72 hours later across a weekend, not rolled to a working day', () => {
    expect(computeLegalDeadline('2026-11-27T16:00:00Z', 'breach_report')).toEqual({
      kind: 'hours',
      receivedOn: '2026-11-27',
      deadlineAt: '2026-11-30T16:00:00.000Z',
    });
  });

  it('counts real hours across the spring DST change (wall clock moves from 11:00 to 12:00)', () => {
    const legalDeadline = computeLegalDeadline('2026-03-27T10:00:00Z', 'breach_report');
    expect(legalDeadline).toMatchObject({ kind: 'hours', deadlineAt: '2026-03-30T10:00:00.000Z' });
  });

  it('counts real hours across the autumn DST change and from an offset instant', () => {
    const legalDeadline = computeLegalDeadline('2026-10-23T11:00:00+02:00', 'breach_report');
    expect(legalDeadline).toMatchObject({ kind: 'hours', receivedOn: '2026-10-23', deadlineAt: '2026-10-26T09:00:00.000Z' });
  });

  it('ends on a holiday without rolling (received Tuesday 22 December 2026 → Christmas Day)', () => {
    expect(computeLegalDeadline('2026-12-22T12:00:00Z', 'breach_report')).toMatchObject({
      deadlineAt: '2026-12-25T12:00:00.000Z',
    });
  });

  it('refuses to extend a breach notification', () => {
    expect(() => computeLegalDeadline('2026-03-27T10:00:00Z', 'breach_report', { extended: true })).toThrow(
      LegalDeadlineError,
    );
  });
});

describe('computeLegalDeadline: properties', () => {
  const instant = fc
    .integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2099, 11, 31) })
    .map((epochMs) => new Date(epochMs).toISOString());
  const monthDeadline = (legalDeadline: LegalDeadline): string =>
    legalDeadline.kind === 'month-period' ? legalDeadline.deadline : '';

  it('always ends on a working day, at least 28 and at most 35 days after receipt', () => {
    fc.assert(
      fc.property(instant, (receivedAt) => {
        const legalDeadline = computeLegalDeadline(receivedAt, 'access');
        const deadline = monthDeadline(legalDeadline);
        const days = toDayNumber(deadline) - toDayNumber(legalDeadline.receivedOn);
        expect(isWorkingDay(deadline)).toBe(true);
        expect(days).toBeGreaterThanOrEqual(28);
        expect(days).toBeLessThanOrEqual(35);
      }),
      { numRuns: 500 },
    );
  });

  it('never ends earlier for a later receipt', () => {
    fc.assert(
      fc.property(instant, instant, (first, second) => {
        const [earlier, later] = first <= second ? [first, second] : [second, first];
        expect(monthDeadline(computeLegalDeadline(later, 'erasure')) >= monthDeadline(computeLegalDeadline(earlier, 'erasure'))).toBe(
          true,
        );
      }),
      { numRuns: 500 },
    );
  });

  it('extended is always later than normal, on a working day', () => {
    fc.assert(
      fc.property(instant, (receivedAt) => {
        const normal = monthDeadline(computeLegalDeadline(receivedAt, 'access'));
        const extended = monthDeadline(computeLegalDeadline(receivedAt, 'access', { extended: true }));
        expect(extended > normal).toBe(true);
        expect(isWorkingDay(extended)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('puts a breach deadline exactly 72 hours after receipt', () => {
    fc.assert(
      fc.property(instant, (receivedAt) => {
        const legalDeadline = computeLegalDeadline(receivedAt, 'breach_report');
        const deadlineAt = legalDeadline.kind === 'hours' ? Date.parse(legalDeadline.deadlineAt) : Number.NaN;
        expect(deadlineAt - Date.parse(receivedAt)).toBe(72 * 3_600_000);
      }),
      { numRuns: 200 },
    );
  });
});
