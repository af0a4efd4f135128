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

/**
 * Short folded texts are cut from shared blocks: allocating a typed array costs more than folding a
 * short mail, and one block serves hundreds. Each text gets its own range, never handed out again;
 * a block is freed once no text cut from it is in use.
 */
const BLOCK_UNITS = 65_536;
const MAX_UNITS_FROM_BLOCK = 4_096;
let block = new ArrayBuffer(0);
let blockUnitsUsed = 0;

/** Room for a folded text of `length` code units (see `foldText`), for a caller that folds as it reads. */
export function allocateFolded(length: number): Uint16Array {
  if (length > MAX_UNITS_FROM_BLOCK) return new Uint16Array(length);
  if (blockUnitsUsed + length > block.byteLength / 2) {
    block = new ArrayBuffer(BLOCK_UNITS * 2);
    blockUnitsUsed = 0;
  }
  const folded = new Uint16Array(block, blockUnitsUsed * 2, length);
  blockUnitsUsed += length;
  return folded;
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
