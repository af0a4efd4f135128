import { Component } from 'react';
import type { ReactNode } from 'react';

interface PaneErrorBoundaryState {
  error?: Error;
}

/**
 * Keeps one unreadable message from blanking the whole pane: the picker stays usable and staff
 * see what went wrong. Keyed by message, so choosing another message starts afresh.
 */
export class PaneErrorBoundary extends Component<{ children: ReactNode }, PaneErrorBoundaryState> {
  override state: PaneErrorBoundaryState = {};

  static getDerivedStateFromError(error: unknown): PaneErrorBoundaryState {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override render() {
    if (this.state.error === undefined) return this.props.children;
    // Plain elements: the fallback must not depend on anything that could fail the same way.
    return (
      <div role="alert" data-testid="pane-error">
        <p>
          <strong>This message could not be shown.</strong>
        </p>
        <p>{`${this.state.error.message} Choose another message or reload the pane; if it happens again, report it with the message's subject.`}</p>
      </div>
    );
  }
}
