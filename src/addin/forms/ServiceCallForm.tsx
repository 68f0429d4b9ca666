/**
 * "Add to Autotask > Service Call": company, start and end (the user's zone shown, UTC sent),
 * description, status (ServiceCalls metadata), tickets of that company to attach, and resources
 * with a role each (me first, with my default role). Access is checked before the form is shown
 * (service-call-access.ts). Saving runs the step runner (service-call-save.ts): all of it is made,
 * or the user sees exactly what exists and can Finish or Remove it. Checked before sending;
 * Autotask's refusal shown as it is; typed content kept (useDraft), Save disabled offline.
 * Over ~400 lines because it is one form with two editable lists (tickets; resources with roles), its
 * access gate and its three outcomes; the pure parts live in service-call*.ts, the partial-save panel
 * in ServiceCallProgressPanel.
 * @jsxRuntime automatic
 */
import {
  Button, Field, Input, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Select, Spinner, Text, Textarea, tokens,
} from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { AutotaskClient, EntityFields } from '../../autotask';
import { fetchAppConfig } from '../commands/handlers/app-config';
import { draftKey, useDraft } from '../connectivity/use-draft';
import { t } from '../strings';
import { errorText } from './attachments-upload';
import { useAutotaskClient } from './autotask-services';
import { EntityPicker } from './EntityPicker';
import { serviceCallWebUrl } from './links';
import { PicklistField } from './PicklistField';
import { ResultPanel, type SaveResult } from './ResultPanel';
import { SaveButton } from './SaveButton';
import {
  closedMeanwhile, initialServiceCall, SERVICE_CALL_LABELS, serviceCallPlan, validateServiceCall, type PickedResource, type ServiceCallFormState,
} from './service-call';
import { checkServiceCallAccess, type ServiceCallAccess } from './service-call-access';
import { closedTicketStatuses, resourceRoles, serviceCallAccessPort, serviceCallPort, ticketStatuses, type RoleChoice } from './service-call-port';
import {
  NOTHING_YET, removeServiceCall, runServiceCall, ServiceCallIncompleteError, type ServiceCallPlan, type ServiceCallProgress,
} from './service-call-save';
import { RemoveByHand, ServiceCallProgressPanel, type ProgressNames } from './ServiceCallProgressPanel';
import type { FieldProblem } from './validation';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  row: { display: 'flex', alignItems: 'flex-end', columnGap: tokens.spacingHorizontalS },
  grow: { flexGrow: 1 },
  list: { margin: 0, paddingLeft: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
});

interface Loaded {
  fields: EntityFields;
  webUrl: string | null;
  access: ServiceCallAccess;
  me: PickedResource;
  myRoles: RoleChoice[];
}

interface PartialSave {
  plan: ServiceCallPlan;
  progress: ServiceCallProgress;
  detail: string;
  names: { tickets: Record<number, string>; resources: Record<number, string> };
  /** Set when a removal stopped: what is left. */
  left?: ServiceCallProgress;
}

async function loadAll(client: AutotaskClient, me: { id: number; name: string }): Promise<Loaded> {
  const [fields, config, access, roles] = await Promise.all([
    client.metadata.fields('ServiceCalls'),
    fetchAppConfig((input, init) => globalThis.fetch(input, init)).catch(() => null),
    checkServiceCallAccess(serviceCallAccessPort(client)),
    resourceRoles(client, me.id).catch(() => ({ roles: [], defaultRoleId: null })),
  ]);
  return { fields, webUrl: config?.autotaskWebUrl ?? null, access, me: { id: me.id, name: me.name, roleId: roles.defaultRoleId }, myRoles: roles.roles };
}

function readDraft(value: string | null): ServiceCallFormState | null {
  try {
    const s = value ? (JSON.parse(value) as ServiceCallFormState) : null;
    return s && typeof s.start === 'string' && Array.isArray(s.tickets) && Array.isArray(s.resources) ? s : null;
  } catch {
    return null;
  }
}

export function ServiceCallForm({ resource }: { resource: { id: number; name: string } }) {
  const styles = useStyles();
  const client = useAutotaskClient();
  const draft = useDraft(draftKey('add-service-call', 'form'));
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [reload, setReload] = useState(0);
  const [form, setForm] = useState<ServiceCallFormState | null>(null);
  const [roles, setRoles] = useState<Record<number, RoleChoice[]>>({});
  const requested = useRef(new Set<number>());
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [partial, setPartial] = useState<PartialSave | null>(null);
  const [removed, setRemoved] = useState(false);
  const [saving, setSaving] = useState(false);
  const [result, setResult] = useState<SaveResult | null>(null);
  // The "add one more" pickers start empty again after each pick.
  const [picks, setPicks] = useState(0);
  const ticketBox = useRef<HTMLDivElement>(null);
  const resourceBox = useRef<HTMLDivElement>(null);
  const pickedIn = useRef<HTMLDivElement | null>(null);
  // Keyboard users stay in the picker they just used, to add the next one.
  useEffect(() => {
    pickedIn.current?.querySelector('input')?.focus();
  }, [picks]);

  useEffect(() => {
    let live = true;
    loadAll(client, resource).then(
      (data) => {
        if (!live) return;
        setLoaded(data);
        requested.current.add(data.me.id);
        setRoles((all) => ({ ...all, [data.me.id]: data.myRoles }));
        const status = data.fields.picklist('status')?.defaultEntry()?.value ?? null;
        setForm(readDraft(draft.value) ?? initialServiceCall(new Date(), status, data.me));
      },
      (error: unknown) => live && setLoadError(errorText(error)),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the draft is read once per load
  }, [client, resource.id, reload]);

  // Roles of every listed resource (a restored draft's too), read once per resource.
  const resourceIds = form?.resources.map((r) => r.id).join(',') ?? '';
  useEffect(() => {
    const missing = resourceIds.split(',').filter(Boolean).map(Number).filter((id) => !requested.current.has(id));
    for (const id of missing) {
      requested.current.add(id);
      void resourceRoles(client, id).then((r) => setRoles((all) => ({ ...all, [id]: r.roles })), () => setRoles((all) => ({ ...all, [id]: [] })));
    }
  }, [client, resourceIds]);

  const update = useCallback(
    (patch: Partial<ServiceCallFormState> | ((s: ServiceCallFormState) => Partial<ServiceCallFormState>)) =>
      setForm((current) => {
        if (!current) return current;
        const next = { ...current, ...(typeof patch === 'function' ? patch(current) : patch) };
        draft.setValue(JSON.stringify(next));
        return next;
      }),
    [draft],
  );

  const problemOf = useMemo(() => {
    const map = new Map<string, string>();
    for (const p of problems) if (!map.has(p.field)) map.set(p.field, p.message);
    return (field: string) => map.get(field);
  }, [problems]);

  if (loadError) {
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t('form.loadFailed')}</MessageBarTitle>
          {loadError}
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={() => { setLoadError(null); setReload((n) => n + 1); }}>{t('form.retry')}</Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
  if (!loaded || !form) return <Spinner size="small" label={t('serviceCall.loading')} />;
  if (loaded.access.kind === 'refused') {
    return (
      <MessageBar intent="error" layout="multiline" data-testid="service-call-access">
        <MessageBarBody>
          <MessageBarTitle>{t('serviceCall.access.title')}</MessageBarTitle>
          <Text as="p">{t('serviceCall.access.body')}</Text>
          <Text as="p">{t('serviceCall.access.admin')}</Text>
          {loaded.access.detail ? <Text as="p">{t('serviceCall.access.autotask', { detail: loaded.access.detail })}</Text> : null}
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={() => { setLoaded(null); setReload((n) => n + 1); }}>{t('serviceCall.access.again')}</Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
  if (result) {
    return (
      <ResultPanel
        result={result}
        onAnother={() => {
          setResult(null);
          setForm(initialServiceCall(new Date(), loaded.fields.picklist('status')?.defaultEntry()?.value ?? null, loaded.me));
        }}
      />
    );
  }

  const { fields } = loaded;
  const locked = saving || partial !== null;
  const url = form.companyID && loaded.webUrl ? serviceCallWebUrl(loaded.webUrl, form.companyID) : null;

  const namesOf = (p: PartialSave): ProgressNames => ({
    ticket: (id) => p.names.tickets[id] ?? `#${id}`,
    resource: (id) => p.names.resources[id] ?? `#${id}`,
  });

  const succeed = (plan: ServiceCallPlan, progress: ServiceCallProgress, names: PartialSave['names']) => {
    draft.clear();
    setPartial(null);
    const list = (xs: string[]) => (xs.length ? xs.join(', ') : t('serviceCall.none'));
    setResult({
      title: t('serviceCall.saved'),
      number: t('serviceCall.number', { id: progress.callId! }),
      url,
      uploads: null,
      notes: [t('serviceCall.saved.detail', {
        tickets: list(plan.tickets.map((id) => names.tickets[id] ?? `#${id}`)),
        resources: list(plan.resources.map((r) => names.resources[r.resourceId] ?? `#${r.resourceId}`)),
      })],
    });
  };

  const run = async (plan: ServiceCallPlan, progress: ServiceCallProgress, names: PartialSave['names']) => {
    try {
      succeed(plan, await runServiceCall(serviceCallPort(client), plan, progress), names);
    } catch (error) {
      if (!(error instanceof ServiceCallIncompleteError)) throw error;
      const detail = errorText(error.cause);
      const nothing = error.progress.callId === null && error.progress.callUncertainSince === null;
      if (nothing) {
        setPartial(null);
        setRefusal(`${detail}\n${t(error.failed.ambiguous ? 'form.failed.what' : 'form.refused.what')}`);
      } else {
        setPartial({ plan, progress: error.progress, detail, names });
      }
    }
  };

  const save = async () => {
    setRefusal(null);
    setRemoved(false);
    const found = validateServiceCall(form, fields);
    setProblems(found);
    if (found.length) return;
    setSaving(true);
    try {
      if (form.tickets.length) {
        const [statuses, closed] = await Promise.all([ticketStatuses(client, form.tickets.map((x) => x.id)), closedTicketStatuses(client)]);
        const gone = closedMeanwhile(form, statuses, closed);
        if (gone.length) {
          setProblems(gone);
          return;
        }
      }
      const names = {
        tickets: Object.fromEntries(form.tickets.map((x) => [x.id, x.name])),
        resources: Object.fromEntries(form.resources.map((r) => [r.id, r.name])),
      };
      await run(serviceCallPlan(form), NOTHING_YET, names);
    } catch (error) {
      setRefusal(`${errorText(error)}\n${t('form.failed.what')}`);
    } finally {
      setSaving(false);
    }
  };

  const finish = async () => {
    if (!partial) return;
    setSaving(true);
    try {
      await run(partial.plan, partial.progress, partial.names);
    } catch (error) {
      setPartial({ ...partial, detail: errorText(error) });
    } finally {
      setSaving(false);
    }
  };

  const remove = async () => {
    if (!partial) return;
    setSaving(true);
    try {
      const out = await removeServiceCall(serviceCallPort(client), partial.plan, partial.progress);
      if (out.error === null) {
        setPartial(null);
        setRemoved(true);
      } else {
        setPartial({ ...partial, progress: out.left, left: out.left, detail: errorText(out.error) });
      }
    } finally {
      setSaving(false);
    }
  };

  return (
    <form className={styles.form} aria-label={t('serviceCall.form.label')} onSubmit={(e) => e.preventDefault()}>
      {loaded.access.kind === 'unknown' ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t('serviceCall.access.unknown', { detail: loaded.access.detail })}</MessageBarBody>
        </MessageBar>
      ) : null}
      <EntityPicker
        kind="company"
        client={client}
        label={SERVICE_CALL_LABELS.companyID}
        allowInactive
        value={form.companyID ? { id: form.companyID, name: form.companyName } : null}
        onChange={(picked) => update((s) => ({
          companyID: picked?.id ?? null, companyName: picked?.name ?? '', companyInactive: picked?.inactive === true,
          tickets: picked ? s.tickets.filter((x) => x.companyId === picked.id) : [],
        }))}
        validationMessage={problemOf('companyID')}
        disabled={locked}
      />
      <div className={styles.row}>
        <Field className={styles.grow} label={t('serviceCall.field.start')} required validationMessage={problemOf('startDateTime')}>
          <Input type="datetime-local" value={form.start} disabled={locked} onChange={(_e, d) => update({ start: d.value })} />
        </Field>
        <Field className={styles.grow} label={t('serviceCall.field.end')} required validationMessage={problemOf('endDateTime')}>
          <Input type="datetime-local" value={form.end} disabled={locked} onChange={(_e, d) => update({ end: d.value })} />
        </Field>
      </div>
      <Text size={200}>{t('serviceCall.field.zone', { zone: Intl.DateTimeFormat().resolvedOptions().timeZone })}</Text>
      <Field
        label={t('serviceCall.field.description')}
        required={fields.field('description')?.isRequired === true}
        validationMessage={problemOf('description')}
        hint={t('form.length', { count: form.description.length, max: fields.maxLength('description') ?? 2000 })}
      >
        <Textarea value={form.description} rows={4} resize="vertical" disabled={locked} onChange={(_e, d) => update({ description: d.value })} />
      </Field>
      <PicklistField fields={fields} name="status" label={t('serviceCall.field.status')} value={form.status} onChange={(x) => update({ status: x })} validationMessage={problemOf('status')} disabled={locked} />

      <div ref={ticketBox}>
        <EntityPicker
          key={`ticket-${picks}`}
          kind="ticket"
          client={client}
          label={t('serviceCall.field.tickets')}
          value={null}
          scope={{ companyId: form.companyID }}
          hint={form.companyID ? t('serviceCall.field.tickets.hint') : t('serviceCall.field.tickets.needCompany')}
          onChange={(picked) => {
            pickedIn.current = ticketBox.current;
            setPicks((n) => n + 1);
            if (!picked || form.tickets.some((x) => x.id === picked.id)) return;
            const companyId = typeof picked.extra?.companyID === 'number' ? picked.extra.companyID : null;
            update((s) => ({ tickets: [...s.tickets, { id: picked.id, name: picked.name, companyId }] }));
          }}
          validationMessage={problemOf('tickets')}
          disabled={locked || !form.companyID}
        />
      </div>
      <ul className={styles.list} aria-label={t('serviceCall.tickets.list')}>
        {form.tickets.length ? form.tickets.map((x) => (
          <li key={x.id} className={styles.row}>
            <Text className={styles.grow}>{x.name}</Text>
            <Button size="small" disabled={locked} aria-label={t('serviceCall.remove', { name: x.name })} onClick={() => update((s) => ({ tickets: s.tickets.filter((y) => y.id !== x.id) }))}>
              {t('serviceCall.remove.short')}
            </Button>
          </li>
        )) : <li><Text size={200}>{t('serviceCall.tickets.none')}</Text></li>}
      </ul>

      <div ref={resourceBox}>
        <EntityPicker
          key={`resource-${picks}`}
          kind="resource"
          client={client}
          label={t('serviceCall.field.resources')}
          value={null}
          onChange={(picked) => {
            pickedIn.current = resourceBox.current;
            setPicks((n) => n + 1);
            if (!picked || form.resources.some((r) => r.id === picked.id)) return;
            requested.current.add(picked.id);
            void resourceRoles(client, picked.id).then(
              (r) => {
                setRoles((all) => ({ ...all, [picked.id]: r.roles }));
                update((s) => ({ resources: s.resources.map((x) => (x.id === picked.id && x.roleId === null ? { ...x, roleId: r.defaultRoleId } : x)) }));
              },
              () => undefined,
            );
            update((s) => ({ resources: [...s.resources, { id: picked.id, name: picked.name, roleId: null }] }));
          }}
          validationMessage={problemOf('resources')}
          disabled={locked}
        />
      </div>
      <ul className={styles.list} aria-label={t('serviceCall.resources.list')}>
        {form.resources.length ? form.resources.map((r) => (
          <li key={r.id} className={styles.row}>
            <Field className={styles.grow} label={t('serviceCall.field.role', { name: r.name })}>
              <Select
                value={r.roleId === null ? '' : String(r.roleId)}
                disabled={locked}
                onChange={(_e, d) => update((s) => ({ resources: s.resources.map((x) => (x.id === r.id ? { ...x, roleId: d.value ? Number(d.value) : null } : x)) }))}
              >
                <option value="">{t('serviceCall.field.role.none')}</option>
                {(roles[r.id] ?? []).map((role) => (
                  <option key={role.id} value={String(role.id)}>{role.name}</option>
                ))}
              </Select>
            </Field>
            <Button size="small" disabled={locked} aria-label={t('serviceCall.remove', { name: r.name })} onClick={() => update((s) => ({ resources: s.resources.filter((y) => y.id !== r.id) }))}>
              {t('serviceCall.remove.short')}
            </Button>
          </li>
        )) : <li><Text size={200}>{t('serviceCall.resources.none')}</Text></li>}
      </ul>

      {problems.length ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t('form.invalid')}</MessageBarTitle>
            <ul>
              {problems.map((p) => (
                <li key={`${p.field}:${p.message}`}>{p.message}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {refusal ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t('form.refused')}</MessageBarTitle>
            <span style={{ whiteSpace: 'pre-wrap' }}>{refusal}</span>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {removed ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t('serviceCall.removed')}</MessageBarBody>
        </MessageBar>
      ) : null}
      {partial && partial.left ? (
        <RemoveByHand plan={partial.plan} left={partial.left} names={namesOf(partial)} detail={partial.detail} url={url} />
      ) : partial ? (
        <ServiceCallProgressPanel
          plan={partial.plan}
          progress={partial.progress}
          names={namesOf(partial)}
          detail={partial.detail}
          busy={saving}
          onFinish={() => void finish()}
          onRemove={() => void remove()}
        />
      ) : (
        <SaveButton label={t('serviceCall.save')} saving={saving} onClick={() => void save()} />
      )}
    </form>
  );
}
