/**
 * "Add Ticket Time" and "Add Project Time": one TimeEntries record on a ticket (ticketID) or a
 * project task (taskID), by the signed-in resource, with a role from the resource's roles (the
 * ticket queue's role, else the default), a work type, summary and internal notes, and for a
 * ticket an optional status change made after the time is saved. Times are typed in the user's
 * zone and sent in UTC (./time-entry.ts). A timer fills the times; it lives in localStorage and
 * survives a closed pane or a reload; what was typed survives a reload too (useDraft). Checked
 * before sending; Autotask's refusal shown in its own words with the form kept; no second entry
 * after an ambiguous failure (./time-save.ts); a ticket closed meanwhile is said before saving.
 * Over ~400 lines because the two forms share every field but the record picker.
 * @jsxRuntime automatic
 */
import {
  Button, Field, Input, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Select, Spinner, Text, Textarea, tokens,
} from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { AutotaskError, type AutotaskClient, type EntityFields, type PicklistValue } from '../../autotask';
import { fetchAppConfig } from '../commands/handlers/app-config';
import { draftKey, useDraft } from '../connectivity/use-draft';
import { t } from '../strings';
import { errorText } from './attachments-upload';
import { useAutotaskClient } from './autotask-services';
import { EntityPicker, type PickedEntity } from './EntityPicker';
import { ticketWebUrl } from './links';
import { ResultPanel, type SaveResult } from './ResultPanel';
import { SaveButton } from './SaveButton';
import {
  blankTimeForm, checkTime, filledFromTimer, formatHours, parseHours, parseTimeDraft, TIME_LABELS, timeEntryBody, userTimeZone, withComputedHours,
  type TimeFormState, type TimeTarget,
} from './time-entry';
import {
  completeStatuses, myRoles, projectWebUrl, taskInfo, ticketFromSubject, ticketInfo, timeEntryPort, workTypes, type MyRoles, type RoleOption, type WorkItemInfo,
} from './time-entry-services';
import { saveTimeEntry, UncertainTimeSaveError } from './time-save';
import { TimerControl } from './TimerControl';
import { loadTimer, timerStorage } from './timer';
import { validateRecord, type FieldProblem } from './validation';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  row: { display: 'grid', gridTemplateColumns: 'repeat(2, minmax(0, 1fr))', alignItems: 'start', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
  input: { minWidth: 0, width: '100%' },
});

/** The problems a change clears: its own field's, and for any time field all of the time fields'. */
const TIME_FIELDS = ['dateWorked', 'startDateTime', 'endDateTime', 'hoursWorked'];
const FIELD_OF: Readonly<Record<string, readonly string[]>> = {
  ticket: ['ticketID'], project: ['projectID', 'taskID'], task: ['taskID'], date: TIME_FIELDS, start: TIME_FIELDS, end: TIME_FIELDS, hours: TIME_FIELDS,
  roleID: ['roleID'], billingCodeID: ['billingCodeID'], summaryNotes: ['summaryNotes'], internalNotes: ['internalNotes'],
};

export type TimeRoute = 'add-ticket-time' | 'add-project-time';

export interface TimeEntryFormProps {
  target: TimeTarget;
  route: TimeRoute;
  resourceId: number;
  /** The open message's subject: a ticket number in it fills the ticket. */
  subject: string | null;
  timeZone?: string;
  now?: () => Date;
}

interface Loaded {
  timeFields: EntityFields;
  ticketFields: EntityFields | null;
  roles: MyRoles;
  workTypes: RoleOption[];
  webUrl: string | null;
  prefill: PickedEntity | null;
}

async function loadAll(client: AutotaskClient, target: TimeTarget, resourceId: number, subject: string | null): Promise<Loaded> {
  const [timeFields, ticketFields, roles, types, config, prefill] = await Promise.all([
    client.metadata.fields('TimeEntries'),
    target === 'ticket' ? client.metadata.fields('Tickets') : Promise.resolve(null),
    myRoles(client, resourceId),
    workTypes(client),
    fetchAppConfig((input, init) => globalThis.fetch(input, init)).catch(() => null),
    target === 'ticket' ? ticketFromSubject(client, subject).catch(() => null) : Promise.resolve(null),
  ]);
  return { timeFields, ticketFields, roles, workTypes: types, webUrl: config?.autotaskWebUrl ?? null, prefill };
}

/** The role a ticket or task suggests: the queue's role, the task's assigned role (when it is me), else the default. */
function suggestedRole(roles: MyRoles, info: WorkItemInfo, resourceId: number): number | null {
  const known = (id: number | null | undefined) => (id && roles.roles.some((r) => r.id === id) ? id : null);
  if (info.queueID !== null) return known(roles.byQueue.get(info.queueID)) ?? roles.defaultRoleID;
  if (info.assignedResourceID === resourceId) return known(info.assignedResourceRoleID) ?? roles.defaultRoleID;
  return roles.defaultRoleID;
}

interface Saved {
  result: SaveResult;
  statusFailed: string | null;
  ticketId: number | null;
  status: PicklistValue | null;
}

export function TimeEntryForm({ target, route, resourceId, subject, timeZone = userTimeZone(), now = () => new Date() }: TimeEntryFormProps) {
  const styles = useStyles();
  const client = useAutotaskClient();
  const draft = useDraft(draftKey(route, 'form'));
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [reload, setReload] = useState(0);
  const [form, setForm] = useState<TimeFormState | null>(null);
  const [itemInfo, setInfo] = useState<WorkItemInfo | null>(null);
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [closedAsk, setClosedAsk] = useState<string | null>(null);
  const [uncertainSince, setUncertainSince] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState<Saved | null>(null);

  useEffect(() => {
    let live = true;
    loadAll(client, target, resourceId, subject).then(
      (data) => {
        if (!live) return;
        setLoaded(data);
        const restored = draft.value ? parseTimeDraft(draft.value) : null;
        setForm(restored ?? { ...blankTimeForm(now(), timeZone, data.prefill), roleID: data.roles.defaultRoleID });
      },
      (error: unknown) => live && setLoadError(errorText(error)),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the draft is read once per load
  }, [client, target, resourceId, subject, reload]);

  const update = useCallback(
    (patch: Partial<TimeFormState>, recompute = false) => {
      setForm((current) => {
        if (!current) return current;
        const merged = { ...current, ...patch };
        const next = recompute ? withComputedHours(merged, timeZone) : merged;
        draft.setValue(JSON.stringify(next));
        return next;
      });
      const cleared = new Set(Object.keys(patch).flatMap((k) => FIELD_OF[k] ?? []));
      setProblems((current) => (current.some((p) => cleared.has(p.field)) ? current.filter((p) => !cleared.has(p.field)) : current));
    },
    [draft, timeZone],
  );

  // What the chosen ticket or task brings: its status, and the role and work type it suggests.
  const itemId = target === 'ticket' ? form?.ticket?.id ?? null : form?.task?.id ?? null;
  useEffect(() => {
    if (!itemId || !loaded) return undefined;
    let live = true;
    (target === 'ticket' ? ticketInfo(client, itemId) : taskInfo(client, itemId)).then(
      (found) => {
        if (!live || !found) return;
        setInfo(found);
        setForm((current) => {
          if (!current) return current;
          const roleID = current.roleChosen ? current.roleID : suggestedRole(loaded.roles, found, resourceId) ?? current.roleID;
          const billingCodeID = current.billingCodeID ?? (loaded.workTypes.some((w) => w.id === found.billingCodeID) ? found.billingCodeID : null);
          return roleID === current.roleID && billingCodeID === current.billingCodeID ? current : { ...current, roleID, billingCodeID };
        });
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [client, target, itemId, loaded, resourceId]);

  const info = itemInfo && itemInfo.id === itemId ? itemInfo : null;

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
  if (!loaded || !form) return <Spinner size="small" label={t('time.loading')} />;

  const statusList = loaded.ticketFields?.picklist('status') ?? null;
  const port = timeEntryPort(client);

  if (saved) {
    const retryStatus = async () => {
      if (!saved.ticketId || saved.status === null) return;
      try {
        await port.setTicketStatus(saved.ticketId, saved.status);
        setSaved({ ...saved, statusFailed: null, result: { ...saved.result, notes: [...saved.result.notes, t('time.statusChanged', { status: statusList?.label(saved.status) ?? String(saved.status) })] } });
      } catch (error) {
        setSaved({ ...saved, statusFailed: errorText(error) });
      }
    };
    return (
      <>
        {saved.statusFailed !== null ? (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{t('time.statusFailed.title')}</MessageBarTitle>
              {t('time.statusFailed.body', { detail: saved.statusFailed })}
            </MessageBarBody>
            <MessageBarActions>
              <Button onClick={() => void retryStatus()}>{t('time.statusRetry')}</Button>
            </MessageBarActions>
          </MessageBar>
        ) : null}
        <ResultPanel
          result={saved.result}
          onAnother={() => {
            const next: TimeFormState = { ...blankTimeForm(now(), timeZone, form.ticket), project: form.project, task: form.task, roleID: form.roleID, roleChosen: form.roleChosen, billingCodeID: form.billingCodeID };
            setSaved(null);
            setForm(next);
            draft.setValue(JSON.stringify(next));
          }}
        />
      </>
    );
  }

  const save = async (confirmedClosed: boolean) => {
    setRefusal(null);
    const body = timeEntryBody(form, target, resourceId, timeZone);
    const found = [
      ...(loadTimer(timerStorage(), route).firstStart !== null ? [{ field: 'timer', message: t('time.timerRunning') }] : []),
      ...checkTime(form, target, timeZone),
      ...validateRecord(body as unknown as Record<string, unknown>, loaded.timeFields, { labels: TIME_LABELS, ignore: ['resourceID', 'hoursWorked', 'roleID', 'dateWorked'] }),
    ];
    const unique = found.filter((p, i) => found.findIndex((q) => q.field === p.field) === i);
    setProblems(unique);
    if (unique.length) return;
    setSaving(true);
    try {
      // The record as it is now: gone, or (a ticket) completed since it was chosen.
      const fresh = target === 'ticket' ? await ticketInfo(client, form.ticket!.id) : await taskInfo(client, form.task!.id);
      if (!fresh) {
        setProblems([{ field: target === 'ticket' ? 'ticketID' : 'taskID', message: t('time.gone', { item: target === 'ticket' ? 'ticket' : 'task' }) }]);
        return;
      }
      setInfo(fresh);
      if (target === 'ticket' && !confirmedClosed && fresh.status !== null && loaded.ticketFields && completeStatuses(loaded.ticketFields).includes(String(fresh.status))) {
        setClosedAsk(fresh.number);
        return;
      }
      setClosedAsk(null);
      const status = target === 'ticket' && form.status !== null && String(form.status) !== String(fresh.status) ? form.status : null;
      const done = await saveTimeEntry(port, body, { uncertainSince, status });
      setUncertainSince(null);
      draft.clear();
      const notes = done.recovered ? [t('time.recovered')] : [];
      if (done.status.kind === 'changed') notes.push(t('time.statusChanged', { status: statusList?.label(status) ?? String(status) }));
      const item = target === 'ticket' ? form.ticket!.name : `${form.project?.name ?? ''} › ${form.task!.name}`;
      setSaved({
        result: {
          title: t('time.created'),
          number: t('time.number', { id: done.id }),
          url: loaded.webUrl ? (target === 'ticket' ? ticketWebUrl(loaded.webUrl, form.ticket!.id) : projectWebUrl(loaded.webUrl, form.project?.id ?? 0)) : null,
          uploads: null,
          notes: [t('time.summary', { hours: formatHours(parseHours(form.hours)), item }), ...notes],
        },
        statusFailed: done.status.kind === 'failed' ? errorText(done.status.error) : null,
        ticketId: target === 'ticket' ? form.ticket!.id : null,
        status,
      });
    } catch (error) {
      if (error instanceof UncertainTimeSaveError) {
        setUncertainSince(error.startedAt);
        setRefusal(t('time.uncertain'));
      } else {
        setRefusal(error instanceof AutotaskError ? `${errorText(error)}\n${t('form.refused.what')}` : `${errorText(error)}\n${t('form.failed.what')}`);
      }
    } finally {
      setSaving(false);
    }
  };

  const roleMissing = loaded.roles.roles.length === 0;
  const statusEntries = statusList ? statusList.active().filter((e) => String(e.value) !== String(info?.status ?? '')) : [];
  const hoursHint = form.hoursTyped ? t('time.hours.hintTyped') : form.start && form.end ? t('time.hours.hint') : undefined;
  return (
    <form className={styles.form} aria-label={t(target === 'ticket' ? 'time.ticket.label' : 'time.task.label')} onSubmit={(e) => e.preventDefault()}>
      {target === 'ticket' ? (
        <>
          {loaded.prefill && form.ticket?.id === loaded.prefill.id ? (
            <MessageBar intent="info"><MessageBarBody>{t('time.ticket.fromMessage', { number: String(loaded.prefill.extra?.ticketNumber ?? loaded.prefill.name) })}</MessageBarBody></MessageBar>
          ) : null}
          <EntityPicker
            kind="ticket" client={client} label={TIME_LABELS.ticketID} required value={form.ticket} placeholder={t('time.ticket.placeholder')}
            onChange={(ticket) => update({ ticket })} validationMessage={problemOf('ticketID')} disabled={saving}
          />
          {info && statusList && info.status !== null ? <Text size={200}>{t('time.ticket.status', { status: statusList.label(info.status) ?? String(info.status) })}</Text> : null}
        </>
      ) : (
        <>
          <EntityPicker
            kind="project" client={client} label={TIME_LABELS.projectID} required value={form.project} placeholder={t('time.project.placeholder')}
            onChange={(project) => update({ project, task: null })} validationMessage={problemOf('projectID')} disabled={saving}
          />
          <EntityPicker
            kind="task" client={client} label={TIME_LABELS.taskID} required value={form.task} placeholder={t('time.task.placeholder')}
            scope={{ projectId: form.project?.id ?? null }} onChange={(task) => update({ task })} validationMessage={problemOf('taskID')}
            disabled={saving || !form.project} {...(form.project ? {} : { hint: t('time.task.pickProject') })}
          />
        </>
      )}
      <section aria-label={t('time.section.time')} className={styles.form}>
        <TimerControl route={route} onStop={(run) => update(filledFromTimer(form, run, timeZone))} />
        <Text size={200}>{t('time.zone', { zone: timeZone })}</Text>
        <div className={styles.row}>
          <Field label={TIME_LABELS.dateWorked} required validationMessage={problemOf('dateWorked')}>
            <Input className={styles.input} type="date" value={form.date} disabled={saving} onChange={(_e, d) => update({ date: d.value }, true)} />
          </Field>
          <Field label={TIME_LABELS.startDateTime} validationMessage={problemOf('startDateTime')}>
            <Input className={styles.input} type="time" value={form.start} disabled={saving} onChange={(_e, d) => update({ start: d.value }, true)} />
          </Field>
          <Field label={TIME_LABELS.endDateTime} validationMessage={problemOf('endDateTime')}>
            <Input className={styles.input} type="time" value={form.end} disabled={saving} onChange={(_e, d) => update({ end: d.value }, true)} />
          </Field>
          <Field label={TIME_LABELS.hoursWorked} required validationMessage={problemOf('hoursWorked')} hint={hoursHint}>
            <Input className={styles.input} inputMode="decimal" value={form.hours} disabled={saving} onChange={(_e, d) => update({ hours: d.value, hoursTyped: d.value.trim() !== '' })} />
          </Field>
        </div>
      </section>
      <Field label={TIME_LABELS.roleID} required validationMessage={problemOf('roleID') ?? (roleMissing ? t('time.role.none') : undefined)}>
        <Select value={form.roleID ? String(form.roleID) : ''} disabled={saving || roleMissing} onChange={(_e, d) => update({ roleID: d.value ? Number(d.value) : null, roleChosen: true })}>
          {form.roleID ? null : <option value="">{t('form.picklist.none')}</option>}
          {loaded.roles.roles.map((r) => <option key={r.id} value={String(r.id)}>{r.name}</option>)}
        </Select>
      </Field>
      <Field label={TIME_LABELS.billingCodeID} required={loaded.timeFields.field('billingCodeID')?.isRequired === true} validationMessage={problemOf('billingCodeID')}>
        <Select value={form.billingCodeID ? String(form.billingCodeID) : ''} disabled={saving} onChange={(_e, d) => update({ billingCodeID: d.value ? Number(d.value) : null })}>
          <option value="">{t('time.workType.none')}</option>
          {loaded.workTypes.map((w) => <option key={w.id} value={String(w.id)}>{w.name}</option>)}
        </Select>
      </Field>
      <Field label={TIME_LABELS.summaryNotes} required validationMessage={problemOf('summaryNotes')} hint={t('form.length', { count: form.summaryNotes.length, max: loaded.timeFields.maxLength('summaryNotes') ?? 32000 })}>
        <Textarea value={form.summaryNotes} rows={4} resize="vertical" disabled={saving} onChange={(_e, d) => update({ summaryNotes: d.value })} />
      </Field>
      <Field label={TIME_LABELS.internalNotes} validationMessage={problemOf('internalNotes')}>
        <Textarea value={form.internalNotes} rows={2} resize="vertical" disabled={saving} onChange={(_e, d) => update({ internalNotes: d.value })} />
      </Field>
      {target === 'ticket' && statusList ? (
        <Field label={TIME_LABELS.status}>
          <Select value={form.status === null ? '' : String(form.status)} disabled={saving} onChange={(_e, d) => update({ status: statusEntries.find((x) => String(x.value) === d.value)?.value ?? null })}>
            <option value="">{t('time.status.unchanged')}</option>
            {statusEntries.map((e) => <option key={String(e.value)} value={String(e.value)}>{e.label}</option>)}
          </Select>
        </Field>
      ) : null}
      {problems.length ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t('form.invalid')}</MessageBarTitle>
            <ul>{problems.map((p) => <li key={`${p.field}:${p.message}`}>{p.message}</li>)}</ul>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {closedAsk !== null ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t('time.closed.title')}</MessageBarTitle>
            {t('time.closed.body', { number: closedAsk })}
          </MessageBarBody>
          <MessageBarActions>
            <Button disabled={saving} onClick={() => void save(true)}>{t('time.closed.save')}</Button>
          </MessageBarActions>
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
      <SaveButton label={t('time.save')} saving={saving} onClick={() => void save(false)} />
    </form>
  );
}
