import { useEffect, useRef } from 'react';
import type { CaseChangeFeed } from '../../adapters/local/caseChangeNotifier.ts';

/**
 * Calls `onChange` with the id of every case another page saved (the Teams tab in another window,
 * a second pane), so a screen can read the store again without a reload. Without a feed, nothing
 * happens. The latest `onChange` is used without subscribing again on every render.
 *
 * @example
 * useCaseChanges(caseChanges, () => reload());
 */
export function useCaseChanges(caseChanges: CaseChangeFeed | undefined, onChange: (caseId: string) => void): void {
  const latestOnChange = useRef(onChange);
  useEffect(() => {
    latestOnChange.current = onChange;
  });
  useEffect(() => caseChanges?.subscribe((caseId) => latestOnChange.current(caseId)), [caseChanges]);
}
