/**
 * The To-Do form's values, how they become a `CompanyToDos` body, their checks, and the action
 * type the user chose last (pure, apart from the small localStorage memory of that choice).
 */
import type { CompanyToDoCreate, EntityFields, PicklistValue } from '../../autotask';
import { mergeProblems, nextSlot, scheduleProblems, utcFromLocal } from './schedule';
import { validateRecord, type FieldProblem } from './validation';

export interface TodoValues {
  companyID: number | null;
  companyName: string;
  contactID: number | null;
  contactName: string;
  actionType: PicklistValue | null;
  assignedToResourceID: number | null;
  assignedName: string;
  start: string;
  end: string;
  description: string;
}

export const TODO_LABELS = {
  companyID: 'Company',
  contactID: 'Contact',
  actionType: 'Action type',
  assignedToResourceID: 'Assigned to',
  startDateTime: 'Start',
  endDateTime: 'End',
  activityDescription: 'Description',
} as const satisfies Readonly<Record<string, string>>;

export function blankTodo(now: Date, me: { id: number; name: string }, actionType: PicklistValue | null): TodoValues {
  return {
    companyID: null, companyName: '', contactID: null, contactName: '', actionType,
    assignedToResourceID: me.id, assignedName: me.name, ...nextSlot(now), description: '',
  };
}

export function todoBody(v: TodoValues): CompanyToDoCreate {
  const body: Record<string, unknown> = {
    companyID: v.companyID ?? 0,
    actionType: v.actionType === null ? null : Number(v.actionType),
    assignedToResourceID: v.assignedToResourceID ?? 0,
    startDateTime: utcFromLocal(v.start),
    endDateTime: utcFromLocal(v.end),
  };
  if (v.contactID) body.contactID = v.contactID;
  if (v.description.trim()) body.activityDescription = v.description;
  return body as unknown as CompanyToDoCreate;
}

export function validateTodo(v: TodoValues, fields: EntityFields): FieldProblem[] {
  const times = scheduleProblems(v.start, v.end, { start: TODO_LABELS.startDateTime, end: TODO_LABELS.endDateTime });
  const body = todoBody(v) as unknown as Record<string, unknown>;
  return mergeProblems(times, validateRecord(body, fields, { alsoRequired: ['companyID', 'actionType', 'assignedToResourceID'], labels: TODO_LABELS }));
}

const LAST_ACTION_KEY = 'autotask-outlook.todo.actionType';

function store(): Pick<Storage, 'getItem' | 'setItem'> | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export function rememberActionType(value: PicklistValue | null): void {
  try {
    if (value !== null) store()?.setItem(LAST_ACTION_KEY, String(value));
  } catch {
    // Storage full or blocked: the metadata default is used next time.
  }
}

/** The last action type chosen, when metadata still offers it (active); else metadata's default. */
export function initialActionType(fields: EntityFields): PicklistValue | null {
  const picklist = fields.picklist('actionType');
  if (!picklist) return null;
  let last: string | null = null;
  try {
    last = store()?.getItem(LAST_ACTION_KEY) ?? null;
  } catch {
    last = null;
  }
  const remembered = last === null ? undefined : picklist.entry(last);
  if (remembered && remembered.isActive) return remembered.value;
  return picklist.defaultEntry()?.value ?? null;
}
