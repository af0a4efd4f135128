/**
 * The key words of a request as a hurried sender mistypes them ("niewsbrief", "onvangen", "verwijderren",
 * "unsubcribe", "recieve", "personnal"): each counts wherever the word itself does in the lexicon.
 * Only words none of whose slips is a word of another meaning ("bezwaar" is not here: "bewaar" is a
 * word; nor "löschen": "lochen" is), written as people write them and folded like the text.
 */
export const SLIP_TOLERANT_WORDS: readonly string[] = [
  // Dutch
  'nieuwsbrief', 'nieuwsbrieven', 'mailinglijst', 'uitschrijven', 'afmelden', 'ontvangen', 'verwijder', 'verwijderen',
  'gegevens', 'persoonsgegevens', 'toestemming',
  // English
  'newsletter', 'newsletters', 'unsubscribe', 'delete', 'remove', 'account', 'details', 'information', 'personal', 'receive',
  // German
  'abmelden', 'abbestellen', 'austragen', 'einwilligung', 'personenbezogenen',
  // French
  'désabonner', 'désinscrire', 'supprimer', 'supprimez', 'effacer', 'personnelles', 'informations', 'recevoir',
];

/**
 * The slips of the finger in a folded word: a letter dropped, doubled or swapped with the next, never the
 * first letter (people rarely miss it) and no last letter dropped (that is mostly another form of the
 * word: "gegeven", "supprime").
 *
 * @example
 * typingSlips('remove').includes('remvoe') // true
 */
export function typingSlips(word: string): string[] {
  const slips = new Set<string>();
  for (let index = 1; index < word.length; index += 1) {
    if (index < word.length - 1) slips.add(word.slice(0, index) + word.slice(index + 1));
    slips.add(word.slice(0, index + 1) + word.slice(index));
    if (index < word.length - 1) slips.add(word.slice(0, index) + word.charAt(index + 1) + word.charAt(index) + word.slice(index + 2));
  }
  slips.delete(word);
  return [...slips];
}
