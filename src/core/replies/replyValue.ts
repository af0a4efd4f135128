/** A link in a reply, e.g. to the supervisory authority's complaint page. */
export interface ReplyLink {
  href: string;
  label: string;
}

/**
 * What a placeholder is filled with: text, a list (one item per line or `- ` item), or a link.
 * An empty string or list means "nothing to say": for an optional placeholder the block that uses it
 * is left out; for any other it is an error (`renderTemplateText`).
 */
export type ReplyValue = string | readonly string[] | ReplyLink;

export type ReplyValues = Readonly<Record<string, ReplyValue>>;

/**
 * Checks whether a value leaves nothing to say.
 *
 * @example
 * isEmptyReplyValue('  ') // true
 * isEmptyReplyValue(['Moneybird: invoices, 7 years']) // false
 */
export function isEmptyReplyValue(value: ReplyValue): boolean {
  if (typeof value === 'string') return value.trim() === '';
  if (isReplyLink(value)) return value.href.trim() === '';
  return value.every((item) => item.trim() === '');
}

/**
 * Checks whether a value is a link rather than text or a list.
 *
 * @example
 * isReplyLink({ href: 'https://autoriteitpersoonsgegevens.nl', label: 'autoriteitpersoonsgegevens.nl' }) // true
 * isReplyLink(['a']) // false
 */
export function isReplyLink(value: ReplyValue): value is ReplyLink {
  return typeof value === 'object' && !Array.isArray(value);
}
