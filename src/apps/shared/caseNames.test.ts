import type { CaseOutcome, CaseStatus } from '../../core/cases/privacyCase.ts';
import { nameCaseOutcome } from './nameCaseOutcome.ts';
import { nameCaseStatus } from './nameCaseStatus.ts';

const STATUSES: CaseStatus[] = ['open', 'acknowledged', 'awaiting_identity', 'in_progress', 'extended', 'closed'];
const OUTCOMES: CaseOutcome[] = ['completed', 'partially_completed', 'refused', 'withdrawn', 'not_a_request'];

describe('nameCaseStatus', () => {
  it('says what the identity wait is for, not just "awaiting identity"', () => {
    expect(nameCaseStatus('awaiting_identity')).toBe('Awaiting identity check');
  });

  it('gives every status its own name, without underscores', () => {
    const names = STATUSES.map(nameCaseStatus);
    expect(new Set(names).size).toBe(STATUSES.length);
    expect(names.filter((name) => name.includes('_'))).toEqual([]);
  });
});

describe('nameCaseOutcome', () => {
  it('reads inside a sentence: lower case, words instead of underscores', () => {
    expect(nameCaseOutcome('partially_completed')).toBe('partially completed');
    const names = OUTCOMES.map(nameCaseOutcome);
    expect(names.filter((name) => name.includes('_') || name !== name.toLowerCase())).toEqual([]);
    expect(new Set(names).size).toBe(OUTCOMES.length);
  });
});
