/** The folder pane: the mailbox's folders, with unread counts. */
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { MessageFolder } from '../model/message';
import { USER_PROFILE } from '../model/message';
import { useHost, useWorkbench } from './workbench-context';

export const FOLDERS: { id: MessageFolder; label: string }[] = [
  { id: 'inbox', label: 'Inbox' },
  { id: 'opened', label: 'Opened .eml files' },
  { id: 'drafts', label: 'Drafts' },
  { id: 'sent', label: 'Sent Items' },
  { id: 'archive', label: 'Archive' },
];

const useStyles = makeStyles({
  root: { backgroundColor: tokens.colorNeutralBackground3, padding: '12px 8px', overflowY: 'auto', borderRight: `1px solid ${tokens.colorNeutralStroke2}` },
  account: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: '4px 8px 0' },
  email: {
    fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3, margin: '0 8px 10px',
    overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap',
  },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '2px' },
  folder: { width: '100%', justifyContent: 'space-between', fontWeight: tokens.fontWeightRegular },
  current: { backgroundColor: tokens.colorNeutralBackground1Selected, fontWeight: tokens.fontWeightSemibold },
  count: { color: tokens.colorBrandForeground1, fontWeight: tokens.fontWeightSemibold },
});

export function FolderRail() {
  const styles = useStyles();
  const host = useHost();
  const { folder, messages } = useWorkbench();
  return (
    <nav className={styles.root} aria-label="Folders">
      <h2 className={styles.account}>{USER_PROFILE.displayName}</h2>
      <p className={styles.email} title={USER_PROFILE.emailAddress}>{USER_PROFILE.emailAddress}</p>
      <ul className={styles.list}>
        {FOLDERS.map((f) => {
          const inFolder = messages.filter((m) => m.folder === f.id);
          const count = f.id === 'inbox' ? inFolder.filter((m) => m.unread).length : inFolder.length;
          return (
            <li key={f.id}>
              <Button appearance="subtle" className={`${styles.folder} ${folder === f.id ? styles.current : ''}`}
                aria-current={folder === f.id ? 'page' : undefined} onClick={() => host.setFolder(f.id)}>
                <span>{f.label}</span>
                {count > 0 && <span className={styles.count} aria-label={f.id === 'inbox' ? `${count} unread` : `${count} items`}>{count}</span>}
              </Button>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
