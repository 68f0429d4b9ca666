/**
 * One form for ticket, project and task notes, from a message ("Create from email": the ticket
 * its subject names, title and text from the message, its attachments added to the ticket) or
 * blank ("Add to Autotask": last note type and publish remembered, recent records first, "Save
 * another" keeps the record). Checked against the note entity's metadata before sending; saved
 * without a second note after an ambiguous failure (work-note-save.ts); Autotask's refusal shown
 * in its own words with the form kept; what was typed kept as a draft.
 * @jsxRuntime automatic
 */
import {
  Button, Checkbox, Field, Input, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Select, Spinner, Text, Textarea, tokens,
} from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { AutotaskError, type EntityFields, type PicklistValue } from '../../autotask';
import { draftKey, useDraft } from '../connectivity/use-draft';
import { itemStore, type MailboxItemSummary } from '../office';
import { t } from '../strings';
import { useOffice } from '../taskpane/pane-context';
import { AttachmentChecklist } from './AttachmentChecklist';
import { errorText, uploadAttachments, type UploadReport } from './attachments-upload';
import { useAutotaskClient } from './autotask-services';
import { companyOpenTickets, type PickedEntity } from './entity-search';
import { LoadFailed, ProblemList, problemLookup, RefusalBar } from './FormMessages';
import { ticketWebUrl } from './links';
import { markMessageSaved } from './mark-message';
import { ResultPanel, type SaveResult } from './ResultPanel';
import { SaveButton } from './SaveButton';
import { UncertainSaveError } from './ticket-save';
import { useCompanyLookup } from './use-company-lookup';
import type { FieldProblem } from './validation';
import { checkWorkNote, noteParent, projectWebUrl, rememberNoteChoice, WORK_NOTE_SPECS, workNoteBody, workNoteLabels, type WorkNoteState, type WorkNoteTarget } from './work-note';
import { initialWorkNote, loadWorkNote, mapFor, messageUploadPort, type WorkNoteLoaded } from './work-note-load';
import { saveWorkNote, workNotePort } from './work-note-save';
import { TicketChoiceNotice, WorkNoteParents } from './WorkNoteParents';

const useStyles = makeStyles({ form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM } });

const ROUTE_PART: Readonly<Record<WorkNoteTarget, string>> = { ticketNote: 'ticket-note', projectNote: 'project-note', taskNote: 'task-note' };
const NO_TICKETS: PickedEntity[] = [];

interface NotePicklistProps {
  fields: EntityFields;
  name: 'noteType' | 'publish';
  label: string;
  value: PicklistValue | null;
  onChange(value: PicklistValue | null): void;
  validationMessage: string | undefined;
  disabled: boolean;
}

/** Note type and publish: every active value (Autotask's own, "system" ones are the usual choices here, unlike PicklistField's). */
function NotePicklist({ fields, name, label, value, onChange, validationMessage, disabled }: NotePicklistProps) {
  const entries = fields.picklist(name)?.active() ?? [];
  return (
    <Field label={label} required={fields.field(name)?.isRequired === true} validationMessage={validationMessage} validationState={validationMessage ? 'error' : 'none'}>
      <Select value={value === null ? '' : String(value)} disabled={disabled} onChange={(_e, data) => onChange(entries.find((x) => String(x.value) === data.value)?.value ?? null)}>
        <option value="">{t('form.picklist.none')}</option>
        {entries.map((e) => (
          <option key={String(e.value)} value={String(e.value)}>
            {e.label}
          </option>
        ))}
      </Select>
    </Field>
  );
}

export interface WorkNoteFormProps {
  target: WorkNoteTarget;
  /** The open message (Create from email), or null (Add to Autotask: the form starts blank). */
  item: MailboxItemSummary | null;
  resourceId: number;
}

/** How the record the note went on is named: its number when it has one (at most 50 characters, as the marker allows). */
function recordName(target: WorkNoteTarget, s: WorkNoteState): string {
  const record = target === 'ticketNote' ? s.parent : noteParent(target, s);
  const number = target === 'ticketNote' ? record?.extra?.ticketNumber : record?.detail;
  return String(number || record?.name || `#${record?.id ?? ''}`).slice(0, 50);
}

export function WorkNoteForm({ target, item, resourceId }: WorkNoteFormProps) {
  const styles = useStyles();
  const office = useOffice();
  const client = useAutotaskClient();
  const spec = WORK_NOTE_SPECS[target];
  const draft = useDraft(draftKey(`${item ? 'create' : 'add'}-${ROUTE_PART[target]}`, item ? item.internetMessageId ?? item.subject : 'blank'));
  const [loaded, setLoaded] = useState<WorkNoteLoaded | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [form, setForm] = useState<WorkNoteState | null>(null);
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [askAgain, setAskAgain] = useState(false);
  const [uncertainSince, setUncertainSince] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [result, setResult] = useState<SaveResult | null>(null);
  const [reload, setReload] = useState(0);

  useEffect(() => {
    let live = true;
    loadWorkNote(client, office, item, target).then(
      (data) => {
        if (!live) return;
        setLoaded(data);
        let state: WorkNoteState | null = null;
        try {
          state = draft.value ? (JSON.parse(draft.value) as WorkNoteState) : null;
        } catch {
          state = null;
        }
        setForm(state && typeof state.description === 'string' ? state : initialWorkNote(target, data));
      },
      (error: unknown) => live && setLoadError(errorText(error)),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the draft is read once per load
  }, [client, office, item, target, reload]);

  const update = useCallback(
    (patch: Partial<WorkNoteState>) =>
      setForm((current) => {
        if (!current) return current;
        const next = { ...current, ...patch };
        draft.setValue(JSON.stringify(next));
        return next;
      }),
    [draft],
  );

  const openTickets = useCompanyLookup(loaded?.ticket?.companyId ?? null, (id, signal) => companyOpenTickets(client, id, signal), NO_TICKETS);
  const problemOf = useMemo(() => problemLookup(problems), [problems]);

  if (loadError) {
    return (
      <LoadFailed
        detail={loadError}
        onRetry={() => {
          setLoadError(null);
          setReload((n) => n + 1);
        }}
      />
    );
  }
  if (!loaded || !form) return <Spinner size="small" label={t('form.loading')} />;
  const { fields, message } = loaded;

  if (result) {
    return (
      <ResultPanel
        result={result}
        onAnother={() => {
          setResult(null);
          // Blank forms start again on the same record with the same choices; a message's form stays as it was.
          if (!message) update({ title: '', description: '' });
        }}
      />
    );
  }

  // One marker per message: a note never overwrites another kind's "Saved as"; only a note of this kind asks again.
  const marker = message?.marker && message.marker.type === target ? message.marker : null;
  const otherMarker = Boolean(message?.marker) && marker === null;

  const save = async (confirmed: boolean) => {
    setRefusal(null);
    const found = checkWorkNote(target, form, fields);
    setProblems(found);
    if (found.length) return;
    if (marker && !confirmed) {
      setAskAgain(true);
      return;
    }
    const parent = noteParent(target, form)!;
    const named = recordName(target, form);
    setSaving(true);
    try {
      const saved = await saveWorkNote(workNotePort(client, target), parent.id, workNoteBody(target, form, fields), resourceId, { uncertainSince });
      setUncertainSince(null);
      setAskAgain(false);
      rememberNoteChoice(target, form);
      let uploads: UploadReport | null = null;
      const notes: string[] = [];
      if (message) {
        const chosen = spec.attachments ? message.mapped.attachments.filter((a) => form.attachments.includes(a.id) && a.selectable) : [];
        if (chosen.length) uploads = await uploadAttachments(messageUploadPort(client, message, form.trimQuoted, loaded.attachmentPublish), parent.id, chosen);
        const newMarker = { type: target, id: saved.id, number: named };
        notes.push(...(await markMessageSaved({ isSetSupported: office.isSetSupported, store: itemStore }, newMarker, { writeMarker: !otherMarker })));
        if (!otherMarker) setLoaded({ ...loaded, message: { ...message, marker: newMarker } });
      }
      if (saved.recovered) notes.unshift(t('workNote.recovered'));
      draft.clear();
      const url = !loaded.webUrl ? null : target === 'ticketNote' ? ticketWebUrl(loaded.webUrl, parent.id) : projectWebUrl(loaded.webUrl, form.parent!.id);
      setResult({ title: t(`workNote.${target}.created`), number: t('workNote.number', { id: saved.id, target: named }), url, uploads, notes });
    } catch (error) {
      if (error instanceof UncertainSaveError) {
        setUncertainSince(new Date(Date.now() - 120_000).toISOString());
        setRefusal(t('workNote.uncertain'));
      } else {
        const text = errorText(error);
        if (error instanceof AutotaskError && /\btitle\b/i.test(text) && !form.title.trim()) setProblems([{ field: 'title', message: t('workNote.title.required') }]);
        setRefusal(`${text}\n${t(error instanceof AutotaskError ? 'form.refused.what' : 'form.failed.what')}`);
      }
    } finally {
      setSaving(false);
    }
  };

  const labels = workNoteLabels();
  const mapped = message?.mapped;
  const warnings = (mapped?.warnings ?? [])
    .filter((w) => !w.attachmentId)
    .map((w) => (w.code === 'DESCRIPTION_TRUNCATED' && !spec.attachments && mapped?.truncated
      ? { code: w.code, message: t('workNote.truncated', { length: mapped.truncated.originalLength.toLocaleString('en-US'), kept: mapped.truncated.keptLength.toLocaleString('en-US') }) }
      : w));
  return (
    <form className={styles.form} aria-label={t(`workNote.${target}.label`)} onSubmit={(e) => e.preventDefault()}>
      {marker ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <span data-testid="saved-marker">{t('workNote.savedAs', { target: marker.number ?? `#${marker.id}` })}</span> {t('form.savedAs.again')}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {!message ? <Text as="p">{t('workNote.blank')}</Text> : null}
      {loaded.ticket ? <TicketChoiceNotice hint={loaded.ticket} /> : null}
      <WorkNoteParents
        target={target}
        client={client}
        form={form}
        update={update}
        suggestions={[...(loaded.ticket?.found ?? []), ...(openTickets ?? [])]}
        problemOf={problemOf}
        disabled={saving}
      />
      <Field label={labels.title} required={fields.field('title')?.isRequired === true} validationMessage={problemOf('title')} hint={t('form.length', { count: form.title.length, max: fields.maxLength('title') ?? 250 })}>
        <Input value={form.title} disabled={saving} onChange={(_e, data) => update({ title: data.value })} />
      </Field>
      <Field label={labels.description} required validationMessage={problemOf('description')} hint={t('form.length', { count: form.description.length, max: fields.maxLength('description') ?? 32000 })}>
        <Textarea value={form.description} rows={8} resize="vertical" disabled={saving} onChange={(_e, data) => update({ description: data.value })} />
      </Field>
      {message ? (
        <Checkbox
          label={t('form.trimQuoted')}
          checked={form.trimQuoted}
          disabled={saving}
          onChange={(_e, data) => {
            const trim = data.checked === true;
            update({ trimQuoted: trim, description: mapFor(target, message.item, message.body, trim).description });
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
      <NotePicklist fields={fields} name="noteType" label={labels.noteType!} value={form.noteType} onChange={(x) => update({ noteType: x })} validationMessage={problemOf('noteType')} disabled={saving} />
      <NotePicklist fields={fields} name="publish" label={labels.publish!} value={form.publish} onChange={(x) => update({ publish: x })} validationMessage={problemOf('publish')} disabled={saving} />
      {fields.field('isAnnouncement') ? (
        <Checkbox label={labels.isAnnouncement} checked={form.isAnnouncement} disabled={saving} onChange={(_e, data) => update({ isAnnouncement: data.checked === true })} />
      ) : null}
      {message && spec.attachments ? (
        <AttachmentChecklist attachments={message.mapped.attachments} checked={form.attachments} disabled={saving} onChange={(ids) => update({ attachments: ids })} />
      ) : null}
      <ProblemList problems={problems} />
      <RefusalBar text={refusal} />
      {askAgain ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t('form.duplicate.title')}</MessageBarTitle>
            {t('form.duplicate.body')}
          </MessageBarBody>
          <MessageBarActions>
            <Button disabled={saving} onClick={() => void save(true)}>{t('workNote.saveAnother')}</Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
      <SaveButton label={t('form.note.save')} saving={saving} onClick={() => void save(false)} disabled={askAgain} />
    </form>
  );
}
