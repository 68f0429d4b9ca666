import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { SandboxApiError } from '../../../src/sandbox/http/api-errors';
import { mustEntity } from '../../../src/sandbox/model/registry';
import type { Row } from '../../../src/sandbox/model/types';
import { compileFilter } from '../../../src/sandbox/query/filter';

const repoRoot = resolve(__dirname, '..', '..', '..');
const corpus = (path: string) => JSON.parse(readFileSync(resolve(repoRoot, '..', 'shared', 'corpus', 'autotask', path), 'utf8')) as unknown;

const contacts = mustEntity('Contacts');
const tickets = mustEntity('Tickets');

const rows: Row[] = [
  { id: 1, firstName: 'Chris', lastName: 'Brady', isActive: 1, emailAddress: 'chris@x.com', createDate: '2026-01-01T00:00:00.000Z', companyID: 10, userDefinedFields: [{ name: 'Preferred Language', value: 'DEU' }] },
  { id: 2, firstName: 'Ann', lastName: 'Smith', isActive: 1, emailAddress: null, createDate: '2026-02-01T00:00:00.000Z', companyID: 10, userDefinedFields: [] },
  { id: 3, firstName: 'Bob', lastName: 'Jones', isActive: 0, emailAddress: 'bob@y.org', createDate: '2026-03-01T00:00:00.000Z', companyID: 11, userDefinedFields: [] },
  { id: 4, firstName: 'Chris', lastName: 'Evans', isActive: 1, emailAddress: 'CEVANS@X.COM', createDate: '2026-04-01T10:30:00.000Z', companyID: 12, userDefinedFields: [{ name: 'Preferred Language', value: 'ENU' }] },
];

function ids(def = contacts, filter: unknown): number[] {
  const p = compileFilter(def, filter);
  return rows.filter(p).map((r) => r.id);
}

function errorOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(SandboxApiError);
    const err = e as SandboxApiError;
    expect(err.status).toBe(500);
    return (err.body as { errors: string[] }).errors;
  }
  throw new Error('expected an error');
}

describe('query filter evaluator (reference §4)', () => {
  it.each([
    ['eq', 'lastName', 'smith', [2]],
    ['noteq', 'lastName', 'Smith', [1, 3, 4]],
    ['gt', 'companyID', 10, [3, 4]],
    ['gte', 'companyID', 11, [3, 4]],
    ['lt', 'companyID', 11, [1, 2]],
    ['lte', 'companyID', '11', [1, 2, 3]],
    ['beginsWith', 'emailAddress', 'chris@', [1]],
    ['endsWith', 'emailAddress', '@x.com', [1, 4]],
    ['contains', 'firstName', 'HRI', [1, 4]],
    ['in', 'companyID', [11, 12], [3, 4]],
    ['notIn', 'companyID', [11, 12], [1, 2]],
  ])('%s on %s', (op, field, value, expected) => {
    expect(ids(contacts, [{ op, field, value }])).toEqual(expected);
  });

  it('exist / notExist test for null', () => {
    expect(ids(contacts, [{ op: 'exist', field: 'emailAddress' }])).toEqual([1, 3, 4]);
    expect(ids(contacts, [{ op: 'notExist', field: 'emailAddress' }])).toEqual([2]);
  });

  it('compares datetimes, with offset-less values read as UTC', () => {
    expect(ids(contacts, [{ op: 'gte', field: 'createDate', value: '2026-03-01T00:00:00' }])).toEqual([3, 4]);
    expect(ids(contacts, [{ op: 'lt', field: 'createDate', value: '2026-04-01T12:00:00+02:00' }])).toEqual([1, 2, 3]);
  });

  it('uses SQL null semantics: noteq and notIn never match a null value', () => {
    expect(ids(contacts, [{ op: 'noteq', field: 'emailAddress', value: 'bob@y.org' }])).toEqual([1, 4]);
    expect(ids(contacts, [{ op: 'notIn', field: 'emailAddress', value: ['bob@y.org'] }])).toEqual([1, 4]);
  });

  it('evaluates the official nested and/or grouping body from the corpus', () => {
    const body = corpus('request-query-post-grouping.json') as { filter: unknown };
    expect(ids(contacts, body.filter)).toEqual([1, 2]);
  });

  it('ANDs the top level and nests groups any depth; field and op names are case-insensitive', () => {
    const filter = [
      { OP: 'OR', Items: [{ op: 'EQ', field: 'FIRSTNAME', value: 'chris' }, { op: 'and', items: [{ op: 'eq', field: 'lastname', value: 'Jones' }, { op: 'or', items: [{ op: 'eq', field: 'companyid', value: 11 }] }] }] },
      { op: 'eq', field: 'isActive', value: true },
    ];
    expect(ids(contacts, filter)).toEqual([1, 4]);
  });

  it('silently ignores unknown operators, as Autotask does (so a typo returns everything)', () => {
    expect(ids(contacts, [{ op: 'startsWith', field: 'lastName', value: 'S' }])).toEqual([1, 2, 3, 4]);
    expect(ids(contacts, [{ op: 'ne', field: 'lastName', value: 'Smith' }, { op: 'eq', field: 'companyID', value: 10 }])).toEqual([1, 2]);
  });

  it('requires a filter', () => {
    expect(errorOf(() => compileFilter(contacts, undefined))[0]).toMatch(/^Value cannot be null/);
    expect(errorOf(() => compileFilter(contacts, []))[0]).toMatch(/^Value cannot be null/);
  });

  it('names unknown and non-queryable fields', () => {
    expect(errorOf(() => compileFilter(mustEntity('TimeEntries'), [{ op: 'eq', field: 'projectID', value: 1 }]))).toEqual(['Unable to find projectID in the TimeEntry Entity']);
    expect(errorOf(() => compileFilter(tickets, [{ op: 'eq', field: 'creatorType', value: 1 }]))[0]).toMatch(/creatorType.*cannot be queried/);
  });

  it('accepts only true/false for boolean fields, and maps booleans to 1/0 on integer flags', () => {
    expect(errorOf(() => compileFilter(mustEntity('Companies'), [{ op: 'eq', field: 'isActive', value: 1 }]))[0]).toMatch(/isActive must be a boolean/);
    expect(errorOf(() => compileFilter(mustEntity('Companies'), [{ op: 'eq', field: 'isActive', value: null }]))[0]).toMatch(/isActive/);
    expect(ids(contacts, [{ op: 'eq', field: 'isActive', value: false }])).toEqual([3]);
  });

  it('filters on one UDF per query, by name', () => {
    expect(ids(contacts, [{ op: 'eq', field: 'preferred language', udf: true, value: 'DEU' }])).toEqual([1]);
    expect(errorOf(() => compileFilter(contacts, [
      { op: 'eq', field: 'Preferred Language', udf: true, value: 'DEU' }, { op: 'exist', field: 'CRM ID', udf: true },
    ]))[0]).toMatch(/one user-defined field/);
    expect(errorOf(() => compileFilter(contacts, [{ op: 'eq', field: 'Shoe Size', udf: true, value: '9' }]))).toEqual(['Unable to find Shoe Size in the Contact Entity']);
  });

  it('rejects values that cannot be converted to the field type', () => {
    expect(errorOf(() => compileFilter(contacts, [{ op: 'eq', field: 'companyID', value: 'ten' }]))[0]).toMatch(/companyID/);
    expect(errorOf(() => compileFilter(contacts, [{ op: 'gt', field: 'createDate', value: 'soon' }]))[0]).toMatch(/createDate/);
  });
});
