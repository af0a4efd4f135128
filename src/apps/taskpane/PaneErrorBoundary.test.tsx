// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import { renderWithProviders } from '../shared/renderWithProviders.test-support.tsx';
import { PaneErrorBoundary } from './PaneErrorBoundary.tsx';

function Unreadable(): never {
  throw new Error('The body could not be converted.');
}

afterEach(cleanup);

describe('PaneErrorBoundary', () => {
  beforeEach(() => {
    // React reports caught render errors on the console; the test asserts on the screen instead.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => vi.restoreAllMocks());

  it('shows what went wrong instead of a blank pane when a message cannot be rendered', () => {
    renderWithProviders(
      <PaneErrorBoundary>
        <Unreadable />
      </PaneErrorBoundary>,
    );
    expect(screen.getByTestId('pane-error').textContent).toContain('The body could not be converted.');
  });

  it('renders its children unchanged when nothing fails', () => {
    renderWithProviders(
      <PaneErrorBoundary>
        <p>Inzageverzoek</p>
      </PaneErrorBoundary>,
    );
    expect(screen.getByText('Inzageverzoek')).toBeTruthy();
    expect(screen.queryByTestId('pane-error')).toBeNull();
  });
});
