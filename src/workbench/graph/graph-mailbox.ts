/**
 * The workbench's window on the Graph stand-in: the same Graph client and token provider the
 * add-in uses (GET /api/config → `graph.baseUrl`; a token from the development identity provider
 * for the workbench user), read-only: this week's calendar and the contact folders.
 */
import { createGraphTokenProvider, parseGraphConfig } from '../../addin/auth/graph-token';
import { createGraphClient, type GraphClient, type GraphContact, type GraphContactFolder, type GraphEvent } from '../../graph/index';
import { USER_PROFILE } from '../model/message';

/** The default Contacts folder (`/me/contacts`) as the views list it. */
export const MAIN_CONTACTS = { id: '', displayName: 'Contacts' } as const;

let client: Promise<GraphClient> | undefined;

function graph(): Promise<GraphClient> {
  client ??= (async () => {
    const res = await fetch('/api/config', { headers: { accept: 'application/json' }, credentials: 'same-origin' });
    if (!res.ok) throw new Error(`GET /api/config answered ${res.status}`);
    const config = parseGraphConfig(await res.json());
    const tokens = createGraphTokenProvider({
      graph: config,
      office: { isSetSupported: async () => false, getUserProfile: async () => ({ ...USER_PROFILE }) } as never,
    });
    return createGraphClient({ baseUrl: config.baseUrl, getToken: () => tokens.getToken() });
  })();
  client.catch(() => { client = undefined; });
  return client;
}

/** Monday 00:00 (local) of the week holding `day`, plus `weeks` weeks. */
export function weekRange(day: Date, weeks = 1): { start: Date; end: Date } {
  const start = new Date(day.getFullYear(), day.getMonth(), day.getDate() - ((day.getDay() + 6) % 7));
  return { start, end: new Date(start.getFullYear(), start.getMonth(), start.getDate() + 7 * weeks) };
}

export async function loadCalendar(range: { start: Date; end: Date }): Promise<GraphEvent[]> {
  return (await graph()).events.calendarView(range, { pageSize: 200 });
}

export async function loadContactFolders(): Promise<GraphContactFolder[]> {
  return [MAIN_CONTACTS as GraphContactFolder, ...(await (await graph()).contactFolders.list())];
}

/** '' = the main Contacts folder. */
export async function loadContacts(folderId: string): Promise<GraphContact[]> {
  return (await graph()).contacts.list(folderId || null, { pageSize: 1000 });
}
