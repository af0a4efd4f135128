import { htmlToText } from './htmlToText.ts';

/**
 * The text of a mail body as the classifier reads it and as evidence spans index into it:
 * HTML is converted to plain text, plain text is returned unchanged. `maxChars` lets a reader that
 * looks at the beginning only stop converting early; the result then starts like the full text.
 *
 * @example
 * emailBodyToText('<b>Verwijder</b> mijn gegevens', 'html') // 'Verwijder mijn gegevens'
 */
export function emailBodyToText(body: string, bodyType: 'text' | 'html' = 'text', maxChars?: number): string {
  return bodyType === 'html' ? htmlToText(body, maxChars) : body;
}
