// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { createManualCaseChangeFeed } from './manualCaseChangeFeed.test-support.ts';
import { useCaseChanges } from './useCaseChanges.ts';

describe('useCaseChanges', () => {
  it('passes each announced case id to the latest callback, subscribing only once across renders', () => {
    const changes = createManualCaseChangeFeed();
    const first = vi.fn();
    const second = vi.fn();
    const { rerender } = renderHook(({ onChange }) => useCaseChanges(changes.feed, onChange), { initialProps: { onChange: first } });
    rerender({ onChange: second });
    act(() => changes.announce('case-1'));
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledWith('case-1');
    expect(changes.listenerCount()).toBe(1);
  });

  it('unsubscribes when the screen goes away', () => {
    const changes = createManualCaseChangeFeed();
    const { unmount } = renderHook(() => useCaseChanges(changes.feed, vi.fn()));
    unmount();
    expect(changes.listenerCount()).toBe(0);
  });

  it('does nothing without a feed', () => {
    const onChange = vi.fn();
    renderHook(() => useCaseChanges(undefined, onChange));
    expect(onChange).not.toHaveBeenCalled();
  });
});
