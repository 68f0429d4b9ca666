/**
 * Create (POST), partial update (PATCH), replace (PUT) and delete, as Autotask does them
 * (reference §6): id in the body for updates, unsent fields kept on PATCH and nulled on PUT,
 * read-only fields ignored, everything validated from metadata, `{itemId}` back.
 */
import { apiError, messages } from '../http/api-errors';
import type { EntityDef, Row, UdfValue } from '../model/types';
import { storeTimestamp } from '../format/timestamps';
import { coerceInput, mergeUdfs } from './coerce';
import { appointmentRules, companyNoteRules, companyRules, companyToDoRules, serviceCallRules, serviceCallTicketResourceRules, serviceCallTicketRules } from './rules-crm';
import { ticketAttachmentRules, ticketNoteRules, ticketRules } from './rules-service';
import { projectNoteRules, projectRules, taskNoteRules, taskRules, timeEntryRules } from './rules-work';
import type { EntityRules, WriteContext } from './rule-types';
import { validateRecord } from './validate';

const RULES: Record<string, EntityRules> = {
  Tickets: ticketRules,
  TicketNotes: ticketNoteRules,
  TicketAttachments: ticketAttachmentRules,
  TimeEntries: timeEntryRules,
  Projects: projectRules,
  Tasks: taskRules,
  ProjectNotes: projectNoteRules,
  TaskNotes: taskNoteRules,
  Companies: companyRules,
  CompanyNotes: companyNoteRules,
  CompanyToDos: companyToDoRules,
  Appointments: appointmentRules,
  ServiceCalls: serviceCallRules,
  ServiceCallTickets: serviceCallTicketRules,
  ServiceCallTicketResources: serviceCallTicketResourceRules,
};

function bodyObject(body: unknown): Record<string, unknown> {
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw apiError(messages.nullBody);
  return body as Record<string, unknown>;
}

function stamp(def: EntityDef, ctx: WriteContext, rec: Row, creating: boolean): void {
  const s = def.stamps;
  const at = storeTimestamp(ctx.now);
  if (creating) {
    for (const f of s.created ?? []) rec[f] = at;
    if (s.creator) rec[s.creator] = ctx.actor.resourceId;
    if (s.impersonatorCreator) rec[s.impersonatorCreator] = ctx.actor.impersonatorId;
  } else if (s.impersonatorUpdater) {
    rec[s.impersonatorUpdater] = ctx.actor.impersonatorId;
  }
  for (const f of s.modified ?? []) rec[f] = at;
  if (s.updater) rec[s.updater] = ctx.actor.resourceId;
}

function check(def: EntityDef, ctx: WriteContext, rec: Row, existing: Row | undefined): void {
  const rules = RULES[def.name] ?? {};
  rules.prepare?.(ctx, rec, existing);
  const errors = [...validateRecord(ctx.store, def, rec, existing), ...(rules.validate?.(ctx, rec, existing) ?? [])];
  if (errors.length > 0) throw apiError(...errors);
  rules.commit?.(ctx, rec);
}

export function createRecord(ctx: WriteContext, def: EntityDef, body: unknown): number {
  const input = coerceInput(def, bodyObject(body));
  const rec: Row = { id: 0 };
  for (const f of def.fields) {
    if (f.name === 'id') continue;
    rec[f.name] = input.values.has(f.name) ? input.values.get(f.name) : (f.defaultValue ?? null);
  }
  if (def.supportsUdfs) rec.userDefinedFields = mergeUdfs([], input.udfs, true);
  if (ctx.parent && def.child) {
    if (!ctx.store.get(ctx.parent.entity.name, ctx.parent.id)) throw apiError(messages.reference(def.child.parentField, ctx.parent.entity.typeName));
    rec[def.child.parentField] = ctx.parent.id;
  }
  stamp(def, ctx, rec, true);
  check(def, ctx, rec, undefined);
  const { id: _id, ...row } = rec;
  return ctx.store.insert(def.name, row).id;
}

function findExisting(ctx: WriteContext, def: EntityDef, id: unknown): Row {
  const n = typeof id === 'string' ? Number(id) : id;
  if (n === undefined || n === null || n === 0) throw apiError(messages.idRequired);
  const existing = Number.isInteger(n) ? ctx.store.get(def.name, n as number) : undefined;
  const parentOk = !ctx.parent || !def.child || existing?.[def.child.parentField] === ctx.parent.id;
  if (!existing || !parentOk) throw apiError(messages.missingEntity(def.typeName, id));
  return existing;
}

export function updateRecord(ctx: WriteContext, def: EntityDef, body: unknown, mode: 'patch' | 'put'): number {
  const input = coerceInput(def, bodyObject(body));
  const existing = findExisting(ctx, def, input.id);
  const rec: Row = { ...existing };
  for (const f of def.fields) {
    if (f.isReadOnly || f.name === 'id') continue;
    if (input.values.has(f.name)) rec[f.name] = input.values.get(f.name);
    else if (mode === 'put') rec[f.name] = null;
  }
  if (def.supportsUdfs) {
    rec.userDefinedFields = mergeUdfs(existing.userDefinedFields as UdfValue[] | undefined, input.udfs, mode === 'put');
  }
  if (def.child) rec[def.child.parentField] = existing[def.child.parentField];
  stamp(def, ctx, rec, false);
  check(def, ctx, rec, existing);
  ctx.store.update(def.name, rec);
  return rec.id;
}

export function deleteRecord(ctx: WriteContext, def: EntityDef, id: number): number {
  const existing = findExisting(ctx, def, id);
  RULES[def.name]?.cascade?.(ctx, existing);
  ctx.store.remove(def.name, existing.id);
  return existing.id;
}
