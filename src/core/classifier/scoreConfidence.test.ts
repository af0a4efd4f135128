import { scoreConfidence } from './scoreConfidence.ts';

const request = { isPrivacyRequest: true, strongest: 1, cancelled: 0, setAside: false, isSubjectOnly: false };
const nonRequest = { ...request, isPrivacyRequest: false, strongest: 0 };

describe('scoreConfidence', () => {
  it('grows with the support of the best right and stays within 0..1', () => {
    const one = scoreConfidence(request).confidence;
    const two = scoreConfidence({ ...request, strongest: 2 }).confidence;
    const many = scoreConfidence({ ...request, strongest: 40 }).confidence;
    expect(two).toBeGreaterThan(one);
    expect(many).toBeLessThanOrEqual(1);
  });

  it('asks for review of a request seen only in the subject or next to cancelled phrases', () => {
    expect(scoreConfidence(request).needsReview).toBe(false);
    expect(scoreConfidence({ ...request, isSubjectOnly: true }).needsReview).toBe(true);
    expect(scoreConfidence({ ...request, cancelled: 1 }).needsReview).toBe(true);
  });

  it('doubts a request that only names a right as much as one seen only in the subject, and both together no more', () => {
    const subjectOnly = scoreConfidence({ ...request, isSubjectOnly: true });
    expect(scoreConfidence({ ...request, isNamesOnly: true })).toEqual(subjectOnly);
    expect(scoreConfidence({ ...request, isSubjectOnly: true, isNamesOnly: true })).toEqual(subjectOnly);
    expect(scoreConfidence({ ...nonRequest, isNamesOnly: true })).toEqual(scoreConfidence(nonRequest));
  });

  it('is sure of a mail without any privacy phrase, and less sure when phrases were cancelled or set aside', () => {
    expect(scoreConfidence(nonRequest)).toEqual({ confidence: 0.95, needsReview: false });
    expect(scoreConfidence({ ...nonRequest, cancelled: 2 }).needsReview).toBe(true);
    expect(scoreConfidence({ ...nonRequest, setAside: true }).needsReview).toBe(true);
  });
});
