import type { CaseStatus } from '../../core/cases/privacyCase.ts';

const STATUS_NAMES: Readonly<Record<CaseStatus, string>> = {
  open: 'Open',
  acknowledged: 'Acknowledged',
  awaiting_identity: 'Awaiting identity check',
  in_progress: 'In progress',
  extended: 'Extended',
  closed: 'Closed',
};

/**
 * The on-screen name of a case status, the same in the task pane and the Teams tab.
 *
 * @example
 * nameCaseStatus('awaiting_identity'); // 'Awaiting identity check'
 */
export function nameCaseStatus(status: CaseStatus): string {
  return STATUS_NAMES[status];
}
