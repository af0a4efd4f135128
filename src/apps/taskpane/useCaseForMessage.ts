import { useCallback, useEffect, useRef, useState } from 'react';
import type { CaseChangeFeed } from '../../adapters/local/caseChangeNotifier.ts';
import type { MailMessage } from '../../adapters/mailbox.ts';
import type { CaseStore } from '../../core/cases/caseStore.ts';
import { findCaseForMessage } from '../../core/cases/findCaseForMessage.ts';
import type { PrivacyCase } from '../../core/cases/privacyCase.ts';
import { useCaseChanges } from '../shared/useCaseChanges.ts';

export interface CaseForMessage {
  loading: boolean;
  privacyCase?: PrivacyCase;
  /** True when the case was found through the conversation and does not hold this message yet. */
  isFollowUp: boolean;
  problem?: string;
  /** Shows a case just saved without reading the store again. */
  showCase: (privacyCase: PrivacyCase) => void;
}

/**
 * The case the open message belongs to: its own case, or the open case of the same requester in
 * the same conversation (a follow-up), as the core's `findCaseForMessage` decides. Read again
 * whenever another page saves a case, so the pane follows the register without a reload.
 *
 * @example
 * const { privacyCase, isFollowUp } = useCaseForMessage(caseStore, message, caseChanges);
 */
export function useCaseForMessage(caseStore: CaseStore, message: MailMessage, caseChanges?: CaseChangeFeed): CaseForMessage {
  const [state, setState] = useState<{ loading: boolean; privacyCase?: PrivacyCase; problem?: string }>({ loading: true });
  const [changesSeen, setChangesSeen] = useState(0);
  // Numbers every read and every case shown, so a slow read never replaces something newer.
  const latest = useRef(0);
  useCaseChanges(caseChanges, () => setChangesSeen((count) => count + 1));

  useEffect(() => {
    let active = true;
    const readNumber = ++latest.current;
    const show = (next: typeof state) => active && readNumber === latest.current && setState(next);
    // The store finds the cases of this message and conversation; the core decides which one it belongs to.
    caseStore.listByMessage(message.internetMessageId, message.conversationId).then(
      (cases) => show({ loading: false, privacyCase: findCaseForMessage(cases, message) }),
      (error: unknown) => show({ loading: false, problem: error instanceof Error ? error.message : 'Cases could not be read. Reload the pane.' }),
    );
    return () => {
      active = false;
    };
  }, [caseStore, message, changesSeen]);

  const showCase = useCallback((privacyCase: PrivacyCase) => {
    latest.current++;
    setState({ loading: false, privacyCase });
  }, []);
  const isFollowUp =
    state.privacyCase !== undefined &&
    !state.privacyCase.sourceMessages.some((source) => source.internetMessageId === message.internetMessageId);
  return { ...state, isFollowUp, showCase };
}
