import { computeGoverningDeadline } from './computeGoverningDeadline.ts';
import { computeLegalDeadline, LegalDeadlineError } from './computeLegalDeadline.ts';

describe('computeGoverningDeadline', () => {
  it('gives a request with several rights the shared one-month deadline', () => {
    expect(computeGoverningDeadline('2026-01-30T23:30:00Z', ['access', 'erasure'])).toEqual(
      computeLegalDeadline('2026-01-30T23:30:00Z', 'access'),
    );
  });

  it('lets the 72 hours of a breach report govern over a month period, whatever the order', () => {
    const governing = computeGoverningDeadline('2026-01-30T23:30:00Z', ['erasure', 'breach_report', 'access']);
    expect(governing).toEqual(computeLegalDeadline('2026-01-30T23:30:00Z', 'breach_report'));
  });

  it('extends the shared month period to three months', () => {
    expect(computeGoverningDeadline('2026-01-31T10:00:00Z', ['access', 'portability'], { extended: true })).toMatchObject({
      deadline: '2026-04-30',
      extended: true,
    });
  });

  it('refuses an empty list of rights with a message naming the fix', () => {
    expect(() => computeGoverningDeadline('2026-01-31T10:00:00Z', [])).toThrow(LegalDeadlineError);
    expect(() => computeGoverningDeadline('2026-01-31T10:00:00Z', [])).toThrow(/at least one right/);
  });
});
