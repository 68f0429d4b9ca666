import { AutotaskInvalidQueryError, buildQuery, CONDITION_OPERATORS, where, type Filter, type QueryInput } from '../../../src/autotask';
import { corpus } from './corpus';

const bad = (input: unknown, message: RegExp) => {
  expect(() => buildQuery(input as QueryInput)).toThrow(AutotaskInvalidQueryError);
  expect(() => buildQuery(input as QueryInput)).toThrow(message);
};

describe('query builder: what reaches the wire', () => {
  it('has exactly the 13 Autotask operators', () => {
    expect([...CONDITION_OPERATORS].sort()).toEqual(['beginsWith', 'contains', 'endsWith', 'eq', 'exist', 'gt', 'gte', 'in', 'lt', 'lte', 'notExist', 'notIn', 'noteq'].sort());
  });

  it('reproduces the official grouped POST body byte for byte', () => {
    const built = buildQuery({
      filter: [where.eq('IsActive', true), where.or(where.eq('lastname', 'Smith'), where.eq('lastname', 'Jones'), where.and(where.eq('firstname', 'Chris'), where.eq('lastname', 'Brady')))],
    });
    expect(JSON.stringify(built)).toBe(JSON.stringify(corpus('request-query-post-grouping.json')));
  });

  it('writes IncludeFields and MaxRecords with the official casing and always includes id', () => {
    expect(buildQuery({ filter: where.all(), includeFields: ['companyName', 'city'], maxRecords: 10 })).toEqual({
      filter: [{ op: 'exist', field: 'id' }],
      IncludeFields: ['id', 'companyName', 'city'],
      MaxRecords: 10,
    });
    expect(buildQuery({ filter: where.all(), includeFields: ['Id', 'x'] }).IncludeFields).toEqual(['Id', 'x']);
  });

  it('marks one UDF condition with udf:true and serialises dates as ISO UTC', () => {
    expect(buildQuery({ filter: [where.eq('CRM ID', 'X', { udf: true }), where.gte('createDate', new Date(Date.UTC(2024, 0, 2)))] }).filter).toEqual([
      { op: 'eq', field: 'CRM ID', value: 'X', udf: true },
      { op: 'gte', field: 'createDate', value: '2024-01-02T00:00:00.000Z' },
    ]);
  });

  it.each([
    ['noteq', where.noteq('status', 5)], ['gt', where.gt('id', 1)], ['lt', where.lt('id', 9)], ['lte', where.lte('id', 9)],
    ['beginsWith', where.beginsWith('title', 'A')], ['endsWith', where.endsWith('title', 'z')], ['contains', where.contains('title', 'm')],
    ['notExist', where.notExist('dueDateTime')], ['in', where.in('companyType', [1, 3, 7])], ['notIn', where.notIn('status', [5])],
  ] as Array<[string, Filter]>)('accepts %s', (op, f) => {
    expect(buildQuery({ filter: f }).filter[0]!.op).toBe(op);
  });
});

describe('query builder: refuses before sending', () => {
  it('refuses an unknown operator (Autotask would silently drop it and return everything)', () => {
    bad({ filter: [{ op: 'ne', field: 'status', value: 5 }] }, /unknown operator "ne"/);
    bad({ filter: [{ op: 'startsWith', field: 'title', value: 'a' }] }, /unknown operator/);
    bad({ filter: [where.or({ op: 'isNull', field: 'x' } as unknown as Filter)] }, /items\[0\].*unknown operator/);
  });
  it('refuses an empty filter and empty groups', () => {
    bad({ filter: [] }, /filter is mandatory/);
    bad({}, /filter is mandatory/);
    bad({ filter: where.or() }, /non-empty "items"/);
  });
  it('refuses a second UDF condition anywhere in the tree', () => {
    bad({ filter: [where.eq('A', '1', { udf: true }), where.or(where.eq('B', '2', { udf: true }))] }, /second UDF/);
  });
  it('refuses MaxRecords outside 1..500', () => {
    for (const m of [0, 501, 1.5, -1, Number.NaN]) bad({ filter: where.all(), maxRecords: m }, /maxRecords must be an integer from 1 to 500/);
    expect(buildQuery({ filter: where.all(), maxRecords: 500 }).MaxRecords).toBe(500);
    expect(buildQuery({ filter: where.all(), maxRecords: 1 }).MaxRecords).toBe(1);
  });
  it('refuses in/notIn without a non-empty array', () => {
    bad({ filter: [{ op: 'in', field: 'x', value: 1 }] }, /needs an array value/);
    bad({ filter: [{ op: 'notIn', field: 'x', value: [] }] }, /at least one value/);
    bad({ filter: [{ op: 'in', field: 'x', value: [1, null] }] }, /value\[1\]/);
  });
  it('refuses a value on exist/notExist', () => {
    bad({ filter: [{ op: 'exist', field: 'x', value: 1 }] }, /takes no value/);
    bad({ filter: [{ op: 'notExist', field: 'x', value: null }] }, /takes no value/);
  });
  it('refuses null, missing and wrongly typed values, missing fields and stray keys', () => {
    bad({ filter: [{ op: 'eq', field: 'x', value: null }] }, /got null/);
    bad({ filter: [{ op: 'eq', field: 'x' }] }, /needs a value/);
    bad({ filter: [{ op: 'contains', field: 'x', value: 3 }] }, /string value/);
    bad({ filter: [{ op: 'eq', value: 3 }] }, /needs a field name/);
    bad({ filter: [{ op: 'eq', field: 'x', value: 1, Field: 'y' }] }, /unknown key "Field"/);
    bad({ filter: [{ op: 'and', field: 'x', items: [where.all()] }] }, /takes only "items"/);
    bad({ filter: where.all(), includeFields: [] }, /includeFields/);
  });
});

describe('query builder: type level', () => {
  it('rejects wrong operators and shapes at compile time', () => {
    const typeChecks = (): Filter[] => [
      // @ts-expect-error 'ne' is not an Autotask operator
      { op: 'ne', field: 'status', value: 5 },
      // @ts-expect-error 'startsWith' is not an Autotask operator (it is beginsWith)
      { op: 'startsWith', field: 'title', value: 'a' },
      // @ts-expect-error exist takes no value
      { op: 'exist', field: 'x', value: 1 },
      // @ts-expect-error in needs an array
      { op: 'in', field: 'x', value: 1 },
      // @ts-expect-error contains needs a string
      { op: 'contains', field: 'x', value: 1 },
      // @ts-expect-error groups have items, not a field
      { op: 'or', field: 'x', items: [] },
      // @ts-expect-error null is not a filter value
      { op: 'eq', field: 'x', value: null },
    ];
    expect(typeChecks).toBeInstanceOf(Function);
    // @ts-expect-error maxRecords is a number
    const q: QueryInput = { filter: where.all(), maxRecords: '10' };
    expect(q).toBeDefined();
  });
});
