/**
 * Route "send-contacts": Send Contacts. Lists the main Contacts folder; "Check" looks the chosen
 * contacts up in Autotask (by email, companies by domain) and asks for a company where the domain
 * does not say; Run then creates or updates them, with progress, Cancel and the summary.
 * @jsxRuntime automatic
 */
import { Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Text } from '@fluentui/react-components';
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import type { PickedEntity } from '../../forms/EntityPicker';
import { t } from '../../strings';
import type { SendContactsInput } from '../../sync/contacts-send';
import type { OutlookContact } from '../../sync/types';
import { SyncRunPanel, useSyncStyles } from './sync/SyncRunPanel';
import { LazyCandidateList, loadSyncEngine, useSyncView, type SyncEngine } from './sync/use-sync-view';

// The picker and the Autotask client come after the check, never in the route's first bytes.
const CompanyPicker = lazy(() => import(/* webpackChunkName: "send-contacts-picker" */ './sync/CompanyPicker'));

type Prepared = Omit<SendContactsInput, 'chosen'>;
const NO_SUGGESTIONS: readonly PickedEntity[] = [];

export default function SendContactsView() {
  const styles = useSyncStyles();
  const { loaded, ports, blocked } = useSyncView('send-contacts', 'contacts', true);
  const [engine, setEngine] = useState<SyncEngine | null>(null);
  const [contacts, setContacts] = useState<OutlookContact[] | null>(null);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [prepared, setPrepared] = useState<Prepared | null>(null);
  const [picks, setPicks] = useState<ReadonlyMap<string, PickedEntity>>(new Map());
  const [checking, setChecking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const canLoad = loaded && !blocked && !!ports;
  useEffect(() => {
    if (!canLoad || !ports) return;
    const abort = new AbortController();
    Promise.all([loadSyncEngine(), ports.outlook.listContacts(null, abort.signal)]).then(([loadedEngine, list]) => {
      if (abort.signal.aborted) return;
      setEngine(loadedEngine);
      setContacts(list.sort((a, b) => loadedEngine.contactLabel(a).localeCompare(loadedEngine.contactLabel(b))));
    }, (e: unknown) => { if (!abort.signal.aborted) setError(e instanceof Error ? e.message : String(e)); });
    return () => abort.abort();
  }, [canLoad, ports, version]);
  // Stable per check: the picker searches again when its suggestions change.
  const suggestions = useMemo(() => new Map((prepared && engine ? engine.sendContactsPlan({ ...prepared, chosen: new Map() }) : []).flatMap((a) =>
    (a.kind === 'choose-company' ? [[a.key, a.candidates.map((c): PickedEntity => ({ id: c.id, name: c.name }))] as const] : []))), [prepared, engine]);
  if (!loaded) return <Spinner size="small" label={t('sync.loading')} />;

  const choose = (next: ReadonlySet<string>) => {
    setChosen(next);
    setPrepared(null);
  };
  const check = async () => {
    if (!ports || !contacts || !engine) return;
    setChecking(true);
    setError(null);
    try {
      setPrepared(await engine.prepareSendContacts(ports, contacts.filter((c) => chosen.has(c.id))));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setChecking(false);
    }
  };
  const chosenCompanies = new Map([...picks].map(([k, v]) => [k, v.id]));
  const plan = prepared && engine ? engine.sendContactsPlan({ ...prepared, chosen: chosenCompanies }) : [];
  const asking = plan.filter((a) => a.kind === 'choose-company');
  const label = (c: OutlookContact) => engine?.contactLabel(c) ?? c.id;
  const count = (kind: string) => plan.filter((a) => a.kind === kind).length;

  return (
    <div className={styles.root}>
      <Text as="p" className={styles.plain} data-testid="sync-what">{t('sync.sendContacts.what')}</Text>
      {canLoad && !contacts && !error ? <Spinner size="small" label={t('sync.loading')} /> : null}
      {error ? <MessageBar intent="error" layout="multiline"><MessageBarBody>{t('sync.failed', { reason: error })}</MessageBarBody></MessageBar> : null}
      {contacts && !blocked ? (
        <Suspense fallback={<Spinner size="small" label={t('sync.loading')} />}><LazyCandidateList
          label={t('sync.sendContacts.list')}
          empty={t('sync.sendContacts.none')}
          items={contacts.map((c) => ({ id: c.id, label: label(c), detail: c.emails.join(', ') }))}
          chosen={chosen}
          onChange={choose}
        /></Suspense>
      ) : null}
      {contacts && !blocked && !prepared ? (
        <div className={styles.row}>
          <Button disabled={chosen.size === 0 || checking} onClick={() => void check()}>{checking ? t('sync.loading') : t('sync.sendContacts.check')}</Button>
        </div>
      ) : null}
      {prepared && asking.length ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t('sync.sendContacts.chooseTitle')}</MessageBarTitle>
            <Text as="p" className={styles.plain}>{t('sync.sendContacts.chooseBody')}</Text>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {prepared ? plan.flatMap((a) => (a.kind === 'choose-company' || (a.kind === 'create' && picks.has(a.key)) ? [a] : [])).map((a) => (
        <Suspense key={a.key} fallback={<Spinner size="small" label={t('sync.loading')} />}><CompanyPicker
          label={t('sync.sendContacts.companyFor', { name: a.label })}
          value={picks.get(a.key) ?? null}
          suggestions={suggestions.get(a.key) ?? NO_SUGGESTIONS}
          onChange={(v) => setPicks((m) => {
            const next = new Map(m);
            if (v) next.set(a.key, v);
            else next.delete(a.key);
            return next;
          })}
        /></Suspense>
      )) : null}
      {prepared ? <Text as="p" className={styles.plain} data-testid="sync-ready">{t('sync.sendContacts.ready', { create: count('create'), update: count('update'), same: count('unchanged') })}</Text> : null}
      <SyncRunPanel
        blocked={blocked}
        disabled={!ports || !prepared || !engine}
        run={async (o) => {
          const summary = await engine!.runSendContacts(ports!, { ...prepared!, chosen: chosenCompanies }, o);
          setPrepared(null);
          setPicks(new Map());
          setVersion((v) => v + 1);
          return summary;
        }}
      />
    </div>
  );
}
