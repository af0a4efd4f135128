/** Named entities that occur in mail HTML; anything else is left as written. */
const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', shy: '', zwnj: '', zwj: '',
  euro: '€', copy: '©', reg: '®', trade: '™', hellip: '…', ndash: '–', mdash: '—', bull: '•', middot: '·',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»', sbquo: '‚', bdquo: '„',
  szlig: 'ß', aelig: 'æ', AElig: 'Æ', oelig: 'œ', OElig: 'Œ', ccedil: 'ç', Ccedil: 'Ç', deg: '°',
  eacute: 'é', Eacute: 'É', egrave: 'è', Egrave: 'È', ecirc: 'ê', Ecirc: 'Ê', euml: 'ë', Euml: 'Ë',
  aacute: 'á', agrave: 'à', Agrave: 'À', acirc: 'â', auml: 'ä', Auml: 'Ä', aring: 'å', atilde: 'ã',
  iacute: 'í', igrave: 'ì', icirc: 'î', iuml: 'ï', Iuml: 'Ï',
  oacute: 'ó', ograve: 'ò', ocirc: 'ô', ouml: 'ö', Ouml: 'Ö', otilde: 'õ', oslash: 'ø',
  uacute: 'ú', ugrave: 'ù', ucirc: 'û', uuml: 'ü', Uuml: 'Ü', ntilde: 'ñ', yuml: 'ÿ', yacute: 'ý',
};

const MAX_ENTITY_LENGTH = 10;

/** A decoded entity and how many characters of the source it used. */
export interface DecodedEntity {
  text: string;
  length: number;
}

/**
 * Decodes the HTML entity starting at `start` (which holds "&"). Looks at most 10 characters ahead,
 * so a text full of "&" stays linear. Returns `undefined` when no entity starts there.
 *
 * @example
 * decodeHtmlEntity('caf&eacute;', 3) // { text: 'é', length: 8 }
 */
export function decodeHtmlEntity(source: string, start: number): DecodedEntity | undefined {
  const limit = Math.min(source.length, start + MAX_ENTITY_LENGTH + 2);
  let end = start + 1;
  while (end < limit && source.charCodeAt(end) !== 59) end += 1;
  if (end >= limit) return undefined;
  const name = source.slice(start + 1, end);
  const length = end - start + 1;
  if (name.startsWith('#')) {
    const isHex = name.charAt(1) === 'x' || name.charAt(1) === 'X';
    const digits = name.slice(isHex ? 2 : 1);
    if (digits.length === 0 || !/^[0-9a-fA-F]+$/.test(digits) || (!isHex && !/^[0-9]+$/.test(digits))) return undefined;
    const codePoint = Number.parseInt(digits, isHex ? 16 : 10);
    // Surrogates and out-of-range code points are not characters; show a replacement mark instead.
    const isCharacter = codePoint > 0 && codePoint <= 0x10ffff && (codePoint < 0xd800 || codePoint > 0xdfff);
    return { text: isCharacter ? String.fromCodePoint(codePoint) : '\ufffd', length };
  }
  const named = NAMED_ENTITIES[name];
  return named === undefined ? undefined : { text: named, length };
}
