import { teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme } from '@fluentui/react-components';
import type { Theme } from '@fluentui/react-components';
import type { TeamsThemeName } from '../../adapters/teams/teamsHost.ts';

const THEMES: Readonly<Record<TeamsThemeName, Theme>> = {
  default: teamsLightTheme,
  dark: teamsDarkTheme,
  contrast: teamsHighContrastTheme,
};

/**
 * The Fluent theme that matches the theme Teams reports.
 *
 * @example
 * <AppThemeProvider theme={fluentThemeFor('dark')}>…</AppThemeProvider>
 */
export function fluentThemeFor(teamsTheme: TeamsThemeName): Theme {
  return THEMES[teamsTheme];
}
