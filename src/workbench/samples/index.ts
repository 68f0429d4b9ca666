/**
 * The sample mailbox: messages (newest first) and the mailbox's master category list.
 * Pick one with /workbench/?message=<id>.
 */
import type { WorkbenchMessage } from '../model/message';
import { buildSample } from './build-sample';
import { SAMPLE_DEFS } from './messages';

export interface MasterCategory {
  displayName: string;
  /** Office.MailboxEnums.CategoryColor value, e.g. "Preset0". */
  color: string;
}

export const SAMPLE_IDS = SAMPLE_DEFS.map((d) => d.id);

export function sampleMessages(): WorkbenchMessage[] {
  return SAMPLE_DEFS.map(buildSample).sort((a, b) => b.dateTimeCreated.localeCompare(a.dateTimeCreated));
}

/** The master list a fresh mailbox starts with (no "Autotask" category: an add-in with
 * ReadWriteItem permission cannot create one, so that case stays visible). */
export const DEFAULT_MASTER_CATEGORIES: MasterCategory[] = [
  { displayName: 'Urgent', color: 'Preset0' },
  { displayName: 'Waiting on customer', color: 'Preset3' },
  { displayName: 'Project', color: 'Preset4' },
  { displayName: 'Internal', color: 'Preset7' },
  { displayName: 'Billing', color: 'Preset8' },
];
