import fc from 'fast-check';
import { RIGHT_LABELS } from '../../rights/rightLabel.ts';
import type { RightLabel } from '../../rights/rightLabel.ts';
import type { Classification } from '../classification.ts';
import type { LogisticModel, RequestModel } from './requestModel.ts';
import { COMPLAINT_BREACH_ADDED_ABOVE, findModelSay, isLeftToRules, MIN_KNOWN_WORD_SHARE, SHORT_MAIL_WORDS, weighWithRequestModel } from './weighWithRequestModel.ts';
import type { RulesReading, VerdictLimits } from './weighWithRequestModel.ts';
import { DEFAULT_REQUEST_MODEL_SETTINGS } from './trainRequestModel.ts';

/** A verdict that follows the request model alone: its probability is the request model's. */
const REQUEST_MODEL_VERDICT: LogisticModel = { bias: 0, weights: { requestLogit: 1 } };

/** A hand-written model: "gegevens" makes a request, "kopie" access, "wissen" erasure. */
function handWrittenModel(rightBias = -3): RequestModel {
  const rights = Object.fromEntries(RIGHT_LABELS.map((right) => [right, { bias: rightBias, weights: {} }])) as Record<RightLabel, LogisticModel>;
  return {
    format: 2,
    verdict: REQUEST_MODEL_VERDICT,
    corpus: { emails: 0, sha256: '' },
    settings: DEFAULT_REQUEST_MODEL_SETTINGS,
    request: { bias: -4, weights: { gegevens: 8, 'mijn gegevens': 2 } },
    rights: { ...rights, access: { bias: -2, weights: { kopie: 5 } }, erasure: { bias: -2, weights: { wissen: 5 } } },
  };
}

function reading(subject: string, bodyText: string): RulesReading {
  return { subject, bodyText };
}

/** Words the hand-written model gives no weight, to make a mail long enough for the verdict. */
const LONG_FILLER = Array.from({ length: SHORT_MAIL_WORDS }, (_, index) => `woord${index}`).join(' ');

/** A request above `threshold`, whatever share of the words the model knows. */
function above(threshold: number): VerdictLimits {
  return { threshold, minKnownWordShare: 0 };
}

const NO_REQUEST: Classification = {
  isPrivacyRequest: false,
  rights: [],
  language: 'nl',
  confidence: 0.9,
  needsReview: false,
  evidence: [],
  truncated: false,
  examinedChars: 0,
};

describe('weighWithRequestModel', () => {
  const model = handWrittenModel();

  it('turns a likely request into one that needs review, with the verdict probability as confidence', () => {
    const body = 'Kunt u mijn gegevens wissen?';
    const result = weighWithRequestModel(NO_REQUEST, reading('', body), model, above(0.9));
    expect(result.isPrivacyRequest).toBe(true);
    expect(result.needsReview).toBe(true);
    expect(result.isModelDecision).toBe(true);
    expect(result.rights).toEqual(['erasure']);
    expect(result.confidence).toBeGreaterThan(0.9);
    expect(result.evidence).toEqual([{ right: 'erasure', field: 'body', start: body.indexOf('wissen'), end: body.indexOf('?'), text: 'wissen' }]);
  });

  it('names every right above 0.5', () => {
    expect(weighWithRequestModel(NO_REQUEST, reading('kopie', 'mijn gegevens wissen'), model, above(0.9)).rights).toEqual(['access', 'erasure']);
  });

  it('names the single most likely right when none is above 0.5, with the request n-grams as evidence', () => {
    const body = `over mijn gegevens ${LONG_FILLER}`;
    const result = weighWithRequestModel(NO_REQUEST, reading('', body), handWrittenModel(-2.5), above(0.9));
    expect(result.rights).toEqual(['access']);
    expect(result.evidence.map(({ text }) => text)).toEqual(['gegevens', 'mijn gegevens']);
  });

  it('shows word pairs and words of four letters or more, at most three per right', () => {
    const chatty = handWrittenModel();
    const erasure = { bias: -2, weights: { me: 3, '3': 3, wissen: 2, 'me wissen': 1.5, alles: 1.2, nu: 1.1, echt: 1, 'alles nu': 0.5 } };
    const result = weighWithRequestModel(NO_REQUEST, reading('', 'gegevens: 3 alles nu echt me wissen'), { ...chatty, rights: { ...chatty.rights, erasure } }, above(0.5));
    expect(result.evidence.map(({ text }) => text)).toEqual(['wissen', 'me wissen', 'alles']);
  });

  it('keeps the rules result when the verdict agrees with it', () => {
    expect(weighWithRequestModel(NO_REQUEST, reading('', 'een factuur'), model, above(0.9))).toBe(NO_REQUEST);
    const request = { ...NO_REQUEST, isPrivacyRequest: true, rights: ['access' as const] };
    expect(weighWithRequestModel(request, reading('', 'mijn gegevens wissen'), model, above(0.1))).toBe(request);
  });

  it('sets a rule "request" aside for review when the verdict says no, keeping the rule evidence', () => {
    const evidence = [{ right: 'access' as const, field: 'body' as const, start: 0, end: 6, text: 'inzage' }];
    const request: Classification = { ...NO_REQUEST, isPrivacyRequest: true, rights: ['access'], confidence: 0.9, evidence };
    const course = `inzage in de cursus ${LONG_FILLER}`;
    const setAside = weighWithRequestModel(request, reading('', course), model, above(0.05));
    expect(setAside).toMatchObject({ isPrivacyRequest: false, rights: [], needsReview: true, isSetAsideByModel: true, evidence });
    expect(setAside.confidence).toBeLessThan(0.75);
    expect(weighWithRequestModel(request, reading('', `inzage in mijn gegevens ${LONG_FILLER}`), model, above(0.05))).toBe(request);
  });

  it('weighs the rules verdict as the verdict model says', () => {
    const trustsRules = { ...model, verdict: { bias: -2, weights: { rulesFindRequest: 3, requestLogit: 0.1 } } };
    const request: Classification = { ...NO_REQUEST, isPrivacyRequest: true, rights: ['access'], confidence: 0.9 };
    const course = `inzage in de cursus ${LONG_FILLER}`;
    expect(weighWithRequestModel(request, reading('', course), trustsRules, above(0.5))).toBe(request);
    expect(weighWithRequestModel(request, reading('', course), model, above(0.5)).isSetAsideByModel).toBe(true);
  });

  it('holds a mail of few words to the short-mail rule: a rule request stands, and the model finds only when sure of a right too', () => {
    const request: Classification = { ...NO_REQUEST, isPrivacyRequest: true, rights: ['access'], confidence: 0.9 };
    // p ≈ 0.018: set aside in a long mail, never in a short one.
    expect(weighWithRequestModel(request, reading('', 'inzage in de cursus'), model, above(0.5))).toBe(request);
    // p ≈ 0.998 for "mijn gegevens" and every right model below 0.5: a request in a long mail, none in a short one.
    expect(weighWithRequestModel(NO_REQUEST, reading('', `over mijn gegevens ${LONG_FILLER}`), model, above(0.5)).isPrivacyRequest).toBe(true);
    expect(weighWithRequestModel(NO_REQUEST, reading('', 'over mijn gegevens'), model, above(0.5))).toBe(NO_REQUEST);
    expect(weighWithRequestModel(NO_REQUEST, reading('', 'mijn gegevens wissen'), model, above(0.5))).toMatchObject({ isPrivacyRequest: true, rights: ['erasure'] });
  });

  it('leaves a rule request in a few words above a quoted mail twice as long to the short-mail rule', () => {
    const request: Classification = { ...NO_REQUEST, isPrivacyRequest: true, rights: ['unsubscribe'], confidence: 0.9 };
    const quoted = `afmelden graag\n\n${LONG_FILLER} ${LONG_FILLER}`;
    const aboveQuote = { subject: '', bodyText: quoted, readSendersLines: () => 'afmelden graag' };
    expect(weighWithRequestModel(request, aboveQuote, model, above(0.5))).toBe(request);
    // The whole mail is read where it names no quoted mail, or where the quoted mail is short (a signature left out).
    expect(weighWithRequestModel(request, reading('', quoted), model, above(0.5)).isSetAsideByModel).toBe(true);
    const signedOff = { subject: '', bodyText: `afmelden graag ${LONG_FILLER}`, readSendersLines: () => 'afmelden graag' };
    expect(weighWithRequestModel(request, signedOff, model, above(0.5)).isSetAsideByModel).toBe(true);
  });

  it('keeps a rule request as sure as the rules get in the sender\'s own lines above a quoted mail at least as long', () => {
    // The sender's lines are long enough for the verdict (not the short-mail rule); the quoted mail is longer still.
    const ownLines = `inzage graag ${LONG_FILLER} ${LONG_FILLER}`;
    const quoted = `${ownLines}\n\n${LONG_FILLER} ${LONG_FILLER} ${LONG_FILLER} ${LONG_FILLER} ${LONG_FILLER}`;
    const aboveQuote = { subject: '', bodyText: quoted, readSendersLines: () => ownLines };
    const sure: Classification = { ...NO_REQUEST, isPrivacyRequest: true, rights: ['access'], confidence: 0.98 };
    expect(weighWithRequestModel(sure, aboveQuote, model, above(0.5))).toBe(sure);
    // Less sure, or with no quoted mail below, the verdict sets it aside.
    const lessSure: Classification = { ...sure, confidence: 0.9 };
    expect(weighWithRequestModel(lessSure, aboveQuote, model, above(0.5)).isSetAsideByModel).toBe(true);
    expect(weighWithRequestModel(sure, reading('', quoted), model, above(0.5)).isSetAsideByModel).toBe(true);
  });

  it('keeps a rule request in the sender\'s own lines above a quoted mail where the models read those lines alone as a request', () => {
    // The quoted newsletter's "tips" drowns the sender's "gegevens" in the whole mail's reading.
    const ownLines = `mijn gegevens graag ${LONG_FILLER}`;
    const thread = `${ownLines}\n\ntips ${LONG_FILLER} ${LONG_FILLER} ${LONG_FILLER}`;
    const request: Classification = { ...NO_REQUEST, isPrivacyRequest: true, rights: ['rectification'], confidence: 0.9 };
    const drowned: LogisticModel = { bias: -4, weights: { gegevens: 8, tips: -9 } };
    const ownModel = { ...model, request: drowned };
    expect(weighWithRequestModel(request, { subject: '', bodyText: thread, readSendersLines: () => ownLines }, ownModel, above(0.5))).toBe(request);
    // Own lines the models read as no request leave the verdict as it was.
    const plainLines = `graag ${LONG_FILLER}`;
    const plainThread = `${plainLines}\n\ntips ${LONG_FILLER} ${LONG_FILLER}`;
    expect(weighWithRequestModel(request, { subject: '', bodyText: plainThread, readSendersLines: () => plainLines }, ownModel, above(0.5)).isSetAsideByModel).toBe(true);
  });

  it('finds a request in a short mail only above a probability of 0.95 with a right named', () => {
    // p ≈ 0.953 for "gegevens": just above the short-mail 0.95.
    const fairlySure = { ...handWrittenModel(), request: { bias: -4, weights: { gegevens: 7 } } };
    expect(weighWithRequestModel(NO_REQUEST, reading('', 'over gegevens wissen'), fairlySure, above(0.5))).toMatchObject({ isPrivacyRequest: true, rights: ['erasure'] });
    // p ≈ 0.948: just below it, the same right named.
    const lessSure = { ...handWrittenModel(), request: { bias: -4, weights: { gegevens: 6.9 } } };
    expect(weighWithRequestModel(NO_REQUEST, reading('', 'over gegevens wissen'), lessSure, above(0.5))).toBe(NO_REQUEST);
  });

  it('lets the right models tip the verdict', () => {
    const byRights = { ...model, request: { bias: 0, weights: {} }, verdict: { bias: -1, weights: { strongestRightLogit: 1 } } };
    // Access "kopie" at p ≈ 0.95 tips the verdict over 0.5; without it every right is below 0.05.
    expect(weighWithRequestModel(NO_REQUEST, reading('', `een kopie graag ${LONG_FILLER}`), byRights, above(0.5))).toMatchObject({ isPrivacyRequest: true, rights: ['access'] });
    expect(weighWithRequestModel(NO_REQUEST, reading('', `een factuur graag ${LONG_FILLER}`), byRights, above(0.5))).toBe(NO_REQUEST);
  });

  it('leaves a mail in which the model knows less than half the words to the rules (another language)', () => {
    const request: Classification = { ...NO_REQUEST, isPrivacyRequest: true, rights: ['access'], confidence: 0.9 };
    const limits = { threshold: 0.5, minKnownWordShare: MIN_KNOWN_WORD_SHARE };
    const spanish = 'solicitud de acceso a mis datos personales de conformidad con el reglamento, por favor infórmenme sobre el tratamiento';
    expect(weighWithRequestModel(request, reading('', `inzage in de cursus ${spanish} ${spanish}`), model, limits)).toBe(request);
    const known = { ...handWrittenModel(), request: { bias: -4, weights: { gegevens: 8, ...Object.fromEntries(LONG_FILLER.split(' ').map((word) => [word, 0])) } } };
    expect(weighWithRequestModel(request, reading('', `inzage in de cursus ${LONG_FILLER}`), known, limits).isSetAsideByModel).toBe(true);
  });

  it('never sets aside a breach report the rules found: its 72-hour deadline runs from receipt', () => {
    const breach: Classification = { ...NO_REQUEST, isPrivacyRequest: true, rights: ['breach_report'], confidence: 0.9 };
    expect(isLeftToRules(breach)).toBe(true);
    expect(weighWithRequestModel(breach, reading('', 'factuur van een ander'), model, above(0.05))).toBe(breach);
  });

  it('never sets aside a request a business customer passes on for someone it serves: its words are the customer\'s business', () => {
    const passedOn: Classification = { ...NO_REQUEST, isPrivacyRequest: true, rights: ['erasure'], confidence: 0.9, isPassedOnByCustomer: true };
    expect(isLeftToRules(passedOn)).toBe(true);
    expect(weighWithRequestModel(passedOn, reading('', `inzage in de cursus ${LONG_FILLER}`), model, above(0.05))).toBe(passedOn);
    expect(isLeftToRules({ ...passedOn, isPassedOnByCustomer: false })).toBe(false);
  });

  describe('a "no" the rules doubt (privacy phrases they read and cancelled)', () => {
    const doubted = { ...NO_REQUEST, needsReview: true, confidence: 0.7 };
    // "mijn gegevens wissen": request p ≈ 0.998; erasure p ≈ 0.95 with the hand-written model, ≈ 0.9991 with this one.
    const sureOfErasure = { ...handWrittenModel(), rights: { ...handWrittenModel().rights, erasure: { bias: -2, weights: { wissen: 9 } } } };

    it('stands unless the request model is above 0.95 and a right model above 0.98', () => {
      expect(isLeftToRules(doubted)).toBe(true);
      expect(weighWithRequestModel(doubted, reading('', 'mijn gegevens wissen'), model, above(0.5))).toBe(doubted);
      expect(weighWithRequestModel(doubted, reading('', 'over de gegevens'), sureOfErasure, above(0.5))).toBe(doubted);
      const body = 'mijn gegevens wissen';
      expect(weighWithRequestModel(doubted, reading('', body), sureOfErasure, above(0.5))).toMatchObject({
        isPrivacyRequest: true,
        rights: ['erasure'],
        needsReview: true,
        isModelDecision: true,
        evidence: [{ right: 'erasure', field: 'body', start: body.indexOf('wissen'), end: body.length, text: 'wissen' }],
      });
    });

    it('yields only to a request in the sender\'s own lines, not one in the mail he answers', () => {
      const body = 'Dank u, zo is het goed.\n\nVan: Quality Networks\nOnderwerp: mijn gegevens wissen';
      const thanks = { subject: '', bodyText: body, readSendersLines: () => 'Dank u, zo is het goed.' };
      expect(weighWithRequestModel(doubted, thanks, sureOfErasure, above(0.5))).toBe(doubted);
      const asked = { ...thanks, readSendersLines: () => body.slice(body.indexOf('mijn')) };
      expect(weighWithRequestModel(doubted, asked, sureOfErasure, above(0.5)).isPrivacyRequest).toBe(true);
    });
  });

  it('gives the models one say for classifying and training: none, the short-mail rule or the verdict', () => {
    const reading = (words: number, knownWords: number) => ({ probability: 0.5, words, knownWords });
    expect(findModelSay(NO_REQUEST, reading(SHORT_MAIL_WORDS, SHORT_MAIL_WORDS), MIN_KNOWN_WORD_SHARE)).toBe('verdict');
    expect(findModelSay(NO_REQUEST, reading(SHORT_MAIL_WORDS - 1, SHORT_MAIL_WORDS - 1), MIN_KNOWN_WORD_SHARE)).toBe('shortMail');
    expect(findModelSay(NO_REQUEST, reading(100, 49), MIN_KNOWN_WORD_SHARE)).toBe('none');
    expect(findModelSay({ ...NO_REQUEST, needsReview: true }, reading(100, 100), MIN_KNOWN_WORD_SHARE)).toBe('none');
  });

  describe('the rights of a request the rules found', () => {
    // Sure that "factuur" asks no access (p ≈ 0.00005) nor breach report, and that "nieuwsbrief" asks objection (p ≈ 0.998).
    const sure = handWrittenModel();
    const sureRights: RequestModel = {
      ...sure,
      request: { bias: 8, weights: {} },
      rights: {
        ...sure.rights,
        access: { bias: -2, weights: { factuur: -8 } },
        objection: { bias: -3, weights: { nieuwsbrief: 9 } },
        breach_report: { bias: -2, weights: { factuur: -8 } },
      },
    };
    const body = `over de factuur: wissen graag, en de nieuwsbrief ook ${LONG_FILLER}`;
    const evidenceOf = (right: RightLabel, text: string) => ({ right, field: 'body' as const, start: body.indexOf(text), end: body.indexOf(text) + text.length, text });
    const request: Classification = {
      ...NO_REQUEST,
      isPrivacyRequest: true,
      rights: ['access', 'erasure'],
      evidence: [evidenceOf('access', 'factuur'), evidenceOf('erasure', 'wissen')],
    };

    it('leaves out a right its model is sure is not asked and adds one it is sure is asked, with its n-grams as evidence', () => {
      const weighed = weighWithRequestModel(request, reading('', body), sureRights, above(0.5));
      expect(weighed).toMatchObject({ isPrivacyRequest: true, rights: ['erasure', 'objection'], rightsAddedByModel: ['objection'], rightsSetAsideByModel: ['access'] });
      expect(weighed.evidence).toEqual([evidenceOf('erasure', 'wissen'), evidenceOf('objection', 'nieuwsbrief')]);
      expect(weighed.needsReview).toBe(false);
    });

    it('changes nothing the models are less sure of', () => {
      const unsure = { ...sureRights, rights: { ...sureRights.rights, access: { bias: -2, weights: { factuur: -6 } }, objection: { bias: -3, weights: { nieuwsbrief: 6 } } } };
      expect(weighWithRequestModel(request, reading('', body), unsure, above(0.5))).toBe(request);
    });

    it('keeps the rules rights where the models would leave none', () => {
      const accessOnly: Classification = { ...request, rights: ['access'], evidence: [evidenceOf('access', 'factuur')] };
      expect(weighWithRequestModel(accessOnly, reading('', body.replace('nieuwsbrief', 'brief')), sureRights, above(0.5))).toBe(accessOnly);
    });

    it('leaves out a breach report its model is sure of only beside another right that stays', () => {
      const breach: Classification = { ...request, rights: ['access', 'breach_report'], evidence: [evidenceOf('access', 'factuur')] };
      expect(isLeftToRules(breach)).toBe(true);
      expect(weighWithRequestModel(breach, reading('', body), sureRights, above(0.5))).toMatchObject({
        rights: ['objection'],
        rightsAddedByModel: ['objection'],
        rightsSetAsideByModel: ['access', 'breach_report'],
      });
      // Without "nieuwsbrief" no right is added: the breach report would be left alone, and stays.
      const withoutMailing = reading('', body.replace('nieuwsbrief', 'brief'));
      expect(weighWithRequestModel(breach, withoutMailing, sureRights, above(0.5))).toMatchObject({ rights: ['breach_report'], rightsSetAsideByModel: ['access'] });
      const breachAlone: Classification = { ...request, rights: ['breach_report'], evidence: [] };
      expect(weighWithRequestModel(breachAlone, withoutMailing, sureRights, above(0.5))).toBe(breachAlone);
    });

    it('keeps a breach report beside a complaint alone, which complains of it, however sure the models are', () => {
      const withoutMailing = reading('', body.replace('nieuwsbrief', 'brief'));
      const complainedOf: Classification = { ...request, rights: ['breach_report', 'complaint'], evidence: [evidenceOf('complaint', 'factuur')] };
      expect(weighWithRequestModel(complainedOf, withoutMailing, sureRights, above(0.5))).toBe(complainedOf);
      // Beside a right of another kind that stays, the same breach report is set aside.
      const besideErasure: Classification = { ...request, rights: ['erasure', 'breach_report', 'complaint'], evidence: [evidenceOf('erasure', 'wissen')] };
      expect(weighWithRequestModel(besideErasure, withoutMailing, sureRights, above(0.5))).toMatchObject({
        rights: ['erasure', 'complaint'],
        rightsSetAsideByModel: ['breach_report'],
      });
    });

    it('adds no other right to a complaint alone: the request it is about is background the models read too', () => {
      const complaint: Classification = { ...request, rights: ['complaint'], evidence: [evidenceOf('complaint', 'factuur')] };
      expect(weighWithRequestModel(complaint, reading('', body), sureRights, above(0.5))).toMatchObject({ rights: ['complaint'] });
      const complaintAndErasure: Classification = { ...request, rights: ['erasure', 'complaint'], evidence: [evidenceOf('erasure', 'wissen')] };
      expect(weighWithRequestModel(complaintAndErasure, reading('', body), sureRights, above(0.5))).toMatchObject({ rights: ['erasure', 'objection', 'complaint'] });
    });

    it('adds a breach report to a complaint alone where its model finds one likely enough, and no other right', () => {
      const disclosed = `mijn nummer doorgegeven, en de nieuwsbrief ook ${LONG_FILLER}`;
      const complaint: Classification = { ...request, rights: ['complaint'], evidence: [{ right: 'complaint', field: 'body', start: 0, end: 4, text: 'mijn' }] };
      const breachLikely = (logit: number): RequestModel => ({ ...sureRights, rights: { ...sureRights.rights, breach_report: { bias: -2, weights: { doorgegeven: 2 + logit } } } });
      // p = sigmoid(COMPLAINT_BREACH_ADDED_ABOVE's logit + 0.1) and - 0.1: above it the breach report is added, below it not.
      const logit = Math.log(COMPLAINT_BREACH_ADDED_ABOVE / (1 - COMPLAINT_BREACH_ADDED_ABOVE));
      const added = weighWithRequestModel(complaint, reading('', disclosed), breachLikely(logit + 0.1), above(0.5));
      expect(added).toMatchObject({ rights: ['complaint', 'breach_report'], rightsAddedByModel: ['breach_report'] });
      expect(added.evidence.map(({ right, text }) => [right, text])).toEqual([['complaint', 'mijn'], ['breach_report', 'doorgegeven']]);
      expect(weighWithRequestModel(complaint, reading('', disclosed), breachLikely(logit - 0.1), above(0.5))).toBe(complaint);
    });

    it('leaves the rights of a short mail and of one in another language to the rules', () => {
      const short = 'over de factuur: wissen graag, en de nieuwsbrief ook';
      expect(weighWithRequestModel(request, reading('', short), sureRights, above(0.5))).toBe(request);
      const spanish = `${body} ${'solicitud de acceso a mis datos personales '.repeat(8)}`;
      expect(weighWithRequestModel(request, reading('', spanish), sureRights, { threshold: 0.5, minKnownWordShare: MIN_KNOWN_WORD_SHARE })).toBe(request);
    });
  });

  it('points every evidence span at the words it quotes, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.string({ maxLength: 300 }), (subject, noise) => {
        const body = `${noise} Mijn Gegevens wissen ${noise}`;
        const result = weighWithRequestModel(NO_REQUEST, reading(subject, body), model, above(0.5));
        for (const item of result.evidence) {
          const source = item.field === 'subject' ? subject : body;
          expect(source.slice(item.start, item.end)).toBe(item.text);
        }
      }),
    );
  });
});
