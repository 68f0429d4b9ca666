import { cutPage, decodeCursor, encodeCursor } from '../../../src/sandbox/query/paging';
import { pageSize, projection } from '../../../src/sandbox/query/query-body';
import { resolvePath } from '../../../src/sandbox/http/route-resolver';
import { mustEntity } from '../../../src/sandbox/model/registry';
import type { Row } from '../../../src/sandbox/model/types';

const rows: Row[] = [3, 5, 8, 13, 21, 34, 55].map((id) => ({ id }));

describe('keyset paging (reference §5)', () => {
  it('walks forward and back with Autotask-shaped cursors', () => {
    const first = cutPage(rows, 3, -1, []);
    expect(first.rows.map((r) => r.id)).toEqual([3, 5, 8]);
    expect(first.prev).toBeNull();
    expect(first.next).toEqual({ pageSize: 3, previousIds: [-1], nextIds: [13] });
    const second = cutPage(rows, 3, first.next!.nextIds[0]!, first.next!.previousIds);
    expect(second.rows.map((r) => r.id)).toEqual([13, 21, 34]);
    const third = cutPage(rows, 3, second.next!.nextIds[0]!, second.next!.previousIds);
    expect(third.rows.map((r) => r.id)).toEqual([55]);
    expect(third.next).toBeNull();
    const back = cutPage(rows, 3, third.prev!.nextIds[0]!, third.prev!.previousIds);
    expect(back.rows.map((r) => r.id)).toEqual([13, 21, 34]);
  });

  it('round-trips cursors and rejects garbage', () => {
    const c = { pageSize: 500, previousIds: [-1], nextIds: [725] };
    expect(encodeCursor(c)).toBe('{"pageSize":500,"previousIds":[-1],"nextIds":[725]}');
    expect(decodeCursor(encodeCursor(c))).toEqual(c);
    expect(() => decodeCursor('nope')).toThrow();
    expect(() => decodeCursor('{"pageSize":900,"previousIds":[],"nextIds":[1]}')).toThrow();
  });

  it('checks MaxRecords and resolves IncludeFields case-insensitively, UDF names included', () => {
    expect(pageSize(undefined)).toBe(500);
    expect(pageSize(10)).toBe(10);
    expect(() => pageSize(0)).toThrow();
    expect(() => pageSize(501)).toThrow();
    const p = projection(mustEntity('Companies'), ['Id', 'isactive', 'COMPANYNAME', 'customer ranking']);
    expect([...p.fields!]).toEqual(['id', 'isActive', 'companyName']);
    expect([...p.udfs!]).toEqual(['Customer Ranking']);
    expect(() => projection(mustEntity('Companies'), ['shoeSize'])).toThrow();
  });
});

describe('route map (reference §7)', () => {
  const methods = (path: string) => Object.keys(resolvePath(path)?.methods ?? {}).sort();

  it('maps root, child and special paths case-insensitively', () => {
    expect(methods('/atservicesrest/v1.0/Tickets')).toEqual(['PATCH', 'POST', 'PUT']);
    expect(methods('/ATServicesRest/V1.0/tickets/query')).toEqual(['GET', 'POST']);
    expect(methods('/atservicesrest/v1.0/Tickets/query/count')).toEqual(['GET', 'POST']);
    expect(methods('/atservicesrest/v1.0/Tickets/8101')).toEqual(['GET']);
    expect(methods('/atservicesrest/v1.0/Tickets/8101/Notes')).toEqual(['GET', 'PATCH', 'POST', 'PUT']);
    expect(methods('/atservicesrest/v1.0/Tickets/8101/Attachments/5')).toEqual(['DELETE', 'GET']);
    expect(methods('/atservicesrest/v1.0/Companies/175/Contacts/3')).toEqual(['DELETE', 'GET']);
    expect(methods('/atservicesrest/v1.0/TimeEntries/3')).toEqual(['DELETE', 'GET']);
    expect(methods('/atservicesrest/v1.0/TaskNotes')).toEqual(['PATCH', 'POST', 'PUT']);
    expect(methods('/atservicesrest/v1.0/Resources')).toEqual(['PATCH', 'PUT']);
    expect(methods('/atservicesrest/v1.0/ServiceCalls/1/Tickets')).toEqual(['GET', 'POST']);
    expect(methods('/atservicesrest/v1.0/Tickets/1/Notes/entityInformation/fields')).toEqual(['GET']);
    expect(resolvePath('/atservicesrest/v1.0/zoneInformation')?.isPublic).toBe(true);
    expect(resolvePath('/atservicesrest/versioninformation')?.isPublic).toBe(true);
    expect(resolvePath('/atservicesrest/v1.0/ThresholdInformation')?.isPublic).toBe(false);
  });

  it('has no methods (404) where Autotask has no route', () => {
    for (const p of ['/atservicesrest/v1.0/TicketNotes', '/atservicesrest/v1.0/Tasks', '/atservicesrest/v1.0/Contacts', '/atservicesrest/v1.0/ResourceRoles']) {
      expect(methods(p)).toEqual([]);
    }
    for (const p of ['/atservicesrest/v1.0/Queues', '/atservicesrest/v1.0/Tickets/1/TimeEntries', '/atservicesrest/v1.0/Projects/1/Tasks/2/Notes', '/atservicesrest//v1.0/Tickets/1', '/atservicesrest/v2.0/Tickets/1']) {
      expect(resolvePath(p)).toBeNull();
    }
  });

  it('flags a non-numeric id as malformed (400)', () => {
    expect(resolvePath('/atservicesrest/v1.0/Tickets/abc')?.malformed).toBe(true);
  });
});
