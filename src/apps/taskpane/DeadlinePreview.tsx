import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { computeBreachNotificationDeadline } from '../../core/calendar/computeBreachNotificationDeadline.ts';
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

/** The deadlines a case would get if opened now (answer period and, for a breach, the 72 hours), or why they cannot be computed. */
export function DeadlinePreview({ receivedAt, rights, targets, now }: DeadlinePreviewProps) {
  try {
    const legalDeadline = computeGoverningDeadline(receivedAt, rights);
    const targetDate = computeTargetDate(legalDeadline, rights, targets);
    const breachNotificationDeadline = rights.includes('breach_report') ? computeBreachNotificationDeadline(receivedAt) : undefined;
    return <DeadlineSummary legalDeadline={legalDeadline} breachNotificationDeadline={breachNotificationDeadline} targetDate={targetDate} now={now} />;
  } catch (error) {
    return (
      <MessageBar intent="error">
        <MessageBarBody>{error instanceof Error ? error.message : 'The deadline could not be computed.'}</MessageBarBody>
      </MessageBar>
    );
  }
}
