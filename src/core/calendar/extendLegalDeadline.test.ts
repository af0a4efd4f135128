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
