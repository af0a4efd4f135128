import type { CaseChangeFeed } from '../../adapters/local/caseChangeNotifier.ts';

/**
 * A case change feed that a screen test drives by hand, standing in for another page announcing a
 * saved case. Test use only.
 *
 * @example
 * const changes = createManualCaseChangeFeed();
 * render(<CaseRegister store={store} caseChanges={changes.feed} … />);
 * act(() => changes.announce('case-1'));
 */
export function createManualCaseChangeFeed() {
  const listeners = new Set<(caseId: string) => void>();
  const feed: CaseChangeFeed = {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return {
    feed,
    /** How many screens listen now. */
    listenerCount: () => listeners.size,
    announce: (caseId: string) => [...listeners].forEach((listener) => listener(caseId)),
  };
}
