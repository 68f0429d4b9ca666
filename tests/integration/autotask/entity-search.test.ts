/**
 * The entity picker's searches against the sandbox over real HTTP: what each finds in the seeded
 * tenant, what it leaves out (inactive, closed, baseline), the scopes (a company's contacts and
 * tickets, a project's tasks), and that a warm search is one small request with IncludeFields.
 */
import {
  companyOpenTickets, projectTasks, searchCompanies, searchContacts, searchProjects, searchResources, searchTasks, searchTickets,
} from '../../../src/addin/forms/entity-search';
import { COMPANY, PROJECT, TASK, TICKET } from '../../../src/sandbox';
import { sandboxClient } from './helpers/sandbox-client';

let env: Awaited<ReturnType<typeof sandboxClient>>;
const signal = () => new AbortController().signal;
const ids = (xs: { id: number }[]) => xs.map((x) => x.id).sort((a, b) => a - b);
const names = (xs: { name: string }[]) => xs.map((x) => x.name);

beforeAll(async () => {
  env = await sandboxClient();
});
afterAll(async () => {
  await env?.close();
});

describe('projects', () => {
  it('baseline projects are never offered, whatever is typed', async () => {
    const found = await searchProjects(env.at, 'P2026', signal());
    expect(ids(found)).toEqual([PROJECT.contosoM365, PROJECT.fabrikamWifi]);
    expect(await searchProjects(env.at, 'Woodgrove', signal())).toEqual([]);
    expect(await searchProjects(env.at, 'baseline', signal(), { includeInactive: true })).toEqual([]);
  });

  it('finds by name and by number, with the number as the second line; scoped by company', async () => {
    const [byName] = await searchProjects(env.at, 'Wi-Fi', signal());
    expect(byName).toMatchObject({ id: PROJECT.fabrikamWifi, detail: 'P20261115.0002', extra: { companyID: COMPANY.fabrikam } });
    expect(ids(await searchProjects(env.at, 'P20261102', signal()))).toEqual([PROJECT.contosoM365]);
    expect(ids(await searchProjects(env.at, 'P2026', signal(), { companyId: COMPANY.contoso }))).toEqual([PROJECT.contosoM365]);
  });
});

describe('tickets', () => {
  it('closed tickets are hidden by default and shown when asked for', async () => {
    const open = await searchTickets(env.at, 'T20261125', signal());
    expect(open).toEqual([]);
    const all = await searchTickets(env.at, 'T20261125', signal(), { includeInactive: true });
    expect(ids(all)).toEqual([TICKET.contosoBackup]);
  });

  it('a full ticket number finds that ticket; words find titles; scoped by company', async () => {
    const [vpn] = await searchTickets(env.at, 't20261128.0001', signal());
    expect(vpn).toMatchObject({ id: TICKET.fabrikamVpn, extra: { ticketNumber: 'T20261128.0001', companyID: COMPANY.fabrikam } });
    expect(vpn!.name).toMatch(/^T20261128\.0001 /);
    expect(ids(await searchTickets(env.at, 'printer', signal()))).toContain(TICKET.contosoPrinter);
    const contoso = await searchTickets(env.at, 'T2026', signal(), { companyId: COMPANY.contoso });
    expect(ids(contoso)).toEqual([TICKET.contosoPrinter, TICKET.contosoXray]);
  });

  it("a company's open tickets, newest first, without the closed ones", async () => {
    const found = await companyOpenTickets(env.at, COMPANY.contoso);
    expect(names(found).map((n) => n.slice(0, 14))).toEqual(['T20261128.0004', 'T20261128.0002']);
  });
});

describe('tasks', () => {
  it("scoped to the project; completed tasks hidden unless asked for", async () => {
    const found = await searchTasks(env.at, 'T2026', signal(), { projectId: PROJECT.contosoM365 });
    expect(ids(found)).toEqual([TASK.contosoMailboxes, TASK.contosoTraining]);
    expect(found.every((t) => t.extra?.projectID === PROJECT.contosoM365)).toBe(true);
    const all = await searchTasks(env.at, 'T2026', signal(), { projectId: PROJECT.contosoM365, includeInactive: true });
    expect(ids(all)).toEqual([TASK.contosoTenant, TASK.contosoMailboxes, TASK.contosoTraining]);
    expect(ids(await projectTasks(env.at, PROJECT.fabrikamWifi))).toEqual([TASK.fabrikamSurvey, TASK.fabrikamOrderAps]);
  });
});

describe('companies, contacts and resources', () => {
  it('inactive companies only when asked for', async () => {
    expect(await searchCompanies(env.at, 'Adventure', signal())).toEqual([]);
    expect(await searchCompanies(env.at, 'Adventure', signal(), { includeInactive: true })).toEqual([
      { id: COMPANY.adventureWorks, name: 'Adventure Works Cycles', inactive: true },
    ]);
  });

  it("contacts by name or email, within the company, inactive ones only when asked for", async () => {
    expect(names(await searchContacts(env.at, 'Paul', signal(), { companyId: COMPANY.contoso }))).toEqual([]);
    expect(names(await searchContacts(env.at, 'Paul', signal(), { companyId: COMPANY.contoso, includeInactive: true }))).toEqual(['Paul Grant']);
    const [maria] = await searchContacts(env.at, 'maria.lopez@', signal());
    expect(maria).toMatchObject({ name: 'Maria Lopez', detail: 'maria.lopez@contosodental.com', extra: { companyID: COMPANY.contoso } });
    expect(await searchContacts(env.at, 'Maria', signal(), { companyId: COMPANY.fabrikam })).toEqual([]);
  });

  it('inactive resources only when asked for', async () => {
    expect(await searchResources(env.at, 'Olivia', signal())).toEqual([]);
    expect(names(await searchResources(env.at, 'Olivia', signal(), { includeInactive: true }))).toEqual(['Olivia Brandt']);
  });
});

describe('requests', () => {
  it('a warm search is one query of one small page, with only the fields the list shows', async () => {
    await searchTickets(env.at, 'VPN', signal());
    const before = env.sent.length;
    await searchTickets(env.at, 'printer', signal());
    const sent = env.sent.slice(before);
    expect(sent.map((s) => s.path)).toEqual(['Tickets/query']);
    const query: unknown = sent[0]!.body ?? JSON.parse(new URL(sent[0]!.url).searchParams.get('search') ?? '{}');
    expect(query).toMatchObject({ MaxRecords: 20, IncludeFields: ['id', 'ticketNumber', 'title', 'companyID', 'status'] });
  });

  it('an aborted search rejects and reports nothing', async () => {
    const controller = new AbortController();
    const pending = searchCompanies(env.at, 'Contoso', controller.signal);
    controller.abort();
    await expect(pending).rejects.toThrow();
  });
});
