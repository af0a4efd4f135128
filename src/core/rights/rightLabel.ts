/**
 * The rights a privacy request can invoke, as labelled throughout Privacy Desk.
 * `breach_report` is not a right of the requester but a report that starts the Art. 33 clock.
 */
export const RIGHT_LABELS = [
  'access',
  'rectification',
  'erasure',
  'restriction',
  'portability',
  'objection',
  'unsubscribe',
  'complaint',
  'breach_report',
] as const;

export type RightLabel = (typeof RIGHT_LABELS)[number];

/** The GDPR article each label rests on, for case records and replies. */
export const GDPR_ARTICLE: Readonly<Record<RightLabel, string>> = {
  access: 'Art. 15',
  rectification: 'Art. 16',
  erasure: 'Art. 17',
  restriction: 'Art. 18',
  portability: 'Art. 20',
  objection: 'Art. 21(1), Art. 7(3)',
  unsubscribe: 'Art. 21(2)–(3)',
  complaint: 'Art. 77',
  breach_report: 'Art. 33–34',
};

export function isRightLabel(value: unknown): value is RightLabel {
  return typeof value === 'string' && (RIGHT_LABELS as readonly string[]).includes(value);
}
