/**
 * The ticket form, signed in. With a message ("Create Ticket from email"): prefilled from it
 * (mapMessage, matchSender), saved without duplicates (ticket-save.ts), attachments uploaded
 * after, the message marked. Without one ("Add Ticket"): the same form, blank, and "Save
 * another" starts a fresh one. Checked against Tickets metadata; primary resource (default: the
 * signed-in resource) with one of its roles. The save runs under `auth.run`: a session ending
 * mid-save brings sign-in back and the save goes on, never twice. What the user typed is kept
 * (sessionStorage draft) through offline spells, failures, sign-ins and reloads.
 * @jsxRuntime automatic
 */
import {
  Button, Caption1, Checkbox, Field, Input, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Radio, RadioGroup, Select,
  Spinner, Text, Textarea, tokens,
} from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useAuthServices } from '../auth/use-auth';
import { AutotaskError, type AutotaskClient, type EntityFields } from '../../autotask';
import { fetchAppConfig } from '../commands/handlers/app-config';
import { draftKey, useDraft } from '../connectivity/use-draft';
// Email modules one by one, not the barrel: header decoding needs TextDecoder at import time.
import { bodyText, mapMessage, type MappedRecord, type MessageBody } from '../email/map-message';
import { stripQuoteMarks, trimQuotedHistory } from '../email/quoted-history';
import type { SavedMarker } from '../email/saved-marker';
import { matchSender, type SenderDecision } from '../email/sender-match';
import { itemStore, type MailboxItemSummary } from '../office';
import { getMessageAsEml, messageFileSupported } from '../office/message-file';
import type { PlannedAttachment } from '../email/attachments';
import { t } from '../strings';
import { useOffice } from '../taskpane/pane-context';
import { AttachmentChecklist } from './AttachmentChecklist';
import type { Me } from './FormShell';
import { textToBase64, uploadAttachments, errorText, type UploadReport } from './attachments-upload';
import { useCompanyLookup } from './use-company-lookup';
import { EntityPicker } from './EntityPicker';
import { cachedFields, cachedLookup } from './reference-cache';
import { NO_MESSAGE, restoreDraft } from './restore-draft';
import { defaultRole, roleChoices, roleOptions } from './resource-roles';
import { companyContacts, NO_CONTACTS, senderPort, ticketPort, useAutotaskClient } from './autotask-services';
import { CompanyPicker, type PickedEntity } from './CompanyPicker';
import { ticketWebUrl } from './links';
import { markMessageSaved, readSavedMarker } from './mark-message';
import { PicklistField } from './PicklistField';
import { ResultPanel, OpenLink, type SaveResult } from './ResultPanel';
import { SaveButton } from './SaveButton';
import { assignmentProblems, picklistDefaults, ticketBody, TICKET_LABELS, type TicketFormValues } from './ticket-form';
import { onceCreatingPort, saveTicket, UncertainSaveError, type TicketRef } from './ticket-save';
import { validateRecord, type FieldProblem } from './validation';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
});

interface Loaded {
  fields: EntityFields;
  body: MessageBody;
  mapped: MappedRecord;
  /** null for a blank form (no message). */
  decision: SenderDecision | null;
  marker: SavedMarker | null;
  webUrl: string | null;
  publish: number | string;
  /** The original message as an .eml file, when this Outlook can export it (Mailbox 1.14). */
  original: PlannedAttachment | null;
}

interface FormState {
  values: TicketFormValues;
  companyName: string;
  resourceName: string;
  /** The user picked the role (values.assignedResourceRoleID); else it follows the queue and the resource's default. */
  roleChosen: boolean;
  trimQuoted: boolean;
  attachments: string[];
  /** Also upload the original message (.eml). */
  attachOriginal?: boolean;
}

function senderNames(decision: SenderDecision | null): { company: PickedEntity | null; contactID: number | null } {
  if (!decision) return { company: null, contactID: null };
  if (decision.kind === 'contact') {
    const c = decision.contact;
    return { company: c.companyID > 0 ? { id: c.companyID, name: c.companyName ?? '' } : null, contactID: c.id };
  }
  if (decision.kind === 'company') return { company: { id: decision.company.id, name: decision.company.companyName }, contactID: null };
  return { company: null, contactID: null };
}

function initialState(loaded: Loaded, me: Me): FormState {
  const { company, contactID } = senderNames(loaded.decision);
  return {
    values: {
      companyID: company?.id ?? null,
      contactID,
      title: loaded.mapped.title,
      description: loaded.mapped.description,
      ...picklistDefaults(loaded.fields),
      dueDate: '',
      contractID: null,
      assignedResourceID: me.id,
      assignedResourceRoleID: null,
    },
    companyName: company?.name ?? '',
    resourceName: me.name,
    roleChosen: false,
    trimQuoted: false,
    attachments: loaded.mapped.attachments.filter((a) => a.selected && a.selectable).map((a) => a.id),
  };
}

async function loadAll(client: AutotaskClient, office: ReturnType<typeof useOffice>, item: MailboxItemSummary | null, me: Me): Promise<Loaded> {
  const [html, text, fields, marker, config, attachmentFields] = await Promise.all([
    item ? office.getBody('html').catch(() => null) : null,
    item ? office.getBody('text').catch(() => null) : null,
    cachedFields(client, 'Tickets', me.id),
    item ? readSavedMarker(itemStore) : null,
    cachedLookup('app.config', () => fetchAppConfig((input, init) => globalThis.fetch(input, init))).catch(() => null),
    item ? cachedFields(client, 'TicketAttachments', me.id).catch(() => null) : null,
  ]);
  const body = { html, text };
  if (!item) {
    const blank = mapMessage({ item: NO_MESSAGE, body }, { target: 'ticket' });
    const mapped: MappedRecord = { ...blank, title: '', description: '', attachments: [], warnings: [], externalId: null };
    return { fields, body, mapped, decision: null, marker: null, webUrl: config?.autotaskWebUrl ?? null, publish: 1, original: null };
  }
  const planned = mapMessage({ item, body }, { target: 'ticket', itemsAsEml: true, attachOriginal: messageFileSupported() });
  const original = planned.attachments.find((a) => a.kind === 'original-message') ?? null;
  const mapped = { ...planned, attachments: planned.attachments.filter((a) => a !== original) };
  // The sender's match, kept a few minutes: reopening the pane on the message asks nothing again.
  const decision = await cachedLookup(`${me.id}.sender.${JSON.stringify(mapped.senderQuery)}`, () => matchSender(mapped.senderQuery, senderPort(client)));
  const publish = attachmentFields?.picklist('publish')?.defaultEntry()?.value ?? 1;
  return { fields, body, mapped, decision, marker, webUrl: config?.autotaskWebUrl ?? null, publish, original };
}

function SavedNotice({ tickets, webUrl }: { tickets: readonly TicketRef[]; webUrl: string | null }) {
  return (
    <>
      {tickets.map((ticket) => (
        <span key={ticket.id} data-testid="saved-marker">
          {t('form.savedAs', { number: ticket.ticketNumber || `#${ticket.id}` })}{' '}
          {webUrl ? <>(<OpenLink url={ticketWebUrl(webUrl, ticket.id)}>{t('form.open')}</OpenLink>)</> : null}{' '}
        </span>
      ))}
    </>
  );
}

export interface TicketFormProps {
  /** The message to fill from; null: a blank form (Add Ticket). */
  item: MailboxItemSummary | null;
  /** The signed-in resource: the default primary resource. */
  me: Me;
}

export function TicketForm({ item, me }: TicketFormProps) {
  const styles = useStyles();
  const office = useOffice();
  const client = useAutotaskClient();
  const { auth } = useAuthServices();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const draft = useDraft(item ? draftKey('create-ticket', item.internetMessageId ?? item.subject) : draftKey('add-ticket', 'form'));
  const [form, setForm] = useState<FormState | null>(null);
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [duplicate, setDuplicate] = useState<TicketRef[] | null>(null);
  const [uncertain, setUncertain] = useState<readonly number[] | null>(null);
  const [saving, setSaving] = useState(false);
  const [result, setResult] = useState<SaveResult | null>(null);
  const [reload, setReload] = useState(0);

  useEffect(() => {
    let live = true;
    loadAll(client, office, item, me).then(
      (data) => {
        if (!live) return;
        setLoaded(data);
        setForm(restoreDraft(draft.value, initialState(data, me)));
      },
      (error: unknown) => live && setLoadError(errorText(error)),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the draft is read once per load
  }, [client, office, item, me.id, reload]);

  const update = useCallback(
    (change: (s: FormState) => FormState) => {
      setForm((current) => {
        if (!current) return current;
        const next = change(current);
        draft.setValue(JSON.stringify(next));
        return next;
      });
    },
    [draft],
  );
  const setValues = (patch: Partial<TicketFormValues>) => update((s) => ({ ...s, values: { ...s.values, ...patch } }));

  const companyID = form?.values.companyID ?? null;
  const contacts = useCompanyLookup(companyID, (id, signal) => cachedLookup(`${me.id}.contacts.${id}`, () => companyContacts(client, id, signal)), NO_CONTACTS) ?? null;
  // The company's default contract, which a new ticket carries.
  const contract = useCompanyLookup(companyID, (id, signal) => cachedLookup(`${me.id}.contract.${id}`, () => client.contracts.defaultFor(id, { signal })), null);
  const contractName = contract === undefined ? undefined : (contract?.contractName ?? null);
  const contractId = contract?.id ?? null;
  // The primary resource's roles; the role follows the queue until the user picks one.
  const resourceID = form?.values.assignedResourceID ?? null;
  const roles = useCompanyLookup(resourceID, (id, signal) => roleChoices(client, id, me.id, signal).then(roleOptions), []);
  const chosenRole = form?.roleChosen ? form.values.assignedResourceRoleID : null;
  const role = roles === undefined ? null : chosenRole !== null && roles.some((r) => r.roleID === chosenRole) ? chosenRole : defaultRole(roles, form?.values.queueID ?? null);

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
          <Button onClick={() => {
            setLoadError(null);
            setReload((n) => n + 1);
          }}>{t('form.retry')}</Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
  if (!loaded || !form) return <Spinner size="small" label={t('form.loading')} />;

  const { fields, mapped, decision } = loaded;
  const v = form.values;

  if (result) {
    return (
      <ResultPanel
        result={result}
        onAnother={() => {
          setResult(null);
          setDuplicate(null);
          // A blank form starts over for the next ticket; a message's form keeps its values.
          if (!item) setForm(initialState(loaded, me));
        }}
      />
    );
  }

  const chooseTrim = (trim: boolean) => {
    if (!item) return;
    const remapped = mapMessage({ item, body: loaded.body }, { target: 'ticket', trimQuoted: trim, itemsAsEml: true });
    update((s) => ({ ...s, trimQuoted: trim, values: { ...s.values, description: remapped.description } }));
  };

  const save = async (allowDuplicate: boolean) => {
    setRefusal(null);
    const assigned = { ...v, contractID: contractId, assignedResourceRoleID: role };
    const body = ticketBody(assigned, mapped.externalId);
    const found = [
      ...validateRecord(body as unknown as Record<string, unknown>, fields, {
        alsoRequired: ['companyID'],
        labels: TICKET_LABELS,
        ignore: ['ticketType', 'ticketCategory'],
      }),
      ...assignmentProblems(assigned),
    ];
    setProblems(found);
    if (found.length) return;
    // With an externalID, saveTicket asks Autotask itself; without one, the message's marker is all there is.
    if (!mapped.externalId && loaded.marker && !allowDuplicate) {
      setDuplicate([{ id: loaded.marker.id, ticketNumber: loaded.marker.number ?? '' }]);
      return;
    }
    setSaving(true);
    try {
      // A session that ends mid-save signs in again and runs this once more: the port remembers a
      // ticket it already created, so the second run goes on from there instead of making another.
      const port = onceCreatingPort(ticketPort(client));
      const outcome = await auth.run(() => saveTicket(port, body, { allowDuplicate, uncertain }));
      setUncertain(null);
      if (outcome.kind === 'duplicate') {
        setDuplicate(outcome.existing);
        return;
      }
      const { ticket } = outcome;
      const chosen = mapped.attachments.filter((a) => form.attachments.includes(a.id) && a.selectable);
      if (loaded.original && form.attachOriginal) chosen.push(loaded.original);
      let uploads: UploadReport | null = null;
      if (chosen.length) {
        const full = bodyText(loaded.body);
        const fullText = form.trimQuoted ? trimQuotedHistory(full.text).text : stripQuoteMarks(full.text);
        uploads = await uploadAttachments(
          {
            async content(a) {
              if (a.kind === 'full-text') return textToBase64(fullText);
              if (a.kind === 'original-message') return getMessageAsEml();
              const content = await itemStore.getAttachmentContent(a.id);
              if (content.format === 'base64') return content.content;
              if (content.format === 'eml') return textToBase64(content.content);
              throw new Error(t('form.attachments.notFile'));
            },
            upload: (ticketId, a, data) =>
              auth.run(() => client.ticketAttachments.create(ticketId, { title: a.name, fullPath: a.name, attachmentType: 'FILE_ATTACHMENT', publish: Number(loaded.publish), data })),
          },
          ticket.id,
          chosen,
        );
      }
      const newMarker: SavedMarker = { type: 'ticket', id: ticket.id, ...(ticket.ticketNumber ? { number: ticket.ticketNumber } : {}) };
      const notes = item ? await markMessageSaved({ isSetSupported: office.isSetSupported, store: itemStore }, newMarker) : [];
      if (outcome.recovered) notes.unshift(t('form.recovered'));
      draft.clear();
      if (item) setLoaded({ ...loaded, marker: newMarker });
      setResult({
        title: t('form.ticket.created'),
        number: ticket.ticketNumber || `#${ticket.id}`,
        url: loaded.webUrl ? ticketWebUrl(loaded.webUrl, ticket.id) : null,
        uploads,
        notes,
      });
    } catch (error) {
      if (error instanceof UncertainSaveError) {
        setUncertain(error.knownIds);
        setRefusal(t('form.uncertain'));
      } else {
        setRefusal(error instanceof AutotaskError ? `${errorText(error)}\n${t('form.refused.what')}` : `${errorText(error)}\n${t('form.failed.what')}`);
      }
    } finally {
      setSaving(false);
    }
  };

  const marker = loaded.marker;
  const warnings = mapped.warnings.filter((w) => !w.attachmentId);

  return (
    <form
      className={styles.form}
      aria-label={t('form.ticket.label')}
      onSubmit={(e) => {
        e.preventDefault();
      }}
    >
      {marker ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <SavedNotice tickets={[{ id: marker.id, ticketNumber: marker.number ?? '' }]} webUrl={loaded.webUrl} />
            {t('form.savedAs.again')}
          </MessageBarBody>
        </MessageBar>
      ) : null}

      {!item ? <Text as="p">{t('tcf.add.blank')}</Text> : null}
      {decision && (decision.kind === 'internal' || decision.kind === 'none') ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{`${decision.message} ${t('form.company.pick')}`}</MessageBarBody>
        </MessageBar>
      ) : null}
      {decision?.kind === 'contact-choice' ? (
        <Field label={decision.message}>
          <RadioGroup
            value={v.contactID ? String(v.contactID) : ''}
            onChange={(_e, data) => {
              const c = decision.contacts.find((x) => String(x.id) === data.value);
              if (c) update((s) => ({ ...s, companyName: c.companyName ?? '', values: { ...s.values, companyID: c.companyID, contactID: c.id } }));
            }}
          >
            {decision.contacts.map((c) => (
              <Radio key={c.id} value={String(c.id)} label={`${c.firstName} ${c.lastName} — ${c.companyName ?? `#${c.companyID}`}`} />
            ))}
          </RadioGroup>
        </Field>
      ) : null}
      {decision?.kind === 'company-choice' ? (
        <Field label={decision.message}>
          <RadioGroup
            value={v.companyID ? String(v.companyID) : ''}
            onChange={(_e, data) => {
              const c = decision.companies.find((x) => String(x.id) === data.value);
              if (c) update((s) => ({ ...s, companyName: c.companyName, values: { ...s.values, companyID: c.id, contactID: null } }));
            }}
          >
            {decision.companies.map((c) => (
              <Radio key={c.id} value={String(c.id)} label={c.companyName} />
            ))}
          </RadioGroup>
        </Field>
      ) : null}

      <CompanyPicker
        client={client}
        value={v.companyID ? { id: v.companyID, name: form.companyName } : null}
        onChange={(picked) => update((s) => ({ ...s, companyName: picked?.name ?? '', values: { ...s.values, companyID: picked?.id ?? null, contactID: null } }))}
        validationMessage={problemOf('companyID')}
        disabled={saving}
      />
      <Field label={TICKET_LABELS.contactID}>
        <Select
          value={v.contactID ? String(v.contactID) : ''}
          disabled={saving || !v.companyID}
          onChange={(_e, data) => setValues({ contactID: data.value ? Number(data.value) : null })}
        >
          <option value="">{contacts === null && v.companyID ? t('form.contact.loading') : t('form.contact.none')}</option>
          {(contacts ?? []).map((c) => (
            <option key={c.id} value={String(c.id)}>
              {c.email ? `${c.name} <${c.email}>` : c.name}
            </option>
          ))}
          {v.contactID && contacts && !contacts.some((c) => c.id === v.contactID) ? <option value={String(v.contactID)}>{`#${v.contactID}`}</option> : null}
        </Select>
      </Field>

      <Field label={TICKET_LABELS.title} required validationMessage={problemOf('title')} hint={t('form.length', { count: v.title.length, max: fields.maxLength('title') ?? mapped.titleMax })}>
        <Input value={v.title} disabled={saving} onChange={(_e, data) => setValues({ title: data.value })} />
      </Field>
      <Field label={TICKET_LABELS.description} validationMessage={problemOf('description')} hint={t('form.length', { count: v.description.length, max: fields.maxLength('description') ?? mapped.textMax })}>
        <Textarea value={v.description} rows={8} resize="vertical" disabled={saving} onChange={(_e, data) => setValues({ description: data.value })} />
      </Field>
      {item ? <Checkbox label={t('form.trimQuoted')} checked={form.trimQuoted} disabled={saving} onChange={(_e, data) => chooseTrim(data.checked === true)} /> : null}
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

      <PicklistField fields={fields} name="status" label={TICKET_LABELS.status} value={v.status} onChange={(x) => setValues({ status: x })} validationMessage={problemOf('status')} disabled={saving} />
      <PicklistField fields={fields} name="priority" label={TICKET_LABELS.priority} value={v.priority} onChange={(x) => setValues({ priority: x })} validationMessage={problemOf('priority')} disabled={saving} />
      <PicklistField fields={fields} name="queueID" label={TICKET_LABELS.queueID} required={v.assignedResourceID === null} value={v.queueID} onChange={(x) => setValues({ queueID: x })} validationMessage={problemOf('queueID')} disabled={saving} />
      <PicklistField fields={fields} name="issueType" label={TICKET_LABELS.issueType} value={v.issueType} onChange={(x) => setValues({ issueType: x, subIssueType: null })} validationMessage={problemOf('issueType')} disabled={saving} />
      <PicklistField fields={fields} name="subIssueType" label={TICKET_LABELS.subIssueType} value={v.subIssueType} parentValue={v.issueType} onChange={(x) => setValues({ subIssueType: x })} validationMessage={problemOf('subIssueType')} disabled={saving} />
      <PicklistField fields={fields} name="source" label={TICKET_LABELS.source} value={v.source} onChange={(x) => setValues({ source: x })} validationMessage={problemOf('source')} disabled={saving} />
      <Field label={TICKET_LABELS.dueDateTime} validationMessage={problemOf('dueDateTime')}>
        <Input type="date" value={v.dueDate} disabled={saving} onChange={(_e, data) => setValues({ dueDate: data.value })} />
      </Field>

      <EntityPicker
        kind="resource"
        client={client}
        label={TICKET_LABELS.assignedResourceID}
        placeholder={t('tcf.resource.placeholder')}
        hint={t('tcf.resource.hint')}
        value={v.assignedResourceID ? { id: v.assignedResourceID, name: form.resourceName } : null}
        onChange={(picked) => update((s) => ({ ...s, resourceName: picked?.name ?? '', roleChosen: false, values: { ...s.values, assignedResourceID: picked?.id ?? null, assignedResourceRoleID: null } }))}
        validationMessage={problemOf('assignedResourceID')}
        disabled={saving}
      />
      <Field
        label={TICKET_LABELS.assignedResourceRoleID}
        required={v.assignedResourceID !== null}
        validationMessage={problemOf('assignedResourceRoleID') ?? (roles && roles.length === 0 && v.assignedResourceID ? t('tcf.role.empty') : undefined)}
      >
        <Select
          value={role ? String(role) : ''}
          disabled={saving || !v.assignedResourceID || !roles?.length}
          onChange={(_e, data) => update((s) => ({ ...s, roleChosen: true, values: { ...s.values, assignedResourceRoleID: data.value ? Number(data.value) : null } }))}
        >
          <option value="">{roles === undefined && v.assignedResourceID ? t('tcf.role.loading') : t('tcf.role.none')}</option>
          {(roles ?? []).map((r) => (
            <option key={r.roleID} value={String(r.roleID)}>
              {r.name}
            </option>
          ))}
        </Select>
      </Field>

      <Field label={TICKET_LABELS.contractID} hint={contractName === undefined ? undefined : contractName ? undefined : t('tcf.contract.noDefault')}>
        <Text>{contractName === undefined ? '…' : contractName ?? t('tcf.contract.none')}</Text>
      </Field>

      {item ? <AttachmentChecklist attachments={mapped.attachments} checked={form.attachments} disabled={saving} onChange={(ids) => update((s) => ({ ...s, attachments: ids }))} /> : null}
      {item && loaded.original ? (
        <Checkbox label={t('tcf.attachments.original')} checked={form.attachOriginal === true} disabled={saving} onChange={(_e, data) => update((s) => ({ ...s, attachOriginal: data.checked === true }))} />
      ) : null}
      {item && !loaded.original ? <Caption1 as="p">{t('tcf.attachments.originalUnsupported')}</Caption1> : null}

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
            <span style={{ whiteSpace: 'pre-wrap' }} data-testid="save-refusal">{refusal}</span>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {duplicate ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t('form.duplicate.title')}</MessageBarTitle>
            <SavedNotice tickets={duplicate} webUrl={loaded.webUrl} />
            {t('form.duplicate.body')}
          </MessageBarBody>
          <MessageBarActions>
            <Button disabled={saving} onClick={() => void save(true)}>{t('form.duplicate.create')}</Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
      <SaveButton label={t('form.ticket.save')} saving={saving} onClick={() => void save(false)} disabled={duplicate !== null} />
    </form>
  );
}
