import { parseInstant } from '../calendar/parseInstant.ts';
import { applyStepCommand } from './applyStepCommand.ts';
import { CaseTransitionError, type CaseChange, type CaseCommand } from './caseCommand.ts';
import { checkClosing } from './checkClosing.ts';
import { decideExtension } from './decideExtension.ts';
import { decideIdentityCommand } from './decideIdentityCommand.ts';
import type { PrivacyCase } from './privacyCase.ts';

function refuse(code: CaseTransitionError['code'], message: string): never {
  throw new CaseTransitionError(code, message);
}

/** The extension notice announces a new date, so it needs an extension on record first. */
function checkReplyTemplate(privacyCase: PrivacyCase, templateId: string): void {
  if (templateId === '') refuse('missing_template', 'Say which reply template was sent.');
  const { legalDeadline, reference } = privacyCase;
  if (templateId === 'extension' && !(legalDeadline.kind === 'month-period' && legalDeadline.extended)) {
    refuse(
      'not_extended',
      `${reference} has not been extended, so an extension notice would promise a date that is not on record. ` +
        'Extend the case first (with the reason and the new date), then record the notice.',
    );
  }
}

/**
 * Decides what one command does to an open case: the changed fields, the audit event and the
 * effects, or throws a `CaseTransitionError` saying why not. Closed cases and missing actors are
 * refused by `transition` before this is called.
 *
 * @example
 * decideCaseCommand(privacyCase, { type: 'acknowledge', by: 'thomas' }, at).effects
 * // [{ type: 'prepare_reply', templateId: 'acknowledgement' }]
 */
export function decideCaseCommand(privacyCase: PrivacyCase, command: CaseCommand, at: string): CaseChange {
  const { reference } = privacyCase;
  switch (command.type) {
    case 'assign': {
      const handler = command.handler.trim();
      if (handler === '') refuse('missing_handler', 'Choose who will handle the case.');
      if (handler === privacyCase.handler) refuse('already_assigned', `${reference} is already assigned to ${handler}.`);
      return {
        changes: { handler },
        event: { type: 'assigned', at, by: command.by, handler },
        effects: [{ type: 'notify_handler', handler }],
      };
    }
    case 'acknowledge':
      if (privacyCase.auditTrail.some((event) => event.type === 'acknowledged')) {
        refuse('already_acknowledged', `Receipt of ${reference} was already acknowledged.`);
      }
      return {
        changes: privacyCase.status === 'open' ? { status: 'acknowledged' } : {},
        event: { type: 'acknowledged', at, by: command.by },
        effects: [{ type: 'prepare_reply', templateId: 'acknowledgement' }],
      };
    case 'request_identity':
    case 'verify_identity':
      return decideIdentityCommand(privacyCase, command, at);
    case 'extend':
      return decideExtension(privacyCase, command, at);
    case 'complete_step':
    case 'waive_step':
      return applyStepCommand(privacyCase, command, at);
    case 'record_reply': {
      const templateId = command.templateId.trim();
      checkReplyTemplate(privacyCase, templateId);
      return { changes: {}, event: { type: 'reply_sent', at, by: command.by, templateId } };
    }
    case 'attach_message': {
      const { internetMessageId } = command.message;
      if (privacyCase.sourceMessages.some((source) => source.internetMessageId === internetMessageId)) {
        refuse('message_already_attached', `This message is already part of ${reference}.`);
      }
      // Stored like the first message: a validated, normalised UTC instant.
      const receivedAt = new Date(parseInstant(command.message.receivedAt)).toISOString();
      return {
        changes: { sourceMessages: [...privacyCase.sourceMessages, { ...command.message, receivedAt }] },
        event: { type: 'message_attached', at, internetMessageId },
      };
    }
    case 'close': {
      const outcome = checkClosing(privacyCase, command.outcome, command.note);
      const note = command.note?.trim();
      return {
        changes: { status: 'closed', outcome },
        event: { type: 'closed', at, by: command.by, outcome, ...(note ? { note } : {}) },
      };
    }
  }
}
