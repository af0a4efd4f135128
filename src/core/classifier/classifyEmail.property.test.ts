import fc from 'fast-check';
import { classifyEmail } from './classifyEmail.ts';
import { CUE_KIND_CODES } from './compileCueRules.ts';
import { CUE_LEXICON } from './cueLexicon.ts';
import { emailBodyToText } from './emailBodyToText.ts';
import { matchCues } from './matchCues.ts';
import { tokenizeText } from './tokenizeText.ts';

/** Strings that stress a text classifier: any unicode, HTML fragments, lone surrogates, privacy words. */
const hostileText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.string({ unit: 'grapheme', maxLength: 400 }),
  fc.array(
    fc.constantFrom('<p>', '</p>', '<br>', '<!--', '-->', '<style>', '&nbsp;', '&#xD800;', '&', '<', '>', '\ud800', '\udfff', '\n', '> ',
      'verwijder', 'mijn gegevens', 'delete my data', 'niet', 'Op 3 mei schreef Jan:', '-- ', 'Groet,', 'Auskunft', 'art. 15'),
    { maxLength: 60 },
  ).map((parts) => parts.join(' ')),
);
const email = fc.record({ subject: hostileText, body: hostileText, bodyType: fc.constantFrom('text' as const, 'html' as const) });

describe('classifyEmail on hostile input', () => {
  it('never throws and always returns a well-formed result', () => {
    fc.assert(
      fc.property(email, (input) => {
        const result = classifyEmail(input);
        expect(result.confidence).toBeGreaterThanOrEqual(0);
        expect(result.confidence).toBeLessThanOrEqual(1);
        expect(result.isPrivacyRequest).toBe(result.rights.length > 0);
      }),
      { numRuns: 300 },
    );
  });

  it('points every evidence span at the text it quotes, in the subject or the converted body', () => {
    fc.assert(
      fc.property(email, (input) => {
        const body = emailBodyToText(input.body, input.bodyType);
        for (const item of classifyEmail(input).evidence) {
          const source = item.field === 'subject' ? input.subject : body;
          expect(source.slice(item.start, item.end)).toBe(item.text);
          expect(item.start).toBeLessThan(item.end);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic: the same mail gives the same result', () => {
    fc.assert(
      fc.property(email, (input) => {
        expect(classifyEmail(input)).toEqual(classifyEmail(input));
      }),
      { numRuns: 100 },
    );
  });

  it('sets truncated and examinedChars from the cap', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.integer({ min: 0, max: 200 }), (body, maxBodyChars) => {
        const result = classifyEmail({ subject: '', body }, { maxBodyChars });
        expect(result.examinedChars).toBe(Math.min(body.length, maxBodyChars));
        expect(result.truncated).toBe(body.length > maxBodyChars);
      }),
    );
  });

  it('does not mutate its input', () => {
    const input = Object.freeze({ subject: 'Inzageverzoek', body: 'Graag een kopie van mijn gegevens.', bodyType: 'text' as const });
    expect(() => classifyEmail(input)).not.toThrow();
    expect(input.body).toBe('Graag een kopie van mijn gegevens.');
  });

  it('returns for inputs that make backtracking regular expressions explode', () => {
    const pathological = [
      'a'.repeat(50_000) + '!',
      '<'.repeat(50_000),
      '<a '.repeat(20_000),
      '&'.repeat(50_000),
      '&#'.repeat(25_000),
      '<!--'.repeat(20_000),
      'verwijder mijn '.repeat(10_000),
      ('on ' + 'x '.repeat(29)).repeat(2_000),
      '> '.repeat(30_000),
      '.\n'.repeat(30_000),
      // Every phrase in one long clause with a negation and an "and" before it: once cubic in the field.
      'niet verwijder mijn gegevens en '.repeat(4_000),
      'do not delete my data and '.repeat(4_000),
      // Every automatic-reply cue inside a telling of one: each was once checked against every match.
      'got autoreply '.repeat(7_000),
      'only automatic reply '.repeat(5_000),
    ];
    for (const body of pathological) {
      for (const bodyType of ['text', 'html'] as const) {
        const result = classifyEmail({ subject: body.slice(0, 5_000), body, bodyType });
        expect(result.examinedChars).toBeLessThanOrEqual(100_000);
      }
    }
  });

  it('reads at most the first 100,000 characters of a huge body', () => {
    const body = 'Hallo. '.repeat(30_000) + 'Verwijder al mijn persoonsgegevens.';
    const result = classifyEmail({ subject: '', body });
    expect(result.truncated).toBe(true);
    expect(result.examinedChars).toBe(100_000);
    expect(result.isPrivacyRequest).toBe(false);
  });
});

/** The automatic-reply rule written out: some cue that no telling of a received one overlaps. */
function saysAutoReplyByDefinition(subject: string): boolean {
  const { ruleKinds } = CUE_LEXICON;
  const matches = matchCues(tokenizeText(subject), CUE_LEXICON);
  const told = matches.filter((match) => ruleKinds[match.rule] === CUE_KIND_CODES.autoReplyReceived);
  return matches.some(
    (cue) => ruleKinds[cue.rule] === CUE_KIND_CODES.autoReply && !told.some((telling) => telling.first <= cue.last && telling.last >= cue.first),
  );
}

describe('automatic replies', () => {
  it('are recognised exactly where the rule written out over every telling finds one', () => {
    const subject = fc
      .array(fc.constantFrom('got', 'only', 'automatic', 'autoreply', 'reply', 'antwoord', 'out', 'of', 'office', 'then', 'nothing', 'x', ','), { maxLength: 30 })
      .map((words) => words.join(' '));
    fc.assert(
      fc.property(subject, (text) => {
        expect(classifyEmail({ subject: text, body: '' }, { rulesAlone: true }).isAutoReply).toBe(saysAutoReplyByDefinition(text));
      }),
      { numRuns: 2_000 },
    );
  });
});
