import { useEffect, useState, type ReactNode } from 'react';
import type { TeamsConnection, TeamsThemeName } from '../../adapters/teams/teamsHost.ts';
import { AppThemeProvider } from '../shared/AppThemeProvider.tsx';
import { fluentThemeFor } from './fluentThemeFor.ts';

export interface TabRootProps {
  /** Present inside Teams; absent in demo mode, where the light theme applies. */
  teams?: TeamsConnection;
  children: ReactNode;
}

/** Wraps the tab in the Fluent theme Teams asks for, and follows the user's theme switches. */
export function TabRoot({ teams, children }: TabRootProps) {
  const [theme, setTheme] = useState<TeamsThemeName>(teams?.theme ?? 'default');
  useEffect(() => {
    if (!teams) return;
    setTheme(teams.theme);
    teams.onThemeChange(setTheme);
  }, [teams]);
  return <AppThemeProvider theme={fluentThemeFor(theme)}>{children}</AppThemeProvider>;
}
