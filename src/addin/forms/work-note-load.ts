/**
 * What a ticket/project/task note form needs before it shows: the note entity's metadata, the
 * Autotask web address, and with a message (Create from email) its body mapped for the target,
 * the saved marker, and for a ticket note the ticket its subject names and the sender's company.
 * Also the upload port that adds the message's attachments to the ticket after the note exists.
 */
import type { AutotaskClient, EntityFields } from '../../autotask';
import { fetchAppConfig } from '../commands/handlers/app-config';
// Email modules one by one, not the barrel: header decoding needs TextDecoder at import time.
import { bodyText, mapMessage, type MappedRecord, type MessageBody } from '../email/map-message';
import { stripQuoteMarks, trimQuotedHistory } from '../email/quoted-history';
import type { SavedMarker } from '../email/saved-marker';
import { matchSender, type SenderDecision } from '../email/sender-match';
import { itemStore, type MailboxItemSummary, type OfficeFacade } from '../office';
import { t } from '../strings';
import { textToBase64, type UploadPort } from './attachments-upload';
import { senderPort } from './autotask-services';
import type { PickedEntity } from './entity-search';
import { readSavedMarker } from './mark-message';
import { blankWorkNote, WORK_NOTE_SPECS, type WorkNoteState, type WorkNoteTarget } from './work-note';

export interface MessageContext {
  item: MailboxItemSummary;
  body: MessageBody;
  mapped: MappedRecord;
  marker: SavedMarker | null;
}

export interface TicketHint {
  /** Ticket numbers in the subject. */
  numbers: readonly string[];
  /** The tickets Autotask has for them. */
  found: PickedEntity[];
  /** The sender's company (its open tickets are offered first), when the sender is known. */
  companyId: number | null;
}

export interface WorkNoteLoaded {
  fields: EntityFields;
  webUrl: string | null;
  message: MessageContext | null;
  ticket: TicketHint | null;
  /** TicketAttachments `publish` default (metadata). */
  attachmentPublish: number;
}

function senderCompany(d: SenderDecision): number | null {
  if (d.kind === 'contact') return d.contact.companyID > 0 ? d.contact.companyID : null;
  if (d.kind === 'company') return d.company.id;
  if (d.kind === 'ticket') return (d.ticket.companyID ?? 0) > 0 ? d.ticket.companyID! : null;
  return null;
}

export function mapFor(target: WorkNoteTarget, item: MailboxItemSummary, body: MessageBody, trimQuoted?: boolean): MappedRecord {
  return mapMessage({ item, body }, { target, itemsAsEml: true, ...(trimQuoted === undefined ? {} : { trimQuoted }) });
}

export async function loadWorkNote(client: AutotaskClient, office: Pick<OfficeFacade, 'getBody'>, item: MailboxItemSummary | null, target: WorkNoteTarget): Promise<WorkNoteLoaded> {
  const spec = WORK_NOTE_SPECS[target];
  const [fields, config, html, text, marker, attachmentFields] = await Promise.all([
    client.metadata.fields(spec.entity),
    fetchAppConfig((input, init) => globalThis.fetch(input, init)).catch(() => null),
    item ? office.getBody('html').catch(() => null) : null,
    item ? office.getBody('text').catch(() => null) : null,
    item ? readSavedMarker(itemStore) : null,
    spec.attachments && item ? client.metadata.fields('TicketAttachments').catch(() => null) : null,
  ]);
  const attachmentPublish = Number(attachmentFields?.picklist('publish')?.defaultEntry()?.value ?? 1);
  const base = { fields, webUrl: config?.autotaskWebUrl ?? null, attachmentPublish };
  if (!item) return { ...base, message: null, ticket: null };
  const body = { html, text };
  const mapped = mapFor(target, item, body);
  const message = { item, body, mapped, marker };
  if (target !== 'ticketNote') return { ...base, message, ticket: null };
  const decision = await matchSender(mapped.senderQuery, senderPort(client));
  const found = decision.tickets.found.map((r): PickedEntity => ({
    id: r.id, name: `${r.ticketNumber} ${r.title}`.trim(), extra: { companyID: r.companyID ?? null, ticketNumber: r.ticketNumber },
  }));
  return { ...base, message, ticket: { numbers: decision.tickets.numbers, found, companyId: senderCompany(decision) } };
}

/** The form's first values: blank (Add to Autotask) or from the message (Create from email). */
export function initialWorkNote(target: WorkNoteTarget, loaded: WorkNoteLoaded): WorkNoteState {
  const blank = blankWorkNote(target, loaded.fields);
  const m = loaded.message;
  if (!m) return blank;
  const found = loaded.ticket?.found ?? [];
  return {
    ...blank,
    parent: found.length === 1 ? found[0]! : null,
    title: m.mapped.title,
    description: m.mapped.description,
    trimQuoted: m.mapped.quoteTrimmed || target === 'ticketNote',
    attachments: WORK_NOTE_SPECS[target].attachments ? m.mapped.attachments.filter((a) => a.selected && a.selectable).map((a) => a.id) : [],
  };
}

/** Message attachments (and the full text when it was cut) as ticket attachments. */
export function messageUploadPort(client: AutotaskClient, m: MessageContext, trimQuoted: boolean, publish: number): UploadPort {
  return {
    async content(a) {
      if (a.kind === 'full-text') {
        const full = bodyText(m.body).text;
        return textToBase64(trimQuoted ? trimQuotedHistory(full).text : stripQuoteMarks(full));
      }
      const content = await itemStore.getAttachmentContent(a.id);
      if (content.format === 'base64') return content.content;
      if (content.format === 'eml') return textToBase64(content.content);
      throw new Error(t('form.attachments.notFile'));
    },
    upload: (ticketId, a, data) => client.ticketAttachments.create(ticketId, { title: a.name, fullPath: a.name, attachmentType: 'FILE_ATTACHMENT', publish, data }),
  };
}
