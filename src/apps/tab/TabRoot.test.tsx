// @vitest-environment jsdom
import { teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme } from '@fluentui/react-components';
import { act, cleanup, render, screen } from '@testing-library/react';
import type { TeamsConnection, TeamsThemeName } from '../../adapters/teams/teamsHost.ts';
import { fluentThemeFor } from './fluentThemeFor.ts';
import { TabRoot } from './TabRoot.tsx';

afterEach(cleanup);

function ThemeProbe() {
  return <p data-testid="probe">register</p>;
}

function fakeTeams(initial: TeamsThemeName) {
  let listener: ((theme: TeamsThemeName) => void) | undefined;
  const connection: TeamsConnection = { theme: initial, onThemeChange: (next) => (listener = next) };
  return { connection, switchTo: (theme: TeamsThemeName) => act(() => listener?.(theme)) };
}

// The provider writes the theme's tokens as CSS variables; the background tells the three apart.
const backgroundOf = () => getComputedStyle(document.querySelector('.fui-FluentProvider')!).getPropertyValue('--colorNeutralBackground1');

describe('fluentThemeFor', () => {
  it('maps default, dark and contrast to the three Teams themes', () => {
    expect(fluentThemeFor('default')).toBe(teamsLightTheme);
    expect(fluentThemeFor('dark')).toBe(teamsDarkTheme);
    expect(fluentThemeFor('contrast')).toBe(teamsHighContrastTheme);
  });
});

describe('TabRoot', () => {
  it('uses the Teams light theme in demo mode, without Teams', () => {
    render(<TabRoot><ThemeProbe /></TabRoot>);
    expect(screen.getByTestId('probe').closest('.fui-FluentProvider')).not.toBeNull();
    expect(backgroundOf()).toBe(teamsLightTheme.colorNeutralBackground1);
  });

  it('starts in the theme Teams reports and follows a switch to high contrast', () => {
    const teams = fakeTeams('dark');
    render(<TabRoot teams={teams.connection}><ThemeProbe /></TabRoot>);
    expect(backgroundOf()).toBe(teamsDarkTheme.colorNeutralBackground1);
    teams.switchTo('contrast');
    expect(backgroundOf()).toBe(teamsHighContrastTheme.colorNeutralBackground1);
  });
});
