import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApi, type Api } from './helpers';
import { COMPANY, QUEUE, RESOURCE, TICKET } from '../../../src/sandbox/index';

const dir = mkdtempSync(join(tmpdir(), 'sandbox-it-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ticket = { companyID: COMPANY.woodgrove, title: 'Printer <b>jam</b> & "smudge"', status: 1, priority: 2, queueID: QUEUE.serviceDesk, description: 'Sent from Outlook' };

describe('SQLite storage', () => {
  it('keeps what users create across a restart, and ids keep increasing', async () => {
    const file = join(dir, 'sandbox.db');
    const first = await openApi({ storage: { file } });
    const id = (await first.post('/Tickets', ticket)).body.itemId as number;
    await first.post(`/Tickets/${id}/Notes`, { description: 'Persisted note', noteType: 1, publish: 1 });
    await first.sb.close();

    const second = await openApi({ storage: { file } });
    try {
      const item = (await second.get(`/Tickets/${id}`)).body.item;
      expect(item.title).toBe(ticket.title);
      expect((await second.get(`/Tickets/${id}/Notes`)).body.items.map((n: { description: string }) => n.description)).toEqual(['Persisted note']);
      const next = (await second.post('/Tickets', ticket)).body.itemId as number;
      expect(next).toBeGreaterThan(id);
      second.sb.control.reset();
      expect((await second.get(`/Tickets/${id}`)).body.item).toBeNull();
      expect((await second.get(`/Tickets/${TICKET.fabrikamVpn}`)).body.item.ticketNumber).toBe('T20261128.0001');
    } finally {
      await second.sb.close();
    }
  });
});

describe('web view', () => {
  let api: Api;
  beforeAll(async () => { api = await openApi(); });
  afterAll(() => api.sb.close());

  const html = async (path: string) => {
    const res = await fetch(`${api.sb.webUrl}${path}`);
    return { status: res.status, type: res.headers.get('content-type'), text: await res.text() };
  };

  it('lists a ticket the API created, escaped, and shows its notes, attachments and time', async () => {
    const id = (await api.post('/Tickets', ticket, { ImpersonationResourceId: String(RESOURCE.samRivera) })).body.itemId as number;
    await api.post(`/Tickets/${id}/Notes`, { title: 'Email from Jenna', description: 'The <script>alert(1)</script> printer jammed again.', noteType: 13, publish: 1 });
    await api.post(`/Tickets/${id}/Attachments`, { title: 'Photo', fullPath: 'jam-photo.png', attachmentType: 'FILE_ATTACHMENT', publish: 1, data: Buffer.alloc(2048).toString('base64') });
    await api.post('/TimeEntries', { resourceID: RESOURCE.samRivera, ticketID: id, roleID: 29683355, hoursWorked: 0.5, summaryNotes: 'Cleared the jam' });
    const number = (await api.get(`/Tickets/${id}`)).body.item.ticketNumber as string;

    const list = await html('');
    expect(list.status).toBe(200);
    expect(list.type).toMatch(/text\/html/);
    expect(list.text).toContain('<title>Open tickets · Autotask sandbox — Harborline IT</title>');
    expect(list.text).toContain(number);
    expect(list.text).toContain('Printer &lt;b&gt;jam&lt;/b&gt; &amp; &quot;smudge&quot;');
    expect(list.text).toContain('T20261128.0001');

    const detail = await html(`tickets/${id}`);
    expect(detail.text).toContain('Email from Jenna');
    expect(detail.text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(detail.text).not.toContain('<script>');
    expect(detail.text).toContain('jam-photo.png');
    expect(detail.text).toContain('2.0 KB');
    expect(detail.text).toContain('Cleared the jam');
    expect(detail.text).toContain('by Sam Rivera via Harborline Sandbox API');
  });

  it('shows companies, contacts, projects and the calendar, and resolves Autotask deep links', async () => {
    expect((await html('companies')).text).toContain('Müller Bäckerei GmbH');
    expect((await html(`companies/${COMPANY.fabrikam}`)).text).toContain('tom.becker@fabrikamlogistics.com');
    expect((await html('contacts?q=jenna')).text).toContain('jenna.park@woodgrovelaw.com');
    expect((await html('projects')).text).toContain('Baseline');
    const calendar = await html('calendar');
    expect(calendar.text).toContain('Onsite: Müller Bäckerei POS');
    expect(calendar.text).toContain('Service call');
    expect((await html('tickets/999999')).status).toBe(404);
    const deep = await fetch(`${api.sb.webUrl}Autotask/AutotaskExtend/ExecuteCommand.aspx?Code=OpenTicketDetail&TicketNumber=T20261128.0001`, { redirect: 'manual' });
    expect([deep.status, deep.headers.get('location')]).toEqual([302, `/web/tickets/${TICKET.fabrikamVpn}`]);
  });
});
