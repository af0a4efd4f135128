import { CUE_LEXICON } from './cueLexicon.ts';
import { detectLanguage } from './detectLanguage.ts';
import { createFrequentWords, matchCues } from './matchCues.ts';
import { tokenizeText } from './tokenizeText.ts';

function languageOf(text: string, active?: (index: number) => boolean) {
  const tokens = tokenizeText(text);
  const frequentWords = createFrequentWords();
  matchCues(tokens, CUE_LEXICON, undefined, frequentWords);
  const activeTokens = active === undefined ? undefined : Uint8Array.from({ length: tokens.count }, (_, index) => (active(index) ? 1 : 0));
  return detectLanguage([{ frequentWords, active: activeTokens }]);
}

describe('detectLanguage', () => {
  it.each([
    ['nl', 'Ik wil graag weten welke gegevens jullie van mij hebben.'],
    ['en', 'I would like to know what data you hold about me.'],
    ['de', 'Ich möchte wissen, welche Daten Sie über mich gespeichert haben.'],
    ['fr', 'Je voudrais savoir quelles données vous avez sur moi.'],
  ])('recognises %s', (language, text) => {
    expect(languageOf(text)).toBe(language);
  });

  it('recognises Dutch without accents or capitals, as typed in a hurry', () => {
    expect(languageOf('hoi, wil graag weten wat jullie van me hebben opgeslagen')).toBe('nl');
  });

  it('counts only the tokens marked as the sender\'s own words', () => {
    const text = 'Graag een kopie van mijn gegevens. The quick answer is that we will get back to you with the data.';
    expect(languageOf(text, (index) => index < 6)).toBe('nl');
  });

  it('answers und for text without frequent words', () => {
    expect(languageOf('12345 xyz')).toBe('und');
    expect(languageOf('')).toBe('und');
  });

  it('names a short mail by the one frequent word of the sender', () => {
    expect(languageOf('Uitschrijven van de lijst')).toBe('nl');
    expect(languageOf('Stop the mails')).toBe('en');
  });

  it("names a reply too short to tell by the mail it quotes, as a sender's own words come first", () => {
    const text = 'Prima!\n\n> Wij hebben het wachtwoord van uw account voor u gewijzigd en sturen het nieuwe per sms.';
    expect(languageOf(text, (index) => index < 1)).toBe('nl');
  });
});
