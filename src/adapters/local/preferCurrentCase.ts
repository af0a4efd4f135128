import type { PrivacyCase } from '../../core/cases/privacyCase.ts';

/**
 * Chooses among cases that share a conversation: an open case wins over a closed one, then the most
 * recently received, so a follow-up lands on the case staff are working on now.
 *
 * @example
 * preferCurrentCase([closedLastYear, openNow]); // openNow
 */
export function preferCurrentCase(cases: readonly PrivacyCase[]): PrivacyCase | undefined {
  let preferred: PrivacyCase | undefined;
  for (const candidate of cases) {
    if (preferred === undefined || isPreferred(candidate, preferred)) preferred = candidate;
  }
  return preferred;
}

function isPreferred(candidate: PrivacyCase, current: PrivacyCase): boolean {
  const candidateOpen = candidate.status !== 'closed';
  const currentOpen = current.status !== 'closed';
  if (candidateOpen !== currentOpen) return candidateOpen;
  return Date.parse(candidate.receivedAt) > Date.parse(current.receivedAt);
}

/**
 * Finds the case a message belongs to in a list: by internet message id first, then by conversation.
 *
 * @example
 * findCaseInList(cases, '<abc@example.nl>', 'conv-1');
 */
export function findCaseInList(
  cases: readonly PrivacyCase[],
  internetMessageId: string,
  conversationId?: string,
): PrivacyCase | undefined {
  const byMessage = cases.filter((c) => c.sourceMessages.some((m) => m.internetMessageId === internetMessageId));
  if (byMessage.length > 0) return preferCurrentCase(byMessage);
  if (conversationId === undefined || conversationId === '') return undefined;
  return preferCurrentCase(cases.filter((c) => c.sourceMessages.some((m) => m.conversationId === conversationId)));
}
