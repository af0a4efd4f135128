import { Button, Field, Input, makeStyles, Textarea, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { addCalendarDays } from '../../core/calendar/calendarDate.ts';
import { extendLegalDeadline } from '../../core/calendar/extendLegalDeadline.ts';
import type { CalendarDate, MonthPeriodDeadline } from '../../core/calendar/legalDeadline.ts';
import { formatDisplayDate } from '../shared/formatForDisplay.ts';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, alignItems: 'flex-start' },
});

export interface ExtendCaseFormProps {
  legalDeadline: MonthPeriodDeadline;
  busy: boolean;
  onExtend: (extension: { reason: string; until: CalendarDate }) => void;
}

/**
 * Asks why more time is needed and until when (GDPR Art. 12(3)). The date starts at the latest
 * the law allows, three months from receipt as the core counts it; staff may choose an earlier one,
 * and the core refuses a date outside the allowed range with a message saying which dates fit.
 */
export function ExtendCaseForm({ legalDeadline, busy, onExtend }: ExtendCaseFormProps) {
  const styles = useStyles();
  const latest = extendLegalDeadline(legalDeadline).deadline;
  const [reason, setReason] = useState('');
  const [until, setUntil] = useState<CalendarDate>(latest);
  const isComplete = reason.trim() !== '' && until !== '';
  return (
    <div className={styles.form} data-testid="extend-form">
      <Field label="Why more time is needed (told to the requester)" required>
        <Textarea value={reason} onChange={(_event, { value }) => setReason(value)} data-testid="extend-reason" />
      </Field>
      <Field label="New deadline" required hint={`At the latest ${formatDisplayDate(latest)}: three months from receipt.`}>
        <Input type="date" value={until} min={addCalendarDays(legalDeadline.deadline, 1)} max={latest} onChange={(_event, { value }) => setUntil(value)} data-testid="extend-until" />
      </Field>
      <Button disabled={busy || !isComplete} onClick={() => onExtend({ reason: reason.trim(), until })} data-testid="extend-button">
        {until === '' ? 'Extend' : `Extend to ${formatDisplayDate(until)}`}
      </Button>
    </div>
  );
}
