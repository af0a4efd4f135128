import { SharedBlocks } from './sharedBlocks.ts';

/** Code units below this bound are folded by their Unicode decomposition; the others pass through unchanged, but for `PUNCTUATION_FOLDS`. */
const DECOMPOSED_BELOW = 0x250;

/** Characters whose folding the Unicode decomposition does not give in one code unit. */
const SPECIAL_FOLDS: Readonly<Record<string, string>> = {
  ß: 's',
  ẞ: 's',
  æ: 'a',
  Æ: 'a',
  œ: 'o',
  Œ: 'o',
  ø: 'o',
  Ø: 'o',
  ł: 'l',
  Ł: 'l',
  đ: 'd',
  Đ: 'd',
  '\u00a0': ' ',
};

/** Typographic punctuation folded to its ASCII form, so "l’accès" matches "l'accès". */
const PUNCTUATION_FOLDS: ReadonlyMap<number, number> = new Map([
  [0x2018, 0x27],
  [0x2019, 0x27],
  [0x201b, 0x27],
  [0x2032, 0x27],
  [0x201c, 0x22],
  [0x201d, 0x22],
  [0x2010, 0x2d],
  [0x2011, 0x2d],
  [0x2013, 0x2d],
  [0x2014, 0x2d],
  [0x202f, 0x20],
  [0x2007, 0x20],
  [0x200b, 0x20],
]);

/**
 * The folded code of every UTF-16 code unit, so folding a character is one read with no branch
 * (128 KB, of which a text of Latin script reads the first kilobyte).
 */
function buildFoldTable(): Uint16Array {
  const table = new Uint16Array(0x10000);
  for (let code = DECOMPOSED_BELOW; code < table.length; code += 1) table[code] = code;
  PUNCTUATION_FOLDS.forEach((folded, code) => {
    table[code] = folded;
  });
  for (let code = 0; code < DECOMPOSED_BELOW; code += 1) {
    const character = String.fromCharCode(code);
    const special = SPECIAL_FOLDS[character];
    const folded = special ?? character.normalize('NFD').charAt(0).toLowerCase();
    // A fold that would change length (or fails) keeps the code unit, so offsets stay 1:1.
    table[code] = folded.length === 1 ? folded.charCodeAt(0) : code;
  }
  return table;
}

const FOLD_TABLE = buildFoldTable();

/**
 * Folds one UTF-16 code unit: lowercase, accents removed, typographic quotes and dashes made ASCII.
 * The fold is one code unit to one code unit, so folded offsets are offsets in the original text.
 *
 * @example
 * String.fromCharCode(foldCodeUnit('É'.charCodeAt(0))) // 'e'
 */
export function foldCodeUnit(code: number): number {
  return FOLD_TABLE[code] ?? code;
}

/** Folded texts are cut from shared blocks (see `SharedBlocks`): 65,536 code units each, 4,096 at most per text. */
const FOLDED_TEXTS = new SharedBlocks(65_536 * 2, 4_096 * 2);

/** Room for a folded text of `length` code units (see `foldText`), for a caller that folds as it reads. */
export function allocateFolded(length: number): Uint16Array {
  return FOLDED_TEXTS.uint16(length);
}

/**
 * Folds a whole text into a code-unit array of the same length (see `foldCodeUnit`).
 *
 * @example
 * String.fromCharCode(...foldText('Löschung')) // 'loschung'
 */
export function foldText(text: string, length = text.length): Uint16Array {
  const folded = allocateFolded(length);
  for (let index = 0; index < length; index += 1) {
    folded[index] = foldCodeUnit(text.charCodeAt(index));
  }
  return folded;
}
