import { extendLegalDeadline } from '../calendar/extendLegalDeadline.ts';
import { InvalidInstantError, parseInstant } from '../calendar/parseInstant.ts';
import { applyStepCommand } from './applyStepCommand.ts';
import { CaseTransitionError, type CaseCommand, type CaseEffect } from './caseCommand.ts';
import { checkClosing } from './checkClosing.ts';
import { checkExtension } from './checkExtension.ts';
import type { AuditEvent, CaseStatus, PrivacyCase } from './privacyCase.ts';

export type TransitionResult =
  | { ok: true; next: PrivacyCase; effects: CaseEffect[] }
  | { ok: false; error: CaseTransitionError };

type Change = { changes: Partial<PrivacyCase>; event: AuditEvent; effects?: CaseEffect[] };

function refuse(code: CaseTransitionError['code'], message: string): never {
  throw new CaseTransitionError(code, message);
}

function hasEvent(privacyCase: PrivacyCase, type: AuditEvent['type']): boolean {
  return privacyCase.auditTrail.some((event) => event.type === type);
}

function refuseIfIdentityVerified(privacyCase: PrivacyCase): void {
  if (hasEvent(privacyCase, 'identity_verified')) {
    refuse('identity_already_verified', `The requester's identity for ${privacyCase.reference} is already verified.`);
  }
}

/** Work resumes after identity is settled: the extended status stays visible. */
function workingStatus(privacyCase: PrivacyCase): CaseStatus {
  const { legalDeadline } = privacyCase;
  return legalDeadline.kind === 'month-period' && legalDeadline.extended ? 'extended' : 'in_progress';
}

function decide(privacyCase: PrivacyCase, command: CaseCommand, at: string): Change {
  const { reference } = privacyCase;
  switch (command.type) {
    case 'assign': {
      const handler = command.handler.trim();
      if (handler === '') refuse('missing_handler', 'Choose who will handle the case.');
      if (handler === privacyCase.handler) {
        refuse('already_assigned', `${reference} is already assigned to ${handler}.`);
      }
      return {
        changes: { handler },
        event: { type: 'assigned', at, by: command.by, handler },
        effects: [{ type: 'notify_handler', handler }],
      };
    }
    case 'acknowledge':
      if (hasEvent(privacyCase, 'acknowledged')) {
        refuse('already_acknowledged', `Receipt of ${reference} was already acknowledged.`);
      }
      return {
        changes: privacyCase.status === 'open' ? { status: 'acknowledged' } : {},
        event: { type: 'acknowledged', at, by: command.by },
        effects: [{ type: 'prepare_reply', templateId: 'acknowledgement' }],
      };
    case 'request_identity':
      refuseIfIdentityVerified(privacyCase);
      if (privacyCase.status === 'awaiting_identity') {
        refuse('identity_already_requested', `${reference} is already waiting for the requester's identity.`);
      }
      return {
        changes: { status: 'awaiting_identity' },
        event: { type: 'identity_requested', at, by: command.by },
        effects: [{ type: 'prepare_reply', templateId: 'identity_check' }],
      };
    case 'verify_identity':
      refuseIfIdentityVerified(privacyCase);
      return { changes: { status: workingStatus(privacyCase) }, event: { type: 'identity_verified', at, by: command.by } };
    case 'extend': {
      checkExtension(privacyCase, command.reason, at);
      const legalDeadline = extendLegalDeadline(privacyCase.legalDeadline);
      const newDeadline = legalDeadline.kind === 'month-period' ? legalDeadline.deadline : privacyCase.targetDate;
      return {
        // The extension exists because the work needs longer: the own target moves with it.
        changes: {
          legalDeadline,
          targetDate: newDeadline,
          ...(privacyCase.status === 'awaiting_identity' ? {} : { status: 'extended' }),
        },
        event: { type: 'extended', at, by: command.by, reason: command.reason.trim(), newDeadline },
        effects: [{ type: 'prepare_reply', templateId: 'extension' }],
      };
    }
    case 'complete_step':
    case 'waive_step':
      return applyStepCommand(privacyCase, command, at);
    case 'record_reply': {
      const templateId = command.templateId.trim();
      if (templateId === '') refuse('missing_template', 'Say which reply template was sent.');
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

/**
 * The one state machine of a case. Checks `command` against the case and returns the next case with
 * one more audit event (earlier events kept, same order) and the effects for the adapters, or a
 * refusal. Pure: the input case is never changed and `now` (ISO instant) is passed in.
 *
 * @example
 * const result = transition(privacyCase, { type: 'extend', by: 'sanne', reason: 'Archive search needed' }, now);
 * if (result.ok) save(result.next); else show(result.error.message);
 */
export function transition(privacyCase: PrivacyCase, command: CaseCommand, now: string): TransitionResult {
  try {
    const at = new Date(parseInstant(now)).toISOString();
    if (privacyCase.status === 'closed' && command.type === 'close') {
      refuse('already_closed', `${privacyCase.reference} is already closed (outcome: ${privacyCase.outcome ?? 'not recorded'}).`);
    }
    if (privacyCase.status === 'closed') {
      refuse(
        'case_closed',
        `${privacyCase.reference} is closed; nothing more can be recorded on it. Open a new case for a new request.`,
      );
    }
    if ('by' in command && command.by.trim() === '') refuse('missing_actor', 'Say who does this, for the audit trail.');
    const { changes, event, effects = [] } = decide(privacyCase, command, at);
    return { ok: true, next: { ...privacyCase, ...changes, auditTrail: [...privacyCase.auditTrail, event] }, effects };
  } catch (error) {
    if (error instanceof CaseTransitionError) return { ok: false, error };
    if (error instanceof InvalidInstantError) {
      return { ok: false, error: new CaseTransitionError('invalid_time', error.message) };
    }
    throw error;
  }
}
