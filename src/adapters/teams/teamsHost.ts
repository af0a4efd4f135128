import { app } from '@microsoft/teams-js';

/** The themes Teams reports; anything unknown is treated as `default`. */
export type TeamsThemeName = 'default' | 'dark' | 'contrast';

/** What the tab needs from Teams: the current theme and its changes. */
export interface TeamsConnection {
  theme: TeamsThemeName;
  /** Calls `listener` on every theme switch the user makes in Teams. */
  onThemeChange(listener: (theme: TeamsThemeName) => void): void;
}

/** The part of TeamsJS this module uses, so tests can pass a fake instead of the real SDK. */
export interface TeamsSdk {
  initialize(): Promise<void>;
  getContext(): Promise<{ app: { theme: string } }>;
  registerOnThemeChangeHandler(handler: (theme: string) => void): void;
}

/** Raised when the page claims to run in Teams but TeamsJS cannot talk to a Teams client. */
export class TeamsConnectionError extends Error {
  override readonly name = 'TeamsConnectionError';
}

/**
 * Narrows the theme name Teams sends to the three it documents.
 *
 * @example
 * toTeamsThemeName('dark') // 'dark'
 * toTeamsThemeName('glitter') // 'default'
 */
export function toTeamsThemeName(theme: string): TeamsThemeName {
  return theme === 'dark' || theme === 'contrast' ? theme : 'default';
}

/**
 * Initialises TeamsJS and reads the theme. Call it only when the page runs inside Teams
 * (`?host=teams`); in demo mode the tab never touches TeamsJS.
 *
 * @example
 * const teams = await connectToTeams();
 * teams.onThemeChange((theme) => setTheme(theme));
 */
export async function connectToTeams(sdk: TeamsSdk = app): Promise<TeamsConnection> {
  try {
    await sdk.initialize();
    const context = await sdk.getContext();
    return {
      theme: toTeamsThemeName(context.app.theme),
      onThemeChange(listener) {
        sdk.registerOnThemeChangeHandler((theme) => listener(toTeamsThemeName(theme)));
      },
    };
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new TeamsConnectionError(
      `Privacy Desk could not connect to Teams (${reason}). Open the tab from the Teams app, or remove ?host=teams to use demo mode.`,
      { cause },
    );
  }
}
