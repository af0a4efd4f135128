import fc from 'fast-check';
import { computeLegalDeadline, LegalDeadlineError } from './computeLegalDeadline.ts';
import { extendLegalDeadline } from './extendLegalDeadline.ts';

describe('extendLegalDeadline', () => {
  it('counts three months from the day of receipt, not from the first deadline (31 January → 30 April)', () => {
    const first = computeLegalDeadline('2026-01-31T10:00:00Z', 'access');
    expect(extendLegalDeadline(first)).toEqual({ kind: 'month-period', receivedOn: '2026-01-31', deadline: '2026-04-30', extended: true });
  });

  it('gives the same result as computing the extended deadline directly, for any receipt', () => {
    const instant = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2099, 0, 1) }).map((ms) => new Date(ms).toISOString());
    fc.assert(
      fc.property(instant, (receivedAt) => {
        expect(extendLegalDeadline(computeLegalDeadline(receivedAt, 'erasure'))).toEqual(
          computeLegalDeadline(receivedAt, 'erasure', { extended: true }),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('refuses to extend a breach notification', () => {
    expect(() => extendLegalDeadline(computeLegalDeadline('2026-03-27T10:00:00Z', 'breach_report'))).toThrow(LegalDeadlineError);
  });
});

describe('extendLegalDeadline to a date chosen by staff', () => {
  // Received Tuesday 24 November 2026: the first month ends Thursday 24 December, the longest
  // extension on Wednesday 24 February 2027.
  const first = computeLegalDeadline('2026-11-24T10:00:00Z', 'erasure');

  it('keeps a chosen working day (Friday 15 January 2027)', () => {
    expect(extendLegalDeadline(first, { until: '2027-01-15' })).toEqual({
      kind: 'month-period',
      receivedOn: '2026-11-24',
      deadline: '2027-01-15',
      extended: true,
    });
  });

  it('rolls a chosen Saturday (16 January 2027) to Monday 18 January', () => {
    expect(extendLegalDeadline(first, { until: '2027-01-16' })).toMatchObject({ deadline: '2027-01-18' });
  });

  it('rolls a chosen Boxing Day (Saturday 26 December 2026) over the weekend to Monday 28 December', () => {
    expect(extendLegalDeadline(first, { until: '2026-12-26' })).toMatchObject({ deadline: '2026-12-28' });
  });

  it('accepts exactly three months from receipt (24 February 2027)', () => {
    expect(extendLegalDeadline(first, { until: '2027-02-24' })).toMatchObject({ deadline: '2027-02-24' });
  });

  it.each([
    ['2027-02-25', 'one day later than three months from receipt'],
    ['2026-12-24', 'the current deadline itself'],
    ['2026-12-01', 'earlier than the current deadline'],
  ])('refuses %s (%s), naming the allowed range', (until) => {
    expect(() => extendLegalDeadline(first, { until })).toThrow(LegalDeadlineError);
    expect(() => extendLegalDeadline(first, { until })).toThrow(/after 2026-12-24 and no later than 2027-02-24/);
  });

  it('refuses a chosen date that is not a YYYY-MM-DD date', () => {
    expect(() => extendLegalDeadline(first, { until: '15-01-2027' })).toThrow(/write it as YYYY-MM-DD/);
  });
});
