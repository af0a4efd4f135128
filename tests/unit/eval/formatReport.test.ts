import { evaluateOutcomes } from '../../eval/evaluateOutcomes.ts';
import type { EmailOutcome } from '../../eval/evaluateOutcomes.ts';
import { formatReport } from '../../eval/formatReport.ts';

const found: EmailOutcome = {
  id: 'nl-1',
  language: 'nl',
  expectedRights: ['access'],
  isPredictedRequest: true,
  predictedRights: ['access'],
  subject: 'Inzageverzoek',
  firstEvidence: 'access: "inzageverzoek"',
};
const missed: EmailOutcome = {
  id: 'en-7',
  language: 'en',
  expectedRights: ['erasure', 'unsubscribe'],
  isPredictedRequest: false,
  predictedRights: [],
  subject: 'Please\nremove   me',
};
const falseAlarm: EmailOutcome = {
  id: 'en-9',
  language: 'en',
  expectedRights: [],
  isPredictedRequest: true,
  predictedRights: [],
  subject: 'Newsletter',
  firstEvidence: `unsubscribe: "${'x'.repeat(100)}"`,
};

describe('formatReport', () => {
  it('prints PASS for a perfect run and says there are no misses', () => {
    const text = formatReport(evaluateOutcomes([found]));
    expect(text).toContain('PASS  detection recall 1.000 (target >= 0.99)');
    expect(text).toContain('PASS  rights micro-F1 1.000 (target >= 0.95)');
    expect(text).toContain('Missed requests (false negatives): none');
    expect(text).toContain('Wrong rights: none');
  });

  it('prints FAIL and lists each miss with expected, got, a one-line subject and shortened evidence', () => {
    const text = formatReport(evaluateOutcomes([found, missed, falseAlarm]));
    expect(text).toContain('FAIL  detection recall 0.500');
    const missLine = text.split('\n').find((line) => line.startsWith('en-7'));
    expect(missLine).toMatch(/^en-7\s+erasure\+unsubscribe\s+none\s+Please remove me\s+-$/);
    const alarmLine = text.split('\n').find((line) => line.startsWith('en-9')) ?? '';
    expect(alarmLine).toContain('(request, no right)');
    expect(alarmLine.endsWith('…')).toBe(true);
    expect(alarmLine.length).toBeLessThan(140);
  });

  it('lists every right and every language in its tables', () => {
    const text = formatReport(evaluateOutcomes([found, missed]));
    for (const word of ['access', 'breach_report', 'complaint']) expect(text).toMatch(new RegExp(`^${word}\\s`, 'm'));
    expect(text).toMatch(/^en\s+1\s+1\s/m);
    expect(text).toMatch(/^nl\s+1\s+1\s/m);
  });
});
