import { computeGoverningDeadline } from '../calendar/computeGoverningDeadline.ts';
import { computeTargetDate } from '../calendar/computeTargetDate.ts';
import { parseInstant } from '../calendar/parseInstant.ts';
import type { Classification } from '../classifier/classification.ts';
import type { OrganisationProfile } from '../organisation/organisationProfile.ts';
import type { RightLabel } from '../rights/rightLabel.ts';
import { deriveChecklist } from './deriveChecklist.ts';
import type { MessageIdentity } from './findCaseForMessage.ts';
import { CASE_REFERENCE_PATTERN } from './formatCaseReference.ts';
import type { AuditEvent, PrivacyCase } from './privacyCase.ts';

/** The message a case is opened from; a host's `MailMessage` fits. */
export interface RequestMessage extends MessageIdentity {
  from: { name?: string; email: string };
  mailbox?: string;
  subject?: string;
  /** ISO 8601 instant. */
  receivedAt: string;
}

export interface OpenPrivacyCaseInput {
  message: RequestMessage;
  classification: Pick<Classification, 'rights' | 'language' | 'evidence'>;
  profile: OrganisationProfile;
  /** From `formatCaseReference(year, store.nextReferenceNumber(year))`. */
  reference: string;
  /** ISO 8601 instant of opening; time is passed in, never read from the clock. */
  now: string;
  /** Who opens the case (name or email of the staff member). */
  openedBy: string;
  /** Handler id from the profile's `handlers`. */
  handler?: string;
  /** The rights staff chose when they differ from the classifier's; recorded in the audit trail. */
  rights?: readonly RightLabel[];
  /** The business customer we act for as processor (Art. 28(3)(e)). */
  processorFor?: string;
  /** As processor: when the customer received the request, if earlier than our receipt; its deadline governs. */
  controllerReceivedAt?: string;
  /** Store id; defaults to the reference, which is unique. */
  id?: string;
}

/** Thrown when a case cannot be opened; the message says what to fix. */
export class CaseOpeningError extends Error {
  override readonly name = 'CaseOpeningError';
}

/**
 * Opens a tracked case for a privacy request: governing legal deadline and own target date from the
 * receipt instant, a checklist from the profile, and an audit trail that starts with the receipt,
 * the classification (with the deciding words), the opening and, if given, the assignment.
 *
 * @example
 * openPrivacyCase({ message, classification, profile, reference: formatCaseReference(2026, 7),
 *   now: '2026-11-24T10:00:00Z', openedBy: 'sanne', handler: 'thomas' }).legalDeadline
 * // { kind: 'month-period', receivedOn: '2026-11-24', deadline: '2026-12-24', extended: false }
 */
export function openPrivacyCase(input: OpenPrivacyCaseInput): PrivacyCase {
  const { message, classification, profile, reference, openedBy, handler } = input;
  const rights = [...new Set(input.rights ?? classification.rights)];
  if (rights.length === 0) {
    throw new CaseOpeningError('No right was recognised in this message. Choose at least one right before opening a case.');
  }
  if (!CASE_REFERENCE_PATTERN.test(reference)) {
    throw new CaseOpeningError(`"${reference}" is not a case reference like AVG-2026-0007.`);
  }
  if (openedBy.trim() === '' || handler?.trim() === '') {
    throw new CaseOpeningError('Say who opens the case, and leave the handler out rather than empty.');
  }
  if (input.controllerReceivedAt !== undefined && input.processorFor === undefined) {
    throw new CaseOpeningError("A customer's receipt date only applies when we act as processor: name the customer too.");
  }
  const receivedAt = new Date(parseInstant(message.receivedAt)).toISOString();
  const at = new Date(parseInstant(input.now)).toISOString();
  const controllerReceivedAt =
    input.controllerReceivedAt === undefined ? undefined : new Date(parseInstant(input.controllerReceivedAt)).toISOString();
  const legalDeadline = computeGoverningDeadline(controllerReceivedAt ?? receivedAt, rights);
  const isCorrected = input.rights !== undefined && rights.join() !== [...new Set(classification.rights)].join();
  const auditTrail: AuditEvent[] = [
    { type: 'received', at: receivedAt, internetMessageId: message.internetMessageId },
    {
      type: 'classified',
      at,
      rights: [...classification.rights],
      evidence: classification.evidence.map((evidence) => ({ ...evidence })),
    },
    { type: 'opened', at, by: openedBy, ...(isCorrected ? { correctedRights: rights } : {}) },
    ...(handler === undefined ? [] : [{ type: 'assigned' as const, at, by: openedBy, handler }]),
  ];
  return {
    id: input.id ?? reference,
    reference,
    requester: { ...(message.from.name === undefined ? {} : { name: message.from.name }), email: message.from.email },
    rightsInvoked: rights,
    language: classification.language,
    sourceMessages: [
      {
        internetMessageId: message.internetMessageId,
        ...(message.conversationId === undefined ? {} : { conversationId: message.conversationId }),
        ...(message.mailbox === undefined ? {} : { mailbox: message.mailbox }),
        ...(message.subject === undefined ? {} : { subject: message.subject }),
        receivedAt,
      },
    ],
    ...(handler === undefined ? {} : { handler }),
    status: 'open',
    receivedAt,
    legalDeadline,
    targetDate: computeTargetDate(legalDeadline, rights, profile.targets),
    ...(input.processorFor === undefined ? {} : { processorFor: input.processorFor }),
    ...(controllerReceivedAt === undefined ? {} : { controllerReceivedAt }),
    checklist: deriveChecklist(profile, rights),
    auditTrail,
  };
}
