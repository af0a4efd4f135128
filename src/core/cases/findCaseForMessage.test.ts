import { loadDefaultOrganisationProfile } from '../organisation/loadDefaultOrganisationProfile.ts';
import { findCaseForMessage } from './findCaseForMessage.ts';
import { openPrivacyCase, type RequestMessage } from './openPrivacyCase.ts';
import type { PrivacyCase } from './privacyCase.ts';

const profile = loadDefaultOrganisationProfile();

function caseFor(message: RequestMessage, number: number, status: PrivacyCase['status'] = 'open'): PrivacyCase {
  const opened = openPrivacyCase({
    message,
    classification: { rights: ['access'], language: 'nl', evidence: [] },
    profile,
    reference: `AVG-2026-000${number}`,
    now: '2026-11-24T10:00:00Z',
    openedBy: 'sanne',
  });
  return { ...opened, status };
}

const first: RequestMessage = {
  internetMessageId: '<request-1@example.nl>',
  conversationId: 'conversation-1',
  from: { name: 'An de Boer', email: 'an.deboer@example.nl' },
  receivedAt: '2026-11-24T09:00:00Z',
};

describe('findCaseForMessage', () => {
  const openCase = caseFor(first, 1);
  const otherCase = caseFor({ ...first, internetMessageId: '<other@example.nl>', conversationId: 'conversation-2' }, 2);

  it('finds the case that holds the same internet message id', () => {
    expect(findCaseForMessage([otherCase, openCase], first)).toBe(openCase);
  });

  it('attaches a follow-up in the same conversation from the same requester to the open case', () => {
    const followUp = { internetMessageId: '<follow-up@example.nl>', conversationId: 'conversation-1', from: { email: 'AN.deBoer@example.nl ' } };
    expect(findCaseForMessage([otherCase, openCase], followUp)).toBe(openCase);
  });

  it('does not attach a message from someone else in the same conversation', () => {
    const colleague = { internetMessageId: '<colleague@example.nl>', conversationId: 'conversation-1', from: { email: 'piet@example.nl' } };
    expect(findCaseForMessage([openCase], colleague)).toBeUndefined();
  });

  it('does not let a closed case swallow a new request in its conversation', () => {
    const closedCase = caseFor(first, 3, 'closed');
    const newRequest = { internetMessageId: '<new@example.nl>', conversationId: 'conversation-1', from: { email: first.from.email } };
    expect(findCaseForMessage([closedCase], newRequest)).toBeUndefined();
  });

  it('still shows a closed case for the very message it was opened from', () => {
    const closedCase = caseFor(first, 3, 'closed');
    expect(findCaseForMessage([closedCase], first)).toBe(closedCase);
  });

  it('matches only by message id when the message has no conversation id', () => {
    const loose = { internetMessageId: '<loose@example.nl>', from: { email: first.from.email } };
    expect(findCaseForMessage([openCase], loose)).toBeUndefined();
  });

  it('finds nothing among no cases', () => {
    expect(findCaseForMessage([], first)).toBeUndefined();
  });
});
