/** Why a sync command cannot run now (integration off in Options, signed out, offline), or null. */
import { useAuth } from '../../../auth/use-auth';
import { useOffline } from '../../../connectivity/use-connectivity';
import type { SyncSettings } from '../../../office/sync-settings';
import { t } from '../../../strings';

export function useSyncBlock(kind: 'calendar' | 'contacts', settings: SyncSettings, portsError: string | null): string | null {
  const offline = useOffline();
  const { state } = useAuth();
  if (!settings[kind].enabled) return t(kind === 'calendar' ? 'sync.blocked.calendarOff' : 'sync.blocked.contactsOff');
  if (offline) return t('sync.blocked.offline');
  if (state.status !== 'signed-in') return t('sync.blocked.signedOut');
  if (portsError) return t('sync.blocked.outlook', { reason: portsError });
  return null;
}
