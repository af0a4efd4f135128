// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { buildStoredCase } from '../../adapters/local/caseStoreBehaviour.test-support.ts';
import { createMemoryCaseStore } from '../../adapters/local/memoryCaseStore.ts';
import type { PrivacyCase } from '../../core/cases/privacyCase.ts';
import { transition } from '../../core/cases/transition.ts';
import { useCaseActions } from './useCaseActions.ts';

const NOW = new Date('2026-02-10T10:00:00Z');
const shownCase = buildStoredCase({
  status: 'acknowledged',
  checklist: [{ id: 'access:clang', right: 'access', systemId: 'clang', description: 'Export from Clang', state: 'open' }],
});

/** The case as another window saved it after this pane read `shownCase`. */
function changedElsewhere(command: Parameters<typeof transition>[1]): PrivacyCase {
  const result = transition(shownCase, command, NOW.toISOString());
  if (!result.ok) throw result.error;
  return result.next;
}

async function renderActionsOnStaleCopy(savedElsewhere: PrivacyCase) {
  const store = createMemoryCaseStore([shownCase]);
  await store.save(savedElsewhere, { expectedVersion: 1 });
  const onSaved = vi.fn();
  const onEffects = vi.fn();
  const { result } = renderHook(() => useCaseActions(store, () => NOW, onSaved, onEffects));
  return { store, result, onSaved, onEffects };
}

describe('useCaseActions on a copy another window has changed since', () => {
  it('shows the refusal when a step is marked done on a case closed meanwhile, and saves nothing', async () => {
    const closed = changedElsewhere({ type: 'close', by: 'bas', outcome: 'withdrawn' });
    const { store, result, onSaved } = await renderActionsOnStaleCopy(closed);
    let saved: boolean | undefined;
    await act(async () => {
      saved = await result.current.apply(shownCase, { type: 'complete_step', by: 'sanne', stepId: 'access:clang' });
    });
    expect(saved).toBe(false);
    expect(result.current.problem).toMatch(/is closed/);
    expect(onSaved).not.toHaveBeenCalled();
    expect(await store.getVersioned(shownCase.id)).toEqual({ privacyCase: closed, version: 2 });
  });

  it('keeps the other window\'s change and adds its own on top, showing the case as stored', async () => {
    const assigned = changedElsewhere({ type: 'assign', by: 'bas', handler: 'thomas' });
    const { store, result, onSaved, onEffects } = await renderActionsOnStaleCopy(assigned);
    await act(async () => {
      await result.current.apply(shownCase, { type: 'complete_step', by: 'sanne', stepId: 'access:clang' });
    });
    const stored = await store.getVersioned(shownCase.id);
    expect(stored?.version).toBe(3);
    expect(stored?.privacyCase.handler).toBe('thomas');
    expect(stored?.privacyCase.auditTrail.slice(-2).map((event) => event.type)).toEqual(['assigned', 'step_done']);
    expect(onSaved).toHaveBeenCalledWith(stored?.privacyCase);
    expect(onEffects).toHaveBeenCalledWith([], { type: 'complete_step', by: 'sanne', stepId: 'access:clang' });
    expect(result.current.problem).toBeUndefined();
  });
});
