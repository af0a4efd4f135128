import { connectToTeams, TeamsConnectionError, toTeamsThemeName, type TeamsSdk } from './teamsHost.ts';

function fakeSdk(theme: string, failWith?: Error) {
  const handlers: ((theme: string) => void)[] = [];
  const calls: string[] = [];
  const sdk: TeamsSdk = {
    async initialize() {
      calls.push('initialize');
      if (failWith) throw failWith;
    },
    async getContext() {
      calls.push('getContext');
      return { app: { theme } };
    },
    registerOnThemeChangeHandler(handler) {
      handlers.push(handler);
    },
  };
  return { sdk, calls, switchTheme: (next: string) => handlers.forEach((handler) => handler(next)) };
}

describe('toTeamsThemeName', () => {
  it.each(['default', 'dark', 'contrast'] as const)('keeps the documented theme %s', (theme) => {
    expect(toTeamsThemeName(theme)).toBe(theme);
  });

  it('falls back to default for an unknown or empty theme name', () => {
    expect(toTeamsThemeName('glitter')).toBe('default');
    expect(toTeamsThemeName('')).toBe('default');
  });
});

describe('connectToTeams', () => {
  it('initialises TeamsJS before reading the context', async () => {
    const fake = fakeSdk('dark');
    const connection = await connectToTeams(fake.sdk);
    expect(fake.calls).toEqual(['initialize', 'getContext']);
    expect(connection.theme).toBe('dark');
  });

  it('passes theme changes on, narrowed to the documented names', async () => {
    const fake = fakeSdk('default');
    const connection = await connectToTeams(fake.sdk);
    const seen: string[] = [];
    connection.onThemeChange((theme) => seen.push(theme));
    fake.switchTheme('contrast');
    fake.switchTheme('neon');
    expect(seen).toEqual(['contrast', 'default']);
  });

  it('explains a failed initialisation outside a Teams client', async () => {
    const fake = fakeSdk('default', new Error('SDK initialization timed out.'));
    const failure = connectToTeams(fake.sdk);
    await expect(failure).rejects.toBeInstanceOf(TeamsConnectionError);
    await expect(failure).rejects.toThrow(/timed out.*demo mode/);
    expect(fake.calls).toEqual(['initialize']);
  });
});
