/** Contacts: the workbench user's contact folders in the Graph stand-in (Contacts, Autotask, …) and their contacts. */
import {
  Button, makeStyles, MessageBar, MessageBarBody, Spinner, Tab, TabList, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { loadContactFolders, loadContacts } from '../graph/graph-mailbox';
import { useGraphData } from './use-graph-data';

const SHOWN = 500;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', minHeight: 0, backgroundColor: tokens.colorNeutralBackground1, overflow: 'hidden' },
  bar: { display: 'flex', alignItems: 'center', gap: '8px', padding: '10px 16px', borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  title: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0, flexGrow: 1 },
  body: { overflowY: 'auto', padding: '8px 16px 16px' },
  note: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

export function ContactsView() {
  const styles = useStyles();
  const [folderId, setFolderId] = useState('');
  const folders = useGraphData(loadContactFolders, 'folders');
  const contacts = useGraphData(() => loadContacts(folderId), folderId);
  const list = contacts.data ?? [];
  const error = folders.error ?? contacts.error;
  return (
    <section className={styles.root} aria-labelledby="contacts-title">
      <div className={styles.bar}>
        <h2 id="contacts-title" className={styles.title}>Contacts</h2>
        {(contacts.loading || folders.loading) && <Spinner size="tiny" aria-label="Loading" />}
        <Button appearance="subtle" onClick={() => { folders.refresh(); contacts.refresh(); }}>Refresh</Button>
      </div>
      <TabList selectedValue={folderId} onTabSelect={(_e, d) => setFolderId(String(d.value))} aria-label="Contact folders" size="small">
        {(folders.data ?? [{ id: '', displayName: 'Contacts' }]).map((f) => <Tab key={f.id} value={f.id}>{f.displayName}</Tab>)}
      </TabList>
      <div className={styles.body} tabIndex={0} role="region" aria-label="Contacts in the folder">
        {error && <MessageBar intent="error"><MessageBarBody>Could not read contacts from the Graph stand-in: {error}</MessageBarBody></MessageBar>}
        <p className={styles.note} aria-live="polite">{contacts.data ? `${list.length} contact${list.length === 1 ? '' : 's'}${list.length > SHOWN ? `, the first ${SHOWN} shown` : ''}` : ''}</p>
        <Table size="small" aria-label="Contacts in this folder">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Name</TableHeaderCell><TableHeaderCell>Email</TableHeaderCell><TableHeaderCell>Company</TableHeaderCell>
              <TableHeaderCell>Job title</TableHeaderCell><TableHeaderCell>Phone</TableHeaderCell><TableHeaderCell>Autotask</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {list.slice(0, SHOWN).map((c) => (
              <TableRow key={c.id} data-contact-id={c.id}>
                <TableCell>{c.displayName || '(No name)'}</TableCell>
                <TableCell>{(c.emailAddresses ?? []).map((e) => e.address).filter(Boolean).join(', ')}</TableCell>
                <TableCell>{c.companyName ?? ''}</TableCell>
                <TableCell>{c.jobTitle ?? ''}</TableCell>
                <TableCell>{c.businessPhones?.[0] ?? c.mobilePhone ?? ''}</TableCell>
                <TableCell>{c.autotaskRef ? `${c.autotaskRef.type} ${c.autotaskRef.id}` : ''}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </section>
  );
}
