import { makeStyles, tokens } from '@fluentui/react-components';
import type { AuditEvent } from '../../core/cases/privacyCase.ts';
import { describeAuditEvent } from './describeAuditEvent.ts';
import { formatDisplayDateTime } from './formatForDisplay.ts';
import type { SystemNameList } from './listSystemNames.ts';
import type { HandlerList } from './nameHandler.ts';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  when: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, display: 'block' },
});

export interface AuditTrailListProps {
  auditTrail: readonly AuditEvent[];
  handlers: HandlerList;
  /** System names from the profile, so checklist steps read "Erasure – Clang" instead of an id. */
  systems?: SystemNameList;
}

/** The case's audit trail, oldest first, as recorded, in the pane and the tab alike; nothing here can change it. */
export function AuditTrailList({ auditTrail, handlers, systems = [] }: AuditTrailListProps) {
  const styles = useStyles();
  return (
    <ol className={styles.list} data-testid="audit-trail">
      {auditTrail.map((event, index) => (
        <li key={`${event.at}-${index}`} data-testid="audit-event" data-event-type={event.type}>
          <time className={styles.when} dateTime={event.at}>
            {formatDisplayDateTime(event.at)}
          </time>
          {describeAuditEvent(event, handlers, systems)}
        </li>
      ))}
    </ol>
  );
}
