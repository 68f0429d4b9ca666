import { SandboxApiError } from '../../../src/sandbox/http/api-errors';
import { mustEntity } from '../../../src/sandbox/model/registry';
import type { Row } from '../../../src/sandbox/model/types';
import { buildSeed } from '../../../src/sandbox/seed/index';
import { MemoryStore } from '../../../src/sandbox/store/memory-store';
import { coerceInput, coerceValue } from '../../../src/sandbox/write/coerce';
import { validateRecord } from '../../../src/sandbox/write/validate';
import { COMPANY, CONTACT, QUEUE, RESOURCE } from '../../../src/sandbox/seed/ids';

const store = new MemoryStore();
store.load(buildSeed());
const tickets = mustEntity('Tickets');

function message(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    return ((e as SandboxApiError).body as { errors: string[] }).errors[0]!;
  }
  throw new Error('expected an error');
}

function ticket(overrides: Record<string, unknown>): Row {
  const rec: Row = { id: 0 };
  for (const f of tickets.fields) rec[f.name] = null;
  return { ...rec, companyID: COMPANY.fabrikam, title: 'A', status: 1, priority: 2, queueID: QUEUE.serviceDesk, userDefinedFields: [], ...overrides };
}

describe('input coercion (Json.NET-like)', () => {
  const f = (name: string) => tickets.fields.find((x) => x.name === name)!;
  it('converts and rejects like the server deserializer', () => {
    expect(coerceValue(f('priority'), '2', 'Priority')).toBe(2);
    expect(message(() => coerceValue(f('priority'), 'high', 'Priority'))).toBe(`Error converting value "high" to type 'System.Int32'. Path 'Priority'.`);
    expect(message(() => coerceValue(f('priority'), 2.5, 'priority'))).toMatch(/not a valid integer/);
    expect(coerceValue(f('dueDateTime'), '2030-03-21T00:00:00', 'dueDateTime')).toBe('2030-03-21T00:00:00.000Z');
    expect(message(() => coerceValue(f('dueDateTime'), 'next week', 'dueDateTime'))).toMatch(/Could not convert string to DateTime/);
    expect(coerceValue(f('estimatedHours'), '1.25', 'x')).toBe(1.25);
  });

  it('reads property names in any casing and ignores read-only and unknown ones', () => {
    const input = coerceInput(tickets, { QueueID: 5, TITLE: 'x', ticketNumber: 'T1', createDate: '2020-01-01', shoe: 1, id: 7 });
    expect([...input.values.keys()].sort()).toEqual(['queueID', 'title']);
    expect(input.id).toBe(7);
  });
});

describe('metadata-driven validation', () => {
  it('accepts a minimal ticket', () => {
    expect(validateRecord(store, tickets, ticket({}))).toEqual([]);
  });

  it('reports required fields, lengths, picklists and references with Autotask messages', () => {
    expect(validateRecord(store, tickets, ticket({ title: null }))).toEqual(['Required field is missing (field:title). ']);
    expect(validateRecord(store, tickets, ticket({ title: 'x'.repeat(256) }))).toEqual(['String value exceeds maximum length (field:title). ']);
    expect(validateRecord(store, tickets, ticket({ status: 99 }))).toEqual(['Value does not reference an existing entity for status . ']);
    expect(validateRecord(store, tickets, ticket({ status: null }))).toEqual(['Value does not reference an existing entity for status . ']);
    expect(validateRecord(store, tickets, ticket({ contactID: 1 }))).toEqual(['Reference value on field: contactID of type: Contact does not exist or is invalid.']);
  });

  it('treats inactive records and API-only resources as invalid references', () => {
    expect(validateRecord(store, tickets, ticket({ contactID: CONTACT.paulGrant }))).toEqual(['Reference value on field: contactID of type: Contact does not exist or is invalid.']);
    expect(validateRecord(store, tickets, ticket({ companyID: COMPANY.adventureWorks }))).toHaveLength(1);
    expect(validateRecord(store, tickets, ticket({ assignedResourceID: RESOURCE.apiUser }))).toEqual(['Reference value on field: assignedResourceID of type: Resource does not exist or is invalid.']);
    expect(validateRecord(store, tickets, ticket({ assignedResourceID: RESOURCE.oliviaBrandt }))).toHaveLength(1);
  });

  it('enforces dependent picklists (subIssueType under issueType) and inactive values', () => {
    expect(validateRecord(store, tickets, ticket({ issueType: 7, subIssueType: 701 }))).toEqual([]);
    expect(validateRecord(store, tickets, ticket({ issueType: 2, subIssueType: 701 }))).toEqual(['Value does not reference an existing entity for subIssueType . ']);
    expect(validateRecord(store, tickets, ticket({ status: 13 }))).toEqual(['Value does not reference an existing entity for status . ']);
    expect(validateRecord(store, tickets, ticket({ status: 13 }), ticket({ status: 13 }))).toEqual([]);
  });
});

describe('the seed', () => {
  it('passes its own metadata validation, except the deliberate contact of an inactive company', () => {
    const seed = buildSeed();
    const failures: unknown[] = [];
    for (const [entity, rows] of Object.entries(seed.rows)) {
      const def = mustEntity(entity);
      for (const row of rows) {
        const errors = validateRecord(store, def, row, row);
        if (errors.length > 0) failures.push({ entity, id: row.id, errors });
      }
    }
    // Autotask refuses updates that reference an inactive record; Emma Novak shows that trap.
    expect(failures).toEqual([{ entity: 'Contacts', id: CONTACT.emmaNovak, errors: ['Reference value on field: companyID of type: Company does not exist or is invalid.'] }]);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(buildSeed())).toBe(JSON.stringify(buildSeed()));
  });
});
