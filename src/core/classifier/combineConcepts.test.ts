import { combineConcepts, FieldIngredients } from './combineConcepts.ts';
import { maskConcepts } from './conceptMask.ts';
import type { CueMatch } from './matchCues.ts';
import { REQUEST_CONCEPTS, type RequestConcept } from './requestConcept.ts';
import type { RightCombination } from './rightCombinations.ts';

const match = (first: number): CueMatch => ({ rule: 0, first, last: first });
/** Ingredients by sentence, each named concept supplied by a phrase at the next token. */
const ingredientsOf = (sentences: readonly (readonly RequestConcept[])[]): FieldIngredients => {
  const field = new FieldIngredients();
  let token = 0;
  sentences.forEach((names, sentence) => {
    for (const name of names) field.add(match(token++), REQUEST_CONCEPTS.indexOf(name), sentence);
  });
  return field;
};
const sentence = (names: RequestConcept[]) => ingredientsOf([names]);
/** Sentences of one paragraph, as collectEvidence links them. */
const paragraphOf = (sentences: readonly (readonly RequestConcept[])[]): FieldIngredients => {
  const field = ingredientsOf(sentences);
  for (let index = 1; index < field.sentences.length; index += 1) {
    const own = field.sentences[index];
    const before = field.sentences[index - 1];
    if (own !== undefined && before !== undefined) field.continueParagraph(own, before);
  }
  return field;
};

const COMBINATIONS: readonly RightCombination[] = [
  { rights: ['erasure'], all: ['erase'], any: ['myData', 'theirData'] },
  { rights: ['unsubscribe'], all: ['erase', 'mailingList'], unless: ['myData'] },
  { rights: ['access', 'portability'], all: ['getCopy', 'portableFormat'] },
];

describe('combineConcepts', () => {
  it('needs every `all` ingredient and one `any` ingredient in the sentence', () => {
    expect(combineConcepts(sentence(['erase']), COMBINATIONS)).toEqual([]);
    const [erasure] = combineConcepts(sentence(['erase', 'theirData']), COMBINATIONS);
    expect(erasure?.right).toBe('erasure');
    expect(erasure?.ingredients.map((ingredient) => ingredient.first)).toEqual([0, 1]);
  });

  it('skips a combination when an `unless` ingredient is present', () => {
    const rights = combineConcepts(sentence(['erase', 'mailingList', 'myData']), COMBINATIONS).map((item) => item.right);
    expect(rights).toEqual(['erasure']);
  });

  it('gives every right of a combination that names several', () => {
    const rights = combineConcepts(sentence(['getCopy', 'portableFormat']), COMBINATIONS).map((item) => item.right);
    expect(rights).toEqual(['access', 'portability']);
  });

  it('never combines ingredients from different sentences', () => {
    expect(combineConcepts(ingredientsOf([['erase'], ['myData']]), COMBINATIONS)).toEqual([]);
  });

  it('reads a follow-up with the sentence it leans on only for combinations that reach back', () => {
    const reachingBack: readonly RightCombination[] = [{ rights: ['rectification'], all: ['myContactDetail'], any: ['correct'], reachesBack: true }];
    const field = ingredientsOf([['myContactDetail'], ['correct']]);
    expect(combineConcepts(field, reachingBack)).toEqual([]);
    const [followUp, leanedOn] = [field.sentences[1], field.sentences[0]];
    if (followUp !== undefined) followUp.previous = leanedOn;
    const [rectification] = combineConcepts(field, reachingBack);
    expect(rectification?.sentence).toBe(1);
    expect(rectification?.ingredients.map((ingredient) => ingredient.first)).toEqual([0, 1]);
    expect(combineConcepts(field, COMBINATIONS)).toEqual([]);
  });

  it('reads a paragraph-wide combination once, at the last sentence of the paragraph, with all its sentences', () => {
    const acrossParagraph: readonly RightCombination[] = [{ rights: ['breach_report'], all: ['notForMe', 'personalDetails'], any: ['received'], acrossParagraph: true }];
    const field = ingredientsOf([['received'], ['notForMe'], ['personalDetails']]);
    expect(combineConcepts(field, acrossParagraph)).toEqual([]);
    const [first, second, third] = field.sentences;
    if (first === undefined || second === undefined || third === undefined) throw new Error('three sentences expected');
    field.continueParagraph(second, first);
    field.continueParagraph(third, second);
    const combined = combineConcepts(field, acrossParagraph);
    expect(combined.map((item) => [item.right, item.sentence])).toEqual([['breach_report', 2]]);
    expect(combined[0]?.ingredients.map((ingredient) => ingredient.first)).toEqual([1, 2, 0]);
  });

  it('keeps paragraphs apart', () => {
    const acrossParagraph: readonly RightCombination[] = [{ rights: ['breach_report'], all: ['notForMe', 'personalDetails'], acrossParagraph: true }];
    const field = ingredientsOf([['notForMe'], ['personalDetails']]);
    expect(combineConcepts(field, acrossParagraph)).toEqual([]);
  });

  it('lets the subject head each paragraph only for combinations headed by it, and never rule one out', () => {
    const headed: RightCombination = { rights: ['breach_report'], all: ['anotherOwner', 'personalDetails'], unless: ['correct'], acrossParagraph: true, headedBySubject: true };
    const heading = maskConcepts(['anotherOwner', 'correct']);
    expect(combineConcepts(ingredientsOf([['personalDetails']]), [headed], heading).map((item) => item.right)).toEqual(['breach_report']);
    expect(combineConcepts(ingredientsOf([['personalDetails']]), [{ ...headed, headedBySubject: false }], heading)).toEqual([]);
    expect(combineConcepts(ingredientsOf([['personalDetails', 'correct']]), [headed], heading)).toEqual([]);
  });

  it('reads a combination asked afterward with the paragraph up to its ask: what is wrong told before the correction asked', () => {
    const asked: RightCombination = { rights: ['rectification'], all: ['correct', 'wrongValue'], acrossParagraph: true, headedBySubject: true, askedAfterward: true };
    expect(combineConcepts(paragraphOf([['wrongValue'], ['correct']]), [asked]).map((item) => item.right)).toEqual(['rectification']);
    expect(combineConcepts(ingredientsOf([['correct', 'wrongValue']]), [asked]).map((item) => item.right)).toEqual(['rectification']);
    expect(combineConcepts(paragraphOf([['correct'], ['wrongValue']]), [asked])).toEqual([]);
    expect(combineConcepts(ingredientsOf([['correct']]), [asked], maskConcepts(['wrongValue'])).map((item) => item.right)).toEqual(['rectification']);
    expect(combineConcepts(paragraphOf([['correct'], ['wrongValue']]), [{ ...asked, askedAfterward: false }]).map((item) => item.right)).toEqual(['rectification']);
  });

  it('rules a paragraph-wide combination out by an ingredient of `unlessInField` in another paragraph or the subject', () => {
    const named: RightCombination = { rights: ['erasure'], all: ['erase'], any: ['myData'], unlessInField: ['anotherOwner'], acrossParagraph: true };
    expect(combineConcepts(ingredientsOf([['erase', 'myData']]), [named]).map((item) => item.right)).toEqual(['erasure']);
    expect(combineConcepts(ingredientsOf([['anotherOwner'], ['erase', 'myData']]), [named])).toEqual([]);
    expect(combineConcepts(ingredientsOf([['erase', 'myData']]), [named], maskConcepts(['anotherOwner']))).toEqual([]);
  });

  it('lets a subject that names a detail and its correction head a sentence that holds the `all` ingredients', () => {
    const headed: RightCombination = {
      rights: ['rectification'],
      all: ['myContactDetail'],
      any: ['correct', 'wrongValue'],
      unless: ['ourCompany'],
      headedBySubject: true,
      subjectNames: ['personalDetails'],
    };
    const heading = maskConcepts(['personalDetails', 'wrongValue']);
    const combined = combineConcepts(ingredientsOf([['me'], ['myContactDetail']]), [headed], heading);
    expect(combined.map((item) => [item.right, item.sentence])).toEqual([['rectification', 1]]);
    // The subject supplies no phrase: the sentence's detail is the evidence.
    expect(combined[0]?.ingredients.map((ingredient) => ingredient.first)).toEqual([1]);
    // A subject without the detail, or without the correction, heads nothing; nor does one that rules the combination out.
    expect(combineConcepts(ingredientsOf([['myContactDetail']]), [headed], maskConcepts(['wrongValue']))).toEqual([]);
    expect(combineConcepts(ingredientsOf([['myContactDetail']]), [headed], maskConcepts(['personalDetails']))).toEqual([]);
    expect(combineConcepts(ingredientsOf([['myContactDetail']]), [headed], maskConcepts(['personalDetails', 'wrongValue', 'ourCompany']))).toEqual([]);
    // The sentence must hold the `all` ingredients itself, and its own words rule the combination out too.
    expect(combineConcepts(ingredientsOf([['correct']]), [headed], maskConcepts(['personalDetails', 'wrongValue', 'myContactDetail']))).toEqual([]);
    expect(combineConcepts(ingredientsOf([['myContactDetail', 'ourCompany']]), [headed], heading)).toEqual([]);
  });

  it('lets a subject that names a detail head a correction below it only above a terse field, ruled out by anything in the field', () => {
    const terse: RightCombination = {
      rights: ['rectification'],
      all: ['newValue'],
      unless: ['ourCompany'],
      unlessInField: ['ourCompany'],
      headedBySubject: true,
      subjectNames: ['myContactDetail'],
      underTerseBody: true,
    };
    const heading = maskConcepts(['myContactDetail']);
    expect(combineConcepts(ingredientsOf([['newValue']]), [terse], heading, true).map((item) => item.right)).toEqual(['rectification']);
    expect(combineConcepts(ingredientsOf([['newValue']]), [terse], heading, false)).toEqual([]);
    // Without `underTerseBody` the field's length does not matter.
    expect(combineConcepts(ingredientsOf([['newValue']]), [{ ...terse, underTerseBody: false }], heading, false).map((item) => item.right)).toEqual(['rectification']);
    expect(combineConcepts(ingredientsOf([['newValue'], ['ourCompany']]), [terse], heading, true)).toEqual([]);
  });
});
