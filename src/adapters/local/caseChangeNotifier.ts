/** The channel the task pane and the Teams tab of one origin announce saved cases on. */
export const CASE_CHANGE_CHANNEL = 'privacy-desk-case-changes';

/** What a screen needs to follow changes: `subscribe` returns the unsubscribe function. */
export interface CaseChangeFeed {
  subscribe(listener: (caseId: string) => void): () => void;
}

/** Tells the other pages of this origin (the tab in another window, a second pane) which case was saved. */
export interface CaseChangeNotifier extends CaseChangeFeed {
  announce(caseId: string): void;
  close(): void;
}

export interface CaseChangeNotifierOptions {
  /** Defaults to the browser's `BroadcastChannel`; `undefined` where there is none. Tests pass their own. */
  openChannel?: ((name: string) => BroadcastChannel) | undefined;
  channelName?: string;
}

interface CaseSavedMessage {
  type: 'case-saved';
  caseId: string;
}

function isCaseSavedMessage(message: unknown): message is CaseSavedMessage {
  const candidate = message as Partial<CaseSavedMessage> | null;
  return typeof candidate === 'object' && candidate !== null && candidate.type === 'case-saved' && typeof candidate.caseId === 'string';
}

function browserChannel(): ((name: string) => BroadcastChannel) | undefined {
  return typeof BroadcastChannel === 'function' ? (name) => new BroadcastChannel(name) : undefined;
}

/**
 * Announces saved cases to the other pages of the same origin over a `BroadcastChannel`, and
 * passes their announcements to subscribers. A page does not hear its own announcements: it
 * already shows what it saved. Without `BroadcastChannel` nothing is announced and screens fall
 * back to reading again when staff return to them.
 *
 * @example
 * const notifier = createCaseChangeNotifier();
 * const store = await openIndexedDbCaseStore({ notifier });
 * const stop = notifier.subscribe((caseId) => reloadCase(caseId));
 */
export function createCaseChangeNotifier(options: CaseChangeNotifierOptions = {}): CaseChangeNotifier {
  const openChannel = 'openChannel' in options ? options.openChannel : browserChannel();
  const channel = openChannel?.(options.channelName ?? CASE_CHANGE_CHANNEL);
  const listeners = new Set<(caseId: string) => void>();
  if (channel) {
    // Anything else on this origin may post here too, so only well-formed announcements count.
    channel.onmessage = (event: MessageEvent<unknown>) => {
      if (isCaseSavedMessage(event.data)) for (const listener of [...listeners]) listener(event.data.caseId);
    };
  }
  return {
    announce(caseId) {
      const message: CaseSavedMessage = { type: 'case-saved', caseId };
      channel?.postMessage(message);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      listeners.clear();
      channel?.close();
    },
  };
}
