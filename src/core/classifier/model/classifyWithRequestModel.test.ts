import fc from 'fast-check';
import { RIGHT_LABELS } from '../../rights/rightLabel.ts';
import type { RightLabel } from '../../rights/rightLabel.ts';
import { classifyEmail } from '../classifyEmail.ts';
import { emailBodyToText } from '../emailBodyToText.ts';
import type { LogisticModel, RequestModel } from './requestModel.ts';
import { DEFAULT_REQUEST_MODEL_SETTINGS } from './trainRequestModel.ts';

/** Words of the test mail the model knows without weighing them: it has a say only where it knows half the words. */
const KNOWN_WORDS = Object.fromEntries(['printer', 'de', 'op', 'tweede', 'verdieping', 'is', 'schoongemaakt'].map((word) => [word, 0]));

/** A hand-written model that finds a request, for erasure, in any mail that says "zorgvuldig". */
function handWrittenModel(): RequestModel {
  const rights = Object.fromEntries(RIGHT_LABELS.map((right) => [right, { bias: -3, weights: {} }])) as Record<RightLabel, LogisticModel>;
  return {
    format: 2,
    // The verdict follows the request model alone, so its threshold is the request probability's.
    verdict: { bias: 0, weights: { requestLogit: 1 } },
    corpus: { emails: 0, sha256: '' },
    settings: DEFAULT_REQUEST_MODEL_SETTINGS,
    request: { bias: -5, weights: { zorgvuldig: 12, ...KNOWN_WORDS } },
    rights: { ...rights, erasure: { bias: -1, weights: { zorgvuldig: 4 } } },
  };
}

describe('classifyEmail with a request model', () => {
  const requestModel = handWrittenModel();
  // Three sentences: long enough (`SHORT_MAIL_WORDS`) for the verdict model's say.
  const email = { subject: 'Printer', body: 'De printer op de tweede verdieping is zorgvuldig schoongemaakt. '.repeat(3) };

  it('makes a mail the rules pass over a request needing review when the model is sure enough', () => {
    expect(classifyEmail(email, { rulesAlone: true }).isPrivacyRequest).toBe(false);
    const result = classifyEmail(email, { requestModel, verdictThreshold: 0.9 });
    expect(result).toMatchObject({ isPrivacyRequest: true, rights: ['erasure'], needsReview: true });
    expect(result.evidence[0]?.text).toBe('zorgvuldig');
  });

  it('leaves the rules result alone below the threshold and with the rules alone', () => {
    expect(classifyEmail(email, { requestModel, verdictThreshold: 0.99999 }).isPrivacyRequest).toBe(false);
    expect(classifyEmail(email, { requestModel, rulesAlone: true })).toEqual(classifyEmail(email, { rulesAlone: true }));
  });

  it('never makes an automatic reply a request', () => {
    const autoReply = { subject: 'Automatisch antwoord: Vraag', body: 'Ik ben afwezig. Zorgvuldig.' };
    const result = classifyEmail(autoReply, { requestModel, verdictThreshold: 0.5 });
    expect(result.isAutoReply).toBe(true);
    expect(result.isPrivacyRequest).toBe(false);
  });

  it('reads only the examined part of the body', () => {
    const late = { subject: '', body: `${'Hallo. '.repeat(20)}zorgvuldig` };
    expect(classifyEmail(late, { requestModel, verdictThreshold: 0.9, maxBodyChars: 50 }).isPrivacyRequest).toBe(false);
  });

  it('points model evidence into the subject or the converted HTML body', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.string({ maxLength: 200 }), (subject, noise) => {
        const body = `<p>${noise}</p><div>Zorgvuldig &amp; ${noise}</div>`;
        const converted = emailBodyToText(body, 'html');
        for (const item of classifyEmail({ subject, body, bodyType: 'html' }, { requestModel, verdictThreshold: 0.5 }).evidence) {
          expect((item.field === 'subject' ? subject : converted).slice(item.start, item.end)).toBe(item.text);
        }
      }),
    );
  });
});
