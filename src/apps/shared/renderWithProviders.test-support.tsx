import { render } from '@testing-library/react';
import type { RenderOptions } from '@testing-library/react';
import type { ReactElement } from 'react';
import { AppThemeProvider } from './AppThemeProvider.tsx';

/**
 * Renders a screen inside the same Fluent provider the pages use; for component tests only.
 *
 * @example
 * const screen = renderWithProviders(<TaskPane {...props} />);
 */
export function renderWithProviders(ui: ReactElement, options?: Omit<RenderOptions, 'wrapper'>) {
  return render(ui, { wrapper: AppThemeProvider, ...options });
}
