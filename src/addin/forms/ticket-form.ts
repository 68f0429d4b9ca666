/**
 * The ticket form's values and how they become a `Tickets` body (pure). Picklist values are
 * whatever metadata gave (record form); nothing tenant-specific lives here.
 */
import type { EntityFields, PicklistValue, TicketCreate } from '../../autotask';
import { t } from '../strings';

export interface TicketFormValues {
  companyID: number | null;
  contactID: number | null;
  title: string;
  description: string;
  status: PicklistValue | null;
  priority: PicklistValue | null;
  queueID: PicklistValue | null;
  issueType: PicklistValue | null;
  subIssueType: PicklistValue | null;
  source: PicklistValue | null;
  /** `YYYY-MM-DD` from a date input, or ''. */
  dueDate: string;
  /** The company's default contract (Autotask requires an active contract of the same company). */
  contractID: number | null;
  /** Primary resource and role: Autotask takes both or neither (default: the signed-in resource). */
  assignedResourceID: number | null;
  assignedResourceRoleID: number | null;
}

/** The picklist fields the form shows, in order. */
export const TICKET_PICKLISTS = ['status', 'priority', 'queueID', 'issueType', 'subIssueType', 'source'] as const;
export type TicketPicklistField = (typeof TICKET_PICKLISTS)[number];

export const TICKET_LABELS = {
  companyID: 'Company',
  contactID: 'Contact',
  title: 'Title',
  description: 'Description',
  status: 'Status',
  priority: 'Priority',
  queueID: 'Queue',
  issueType: 'Issue type',
  subIssueType: 'Sub-issue type',
  source: 'Source',
  dueDateTime: 'Due date',
  contractID: 'Contract',
  assignedResourceID: 'Primary resource',
  assignedResourceRoleID: 'Role',
  externalID: 'External id',
} as const satisfies Readonly<Record<string, string>>;

/** Defaults from metadata (`isDefaultValue`); a dependent picklist's default only when it fits its parent. */
export function picklistDefaults(fields: EntityFields): Pick<TicketFormValues, TicketPicklistField> {
  const def = (name: string): PicklistValue | null => fields.picklist(name)?.defaultEntry()?.value ?? null;
  const issueType = def('issueType');
  const sub = fields.picklist('subIssueType')?.defaultEntry();
  return {
    status: def('status'),
    priority: def('priority'),
    queueID: def('queueID'),
    issueType,
    subIssueType: sub && issueType !== null && String(sub.parentValue) === String(issueType) ? sub.value : null,
    source: def('source'),
  };
}

/** End of the chosen day in the user's time zone, as ISO (Autotask stores UTC). */
export function dueDateTime(date: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date.trim());
  if (!m) return null;
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 17, 0, 0);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

/** The create body; unset optional fields are left out so Autotask applies its own defaults. */
export function ticketBody(values: TicketFormValues, externalId: string | null): TicketCreate {
  const body: Record<string, unknown> = {
    companyID: values.companyID ?? 0,
    title: values.title.trim(),
    description: values.description,
    status: values.status,
    priority: values.priority,
  };
  const optional: Record<string, unknown> = {
    contactID: values.contactID,
    queueID: values.queueID,
    issueType: values.issueType,
    subIssueType: values.issueType === null ? null : values.subIssueType,
    source: values.source,
    dueDateTime: dueDateTime(values.dueDate),
    contractID: values.contractID,
    externalID: externalId,
    assignedResourceID: values.assignedResourceID,
    assignedResourceRoleID: values.assignedResourceID === null ? null : values.assignedResourceRoleID,
  };
  for (const [k, v] of Object.entries(optional)) if (v !== null && v !== undefined && v !== '') body[k] = v;
  if (!values.description.trim()) delete body.description;
  return body as unknown as TicketCreate;
}

/**
 * Checks the form makes beyond metadata: Autotask needs a queue or a primary resource with a role
 * (both or neither). Messages name the fields as the form labels them.
 */
export function assignmentProblems(values: Pick<TicketFormValues, 'queueID' | 'assignedResourceID' | 'assignedResourceRoleID'>): { field: string; message: string }[] {
  if (values.assignedResourceID !== null && values.assignedResourceRoleID === null) {
    return [{ field: 'assignedResourceRoleID', message: t('tcf.role.needed') }];
  }
  if (values.assignedResourceID === null && values.queueID === null) {
    return [{ field: 'queueID', message: t('tcf.queue.orResource') }];
  }
  return [];
}
