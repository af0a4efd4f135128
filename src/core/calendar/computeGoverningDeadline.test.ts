import type { RightLabel } from '../rights/rightLabel.ts';
import { computeGoverningDeadline } from './computeGoverningDeadline.ts';
import { LegalDeadlineError } from './computeLegalDeadline.ts';

// Expected dates checked by hand: 31 January 2026 + 1 month = 28 February 2026, a Saturday, so the
// period ends on Monday 2 March; + 3 months = Thursday 30 April 2026.
const MONTH_FROM_31_JANUARY_2026 = { kind: 'month-period', receivedOn: '2026-01-31', deadline: '2026-03-02', extended: false };

describe('computeGoverningDeadline', () => {
  it('gives a request with several rights the shared one-month deadline', () => {
    expect(computeGoverningDeadline('2026-01-30T23:30:00Z', ['access', 'erasure'])).toEqual(MONTH_FROM_31_JANUARY_2026);
  });

  it.each<[RightLabel[]]>([
    [['erasure', 'breach_report', 'access']],
    [['breach_report', 'erasure']],
  ])('keeps the one-month answer date when a breach report comes with other rights (%j)', (rights) => {
    expect(computeGoverningDeadline('2026-01-30T23:30:00Z', rights)).toEqual(MONTH_FROM_31_JANUARY_2026);
  });

  it('gives a breach report on its own the 72 hours, as an exact instant', () => {
    expect(computeGoverningDeadline('2026-01-30T23:30:00Z', ['breach_report'])).toEqual({
      kind: 'hours',
      receivedOn: '2026-01-31',
      deadlineAt: '2026-02-02T23:30:00.000Z',
    });
  });

  it('extends the shared month period to three months, also next to a breach report', () => {
    expect(computeGoverningDeadline('2026-01-31T10:00:00Z', ['breach_report', 'portability'], { extended: true })).toEqual({
      kind: 'month-period',
      receivedOn: '2026-01-31',
      deadline: '2026-04-30',
      extended: true,
    });
  });

  it('refuses an empty list of rights with a message naming the fix', () => {
    expect(() => computeGoverningDeadline('2026-01-31T10:00:00Z', [])).toThrow(LegalDeadlineError);
    expect(() => computeGoverningDeadline('2026-01-31T10:00:00Z', [])).toThrow(/at least one right/);
  });
});
