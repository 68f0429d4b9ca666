/**
 * The Outlook-like page: header, ribbon, Mail / Calendar / Contacts, folders, message list, reading
 * pane, task pane, status bar. Calendar and Contacts show the Graph stand-in's mailbox.
 */
import {
  FluentProvider, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Button, Tab, TabList, tokens, webDarkTheme, webLightTheme,
} from '@fluentui/react-components';
import { useEffect, useState, type DragEvent } from 'react';
import type { WorkbenchHost } from '../host/workbench-host';
import { Ribbon } from '../ribbon/Ribbon';
import { CalendarView } from './CalendarView';
import { ContactsView } from './ContactsView';
import { DialogOverlay } from './DialogOverlay';
import { FolderRail } from './FolderRail';
import { DismissIcon } from './icons';
import { MessageList } from './MessageList';
import { ReadingPane } from './ReadingPane';
import { SettingsDialog } from './SettingsDialog';
import { StatusBar } from './StatusBar';
import { FunctionRuntime, TaskPane } from './TaskPane';
import { readAndOpen, TopBar } from './TopBar';
import { HostContext, useHost, useWorkbench } from './workbench-context';

const useStyles = makeStyles({
  root: { height: '100%', display: 'flex', flexDirection: 'column', position: 'relative', backgroundColor: tokens.colorNeutralBackground2 },
  main: { flexGrow: 1, minHeight: 0, display: 'grid' },
  modules: { paddingLeft: '8px', borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, backgroundColor: tokens.colorNeutralBackground3 },
  drop: {
    position: 'absolute', inset: 0, zIndex: 1000, display: 'flex', alignItems: 'center', justifyContent: 'center',
    backgroundColor: 'rgba(15, 108, 189, 0.18)', border: `3px dashed ${tokens.colorBrandStroke1}`, fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold, color: tokens.colorBrandForeground1,
  },
});

type Module = 'mail' | 'calendar' | 'contacts';

const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');

function Shell() {
  const styles = useStyles();
  const host = useHost();
  const state = useWorkbench();
  const [filter, setFilter] = useState('');
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [dragging, setDragging] = useState(false);
  const [module, setModule] = useState<Module>('mail');
  const message = host.currentMessage();

  useEffect(() => {
    document.title = message ? `${message.subject || '(No subject)'} – Outlook workbench` : 'Outlook workbench';
  }, [message]);

  const columns = module !== 'mail' ? (state.pane ? 'minmax(360px, 1fr) 350px' : 'minmax(360px, 1fr)')
    : state.pane ? '184px minmax(250px, 340px) minmax(340px, 1fr) 350px' : '200px minmax(260px, 360px) minmax(360px, 1fr)';
  return (
    <div className={styles.root}
      onDragOver={(e) => { if (hasFiles(e)) { e.preventDefault(); setDragging(true); } }}
      onDragLeave={(e) => { if (e.currentTarget === e.target || !e.relatedTarget) setDragging(false); }}
      onDrop={(e) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        setDragging(false);
        const file = e.dataTransfer.files[0];
        if (file) void readAndOpen(host, file);
      }}>
      <TopBar filter={filter} onFilter={setFilter} onOpenSettings={() => setSettingsOpen(true)} />
      <Ribbon />
      {state.banner && (
        <MessageBar intent={state.banner.kind} layout="multiline" role="alert">
          <MessageBarBody><MessageBarTitle>{state.banner.title}</MessageBarTitle>{state.banner.text}</MessageBarBody>
          <MessageBarActions containerAction={<Button appearance="transparent" aria-label="Dismiss" icon={<DismissIcon />} onClick={() => host.store.set({ banner: null })} />} />
        </MessageBar>
      )}
      <TabList className={styles.modules} selectedValue={module} onTabSelect={(_e, d) => setModule(d.value as Module)} aria-label="Outlook modules" size="small">
        <Tab value="mail">Mail</Tab>
        <Tab value="calendar">Calendar</Tab>
        <Tab value="contacts">Contacts</Tab>
      </TabList>
      <div className={styles.main} style={{ gridTemplateColumns: columns }}>
        {module === 'mail' && <><FolderRail /><MessageList filter={filter} /><ReadingPane /></>}
        {module === 'calendar' && <CalendarView />}
        {module === 'contacts' && <ContactsView />}
        <TaskPane />
      </div>
      <StatusBar />
      <FunctionRuntime />
      <DialogOverlay />
      <SettingsDialog open={settingsOpen} onClose={() => setSettingsOpen(false)} />
      {dragging && <div className={styles.drop} onDragLeave={() => setDragging(false)}>Drop an .eml file to open it</div>}
    </div>
  );
}

function Themed() {
  const { settings } = useWorkbench();
  return (
    // Height inline, not as a class: Fluent copies the provider's classes onto its portal nodes.
    <FluentProvider theme={settings.theme === 'dark' ? webDarkTheme : webLightTheme} style={{ height: '100%' }}>
      <Shell />
    </FluentProvider>
  );
}

export function App({ host }: { host: WorkbenchHost }) {
  return (
    <HostContext.Provider value={host}>
      <Themed />
    </HostContext.Provider>
  );
}
