import fc from 'fast-check';
import type { InternalTargets } from '../organisation/organisationProfile.ts';
import { RIGHT_LABELS } from '../rights/rightLabel.ts';
import { computeGoverningDeadline } from './computeGoverningDeadline.ts';
import { computeLegalDeadline } from './computeLegalDeadline.ts';
import { computeTargetDate } from './computeTargetDate.ts';
import { getDeadlineDate } from './getDeadlineDate.ts';

const targets: InternalTargets = { objectionDays: 14, unsubscribeWorkingDays: 0 };

describe('computeTargetDate', () => {
  it('aims at two weeks for an objection', () => {
    expect(computeTargetDate(computeLegalDeadline('2026-03-02T09:00:00Z', 'objection'), ['objection'], targets)).toBe(
      '2026-03-16',
    );
  });

  it('moves an objection target on a Saturday back to Friday, so it stays within two weeks', () => {
    expect(computeTargetDate(computeLegalDeadline('2026-03-07T09:00:00Z', 'objection'), ['objection'], targets)).toBe(
      '2026-03-20',
    );
  });

  it("moves an objection target on King's Day back over the weekend to Friday", () => {
    expect(computeTargetDate(computeLegalDeadline('2026-04-13T09:00:00Z', 'objection'), ['objection'], targets)).toBe(
      '2026-04-24',
    );
  });

  it('aims at the same working day for an unsubscribe received on a Tuesday', () => {
    expect(computeTargetDate(computeLegalDeadline('2026-11-24T15:00:00Z', 'unsubscribe'), ['unsubscribe'], targets)).toBe(
      '2026-11-24',
    );
  });

  it('aims at Monday for an unsubscribe received on a Saturday', () => {
    expect(computeTargetDate(computeLegalDeadline('2026-11-28T15:00:00Z', 'unsubscribe'), ['unsubscribe'], targets)).toBe(
      '2026-11-30',
    );
  });

  it('counts working days when the profile allows more than the same day', () => {
    const legalDeadline = computeLegalDeadline('2026-11-27T15:00:00Z', 'unsubscribe');
    expect(computeTargetDate(legalDeadline, ['unsubscribe'], { ...targets, unsubscribeWorkingDays: 2 })).toBe('2026-12-01');
  });

  it('aims at the legal deadline for a right without an own target', () => {
    const legalDeadline = computeLegalDeadline('2026-01-31T10:00:00Z', 'access');
    expect(computeTargetDate(legalDeadline, ['access'], targets)).toBe('2026-03-02');
  });

  it('takes the earliest target when several rights are invoked (access + unsubscribe)', () => {
    const legalDeadline = computeGoverningDeadline('2026-11-24T15:00:00Z', ['access', 'unsubscribe']);
    expect(computeTargetDate(legalDeadline, ['access', 'unsubscribe'], targets)).toBe('2026-11-24');
  });

  it('caps an objection target beyond the legal deadline at the legal deadline', () => {
    const legalDeadline = computeLegalDeadline('2026-01-31T10:00:00Z', 'objection');
    expect(computeTargetDate(legalDeadline, ['objection'], { ...targets, objectionDays: 60 })).toBe('2026-03-02');
  });

  it('aims at the Amsterdam day of a breach deadline', () => {
    const legalDeadline = computeLegalDeadline('2026-03-27T22:30:00Z', 'breach_report');
    expect(computeTargetDate(legalDeadline, ['breach_report'], targets)).toBe('2026-03-31');
  });

  it('never aims before receipt nor after the legal deadline', () => {
    const instant = fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2040, 0, 1) }).map((ms) => new Date(ms).toISOString());
    const rights = fc.subarray([...RIGHT_LABELS], { minLength: 1 });
    const profileTargets = fc.record({ objectionDays: fc.integer({ min: 0, max: 28 }), unsubscribeWorkingDays: fc.integer({ min: 0, max: 5 }) });
    fc.assert(
      fc.property(instant, rights, profileTargets, (receivedAt, invoked, ownTargets) => {
        const legalDeadline = computeGoverningDeadline(receivedAt, invoked);
        const target = computeTargetDate(legalDeadline, invoked, ownTargets);
        expect(target >= legalDeadline.receivedOn).toBe(true);
        expect(target <= getDeadlineDate(legalDeadline)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
