/** Languages Privacy Desk reads requests in. `und` = could not be determined. */
export const REQUEST_LANGUAGES = ['nl', 'en', 'de', 'fr'] as const;

export type RequestLanguage = (typeof REQUEST_LANGUAGES)[number];

export type DetectedLanguage = RequestLanguage | 'und';

export function isRequestLanguage(value: unknown): value is RequestLanguage {
  return typeof value === 'string' && (REQUEST_LANGUAGES as readonly string[]).includes(value);
}
