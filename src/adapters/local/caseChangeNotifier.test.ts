import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { createCaseChangeNotifier, type CaseChangeNotifier } from './caseChangeNotifier.ts';
import { buildStoredCase } from './caseStoreBehaviour.test-support.ts';
import { openIndexedDbCaseStore } from './indexedDbCaseStore.ts';

// Node has BroadcastChannel too; each test uses its own channel name so tests cannot hear each other.
let opened: CaseChangeNotifier[] = [];
let channelNumber = 0;
function openPair() {
  const channelName = `case-changes-test-${++channelNumber}`;
  const pair = [createCaseChangeNotifier({ channelName }), createCaseChangeNotifier({ channelName })] as const;
  opened.push(...pair);
  return pair;
}

function nextChange(notifier: CaseChangeNotifier): Promise<string> {
  return new Promise((resolve) => {
    const stop = notifier.subscribe((caseId) => {
      stop();
      resolve(caseId);
    });
  });
}

afterEach(() => {
  for (const notifier of opened) notifier.close();
  opened = [];
});

describe('createCaseChangeNotifier', () => {
  it('tells another page which case was saved', async () => {
    const [pane, tab] = openPair();
    const heard = nextChange(tab);
    pane.announce('case-7');
    expect(await heard).toBe('case-7');
  });

  it('does not echo an announcement back to the page that made it', async () => {
    const [pane, tab] = openPair();
    const ownEcho = vi.fn();
    pane.subscribe(ownEcho);
    const heard = nextChange(tab);
    pane.announce('case-7');
    await heard;
    expect(ownEcho).not.toHaveBeenCalled();
  });

  it('ignores messages on the channel that are not case announcements', async () => {
    const [pane, tab] = openPair();
    const listener = vi.fn();
    tab.subscribe(listener);
    const stranger = new BroadcastChannel(`case-changes-test-${channelNumber}`);
    stranger.postMessage({ type: 'case-saved', caseId: 42 });
    stranger.postMessage('case-1');
    stranger.close();
    const heard = nextChange(tab);
    pane.announce('case-2');
    await heard;
    expect(listener.mock.calls).toEqual([['case-2']]);
  });

  it('stops calling a listener once it unsubscribed', async () => {
    const [pane, tab] = openPair();
    const stopped = vi.fn();
    tab.subscribe(stopped)();
    const heard = nextChange(tab);
    pane.announce('case-3');
    await heard;
    expect(stopped).not.toHaveBeenCalled();
  });

  it('works silently where the browser has no BroadcastChannel', () => {
    const notifier = createCaseChangeNotifier({ openChannel: undefined });
    const listener = vi.fn();
    const stop = notifier.subscribe(listener);
    expect(() => notifier.announce('case-1')).not.toThrow();
    stop();
    notifier.close();
    expect(listener).not.toHaveBeenCalled();
  });
});

describe('openIndexedDbCaseStore with a notifier', () => {
  it('announces a saved case only once another page can read it', async () => {
    const factory = new IDBFactory();
    const [paneChanges, tabChanges] = openPair();
    const paneStore = await openIndexedDbCaseStore({ factory, notifier: paneChanges });
    const tabStore = await openIndexedDbCaseStore({ factory });
    const readOnAnnouncement = new Promise((resolve) => tabChanges.subscribe((caseId) => resolve(tabStore.get(caseId))));
    const saved = buildStoredCase({ id: 'case-from-pane' });
    await paneStore.save(saved);
    expect(await readOnAnnouncement).toEqual(saved);
  });

  it('announces nothing when a save fails', async () => {
    const announce = vi.fn();
    const store = await openIndexedDbCaseStore({ factory: new IDBFactory(), notifier: { announce } });
    // A case without an id cannot be stored under its key path.
    await expect(store.save({ ...buildStoredCase(), id: undefined as unknown as string })).rejects.toThrow();
    expect(announce).not.toHaveBeenCalled();
  });
});
