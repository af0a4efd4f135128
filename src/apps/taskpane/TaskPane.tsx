import { makeStyles, MessageBar, MessageBarBody, Spinner, Text, Title2, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { CaseChangeFeed } from '../../adapters/local/caseChangeNotifier.ts';
import type { DemoMailbox, OpenedDemoReply } from '../../adapters/local/demoMailbox.ts';
import type { Mailbox } from '../../adapters/mailbox.ts';
import type { CaseStore } from '../../core/cases/caseStore.ts';
import type { OrganisationProfile } from '../../core/organisation/organisationProfile.ts';
import { MessagePanel } from './MessagePanel.tsx';
import { MessagePicker } from './MessagePicker.tsx';
import { PaneErrorBoundary } from './PaneErrorBoundary.tsx';
import { ReplyPreviewDialog } from './ReplyPreviewDialog.tsx';
import { useCurrentMessage } from './useCurrentMessage.ts';

const useStyles = makeStyles({
  pane: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM, maxWidth: '720px' },
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  main: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

export interface TaskPaneProps {
  mailbox: Mailbox;
  /** Present in demo mode: the pane then offers a message picker and previews opened replies. */
  demoMailbox?: DemoMailbox;
  caseStore: CaseStore;
  /** Cases saved in other pages (the Teams tab, another pane), so the pane follows without a reload. */
  caseChanges?: CaseChangeFeed;
  profile: OrganisationProfile;
  /** Who uses the pane, recorded in the audit trail. */
  staffMember: string;
  /** Injected so tests choose "now"; the pane never reads the clock itself. */
  clock: () => Date;
  /** Problems the host reports outside any action, e.g. Outlook refusing to follow the selection. */
  hostProblems?: HostProblemFeed;
}

/** A feed of host problems in words for staff; `subscribe` returns the unsubscribe function. */
export interface HostProblemFeed {
  subscribe: (listener: (problem: string) => void) => () => void;
}

/**
 * The Outlook task pane: is the open message a privacy request, and what happens with it.
 *
 * Stable `data-testid`s for browser tests (attributes in brackets carry the machine-readable value):
 * - message: `message-picker` (demo only, a native select), `message-option` (value = internet
 *   message id), `message-subject`, `message-body`, `received-date` [data-received-at],
 *   `evidence-mark` (<mark>) [data-rights]
 * - verdict: `request-verdict` [data-verdict = request | not-a-request | automatic-reply], `right-badge` [data-right],
 *   `treat-as-request-right` (checkbox) [data-right], `treat-as-request`, `undo-treat-as-request`, `no-case-needed`
 * - deadlines: `legal-deadline` [data-deadline], `breach-deadline` [data-deadline], `target-date` [data-target], `days-left`
 * - opening: `handler-picker`, `processor-checkbox`, `processor-customer`, `processor-received-on`,
 *   `create-case-button`, `case-problem`
 * - case: `case-reference`, `case-status` [data-status], `case-handler`, `case-received-date`,
 *   `case-outcome`, `case-extension`, `case-notice`, `follow-up-notice`, `attach-message-button`
 * - stages: `acknowledge-button`, `request-identity-button`, `verify-identity-button`,
 *   `extend-toggle`, `extend-form`, `extend-reason`, `extend-until`, `extend-button`, `hand-over-picker`,
 *   `hand-over-button`, `close-toggle`, `close-outcome`, `close-note`,
 *   `close-button`
 * - checklist: `checklist`, `checklist-step` [data-step-id, data-state], `step-done-button`,
 *   `step-waive-toggle`, `waive-reason`, `step-waive-button`
 * - replies: `template-picker`, `language-picker`, `reply-input-<field>`, `reply-subject`,
 *   `reply-preview`, `reply-problem`, `open-reply-button`, `reply-preview-dialog`,
 *   `reply-preview-dialog-body`, `reply-preview-close`
 * - audit: `audit-trail`, `audit-event` [data-event-type]
 * - problems: `host-problem` (Outlook), `pane-error` (a message that could not be shown)
 */
export function TaskPane({ mailbox, demoMailbox, caseStore, caseChanges, profile, staffMember, clock, hostProblems }: TaskPaneProps) {
  const styles = useStyles();
  const [hostProblem, setHostProblem] = useState<string>();
  const [openedReply, setOpenedReply] = useState<OpenedDemoReply>();
  useEffect(() => hostProblems?.subscribe(setHostProblem), [hostProblems]);
  const { message, loading, problem } = useCurrentMessage(mailbox);
  return (
    <div className={styles.pane}>
      <header className={styles.header}>
        <Title2 as="h1">Privacy Desk</Title2>
        <Text size={200}>
          {demoMailbox
            ? `Demo mode: messages from the demo mailbox, cases kept in this browser only. Demo user: ${staffMember}.`
            : `Signed in as ${staffMember}. Cases are kept in this browser only, not shared with colleagues yet.`}
        </Text>
      </header>
      <main className={styles.main}>
        {demoMailbox && (
          <MessagePicker
            messages={demoMailbox.listMessages()}
            selectedId={message?.internetMessageId}
            onSelect={(internetMessageId) => demoMailbox.select(internetMessageId)}
          />
        )}
        {hostProblem && (
          <MessageBar intent="warning" data-testid="host-problem">
            <MessageBarBody>{hostProblem}</MessageBarBody>
          </MessageBar>
        )}
        {problem && (
          <MessageBar intent="error">
            <MessageBarBody>{problem}</MessageBarBody>
          </MessageBar>
        )}
        {loading && message === null && <Spinner size="small" label="Reading the message…" />}
        {!loading && message === null && !problem && <Text>Select a message to check it for a privacy request.</Text>}
        {message && (
          <PaneErrorBoundary key={message.internetMessageId}>
            <MessagePanel
              message={message}
              mailbox={mailbox}
              caseStore={caseStore}
              caseChanges={caseChanges}
              profile={profile}
              staffMember={staffMember}
              isDemo={demoMailbox !== undefined}
              clock={clock}
              onReplyOpened={() => setOpenedReply(demoMailbox?.openedReplies().at(-1))}
            />
          </PaneErrorBoundary>
        )}
        {/* Outside the per-message panel, so switching messages never tears it down while open. */}
        {demoMailbox && <ReplyPreviewDialog reply={openedReply} onClose={() => setOpenedReply(undefined)} />}
      </main>
    </div>
  );
}
