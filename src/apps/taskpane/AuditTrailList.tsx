import { makeStyles, tokens } from '@fluentui/react-components';
import type { AuditEvent } from '../../core/cases/privacyCase.ts';
import { formatDisplayDateTime } from '../shared/formatForDisplay.ts';
import { describeAuditEvent } from './describeAuditEvent.ts';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  when: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, display: 'block' },
});

/** The case's audit trail, oldest first, as recorded; nothing here can change it. */
export function AuditTrailList({ auditTrail, nameHandler }: { auditTrail: readonly AuditEvent[]; nameHandler?: (handlerId: string) => string }) {
  const styles = useStyles();
  return (
    <ol className={styles.list} data-testid="audit-trail">
      {auditTrail.map((event, index) => (
        <li key={`${event.at}-${index}`} data-testid="audit-event" data-event-type={event.type}>
          <time className={styles.when} dateTime={event.at}>
            {formatDisplayDateTime(event.at)}
          </time>
          {describeAuditEvent(event, nameHandler)}
        </li>
      ))}
    </ol>
  );
}
