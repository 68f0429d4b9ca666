/** Business rules for TimeEntries, Projects, Tasks, ProjectNotes and TaskNotes. */
import { messages } from '../http/api-errors';
import type { Row } from '../model/types';
import { compactDate, roundDecimal, storeTimestamp, utcMidnight } from '../format/timestamps';
import { nextWorkNumber, refuse, rowOf } from './rules-service';
import type { EntityRules, WriteContext } from './rule-types';
import { roleValidForResource } from './validate';

const BASELINE = 8;

function isBaselineProject(ctx: WriteContext, projectId: unknown): boolean {
  return rowOf(ctx.store, 'Projects', projectId)?.projectType === BASELINE;
}

function endBeforeStart(rec: Row, start = 'startDateTime', end = 'endDateTime'): boolean {
  return rec[start] !== null && rec[end] !== null && Date.parse(String(rec[end])) < Date.parse(String(rec[start]));
}

export const timeEntryRules: EntityRules = {
  prepare(ctx, rec) {
    rec.timeEntryType = rec.ticketID !== null ? 2 : rec.taskID !== null ? 6 : 1;
    if (rec.hoursWorked === null && rec.startDateTime !== null && rec.endDateTime !== null) {
      rec.hoursWorked = roundDecimal((Date.parse(String(rec.endDateTime)) - Date.parse(String(rec.startDateTime))) / 3_600_000);
    }
    const basis = rec.dateWorked ?? rec.startDateTime;
    rec.dateWorked = storeTimestamp(utcMidnight(basis === null ? ctx.now : new Date(String(basis))));
    if (rec.hoursToBill === null) rec.hoursToBill = rec.hoursWorked;
    if (rec.roleID === null && rec.timeEntryType === 1) {
      rec.roleID = rowOf(ctx.store, 'Resources', rec.resourceID)?.defaultServiceDeskRoleID ?? null;
    }
    if (rec.billingCodeID === null && rec.ticketID !== null) {
      rec.billingCodeID = rowOf(ctx.store, 'Tickets', rec.ticketID)?.billingCodeID ?? null;
    }
  },
  validate(ctx, rec) {
    const errors: string[] = [];
    if (rec.ticketID !== null && rec.taskID !== null) errors.push(messages.ticketOrTask);
    const hours = rec.hoursWorked;
    if (hours === null || Number(hours) <= 0 || Number(hours) > 24) {
      errors.push(messages.hoursWorked);
    }
    if (endBeforeStart(rec)) errors.push(messages.endBeforeStart);
    if (rec.ticketID !== null || rec.taskID !== null) {
      if (rec.roleID === null) errors.push(messages.timeEntryNeedsRole(rec.ticketID !== null ? 'Tickets' : 'Tasks'));
      else if (!roleValidForResource(ctx.store, rec.resourceID, rec.roleID)) errors.push(messages.roleInvalid);
    }
    return errors;
  },
};

export const projectRules: EntityRules = {
  prepare(ctx, rec, existing) {
    if (existing) return;
    const prefix = `P${compactDate(ctx.now)}.`;
    const count = ctx.store.list('Projects').filter((p) => String(p.projectNumber ?? '').startsWith(prefix)).length;
    rec.projectNumber = `${prefix}${String(count + 1).padStart(4, '0')}`;
  },
  validate(_ctx, rec) {
    return endBeforeStart(rec) ? [messages.endBeforeStart] : [];
  },
};

export const taskRules: EntityRules = {
  prepare(ctx, rec, existing) {
    if (!existing) rec.taskNumber = nextWorkNumber(ctx.store, ctx.now);
    if (rec.status === 5 && existing?.status !== 5) {
      rec.completedDateTime = storeTimestamp(ctx.now);
      rec.completedByResourceID = ctx.actor.resourceId;
    }
  },
  validate(ctx, rec) {
    const errors: string[] = [];
    if ((rec.assignedResourceID === null) !== (rec.assignedResourceRoleID === null)) {
      errors.push(messages.assignBoth);
    } else if (rec.assignedResourceID !== null && !roleValidForResource(ctx.store, rec.assignedResourceID, rec.assignedResourceRoleID)) {
      errors.push(messages.reference('assignedResourceRoleID', 'Role'));
    }
    if (endBeforeStart(rec)) errors.push(messages.endBeforeStart);
    return errors;
  },
};

/** Notes on Baseline projects (and their tasks) are read-only (reference §7.6 of the extension notes). */
export const projectNoteRules: EntityRules = {
  validate(ctx, rec) {
    if (isBaselineProject(ctx, rec.projectID)) refuse();
    return [];
  },
};

export const taskNoteRules: EntityRules = {
  validate(ctx, rec) {
    const task = rowOf(ctx.store, 'Tasks', rec.taskID);
    if (task && isBaselineProject(ctx, task.projectID)) refuse();
    return [];
  },
};
