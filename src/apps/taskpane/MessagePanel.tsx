import { makeStyles, MessageBar, MessageBarBody, Spinner, Subtitle1, Text, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { CaseChangeFeed } from '../../adapters/local/caseChangeNotifier.ts';
import type { MailMessage, Mailbox } from '../../adapters/mailbox.ts';
import type { CaseStore } from '../../core/cases/caseStore.ts';
import type { OrganisationProfile } from '../../core/organisation/organisationProfile.ts';
import { classifyEmail } from '../../core/classifier/classifyEmail.ts';
import { emailBodyToText } from '../../core/classifier/emailBodyToText.ts';
import type { RightLabel } from '../../core/rights/rightLabel.ts';
import { formatDisplayDateTime } from '../shared/formatForDisplay.ts';
import { formatPersonAddress } from '../shared/formatPersonAddress.ts';
import { CasePanel } from './CasePanel.tsx';
import { HighlightedText } from './HighlightedText.tsx';
import { RequestVerdict } from './RequestVerdict.tsx';
import { TreatAsRequest } from './TreatAsRequest.tsx';
import { useCaseForMessage } from './useCaseForMessage.ts';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  subject: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  body: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
    maxHeight: '360px',
    overflowY: 'auto',
  },
});

export interface MessagePanelProps {
  message: MailMessage;
  mailbox: Mailbox;
  caseStore: CaseStore;
  /** Cases other pages save; the panel reads its case again when one arrives. */
  caseChanges?: CaseChangeFeed;
  profile: OrganisationProfile;
  staffMember: string;
  isDemo: boolean;
  clock: () => Date;
  /** Called after a reply was opened and recorded. */
  onReplyOpened: () => void;
}

/** One message: the verdict and the deciding words, its case (or the button to open one), its text. */
export function MessagePanel({ message, mailbox, caseStore, caseChanges, profile, staffMember, isDemo, clock, onReplyOpened }: MessagePanelProps) {
  const styles = useStyles();
  const classification = useMemo(
    () =>
      classifyEmail({
        subject: message.subject,
        body: message.body,
        bodyType: message.bodyType,
        from: message.from.email,
        to: message.to,
        receivedAt: message.receivedAt,
      }),
    [message],
  );
  // Evidence spans point into this text, so the body is shown exactly as the classifier read it.
  const bodyText = useMemo(() => emailBodyToText(message.body, message.bodyType), [message]);
  const caseLookup = useCaseForMessage(caseStore, message, caseChanges);
  const [chosenRights, setChosenRights] = useState<readonly RightLabel[]>();
  const rights = chosenRights ?? classification.rights;
  const treatedAsRequest = classification.isPrivacyRequest || chosenRights !== undefined;

  return (
    <>
      <section className={styles.section} aria-labelledby="verdict-heading">
        <Subtitle1 as="h2" id="verdict-heading">
          Privacy check
        </Subtitle1>
        <RequestVerdict classification={classification} rights={rights} />
        {!classification.isPrivacyRequest && caseLookup.privacyCase === undefined && (
          <TreatAsRequest chosenRights={chosenRights} onChoose={setChosenRights} />
        )}
      </section>

      <section className={styles.section} aria-labelledby="case-heading">
        <Subtitle1 as="h2" id="case-heading">
          Case
        </Subtitle1>
        {caseLookup.problem && (
          <MessageBar intent="error">
            <MessageBarBody>{caseLookup.problem}</MessageBarBody>
          </MessageBar>
        )}
        {caseLookup.loading ? (
          <Spinner size="tiny" label="Looking for an existing case…" />
        ) : (
          <CasePanel
            message={message}
            classification={classification}
            rights={rights}
            treatedAsRequest={treatedAsRequest}
            caseLookup={caseLookup}
            mailbox={mailbox}
            caseStore={caseStore}
            profile={profile}
            staffMember={staffMember}
            isDemo={isDemo}
            clock={clock}
            onReplyOpened={onReplyOpened}
          />
        )}
      </section>

      <section className={styles.section} aria-labelledby="message-heading">
        <Subtitle1 as="h2" id="message-heading">
          Message
        </Subtitle1>
        <p className={styles.subject}>
          <HighlightedText as="span" text={message.subject} evidence={classification.evidence.filter((e) => e.field === 'subject')} testId="message-subject" />
        </p>
        <Text>{`From: ${formatPersonAddress(message.from)}`}</Text>
        <Text>{`To: ${message.mailbox}`}</Text>
        <Text data-testid="received-date" data-received-at={message.receivedAt}>
          {`Received: ${formatDisplayDateTime(message.receivedAt)} (Amsterdam time)`}
        </Text>
        <div className={styles.body} role="region" aria-label="Message text" tabIndex={0}>
          <HighlightedText text={bodyText} evidence={classification.evidence.filter((e) => e.field === 'body')} testId="message-body" />
        </div>
      </section>
    </>
  );
}
