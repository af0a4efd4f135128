import { useCallback, useEffect, useState } from 'react';
import type { CaseChangeFeed } from '../../adapters/local/caseChangeNotifier.ts';
import { getDeadlineDate } from '../../core/calendar/getDeadlineDate.ts';
import type { CaseStore } from '../../core/cases/caseStore.ts';
import { findEarliestDeadline } from '../../core/cases/findEarliestDeadline.ts';
import type { PrivacyCase } from '../../core/cases/privacyCase.ts';
import { useCaseChanges } from '../shared/useCaseChanges.ts';

export interface RegisterCases {
  /** Undefined while the first load runs. */
  cases: PrivacyCase[] | undefined;
  /** The store's message when loading failed, for the manager to act on. */
  loadError: string | undefined;
  reload: () => void;
}

/**
 * Open cases first, each group by the deadline that ends first (a 72-hour breach notification
 * before a month period ending the same day), so the most urgent case is always on top.
 */
function sortForRegister(cases: readonly PrivacyCase[]): PrivacyCase[] {
  const rank = (c: PrivacyCase) => (c.status === 'closed' ? 1 : 0);
  const earliest = (c: PrivacyCase) => findEarliestDeadline(c);
  const hoursFirst = (c: PrivacyCase) => (earliest(c).kind === 'hours' ? 0 : 1);
  return [...cases].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      getDeadlineDate(earliest(a)).localeCompare(getDeadlineDate(earliest(b))) ||
      hoursFirst(a) - hoursFirst(b) ||
      a.reference.localeCompare(b.reference),
  );
}

/**
 * Reads every case from the store, most urgent first, and reads again when another page (the
 * Outlook pane) saves a case and whenever the manager returns to the tab, for browsers that cannot
 * announce changes.
 *
 * @example
 * const { cases, loadError, reload } = useRegisterCases(store, caseChanges);
 */
export function useRegisterCases(store: CaseStore, caseChanges?: CaseChangeFeed): RegisterCases {
  const [cases, setCases] = useState<PrivacyCase[] | undefined>(undefined);
  const [loadError, setLoadError] = useState<string | undefined>(undefined);

  const reload = useCallback(() => {
    store.list().then(
      (listed) => {
        setCases(sortForRegister(listed));
        setLoadError(undefined);
      },
      (error: unknown) => setLoadError(error instanceof Error ? error.message : String(error)),
    );
  }, [store]);

  useCaseChanges(caseChanges, reload);
  useEffect(() => {
    reload();
    const onVisible = () => document.visibilityState === 'visible' && reload();
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [reload]);

  return { cases, loadError, reload };
}
