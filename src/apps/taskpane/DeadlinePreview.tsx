import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { computeGoverningDeadline } from '../../core/calendar/computeGoverningDeadline.ts';
import { computeTargetDate } from '../../core/calendar/computeTargetDate.ts';
import type { InternalTargets } from '../../core/organisation/organisationProfile.ts';
import type { RightLabel } from '../../core/rights/rightLabel.ts';
import { DeadlineSummary } from './DeadlineSummary.tsx';

export interface DeadlinePreviewProps {
  receivedAt: string;
  rights: readonly RightLabel[];
  targets: InternalTargets;
  now: string;
}

/** The deadline a case would get if opened now, or why it cannot be computed. */
export function DeadlinePreview({ receivedAt, rights, targets, now }: DeadlinePreviewProps) {
  try {
    const legalDeadline = computeGoverningDeadline(receivedAt, rights);
    const targetDate = computeTargetDate(legalDeadline, rights, targets);
    return <DeadlineSummary legalDeadline={legalDeadline} targetDate={targetDate} now={now} />;
  } catch (error) {
    return (
      <MessageBar intent="error">
        <MessageBarBody>{error instanceof Error ? error.message : 'The deadline could not be computed.'}</MessageBarBody>
      </MessageBar>
    );
  }
}
