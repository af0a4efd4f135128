import { Button, MessageBar, MessageBarActions, MessageBarBody, Text } from '@fluentui/react-components';
import type { Mailbox, MailMessage } from '../../adapters/mailbox.ts';
import { computeGoverningDeadline } from '../../core/calendar/computeGoverningDeadline.ts';
import { computeTargetDate } from '../../core/calendar/computeTargetDate.ts';
import { toAmsterdamDate } from '../../core/calendar/toAmsterdamDate.ts';
import type { CaseStore } from '../../core/cases/caseStore.ts';
import { findCaseForMessage } from '../../core/cases/findCaseForMessage.ts';
import { formatCaseReference } from '../../core/cases/formatCaseReference.ts';
import { openPrivacyCase } from '../../core/cases/openPrivacyCase.ts';
import type { PrivacyCase } from '../../core/cases/privacyCase.ts';
import type { Classification } from '../../core/classifier/classification.ts';
import type { OrganisationProfile } from '../../core/organisation/organisationProfile.ts';
import type { RenderedReply } from '../../core/replies/renderReply.ts';
import { transition } from '../../core/cases/transition.ts';
import type { RightLabel } from '../../core/rights/rightLabel.ts';
import { CaseStageActions } from './CaseStageActions.tsx';
import { CaseView } from './CaseView.tsx';
import { CreateCaseForm } from './CreateCaseForm.tsx';
import type { CaseOpening } from './CreateCaseForm.tsx';
import { DeadlineSummary } from './DeadlineSummary.tsx';
import { ReplyComposer } from './ReplyComposer.tsx';
import type { CaseForMessage } from './useCaseForMessage.ts';
import { useCaseActions } from './useCaseActions.ts';

export interface CasePanelProps {
  message: MailMessage;
  classification: Classification;
  rights: readonly RightLabel[];
  treatedAsRequest: boolean;
  caseLookup: CaseForMessage;
  mailbox: Mailbox;
  caseStore: CaseStore;
  profile: OrganisationProfile;
  staffMember: string;
  clock: () => Date;
  onReplyOpened: () => void;
}

/** The case side of a message: its existing case, or the deadline preview and the button to open one. */
export function CasePanel(props: CasePanelProps) {
  const { message, classification, rights, treatedAsRequest, caseLookup, mailbox, caseStore, profile, staffMember, clock, onReplyOpened } = props;
  const actions = useCaseActions(caseStore, clock, caseLookup.showCase);
  const now = clock().toISOString();
  const problem = actions.problem && (
    <MessageBar intent="error" data-testid="case-problem">
      <MessageBarBody>{actions.problem}</MessageBarBody>
    </MessageBar>
  );

  const privacyCase = caseLookup.privacyCase;
  if (privacyCase !== undefined) {
    const openReply = (reply: RenderedReply) =>
      actions.run(async () => {
        await mailbox.openReply({ subject: reply.subject, htmlBody: reply.html });
        const result = transitionOrThrow(privacyCase, reply.templateId, staffMember, clock);
        await caseStore.save(result);
        onReplyOpened();
        return result;
      });
    const repliesSent = privacyCase.auditTrail.filter((event) => event.type === 'reply_sent').length;
    return (
      <>
        {caseLookup.isFollowUp && (
          <MessageBar intent="info" data-testid="follow-up-notice">
            <MessageBarBody>{`This message follows up on ${privacyCase.reference} in the same conversation.`}</MessageBarBody>
            <MessageBarActions>
              <Button
                disabled={actions.busy || privacyCase.status === 'closed'}
                data-testid="attach-message-button"
                onClick={() =>
                  actions.apply(privacyCase, {
                    type: 'attach_message',
                    message: {
                      internetMessageId: message.internetMessageId,
                      conversationId: message.conversationId,
                      mailbox: message.mailbox,
                      subject: message.subject,
                      receivedAt: message.receivedAt,
                    },
                  })
                }
              >
                Attach to case
              </Button>
            </MessageBarActions>
          </MessageBar>
        )}
        {problem}
        <CaseView
          privacyCase={privacyCase}
          profile={profile}
          now={now}
          busy={actions.busy}
          onStepDone={(stepId) => actions.apply(privacyCase, { type: 'complete_step', by: staffMember, stepId })}
          onStepWaived={(stepId, reason) => actions.apply(privacyCase, { type: 'waive_step', by: staffMember, stepId, reason })}
          stageActions={
            privacyCase.status !== 'closed' && (
              // Remounted after each saved change, so an opened form closes once its change is recorded.
              <CaseStageActions
                key={privacyCase.auditTrail.length}
                privacyCase={privacyCase}
                staffMember={staffMember}
                busy={actions.busy}
                onCommand={(command) => actions.apply(privacyCase, command)}
              />
            )
          }
          replies={
            privacyCase.status !== 'closed' && (
              // Remounted after each reply, so the next suggestion follows the case's new stage.
              <ReplyComposer key={`${privacyCase.id}-${repliesSent}`} privacyCase={privacyCase} profile={profile} today={toAmsterdamDate(now)} busy={actions.busy} onOpenReply={openReply} />
            )
          }
        />
      </>
    );
  }

  if (!treatedAsRequest) {
    return <Text data-testid="no-case-needed">Not a privacy request, so no case is needed.</Text>;
  }
  const preview = previewDeadline(message.receivedAt, rights, profile);
  const createCase = ({ handlerId, processorFor }: CaseOpening) =>
    actions.run(async () => {
      // Another window may have opened the case meanwhile: show that one rather than a second case.
      const existing = findCaseForMessage(await caseStore.list(), message);
      if (existing !== undefined) return existing;
      const year = Number(toAmsterdamDate(now).slice(0, 4));
      const reference = formatCaseReference(year, await caseStore.nextReferenceNumber(year));
      const opened = openPrivacyCase({
        message,
        classification,
        profile,
        reference,
        now: clock().toISOString(),
        openedBy: staffMember,
        handler: handlerId,
        ...(processorFor === undefined ? {} : { processorFor }),
        ...(classification.isPrivacyRequest ? {} : { rights }),
      });
      await caseStore.save(opened);
      return opened;
    });
  return (
    <>
      {'problem' in preview ? (
        <MessageBar intent="error">
          <MessageBarBody>{preview.problem}</MessageBarBody>
        </MessageBar>
      ) : (
        <DeadlineSummary legalDeadline={preview.legalDeadline} targetDate={preview.targetDate} now={now} />
      )}
      {problem}
      <CreateCaseForm handlers={profile.handlers} busy={actions.busy} onCreate={createCase} />
    </>
  );
}

function previewDeadline(receivedAt: string, rights: readonly RightLabel[], profile: OrganisationProfile) {
  try {
    const legalDeadline = computeGoverningDeadline(receivedAt, rights);
    return { legalDeadline, targetDate: computeTargetDate(legalDeadline, rights, profile.targets) };
  } catch (error) {
    return { problem: error instanceof Error ? error.message : 'The deadline could not be computed.' };
  }
}

function transitionOrThrow(privacyCase: PrivacyCase, templateId: string, by: string, clock: () => Date): PrivacyCase {
  const result = transition(privacyCase, { type: 'record_reply', by, templateId }, clock().toISOString());
  if (!result.ok) throw result.error;
  return result.next;
}
