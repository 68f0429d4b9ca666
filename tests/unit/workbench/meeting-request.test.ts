/**
 * A meeting invitation in the workbench has Office.MeetingRequest's start, end and location (read
 * from its invite.ics), and the add-in's office layer reads them: the real emulator over the
 * real sample, then the real facade over that emulator.
 */
import { getItemSchedule } from '../../../src/addin/office/calendar-item';
import { attachmentContent, toItemData } from '../../../src/workbench/host/item-data';
import { createOffice } from '../../../src/workbench/office-emulator/create-office';
import { parseMeetingTimes } from '../../../src/workbench/office-emulator/meeting-request';
import { sampleMessages } from '../../../src/workbench/samples';
import { FakeSession, fakeWindow } from './fake-session';

function installSample(id: string): void {
  const message = sampleMessages().find((m) => m.id === id)!;
  const session = new FakeSession();
  session.item = toItemData(message);
  session.attachmentContent = (_itemId, attId) => attachmentContent(message, attId);
  (globalThis as { Office?: unknown }).Office = createOffice(fakeWindow(), session);
}

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
});

describe('meeting invitations', () => {
  it('the invite sample exposes start, end and location; the add-in reads them', async () => {
    installSample('meeting-invite');
    const item = (globalThis as unknown as { Office: { context: { mailbox: { item: Record<string, unknown> } } } }).Office.context.mailbox.item;
    expect(item.start).toEqual(new Date('2026-12-10T15:00:00Z'));
    expect(item.end).toEqual(new Date('2026-12-10T16:00:00Z'));
    expect(await getItemSchedule()).toEqual({
      start: new Date('2026-12-10T15:00:00Z'), end: new Date('2026-12-10T16:00:00Z'), location: 'Contoso Dental Group, 85 Elm Street (conference room)',
    });
  });

  it('an ordinary message has no schedule', async () => {
    installSample('printer-scan');
    expect(await getItemSchedule()).toBeNull();
  });

  it('folded lines, parameters and dates without a time; no VEVENT or no end gives nothing', () => {
    const ics = ['BEGIN:VCALENDAR', 'BEGIN:VEVENT', 'DTSTART;VALUE=DATE:20261224', 'DTEND;VALUE=DATE:20261225', 'LOCATION:Main\r\n  office\\; floor 2', 'END:VEVENT', 'END:VCALENDAR'].join('\r\n');
    expect(parseMeetingTimes(ics)).toEqual({ start: new Date('2026-12-24T00:00:00Z'), end: new Date('2026-12-25T00:00:00Z'), location: 'Main office; floor 2' });
    expect(parseMeetingTimes('BEGIN:VEVENT\r\nDTSTART:20261224T100000Z\r\nEND:VEVENT')).toBeNull();
    expect(parseMeetingTimes('DTSTART:20261224T100000Z\r\nDTEND:20261224T110000Z')).toBeNull();
  });
});

describe('appointment items in compose mode', () => {
  it('start, end and location through getAsync', async () => {
    const asyncValue = (value: unknown) => ({ getAsync: (cb: (r: unknown) => void) => setTimeout(() => cb({ status: 'succeeded', value }), 0) });
    (globalThis as { Office?: unknown }).Office = {
      AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
      context: { mailbox: { item: { itemType: 'appointment', start: asyncValue(new Date('2026-12-01T09:00:00Z')), end: asyncValue(new Date('2026-12-01T10:00:00Z')), location: asyncValue('Room 4') } } },
    };
    expect(await getItemSchedule()).toEqual({ start: new Date('2026-12-01T09:00:00Z'), end: new Date('2026-12-01T10:00:00Z'), location: 'Room 4' });
  });
});
