import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { openIndexedDbCaseStore } from '../../adapters/local/indexedDbCaseStore.ts';
import { connectToTeams, type TeamsConnection } from '../../adapters/teams/teamsHost.ts';
import { CaseRegister } from './CaseRegister.tsx';
import { TabRoot } from './TabRoot.tsx';

const container = document.getElementById('root');
if (!container) throw new Error('tab.html has no #root element.');
const root = createRoot(container);

// Only inside Teams (?host=teams) is TeamsJS touched; the plain page is demo mode with no network.
const isInTeams = new URLSearchParams(window.location.search).get('host') === 'teams';

async function start() {
  const teams: TeamsConnection | undefined = isInTeams ? await connectToTeams() : undefined;
  const store = await openIndexedDbCaseStore();
  root.render(
    <StrictMode>
      <TabRoot teams={teams}>
        <CaseRegister store={store} now={() => new Date().toISOString()} />
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
