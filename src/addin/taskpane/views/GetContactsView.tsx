/**
 * Route "get-contacts": Get Contacts. Says which contacts come into which folder, runs the sync
 * with progress and Cancel, and ends with the summary.
 * @jsxRuntime automatic
 */
import { Spinner, Text } from '@fluentui/react-components';
import { t } from '../../strings';
import type { ContactScope } from '../../sync/ports';
import { SyncRunPanel, useSyncStyles } from './sync/SyncRunPanel';
import { loadSyncEngine, useSyncView } from './sync/use-sync-view';

export default function GetContactsView() {
  const styles = useSyncStyles();
  const { settings, loaded, whenPorts, blocked, resourceId } = useSyncView('get-contacts', 'contacts');
  if (!loaded) return <Spinner size="small" label={t('sync.loading')} />;
  const c = settings.contacts;
  const scope: ContactScope = c.scope === 'companies' ? { kind: 'companies', companyIds: c.companies.map((x) => x.id) } : { kind: 'account-manager', resourceId };
  return (
    <div className={styles.root}>
      <Text as="p" className={styles.plain} data-testid="sync-what">
        {c.scope === 'companies' ? t('sync.getContacts.what.companies', { count: c.companies.length, folder: c.folderName }) : t('sync.getContacts.what.mine', { folder: c.folderName })}
      </Text>
      <SyncRunPanel blocked={blocked} run={async (o) => (await loadSyncEngine()).runGetContacts(await whenPorts(), { scope, folderName: c.folderName }, o)} />
    </div>
  );
}
