import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { Theme } from '@fluentui/react-components';
import type { ReactNode } from 'react';

export interface AppThemeProviderProps {
  children: ReactNode;
  /** Defaults to Fluent's light theme; the Teams tab passes the theme Teams reports. */
  theme?: Theme;
}

/**
 * The Fluent UI provider both pages wrap themselves in, so they share one look and one default.
 *
 * @example
 * createRoot(element).render(<AppThemeProvider><TaskPane … /></AppThemeProvider>);
 */
export function AppThemeProvider({ children, theme = webLightTheme }: AppThemeProviderProps) {
  return (
    <FluentProvider theme={theme} style={{ minHeight: '100vh' }}>
      {children}
    </FluentProvider>
  );
}
