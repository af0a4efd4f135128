// @vitest-environment jsdom
import { act, renderHook, waitFor } from '@testing-library/react';
import type { MailMessage, Mailbox } from '../../adapters/mailbox.ts';
import { useCurrentMessage } from './useCurrentMessage.ts';

function buildMessage(internetMessageId: string): MailMessage {
  return {
    internetMessageId,
    conversationId: 'conv',
    mailbox: 'support@qualitynetworks.nl',
    from: { email: 'a@example.nl' },
    to: [],
    subject: internetMessageId,
    body: '',
    bodyType: 'text',
    receivedAt: '2026-11-16T09:00:00Z',
  };
}

/** A mailbox whose reads the test settles by hand, in any order, as a slow Outlook might. */
function buildControlledMailbox() {
  const reads: { resolve: (message: MailMessage | null) => void; reject: (error: Error) => void }[] = [];
  let changed: () => void = () => undefined;
  const mailbox: Mailbox = {
    currentMessage: () => new Promise((resolve, reject) => reads.push({ resolve, reject })),
    onMessageChanged: (listener) => {
      changed = listener;
      return () => undefined;
    },
    openReply: async () => undefined,
  };
  return { mailbox, reads, change: () => changed() };
}

describe('useCurrentMessage', () => {
  it('keeps the later selection when the read of an earlier one finishes last', async () => {
    const { mailbox, reads, change } = buildControlledMailbox();
    const { result } = renderHook(() => useCurrentMessage(mailbox));
    act(() => change());
    await act(async () => reads[1]?.resolve(buildMessage('<second@example.nl>')));
    await act(async () => reads[0]?.resolve(buildMessage('<first@example.nl>')));
    expect(result.current.message?.internetMessageId).toBe('<second@example.nl>');
    expect(result.current.loading).toBe(false);
  });

  it('reports a failed read in words and clears the message', async () => {
    const { mailbox, reads } = buildControlledMailbox();
    const { result } = renderHook(() => useCurrentMessage(mailbox));
    await act(async () => reads[0]?.reject(new Error('Outlook could not read the message body.')));
    await waitFor(() => expect(result.current.problem).toBe('Outlook could not read the message body.'));
    expect(result.current.message).toBeNull();
  });

  it('starts loading with no message before the first read settles', () => {
    const { mailbox } = buildControlledMailbox();
    const { result } = renderHook(() => useCurrentMessage(mailbox));
    expect(result.current).toEqual({ message: null, loading: true });
  });
});
