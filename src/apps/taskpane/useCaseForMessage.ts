import { useCallback, useEffect, useState } from 'react';
import type { MailMessage } from '../../adapters/mailbox.ts';
import type { CaseStore } from '../../core/cases/caseStore.ts';
import { findCaseForMessage } from '../../core/cases/findCaseForMessage.ts';
import type { PrivacyCase } from '../../core/cases/privacyCase.ts';

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
 * the same conversation (a follow-up), as the core's `findCaseForMessage` decides.
 *
 * @example
 * const { privacyCase, isFollowUp } = useCaseForMessage(caseStore, message);
 */
export function useCaseForMessage(caseStore: CaseStore, message: MailMessage): CaseForMessage {
  const [state, setState] = useState<{ loading: boolean; privacyCase?: PrivacyCase; problem?: string }>({ loading: true });

  useEffect(() => {
    let active = true;
    // Every case is read, because which one a follow-up belongs to depends on status and requester.
    caseStore.list().then(
      (cases) => active && setState({ loading: false, privacyCase: findCaseForMessage(cases, message) }),
      (error: unknown) =>
        active && setState({ loading: false, problem: error instanceof Error ? error.message : 'Cases could not be read. Reload the pane.' }),
    );
    return () => {
      active = false;
    };
  }, [caseStore, message]);

  const showCase = useCallback((privacyCase: PrivacyCase) => setState({ loading: false, privacyCase }), []);
  const isFollowUp =
    state.privacyCase !== undefined &&
    !state.privacyCase.sourceMessages.some((source) => source.internetMessageId === message.internetMessageId);
  return { ...state, isFollowUp, showCase };
}
