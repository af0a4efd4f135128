import type { RightLabel } from '../rights/rightLabel.ts';
import type { WeighedEvidence } from './mergeEvidence.ts';
import { decideRights } from './decideRights.ts';

const piece = (right: RightLabel, start: number, extra: Partial<WeighedEvidence> = {}): WeighedEvidence => ({
  evidence: { right, field: 'body', start, end: start + 4, text: 'word' },
  weight: 1,
  isRecalled: false,
  isTopic: false,
  ...extra,
});
const plain = { isInformational: false, isAutoReply: false, isDirectTransfer: false, isRenewal: false };

describe('decideRights', () => {
  it('needs a total weight of 1 for a right to stand', () => {
    expect(decideRights([piece('breach_report', 0, { weight: 0.5 })], plain).rights).toEqual([]);
    expect(decideRights([piece('breach_report', 0, { weight: 0.5 }), piece('breach_report', 9, { weight: 0.5 })], plain).rights).toEqual([
      'breach_report',
    ]);
  });

  it('sets topic words aside in an informational mail', () => {
    const decision = decideRights([piece('access', 0, { isTopic: true })], { ...plain, isInformational: true });
    expect(decision.rights).toEqual([]);
    expect(decision.setAside).toBe(true);
  });

  it('keeps a recalled request in a reminder, drops it next to a new request, keeps a complaint told as done', () => {
    expect(decideRights([piece('access', 0, { isRecalled: true })], plain).rights).toEqual(['access']);
    const mixed = [piece('access', 0, { isRecalled: true }), piece('complaint', 9, { isRecalled: true }), piece('restriction', 20)];
    expect(decideRights(mixed, plain).rights).toEqual(['restriction', 'complaint']);
  });

  it('reads a complaint, even one told as done, as the new ask: the request it recalls is background unless renewed', () => {
    const complaint = [piece('access', 0, { isRecalled: true }), piece('complaint', 9, { isRecalled: true })];
    expect(decideRights(complaint, plain).rights).toEqual(['complaint']);
    expect(decideRights(complaint, { ...plain, isRenewal: true }).rights).toEqual(['access', 'complaint']);
  });

  it('reads a complaint lodged with us as a complaint beside a privacy request, and as half a one alone', () => {
    const lodged = piece('complaint', 9, { weight: 0.5, lodgesComplaint: true });
    expect(decideRights([piece('erasure', 0), lodged], plain).rights).toEqual(['erasure', 'complaint']);
    expect(decideRights([lodged], plain).rights).toEqual([]);
    expect(decideRights([piece('erasure', 0), piece('complaint', 9, { weight: 0.5 })], plain).rights).toEqual(['erasure']);
    expect(decideRights([piece('erasure', 0), { ...lodged, isRecalled: true }], plain).rights).toEqual(['erasure']);
  });

  it('adds access to portability, with its evidence, unless the data goes straight to a new provider', () => {
    const decision = decideRights([piece('portability', 3)], plain);
    expect(decision.rights).toEqual(['access', 'portability']);
    expect(decision.evidence.map((item) => item.right).sort()).toEqual(['access', 'portability']);
    expect(decideRights([piece('portability', 3)], { ...plain, isDirectTransfer: true }).rights).toEqual(['portability']);
  });

  it('decides nothing for an automatic reply', () => {
    expect(decideRights([piece('erasure', 0)], { ...plain, isAutoReply: true }).rights).toEqual([]);
  });
});

describe('decideRights: a demand for someone else\'s data under a legal power', () => {
  const demand = { ...plain, isDemandForOthersData: true };

  it('sets every right aside but a breach report, and marks the mail as set aside even without evidence', () => {
    const decision = decideRights([piece('access', 0), piece('breach_report', 9)], demand);
    expect(decision.rights).toEqual(['breach_report']);
    expect(decision.setAside).toBe(true);
    expect(decideRights([], demand).setAside).toBe(true);
    expect(decideRights([piece('access', 0)], demand).rights).toEqual([]);
  });
});
