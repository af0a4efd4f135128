import type { CaseStatus } from '../../core/cases/privacyCase.ts';

const STATUS_NAMES: Readonly<Record<CaseStatus, string>> = {
  open: 'Open',
  acknowledged: 'Acknowledged',
  awaiting_identity: 'Awaiting identity',
  in_progress: 'In progress',
  extended: 'Extended',
  closed: 'Closed',
};

/**
 * The on-screen name of a case status.
 *
 * @example
 * nameCaseStatus('awaiting_identity') // 'Awaiting identity'
 */
export function nameCaseStatus(status: CaseStatus): string {
  return STATUS_NAMES[status];
}
