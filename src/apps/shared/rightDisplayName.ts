import type { RightLabel } from '../../core/rights/rightLabel.ts';
import { GDPR_ARTICLE } from '../../core/rights/rightLabel.ts';

/** How a right label reads on screen, in both the task pane and the Teams tab. */
const RIGHT_DISPLAY_NAMES: Readonly<Record<RightLabel, string>> = {
  access: 'Access',
  rectification: 'Rectification',
  erasure: 'Erasure',
  restriction: 'Restriction',
  portability: 'Portability',
  objection: 'Objection',
  unsubscribe: 'Unsubscribe',
  complaint: 'Complaint',
  breach_report: 'Breach report',
};

/**
 * The on-screen name of a right with the GDPR article it rests on.
 *
 * @example
 * describeRight('erasure'); // 'Erasure (Art. 17)'
 */
export function describeRight(right: RightLabel): string {
  return `${RIGHT_DISPLAY_NAMES[right]} (${GDPR_ARTICLE[right]})`;
}

/**
 * The on-screen name of a right without the article, for compact badges.
 *
 * @example
 * nameRight('breach_report'); // 'Breach report'
 */
export function nameRight(right: RightLabel): string {
  return RIGHT_DISPLAY_NAMES[right];
}
