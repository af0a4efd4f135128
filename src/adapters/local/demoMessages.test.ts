import { DEMO_MESSAGES } from './demoMessages.ts';

const SHARED_MAILBOXES = ['support@qualitynetworks.nl', 'info@qualitynetworks.nl', 'finance@qualitynetworks.nl'];

describe('DEMO_MESSAGES', () => {
  it('gives every message its own internet message id in angle brackets', () => {
    const ids = DEMO_MESSAGES.map((message) => message.internetMessageId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^<[^<>\s]+@mail\.example>$/);
  });

  it('delivers every message to one of the shared mailboxes it is addressed to', () => {
    for (const message of DEMO_MESSAGES) {
      expect(SHARED_MAILBOXES).toContain(message.mailbox);
      expect(message.to).toContain(message.mailbox);
    }
  });

  it('dates every message as a valid instant in November 2026, before the 24th', () => {
    for (const message of DEMO_MESSAGES) {
      const received = new Date(message.receivedAt);
      expect(Number.isNaN(received.getTime())).toBe(false);
      expect(received.toISOString().slice(0, 19)).toBe(message.receivedAt.slice(0, 19));
      expect(received >= new Date('2026-11-01T00:00:00Z')).toBe(true);
      expect(received < new Date('2026-11-24T00:00:00Z')).toBe(true);
    }
  });

  it('holds exactly one follow-up: same conversation and sender, received after the first message', () => {
    const conversationIds = DEMO_MESSAGES.map((message) => message.conversationId);
    const repeated = [...new Set(conversationIds.filter((id, index) => conversationIds.indexOf(id) !== index))];
    expect(repeated).toHaveLength(1);
    const [first, followUp, ...rest] = DEMO_MESSAGES.filter((message) => message.conversationId === repeated[0]);
    expect(rest).toHaveLength(0);
    if (first === undefined || followUp === undefined) throw new Error('the follow-up conversation is missing');
    expect(followUp.from.email).toBe(first.from.email);
    expect(followUp.receivedAt > first.receivedAt).toBe(true);
    expect(followUp.internetMessageId).not.toBe(first.internetMessageId);
  });

  it('includes HTML bodies as well as plain text, and a late-evening arrival (UTC)', () => {
    expect(DEMO_MESSAGES.some((message) => message.bodyType === 'html')).toBe(true);
    expect(DEMO_MESSAGES.some((message) => message.bodyType === 'text')).toBe(true);
    expect(DEMO_MESSAGES.some((message) => new Date(message.receivedAt).getUTCHours() >= 21)).toBe(true);
  });

  it('leaves no subject, body or sender address empty', () => {
    for (const message of DEMO_MESSAGES) {
      expect(message.subject.trim()).not.toBe('');
      expect(message.body.trim()).not.toBe('');
      expect(message.from.email).toMatch(/^[^@\s]+@[^@\s]+$/);
    }
  });
});
