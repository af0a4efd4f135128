import { Button, MessageBar, MessageBarBody, Spinner, Tab, TabList, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { CaseChangeFeed } from '../../adapters/local/caseChangeNotifier.ts';
import type { CaseStore } from '../../core/cases/caseStore.ts';
import type { SystemNameList } from '../shared/listSystemNames.ts';
import type { HandlerList } from '../shared/nameHandler.ts';
import { CaseDetailDialog } from './CaseDetailDialog.tsx';
import { CaseTable } from './CaseTable.tsx';
import { downloadFile as offerDownload } from './downloadFile.ts';
import { exportRegisterCsv } from './exportRegisterCsv.ts';
import { RegisterSummaryBar } from './RegisterSummaryBar.tsx';
import { isInRegisterFilter, summarizeRegister, type RegisterFilter } from './summarizeRegister.ts';
import { useRegisterCases } from './useRegisterCases.ts';

const useStyles = makeStyles({
  page: { padding: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  header: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
  title: { margin: 0, marginRight: 'auto', fontSize: tokens.fontSizeBase600 },
});

const FILTERS: { value: RegisterFilter; label: string }[] = [
  { value: 'open', label: 'Open' },
  { value: 'dueThisWeek', label: 'Due this week' },
  { value: 'overdue', label: 'Overdue' },
  { value: 'closed', label: 'Closed' },
  { value: 'all', label: 'All' },
];

export interface CaseRegisterProps {
  store: CaseStore;
  /** Cases saved in the Outlook pane or another window, so the register follows without a reload. */
  caseChanges?: CaseChangeFeed;
  /** Injected clock: the current instant as ISO 8601. */
  now: () => string;
  /** Staff from the organisation profile, to show handlers by name. */
  handlers?: HandlerList;
  /** System names from the profile, to show checklist steps in the audit trail by name. */
  systems?: SystemNameList;
  /** Saves the exported register; defaults to a browser download. */
  downloadFile?: (fileName: string, content: string) => void;
}

/** The manager's view: summary, filters, the case list, case details and the register export. */
export function CaseRegister({ store, caseChanges, now, handlers = [], systems = [], downloadFile = offerDownload }: CaseRegisterProps) {
  const styles = useStyles();
  const { cases, loadError, reload } = useRegisterCases(store, caseChanges);
  const [filter, setFilter] = useState<RegisterFilter>('open');
  const [openCaseId, setOpenCaseId] = useState<string | undefined>(undefined);

  const at = now();
  const summary = summarizeRegister(cases ?? [], at);
  const shown = (cases ?? []).filter((c) => isInRegisterFilter(c, filter, at));
  const openCase = cases?.find((c) => c.id === openCaseId);
  const countFor = (value: RegisterFilter) =>
    ({ open: summary.open, dueThisWeek: summary.dueThisWeek, overdue: summary.overdue, closed: summary.closed, all: summary.total })[value];

  return (
    <main className={styles.page}>
      <header className={styles.header}>
        <h1 className={styles.title}>Privacy register</h1>
        <Button onClick={reload}>Refresh</Button>
        <Button
          appearance="primary"
          data-testid="export-register"
          disabled={!cases || cases.length === 0}
          onClick={() => downloadFile(`privacy-register-${at.slice(0, 10)}.csv`, exportRegisterCsv(cases ?? [], at, handlers))}
        >
          Export register
        </Button>
      </header>
      {loadError && (
        <MessageBar intent="error">
          <MessageBarBody>{loadError}</MessageBarBody>
        </MessageBar>
      )}
      {cases === undefined && !loadError && <Spinner label="Loading cases…" />}
      {cases !== undefined && cases.length === 0 && (
        <p data-testid="empty-register">No privacy requests yet. Cases opened from the Outlook pane in this browser appear here.</p>
      )}
      {cases !== undefined && cases.length > 0 && (
        <>
          <RegisterSummaryBar summary={summary} />
          <TabList selectedValue={filter} onTabSelect={(_event, data) => setFilter(data.value as RegisterFilter)} aria-label="Filter cases">
            {FILTERS.map(({ value, label }) => (
              <Tab key={value} value={value} data-testid={`filter-${value}`}>
                {`${label} (${countFor(value)})`}
              </Tab>
            ))}
          </TabList>
          {shown.length === 0 ? <p>No cases match this filter.</p> : <CaseTable cases={shown} now={at} handlers={handlers} onOpenCase={setOpenCaseId} />}
        </>
      )}
      {openCase && <CaseDetailDialog privacyCase={openCase} now={at} handlers={handlers} systems={systems} onClose={() => setOpenCaseId(undefined)} />}
    </main>
  );
}
