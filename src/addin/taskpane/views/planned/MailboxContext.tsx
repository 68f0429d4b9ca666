/**
 * The Outlook mailbox a sync or options command works for.
 * @jsxRuntime automatic
 */
import { Spinner } from '@fluentui/react-components';
import { useEffect } from 'react';
import type { OfficeFacade, UserProfile } from '../../../office';
import { t } from '../../../strings';
import { useOffice } from '../../pane-context';
import { useOfficeValue } from '../../use-office-value';
import { Facts } from './Facts';

const loadProfile = (office: OfficeFacade): Promise<UserProfile> => office.getUserProfile();

function account(profile: UserProfile): string {
  const { displayName, emailAddress } = profile;
  if (displayName && emailAddress) return `${displayName} <${emailAddress}>`;
  return displayName || emailAddress || t('context.mailbox.unknown');
}

export function MailboxContext({ onReady }: { onReady: () => void }) {
  const state = useOfficeValue(useOffice(), loadProfile);
  const ready = state.status === 'ready';
  useEffect(() => {
    if (ready) onReady();
  }, [ready, onReady]);

  if (state.status === 'loading') return <Spinner size="small" label={t('context.mailbox.loading')} />;
  return <Facts facts={[{ term: t('context.mailbox.account'), value: account(state.value) }]} />;
}
