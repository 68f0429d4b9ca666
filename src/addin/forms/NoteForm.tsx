/**
 * Company Note / Contact Note: a CompanyNote (a contact note also carries contactID) assigned to
 * the signed-in resource, action type from CompanyNotes metadata (the user's last choice first).
 * With a message ("Create … from email"): on the sender's company, name from the subject, note
 * from the body, start and end at the message's time. Without one ("Add … to Autotask"): blank,
 * start and end now, and "Save another" starts afresh. Start and end are shown and edited in the
 * user's time zone; Autotask gets UTC.
 * Checked against metadata before saving; saved under `auth.run` (a session ending mid-save
 * signs in again and goes on); Autotask's refusal shown as it is; the form keeps its values.
 * @jsxRuntime automatic
 */
import {
  Button, Checkbox, Field, Input, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Select, Spinner, Text, Textarea, tokens,
} from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useAuthServices } from '../auth/use-auth';
import { AutotaskError, type AutotaskClient, type CompanyNoteCreate, type EntityFields, type PicklistValue } from '../../autotask';
import { fetchAppConfig } from '../commands/handlers/app-config';
import { draftKey, useDraft } from '../connectivity/use-draft';
import { mapMessage, type MappedRecord, type MessageBody } from '../email/map-message';
import type { SavedMarker } from '../email/saved-marker';
import { matchSender, type SenderDecision } from '../email/sender-match';
import { itemStore, type MailboxItemSummary } from '../office';
import { t } from '../strings';
import { useOffice } from '../taskpane/pane-context';
import { errorText } from './attachments-upload';
import { useCompanyLookup } from './use-company-lookup';
import { companyContacts, NO_CONTACTS, notePort, senderPort, useAutotaskClient } from './autotask-services';
import { CompanyPicker } from './CompanyPicker';
import type { Me } from './FormShell';
import { cachedFields, cachedLookup } from './reference-cache';
import { NO_MESSAGE, restoreDraft } from './restore-draft';
import { companyWebUrl } from './links';
import { markMessageSaved, readSavedMarker } from './mark-message';
import { saveNote } from './note-save';
import { PicklistField } from './PicklistField';
import { localTimeZone, mergeProblems, scheduleProblems, toLocalInput, utcFromLocal } from './schedule';
import { ResultPanel, type SaveResult } from './ResultPanel';
import { SaveButton } from './SaveButton';
import { UncertainSaveError } from './ticket-save';
import { validateRecord, type FieldProblem } from './validation';

export type NoteTarget = 'companyNote' | 'contactNote';

const useStyles = makeStyles({ form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM } });

export const NOTE_LABELS = {
  companyID: 'Company',
  contactID: 'Contact',
  name: 'Title',
  note: 'Note',
  actionType: 'Action type',
  assignedResourceID: 'Assigned to',
  startDateTime: 'Start',
  endDateTime: 'End',
} as const satisfies Readonly<Record<string, string>>;

export interface NoteFormState {
  companyID: number | null;
  companyName: string;
  contactID: number | null;
  name: string;
  note: string;
  actionType: PicklistValue | null;
  /** datetime-local values (with seconds) in the user's time zone. */
  start: string;
  end: string;
  trimQuoted: boolean;
}

/** Start and end of a note (pure): the message's time (Outlook's dateTimeCreated: when it arrived), else now. */
export function noteTimes(item: Pick<MailboxItemSummary, 'dateTimeCreated'> | null, now: Date): Pick<NoteFormState, 'start' | 'end'> {
  const at = toLocalInput(item?.dateTimeCreated ?? now, true);
  return { start: at, end: at };
}

/** Problems with the note's start and end (required, real dates, end not before start). */
export function noteTimeProblems(s: Pick<NoteFormState, 'start' | 'end'>): FieldProblem[] {
  return scheduleProblems(s.start, s.end, { start: NOTE_LABELS.startDateTime, end: NOTE_LABELS.endDateTime });
}

/** The CompanyNotes body (pure): start and end in UTC, assigned to the signed-in resource. */
export function noteBody(s: NoteFormState, resourceId: number): CompanyNoteCreate {
  return {
    companyID: s.companyID ?? 0,
    ...(s.contactID ? { contactID: s.contactID } : {}),
    name: s.name.trim(),
    note: s.note,
    actionType: s.actionType === null ? null : Number(s.actionType),
    assignedResourceID: resourceId,
    startDateTime: utcFromLocal(s.start),
    endDateTime: utcFromLocal(s.end),
  } as CompanyNoteCreate;
}

interface Loaded {
  fields: EntityFields;
  body: MessageBody;
  mapped: MappedRecord;
  /** null for a blank form (no message). */
  decision: SenderDecision | null;
  marker: SavedMarker | null;
  webUrl: string | null;
}

/** The action type last saved with (per browser), when it is still an active value. */
const LAST_ACTION_TYPE = 'autotask.note.lastActionType';
export function rememberedActionType(fields: EntityFields, storage: Pick<Storage, 'getItem'> | null = safeLocalStorage()): PicklistValue | null {
  const picklist = fields.picklist('actionType');
  let last: string | null = null;
  try {
    last = storage?.getItem(LAST_ACTION_TYPE) ?? null;
  } catch {
    last = null;
  }
  const entry = last === null ? undefined : picklist?.entries.find((e) => String(e.value) === last && e.isActive !== false);
  return entry?.value ?? picklist?.defaultEntry()?.value ?? null;
}
export function rememberActionType(value: PicklistValue | null, storage: Pick<Storage, 'setItem'> | null = safeLocalStorage()): void {
  if (value === null) return;
  try {
    storage?.setItem(LAST_ACTION_TYPE, String(value));
  } catch {
    // A convenience only.
  }
}
function safeLocalStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

async function loadAll(client: AutotaskClient, office: ReturnType<typeof useOffice>, item: MailboxItemSummary | null, target: NoteTarget, me: Me): Promise<Loaded> {
  const [html, text, fields, marker, config] = await Promise.all([
    item ? office.getBody('html').catch(() => null) : null,
    item ? office.getBody('text').catch(() => null) : null,
    cachedFields(client, 'CompanyNotes', me.id),
    item ? readSavedMarker(itemStore) : null,
    cachedLookup('app.config', () => fetchAppConfig((input, init) => globalThis.fetch(input, init))).catch(() => null),
  ]);
  const body = { html, text };
  if (!item) {
    const blank = mapMessage({ item: NO_MESSAGE, body }, { target });
    const mapped: MappedRecord = { ...blank, title: '', description: '', attachments: [], warnings: [], externalId: null };
    return { fields, body, mapped, decision: null, marker: null, webUrl: config?.autotaskWebUrl ?? null };
  }
  const mapped = mapMessage({ item, body }, { target });
  // The sender's match, kept a few minutes: reopening the pane on the message asks nothing again.
  const decision = await cachedLookup(`${me.id}.sender.${JSON.stringify(mapped.senderQuery)}`, () => matchSender(mapped.senderQuery, senderPort(client)));
  return { fields, body, mapped, decision, marker, webUrl: config?.autotaskWebUrl ?? null };
}

function initial(loaded: Loaded, item: MailboxItemSummary | null): NoteFormState {
  const d = loaded.decision;
  const contact = d?.kind === 'contact' ? d.contact : null;
  const company = contact ? { id: contact.companyID, name: contact.companyName ?? '' } : d?.kind === 'company' ? { id: d.company.id, name: d.company.companyName } : null;
  return {
    companyID: company && company.id > 0 ? company.id : null,
    companyName: company?.name ?? '',
    contactID: contact?.id ?? null,
    name: loaded.mapped.title,
    note: loaded.mapped.description,
    actionType: rememberedActionType(loaded.fields),
    ...noteTimes(item, new Date()),
    trimQuoted: false,
  };
}

export interface NoteFormProps {
  /** The message to fill from; null: a blank form (Add … Note). */
  item: MailboxItemSummary | null;
  target: NoteTarget;
  /** The signed-in resource: the note's assignee. */
  me: Me;
}

export function NoteForm({ item, target, me }: NoteFormProps) {
  const styles = useStyles();
  const office = useOffice();
  const client = useAutotaskClient();
  const { auth } = useAuthServices();
  const resourceId = me.id;
  const route = `${item ? 'create' : 'add'}-${target === 'contactNote' ? 'contact' : 'company'}-note`;
  const draft = useDraft(draftKey(route, item ? item.internetMessageId ?? item.subject : 'form'));
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [form, setForm] = useState<NoteFormState | null>(null);
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [askAgain, setAskAgain] = useState(false);
  const [uncertainSince, setUncertainSince] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [result, setResult] = useState<SaveResult | null>(null);
  const [reload, setReload] = useState(0);

  useEffect(() => {
    let live = true;
    loadAll(client, office, item, target, me).then(
      (data) => {
        if (!live) return;
        setLoaded(data);
        setForm(restoreDraft(draft.value, initial(data, item)));
      },
      (error: unknown) => live && setLoadError(errorText(error)),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the draft is read once per load
  }, [client, office, item, target, me.id, reload]);

  const update = useCallback(
    (patch: Partial<NoteFormState>) =>
      setForm((current) => {
        if (!current) return current;
        const next = { ...current, ...patch };
        draft.setValue(JSON.stringify(next));
        return next;
      }),
    [draft],
  );

  const companyID = form?.companyID ?? null;
  const contacts = useCompanyLookup(companyID, (id, signal) => cachedLookup(`${me.id}.contacts.${id}`, () => companyContacts(client, id, signal)), NO_CONTACTS) ?? null;

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
          <Button
            onClick={() => {
              setLoadError(null);
              setReload((n) => n + 1);
            }}
          >
            {t('form.retry')}
          </Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
  if (!loaded || !form) return <Spinner size="small" label={t('form.loading')} />;
  if (result) {
    return (
      <ResultPanel
        result={result}
        onAnother={() => {
          setResult(null);
          // A blank form starts over (keeping the company and action type); a message's form keeps its values.
          if (!item && form) setForm({ ...initial(loaded, item), companyID: form.companyID, companyName: form.companyName });
        }}
      />
    );
  }

  const { fields, mapped, decision } = loaded;
  // One marker per message: a note never overwrites a ticket's "Saved as T…"; only a note of this kind asks again.
  const marker = loaded.marker && loaded.marker.type === target ? loaded.marker : null;
  const otherMarker = loaded.marker !== null && marker === null;
  const save = async (confirmed: boolean) => {
    setRefusal(null);
    const body = noteBody(form, resourceId);
    const found = mergeProblems(noteTimeProblems(form), validateRecord(body as unknown as Record<string, unknown>, fields, {
      alsoRequired: target === 'contactNote' ? ['companyID', 'contactID'] : ['companyID'],
      labels: NOTE_LABELS,
    }));
    setProblems(found);
    if (found.length) return;
    if (marker && !confirmed) {
      setAskAgain(true);
      return;
    }
    setSaving(true);
    try {
      // Under auth.run: a 401 means the gateway refused before Autotask saw it, so running again is safe.
      const saved = await auth.run(() => saveNote(notePort(client), form.companyID!, body, { uncertainSince }));
      rememberActionType(form.actionType);
      setUncertainSince(null);
      setAskAgain(false);
      const newMarker: SavedMarker = { type: target, id: saved.id };
      const notes = item ? await markMessageSaved({ isSetSupported: office.isSetSupported, store: itemStore }, newMarker, { writeMarker: !otherMarker }) : [];
      if (saved.recovered) notes.unshift(t('form.recovered'));
      draft.clear();
      if (item && !otherMarker) setLoaded({ ...loaded, marker: newMarker });
      setResult({
        title: t(target === 'contactNote' ? 'form.contactNote.created' : 'form.companyNote.created'),
        number: t('form.note.number', { id: saved.id }),
        url: loaded.webUrl ? companyWebUrl(loaded.webUrl, form.companyID!) : null,
        uploads: null,
        notes,
      });
    } catch (error) {
      if (error instanceof UncertainSaveError) {
        setUncertainSince(new Date(Date.now() - 120_000).toISOString());
        setRefusal(t('form.uncertain.note'));
      } else {
        setRefusal(error instanceof AutotaskError ? `${errorText(error)}\n${t('form.refused.what')}` : `${errorText(error)}\n${t('form.failed.what')}`);
      }
    } finally {
      setSaving(false);
    }
  };

  const warnings = mapped.warnings.filter((w) => !w.attachmentId);
  return (
    <form className={styles.form} aria-label={t(target === 'contactNote' ? 'form.contactNote.label' : 'form.companyNote.label')} onSubmit={(e) => e.preventDefault()}>
      {marker ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <span data-testid="saved-marker">{t('form.savedAs', { number: marker.number ?? t('form.note.number', { id: marker.id }) })}</span> {t('form.savedAs.again')}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {!item ? <Text as="p">{t('tcf.add.blank')}</Text> : null}
      {decision && (decision.kind === 'internal' || decision.kind === 'none' || decision.kind === 'company-choice' || decision.kind === 'contact-choice') ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{`${decision.message} ${t('form.company.pick')}`}</MessageBarBody>
        </MessageBar>
      ) : null}
      <CompanyPicker
        client={client}
        value={form.companyID ? { id: form.companyID, name: form.companyName } : null}
        onChange={(picked) => update({ companyID: picked?.id ?? null, companyName: picked?.name ?? '', contactID: null })}
        validationMessage={problemOf('companyID')}
        disabled={saving}
      />
      <Field label={NOTE_LABELS.contactID} required={target === 'contactNote'} validationMessage={problemOf('contactID')}>
        <Select value={form.contactID ? String(form.contactID) : ''} disabled={saving || !form.companyID} onChange={(_e, data) => update({ contactID: data.value ? Number(data.value) : null })}>
          <option value="">{contacts === null && form.companyID ? t('form.contact.loading') : t('form.contact.none')}</option>
          {(contacts ?? []).map((c) => (
            <option key={c.id} value={String(c.id)}>
              {c.email ? `${c.name} <${c.email}>` : c.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={NOTE_LABELS.name} validationMessage={problemOf('name')} hint={t('form.length', { count: form.name.length, max: fields.maxLength('name') ?? mapped.titleMax })}>
        <Input value={form.name} disabled={saving} onChange={(_e, data) => update({ name: data.value })} />
      </Field>
      <Field label={NOTE_LABELS.note} validationMessage={problemOf('note')} hint={t('form.length', { count: form.note.length, max: fields.maxLength('note') ?? mapped.textMax })}>
        <Textarea value={form.note} rows={8} resize="vertical" disabled={saving} onChange={(_e, data) => update({ note: data.value })} />
      </Field>
      {item ? (
        <Checkbox
          label={t('form.trimQuoted')}
          checked={form.trimQuoted}
          disabled={saving}
          onChange={(_e, data) => {
            const trim = data.checked === true;
            update({ trimQuoted: trim, note: mapMessage({ item, body: loaded.body }, { target, trimQuoted: trim }).description });
          }}
        />
      ) : null}
      {warnings.length ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {warnings.map((w) => (
              <Text as="p" key={w.code}>
                {w.message}
              </Text>
            ))}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <Field label={NOTE_LABELS.startDateTime} required validationMessage={problemOf('startDateTime')} hint={t(item ? 'tcf.note.time.message' : 'tcf.note.time.now', { zone: localTimeZone() })}>
        <Input type="datetime-local" step={1} value={form.start} disabled={saving} onChange={(_e, data) => update({ start: data.value })} />
      </Field>
      <Field label={NOTE_LABELS.endDateTime} required validationMessage={problemOf('endDateTime')}>
        <Input type="datetime-local" step={1} value={form.end} disabled={saving} onChange={(_e, data) => update({ end: data.value })} />
      </Field>
      <PicklistField fields={fields} name="actionType" label={NOTE_LABELS.actionType} value={form.actionType} onChange={(x) => update({ actionType: x })} validationMessage={problemOf('actionType')} disabled={saving} />
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
      {askAgain ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t('form.duplicate.title')}</MessageBarTitle>
            {t('form.duplicate.body')}
          </MessageBarBody>
          <MessageBarActions>
            <Button disabled={saving} onClick={() => void save(true)}>{t('form.duplicate.createNote')}</Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
      <SaveButton label={t('form.note.save')} saving={saving} onClick={() => void save(false)} disabled={askAgain} />
    </form>
  );
}
