import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createCaseChangeNotifier } from '../../adapters/local/caseChangeNotifier.ts';
import { openIndexedDbCaseStore } from '../../adapters/local/indexedDbCaseStore.ts';
import type { TeamsConnection } from '../../adapters/teams/teamsHost.ts';
import { loadDefaultOrganisationProfile } from '../../core/organisation/loadDefaultOrganisationProfile.ts';
import { listSystemNames } from '../shared/listSystemNames.ts';
import { CaseRegister } from './CaseRegister.tsx';
import { TabRoot } from './TabRoot.tsx';

const container = document.getElementById('root');
if (!container) throw new Error('tab.html has no #root element.');
const root = createRoot(container);

// Only inside Teams (?host=teams) is TeamsJS touched; the plain page is demo mode with no network.
const isInTeams = new URLSearchParams(window.location.search).get('host') === 'teams';

/** Loads TeamsJS only inside Teams, so the demo page never downloads or runs it. */
async function connectIfInTeams(): Promise<TeamsConnection | undefined> {
  if (!isInTeams) return undefined;
  const { connectToTeams } = await import('../../adapters/teams/teamsHost.ts');
  return connectToTeams();
}

async function start() {
  const teams = await connectIfInTeams();
  const caseChanges = createCaseChangeNotifier();
  const store = await openIndexedDbCaseStore({ notifier: caseChanges });
  const profile = loadDefaultOrganisationProfile();
  root.render(
    <StrictMode>
      <TabRoot teams={teams}>
        <CaseRegister store={store} caseChanges={caseChanges} handlers={profile.handlers} systems={listSystemNames(profile)} now={() => new Date().toISOString()} />
      </TabRoot>
    </StrictMode>,
  );
}

start().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  root.render(
    <TabRoot>
      <main style={{ padding: 24 }} role="alert">
        <h1>Privacy register</h1>
        <p>{message}</p>
      </main>
    </TabRoot>,
  );
});
