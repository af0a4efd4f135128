import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { StrictMode } from 'react';
import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { createDemoMailbox } from '../../adapters/local/demoMailbox.ts';
import { createCaseChangeNotifier } from '../../adapters/local/caseChangeNotifier.ts';
import { openIndexedDbCaseStore } from '../../adapters/local/indexedDbCaseStore.ts';
import { createOfficeMailbox } from '../../adapters/office/officeMailbox.ts';
import { isOutlookHost, startOfficeHost } from '../../adapters/office/startOfficeHost.ts';
import { loadDefaultOrganisationProfile } from '../../core/organisation/loadDefaultOrganisationProfile.ts';
import { AppThemeProvider } from '../shared/AppThemeProvider.tsx';
import { TaskPane } from './TaskPane.tsx';
import type { HostProblemFeed, TaskPaneProps } from './TaskPane.tsx';

const container = document.getElementById('root');
if (!container) throw new Error('taskpane.html has no #root element.');
const root = createRoot(container);
const clock = () => new Date();

async function preparePane(): Promise<TaskPaneProps> {
  const profile = loadDefaultOrganisationProfile();
  const caseChanges = createCaseChangeNotifier();
  const caseStore = await openIndexedDbCaseStore({ notifier: caseChanges });
  if (isOutlookHost(window.location.search)) {
    const office = await startOfficeHost(document);
    const listeners = new Set<(problem: string) => void>();
    const hostProblems: HostProblemFeed = {
      subscribe(listener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    };
    const mailbox = createOfficeMailbox(office, { onError: (error) => listeners.forEach((listener) => listener(error.message)) });
    return { mailbox, caseStore, caseChanges, profile, clock, hostProblems, staffMember: office.context.mailbox.userProfile.emailAddress };
  }
  const demoMailbox = createDemoMailbox();
  const staffMember = profile.handlers[0]?.email ?? profile.privacyContact;
  return { mailbox: demoMailbox, demoMailbox, caseStore, caseChanges, profile, clock, staffMember };
}

function render(content: ReactNode) {
  root.render(
    <StrictMode>
      <AppThemeProvider>{content}</AppThemeProvider>
    </StrictMode>,
  );
}

preparePane().then(
  (props) => render(<TaskPane {...props} />),
  (error: unknown) =>
    render(
      <main style={{ padding: 16 }}>
        <h1>Privacy Desk</h1>
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>Privacy Desk could not start.</MessageBarTitle>
            {error instanceof Error ? error.message : 'Reload the pane; if it persists, contact support.'}
          </MessageBarBody>
        </MessageBar>
      </main>,
    ),
);
