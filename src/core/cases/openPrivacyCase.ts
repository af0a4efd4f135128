import { computeBreachNotificationDeadline } from '../calendar/computeBreachNotificationDeadline.ts';
import { computeGoverningDeadline } from '../calendar/computeGoverningDeadline.ts';
import { computeTargetDate } from '../calendar/computeTargetDate.ts';
import type { Classification } from '../classifier/classification.ts';
import type { OrganisationProfile } from '../organisation/organisationProfile.ts';
import type { RightLabel } from '../rights/rightLabel.ts';
import { CaseOpeningError } from './caseOpeningError.ts';
import { deriveChecklist } from './deriveChecklist.ts';
import type { MessageIdentity } from './findCaseForMessage.ts';
import { CASE_REFERENCE_PATTERN } from './formatCaseReference.ts';
import type { AuditEvent, PrivacyCase } from './privacyCase.ts';
import { readOpeningInstants } from './readOpeningInstants.ts';

export { CaseOpeningError } from './caseOpeningError.ts';

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
  /** As processor: when the customer received the request (not after our receipt); its deadline governs. */
  controllerReceivedAt?: string;
  /** Store id; defaults to the reference, which is unique. */
  id?: string;
}

/** Whether staff chose other rights than the classifier found; order and repeats do not count. */
function isCorrection(chosen: readonly RightLabel[], classified: readonly RightLabel[]): boolean {
  const found = new Set(classified);
  return chosen.length !== found.size || chosen.some((right) => !found.has(right));
}

/** Whether an address has something on both sides of an `@`; the requester must be answerable. */
function isEmailAddress(address: string): boolean {
  const at = address.trim().indexOf('@');
  return at > 0 && at < address.trim().length - 1;
}

/**
 * Opens a tracked case for a privacy request: the legal deadline for answering (and, for a breach
 * report, the separate 72-hour notification deadline; see `PrivacyCase`) and own target date from the
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
  if (!isEmailAddress(message.from.email)) {
    throw new CaseOpeningError(
      `The sender's address "${message.from.email}" is not an email address, so the requester cannot be answered. ` +
        'Open the case from a message with a sender address.',
    );
  }
  if (input.controllerReceivedAt !== undefined && input.processorFor === undefined) {
    throw new CaseOpeningError("A customer's receipt date only applies when we act as processor: name the customer too.");
  }
  const { receivedAt, openedAt: at, controllerReceivedAt } = readOpeningInstants({
    receivedAt: message.receivedAt,
    now: input.now,
    ...(input.controllerReceivedAt === undefined ? {} : { controllerReceivedAt: input.controllerReceivedAt }),
  });
  const countsFrom = controllerReceivedAt ?? receivedAt;
  const legalDeadline = computeGoverningDeadline(countsFrom, rights);
  const isCorrected = input.rights !== undefined && isCorrection(rights, classification.rights);
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
    ...(rights.includes('breach_report') ? { breachNotificationDeadline: computeBreachNotificationDeadline(countsFrom) } : {}),
    targetDate: computeTargetDate(legalDeadline, rights, profile.targets),
    ...(input.processorFor === undefined ? {} : { processorFor: input.processorFor }),
    ...(controllerReceivedAt === undefined ? {} : { controllerReceivedAt }),
    checklist: deriveChecklist(profile, rights),
    auditTrail,
  };
}
