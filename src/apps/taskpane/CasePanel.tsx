import { MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import type { Mailbox, MailMessage } from '../../adapters/mailbox.ts';
import { toAmsterdamDate } from '../../core/calendar/toAmsterdamDate.ts';
import type { CaseCommand, CaseEffect } from '../../core/cases/caseCommand.ts';
import type { CaseStore } from '../../core/cases/caseStore.ts';
import type { Classification } from '../../core/classifier/classification.ts';
import type { OrganisationProfile } from '../../core/organisation/organisationProfile.ts';
import { isReplyExpected } from '../../core/replies/isReplyExpected.ts';
import type { RenderedReply } from '../../core/replies/renderReply.ts';
import type { RightLabel } from '../../core/rights/rightLabel.ts';
import { CaseStageActions } from './CaseStageActions.tsx';
import { CaseView } from './CaseView.tsx';
import { CreateCaseForm } from './CreateCaseForm.tsx';
import type { CaseOpening } from './CreateCaseForm.tsx';
import { DeadlinePreview } from './DeadlinePreview.tsx';
import { FollowUpNotice } from './FollowUpNotice.tsx';
import { openCaseForMessage } from './openCaseForMessage.ts';
import { planCaseEffects, type PaneFollowUp } from './planCaseEffects.ts';
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
  /** Demo mode: handlers are not real colleagues, so nobody needs telling about a hand-over. */
  isDemo: boolean;
  clock: () => Date;
  onReplyOpened: () => void;
}

/** The case side of a message: its existing case, or the deadline preview and the button to open one. */
export function CasePanel(props: CasePanelProps) {
  const { message, classification, rights, treatedAsRequest, caseLookup, mailbox, caseStore, profile, staffMember, clock } = props;
  const [followUp, setFollowUp] = useState<PaneFollowUp>({});
  const { isDemo } = props;
  const onEffects = useCallback(
    (effects: readonly CaseEffect[], command: CaseCommand) => {
      const planned = planCaseEffects(effects, profile.handlers, { isDemo });
      // A recorded reply ends what was prepared; a change that prepares nothing (a step done) keeps it.
      setFollowUp((previous) => ({
        templateId: command.type === 'record_reply' ? undefined : (planned.templateId ?? previous.templateId),
        notice: planned.notice,
      }));
    },
    [profile.handlers, isDemo],
  );
  const actions = useCaseActions(caseStore, clock, caseLookup.showCase, onEffects);
  const now = clock().toISOString();
  const problem = actions.problem && (
    <MessageBar intent="error" data-testid="case-problem">
      <MessageBarBody>{actions.problem}</MessageBarBody>
    </MessageBar>
  );
  const privacyCase = caseLookup.privacyCase;

  if (privacyCase === undefined) {
    if (!treatedAsRequest) return <Text data-testid="no-case-needed">Not a privacy request, so no case is needed.</Text>;
    const createCase = ({ handlerId, processorFor, controllerReceivedAt }: CaseOpening) =>
      actions.run(() =>
        openCaseForMessage(caseStore, {
          message,
          classification,
          profile,
          openedBy: staffMember,
          handlerId,
          processorFor,
          controllerReceivedAt,
          chosenRights: classification.isPrivacyRequest ? undefined : rights,
          now: clock().toISOString(),
        }),
      );
    return (
      <>
        <DeadlinePreview receivedAt={message.receivedAt} rights={rights} targets={profile.targets} now={now} />
        {problem}
        <CreateCaseForm handlers={profile.handlers} busy={actions.busy} onCreate={createCase} />
      </>
    );
  }

  const isOpen = privacyCase.status !== 'closed';
  const openReply = (reply: RenderedReply) =>
    actions.apply(privacyCase, { type: 'record_reply', by: staffMember, templateId: reply.templateId }, async () => {
      // Outlook opens the form first: only a reply that actually opened is recorded.
      await mailbox.openReply({ subject: reply.subject, htmlBody: reply.html });
    }).then((saved) => saved && props.onReplyOpened());
  const repliesSent = privacyCase.auditTrail.filter((event) => event.type === 'reply_sent').length;
  const isExtended = privacyCase.legalDeadline.kind === 'month-period' && privacyCase.legalDeadline.extended;
  return (
    <>
      {caseLookup.isFollowUp && (
        <FollowUpNotice
          reference={privacyCase.reference}
          canAttach={!actions.busy && isOpen}
          onAttach={() =>
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
        />
      )}
      {problem}
      {followUp.notice && (
        <MessageBar intent="success" data-testid="case-notice">
          <MessageBarBody>{followUp.notice}</MessageBarBody>
        </MessageBar>
      )}
      <CaseView
        privacyCase={privacyCase}
        profile={profile}
        now={now}
        busy={actions.busy}
        onStepDone={(stepId) => actions.apply(privacyCase, { type: 'complete_step', by: staffMember, stepId })}
        onStepWaived={(stepId, reason) => actions.apply(privacyCase, { type: 'waive_step', by: staffMember, stepId, reason })}
        stageActions={
          isOpen && (
            // Remounted after each saved change, so an opened form closes once its change is recorded.
            <CaseStageActions
              key={privacyCase.auditTrail.length}
              privacyCase={privacyCase}
              staffMember={staffMember}
              handlers={profile.handlers}
              now={now}
              busy={actions.busy}
              onCommand={(command) => actions.apply(privacyCase, command)}
            />
          )
        }
        replies={
          isReplyExpected(privacyCase) && (
            // Remounted after each reply, extension, prepared reply or closing, so the choice follows the case's new stage.
            <ReplyComposer
              key={`${privacyCase.id}-${privacyCase.status}-${repliesSent}-${isExtended}-${followUp.templateId ?? 'suggested'}`}
              privacyCase={privacyCase}
              preselectedTemplateId={followUp.templateId}
              profile={profile}
              today={toAmsterdamDate(now)}
              busy={actions.busy}
              onOpenReply={openReply}
            />
          )
        }
      />
    </>
  );
}
