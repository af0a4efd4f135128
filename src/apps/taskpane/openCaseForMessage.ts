import type { MailMessage } from '../../adapters/mailbox.ts';
import { toAmsterdamDate } from '../../core/calendar/toAmsterdamDate.ts';
import type { CaseStore } from '../../core/cases/caseStore.ts';
import { findCaseForMessage } from '../../core/cases/findCaseForMessage.ts';
import { formatCaseReference } from '../../core/cases/formatCaseReference.ts';
import { openPrivacyCase } from '../../core/cases/openPrivacyCase.ts';
import type { PrivacyCase } from '../../core/cases/privacyCase.ts';
import type { Classification } from '../../core/classifier/classification.ts';
import type { OrganisationProfile } from '../../core/organisation/organisationProfile.ts';
import type { RightLabel } from '../../core/rights/rightLabel.ts';

export interface OpenCaseForMessageInput {
  message: MailMessage;
  classification: Classification;
  profile: OrganisationProfile;
  openedBy: string;
  handlerId: string;
  /** Rights staff chose for a message the classifier did not see as a request. */
  chosenRights?: readonly RightLabel[];
  processorFor?: string;
  /** As processor: when the customer received the request (ISO instant). */
  controllerReceivedAt?: string;
  /** ISO instant of opening. */
  now: string;
}

/**
 * Opens and saves the case for a message, numbered in the year of opening. When another window
 * opened a case for the message meanwhile, that case is returned instead of a second one.
 *
 * @example
 * const privacyCase = await openCaseForMessage(caseStore, { message, classification, profile,
 *   openedBy: 'sanne@qualitynetworks.nl', handlerId: 'thomas', now: '2026-11-24T10:00:00Z' });
 */
export async function openCaseForMessage(caseStore: CaseStore, input: OpenCaseForMessageInput): Promise<PrivacyCase> {
  const { internetMessageId, conversationId } = input.message;
  const existing = findCaseForMessage(await caseStore.listByMessage(internetMessageId, conversationId), input.message);
  if (existing !== undefined) return existing;
  const year = Number(toAmsterdamDate(input.now).slice(0, 4));
  const reference = formatCaseReference(year, await caseStore.nextReferenceNumber(year));
  const opened = openPrivacyCase({
    message: input.message,
    classification: input.classification,
    profile: input.profile,
    reference,
    now: input.now,
    openedBy: input.openedBy,
    handler: input.handlerId,
    ...(input.processorFor === undefined ? {} : { processorFor: input.processorFor }),
    ...(input.controllerReceivedAt === undefined ? {} : { controllerReceivedAt: input.controllerReceivedAt }),
    ...(input.chosenRights === undefined ? {} : { rights: input.chosenRights }),
  });
  await caseStore.save(opened);
  return opened;
}
