/**
 * Route "options": tabs Sign-in (method, who the pane is signed in as, test, sign out), Calendar
 * (enable, item types, days back and ahead, automatic Get) and Contacts (enable, scope, target
 * folder). Calendar and Contacts roam with the mailbox (office/sync-settings.ts); what the user
 * changes is kept as a draft (across tabs, reloads and offline) until saved, so switching tabs
 * loses nothing. The Calendar and Contacts tabs are chunks of their own, rendered while shown:
 * the route is interactive (on Sign-in) before their inputs arrive.
 * @jsxRuntime automatic
 */
import { Button, makeStyles, MessageBar, MessageBarBody, Spinner, tokens } from '@fluentui/react-components';
import { lazy, Suspense, useEffect, useId, useState } from 'react';
import { SignInSection } from '../../auth/SignInSection';
import { draftKey, useDraft } from '../../connectivity/use-draft';
import { useOffline } from '../../connectivity/use-connectivity';
import { parseSyncSettings, type SyncSettings } from '../../office/sync-settings';
import { t } from '../../strings';
import { TabStrip } from '../components/TabStrip';
import { markPaneInteractive } from '../pane-ready';
import { formOf, validateForm, type OptionsForm } from './sync/OptionsSections';
import { useSyncSettings } from './sync/use-sync-settings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
  row: { display: 'flex', columnGap: tokens.spacingHorizontalS, alignItems: 'center' },
});

function readDraft(value: string): Partial<OptionsForm> {
  try {
    return value ? (JSON.parse(value) as Partial<OptionsForm>) : {};
  } catch {
    return {};
  }
}

const CalendarOptions = lazy(() => import(/* webpackChunkName: "options-calendar" */ './sync/CalendarOptions'));
const ContactsOptions = lazy(() => import(/* webpackChunkName: "options-contacts" */ './sync/ContactsOptions'));

type TabId = 'signIn' | 'calendar' | 'contacts';
const TABS: readonly TabId[] = ['signIn', 'calendar', 'contacts'];

export default function OptionsView() {
  const styles = useStyles();
  const baseId = useId();
  const offline = useOffline();
  const { settings, loaded, loadError, save } = useSyncSettings();
  const draft = useDraft(draftKey('options', 'sync'), '');
  const [tab, setTab] = useState<TabId>('signIn');
  const [status, setStatus] = useState<{ kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; reason: string } | null>(null);
  const [showErrors, setShowErrors] = useState(false);
  useEffect(() => {
    if (loaded) markPaneInteractive('options');
  }, [loaded]);

  const form: OptionsForm = { ...formOf(settings), ...readDraft(draft.value) };
  const setForm = (next: OptionsForm) => {
    draft.setValue(JSON.stringify(next));
    setStatus(null);
  };
  const errors = validateForm(form);
  const onSave = async () => {
    setShowErrors(true);
    if (Object.keys(errors).length) {
      setTab(errors.types || errors.daysBack || errors.daysAhead ? 'calendar' : 'contacts');
      return;
    }
    setStatus({ kind: 'saving' });
    try {
      const next: SyncSettings = parseSyncSettings({
        calendar: { enabled: form.calEnabled, types: form.types, daysBack: Number(form.daysBack), daysAhead: Number(form.daysAhead), getOnOpen: form.getOnOpen, intervalMinutes: form.intervalMinutes },
        contacts: { enabled: form.conEnabled, scope: form.scope, companies: form.companies, folderName: form.folderName.trim() },
      });
      await save(next);
      draft.clear();
      setShowErrors(false);
      setStatus({ kind: 'saved' });
    } catch (e) {
      setStatus({ kind: 'failed', reason: e instanceof Error ? e.message : String(e) });
    }
  };
  const panel = (id: TabId) => ({ id: `${baseId}-${id}`, role: 'tabpanel', 'aria-labelledby': `${baseId}-tab-${id}`, hidden: tab !== id });
  const shown = showErrors ? errors : {};

  return (
    <div className={styles.root}>
      <TabStrip<TabId>
        label={t('options.tabs')}
        selected={tab}
        onSelect={setTab}
        tabs={TABS.map((id) => ({ id, label: t(`options.tab.${id}`), tabId: `${baseId}-tab-${id}`, panelId: `${baseId}-${id}` }))}
      />
      {loadError ? <MessageBar intent="warning" layout="multiline"><MessageBarBody>{t('options.loadFailed', { reason: loadError })}</MessageBarBody></MessageBar> : null}
      <div {...panel('signIn')}><SignInSection /></div>
      <div {...panel('calendar')}>{loaded && tab === 'calendar' ? <Suspense fallback={<Spinner size="small" label={t('sync.loading')} />}><CalendarOptions form={form} onChange={setForm} errors={shown} /></Suspense> : null}</div>
      <div {...panel('contacts')}>{loaded && tab === 'contacts' ? <Suspense fallback={<Spinner size="small" label={t('sync.loading')} />}><ContactsOptions form={form} onChange={setForm} errors={shown} /></Suspense> : null}</div>
      {tab !== 'signIn' ? (
        <>
          {offline ? <MessageBar intent="info" layout="multiline"><MessageBarBody>{t('options.offlineSave')}</MessageBarBody></MessageBar> : null}
          <div className={styles.row}>
            <Button appearance="primary" disabled={!loaded || offline || status?.kind === 'saving'} onClick={() => void onSave()}>
              {status?.kind === 'saving' ? t('options.saving') : t('options.save')}
            </Button>
          </div>
          {status?.kind === 'saved' ? <MessageBar intent="success" layout="multiline" data-testid="options-saved"><MessageBarBody>{t('options.saved')}</MessageBarBody></MessageBar> : null}
          {status?.kind === 'failed' ? <MessageBar intent="error" layout="multiline"><MessageBarBody>{t('options.saveFailed', { reason: status.reason })}</MessageBarBody></MessageBar> : null}
        </>
      ) : null}
    </div>
  );
}
