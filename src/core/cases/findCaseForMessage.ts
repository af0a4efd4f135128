import type { PrivacyCase } from './privacyCase.ts';

/** What is needed of a message to find its case; a host's `MailMessage` fits. */
export interface MessageIdentity {
  internetMessageId: string;
  conversationId?: string;
  from: { email: string };
}

function isSameAddress(left: string, right: string): boolean {
  return left.trim().toLowerCase() === right.trim().toLowerCase();
}

/**
 * The case a message belongs to, instead of opening a second one:
 * 1. a case that already holds this exact message (by internet message id), open or closed;
 * 2. otherwise an open case in the same conversation with the same requester (a follow-up).
 * A closed case never takes in a new message: a new request after closing gets its own case.
 *
 * @example
 * findCaseForMessage(cases, { internetMessageId: '<b@mail>', conversationId: 'conv-1', from: { email: 'an@example.nl' } })
 * // the open case of an@example.nl in conversation conv-1, or undefined
 */
export function findCaseForMessage(cases: readonly PrivacyCase[], message: MessageIdentity): PrivacyCase | undefined {
  const sameMessage = cases.find((privacyCase) =>
    privacyCase.sourceMessages.some((source) => source.internetMessageId === message.internetMessageId),
  );
  if (sameMessage !== undefined || message.conversationId === undefined || message.conversationId === '') {
    return sameMessage;
  }
  return cases.find(
    (privacyCase) =>
      privacyCase.status !== 'closed' &&
      isSameAddress(privacyCase.requester.email, message.from.email) &&
      privacyCase.sourceMessages.some((source) => source.conversationId === message.conversationId),
  );
}
