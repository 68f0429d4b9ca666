/**
 * The service-call form's pure side: times (user's zone in, UTC out), the ServiceCalls body and the
 * plan, every check before sending, tickets closed meanwhile, the access probe's verdicts and the
 * "what exists" lines of a partial save.
 */
import { AutotaskConnectionError, AutotaskPermissionError, EntityFields } from '../../../src/autotask';
import {
  closedMeanwhile, defaultSlot, localInputToUtc, serviceCallBody, serviceCallPlan, toLocalInput, validateServiceCall, type ServiceCallFormState,
} from '../../../src/addin/forms/service-call';
import { checkServiceCallAccess, type ServiceCallAccessPort } from '../../../src/addin/forms/service-call-access';
import { existingLines, progressLines } from '../../../src/addin/forms/ServiceCallProgressPanel';
import { NOTHING_YET } from '../../../src/addin/forms/service-call-save';

const FIELDS = new EntityFields('ServiceCalls', [
  { name: 'companyID', isRequired: true, isReference: true },
  { name: 'startDateTime', isRequired: true },
  { name: 'endDateTime', isRequired: true },
  { name: 'description', dataType: 'string', length: 2000 },
  {
    name: 'status', isPickList: true, picklistValues: [
      { value: '1', label: 'New', isDefaultValue: true, isActive: true, parentValue: undefined },
      { value: '4', label: 'Retired', isDefaultValue: false, isActive: false, parentValue: undefined },
    ],
  },
]);

const local = (y: number, mo: number, d: number, h: number, mi = 0) => new Date(y, mo - 1, d, h, mi).toISOString();

const state = (o: Partial<ServiceCallFormState> = {}): ServiceCallFormState => ({
  companyID: 175, companyName: 'Fabrikam', companyInactive: false, start: '2026-11-30T09:00', end: '2026-11-30T10:30', description: ' Swap the switch ', status: 1,
  tickets: [{ id: 11, name: 'T20261120.0001 VPN', companyId: 175 }], resources: [{ id: 29682886, name: 'Sam Rivera', roleId: 7 }], ...o,
});

describe('times', () => {
  it('reads a datetime-local value in the user\'s zone and sends UTC; refuses impossible dates', () => {
    expect(localInputToUtc('2026-11-30T09:00')).toBe(local(2026, 11, 30, 9));
    expect(localInputToUtc('2026-02-30T09:00')).toBeNull();
    expect(localInputToUtc('30/11/2026 09:00')).toBeNull();
    expect(localInputToUtc('')).toBeNull();
  });

  it('offers the next whole hour, one hour long, in the user\'s zone', () => {
    const slot = defaultSlot(new Date(2026, 10, 29, 14, 37));
    expect(slot).toEqual({ start: '2026-11-29T15:00', end: '2026-11-29T16:00' });
    expect(toLocalInput(new Date(2026, 0, 5, 8, 5))).toBe('2026-01-05T08:05');
  });
});

describe('body and plan', () => {
  it('maps the form to ServiceCalls: company, UTC times, trimmed description, status as an integer', () => {
    expect(serviceCallBody(state())).toEqual({
      companyID: 175, startDateTime: local(2026, 11, 30, 9), endDateTime: local(2026, 11, 30, 10, 30), description: 'Swap the switch', status: 1,
    });
    expect(serviceCallBody(state({ status: null }))).not.toHaveProperty('status');
  });

  it('plans each ticket and resource once, with the chosen roles', () => {
    const s = state({
      tickets: [{ id: 11, name: 'a', companyId: 175 }, { id: 12, name: 'b', companyId: 175 }, { id: 11, name: 'a', companyId: 175 }],
      resources: [{ id: 1, name: 'Sam', roleId: 7 }, { id: 2, name: 'Dan', roleId: null }, { id: 1, name: 'Sam', roleId: 9 }],
    });
    expect(serviceCallPlan(s)).toMatchObject({ tickets: [11, 12], resources: [{ resourceId: 1, roleId: 7 }, { resourceId: 2, roleId: null }] });
  });
});

describe('validateServiceCall', () => {
  it('accepts a complete form', () => {
    expect(validateServiceCall(state(), FIELDS)).toEqual([]);
  });

  it('no company, end before start', () => {
    expect(validateServiceCall(state({ companyID: null, companyName: '', tickets: [], resources: [], end: '2026-11-30T08:00' }), FIELDS)).toEqual([
      { field: 'companyID', message: 'Company is required.' },
      { field: 'endDateTime', message: 'End must be after start.' },
    ]);
    expect(validateServiceCall(state({ end: '2026-11-30T09:00' }), FIELDS)).toEqual([{ field: 'endDateTime', message: 'End must be after start.' }]);
  });

  it('an inactive company, invalid times, a too long description, a retired status', () => {
    const problems = validateServiceCall(state({ companyInactive: true, start: 'soon', end: '', description: 'x'.repeat(2001), status: 4 }), FIELDS);
    expect(problems.map((p) => p.message)).toEqual([
      'Description is 2,001 characters; Autotask allows 2,000.',
      'Status: the value 4 is not one Autotask offers.',
      'Fabrikam is inactive in Autotask; choose an active company.',
      'Start is not a valid date and time.',
      'End is not a valid date and time.',
    ]);
  });

  it('a ticket of another company; resources without any ticket', () => {
    expect(validateServiceCall(state({ tickets: [{ id: 9, name: 'T1 Other', companyId: 300 }] }), FIELDS)).toEqual([
      { field: 'tickets', message: 'Ticket T1 Other does not belong to Fabrikam.' },
    ]);
    expect(validateServiceCall(state({ tickets: [] }), FIELDS)).toEqual([
      { field: 'resources', message: 'Autotask assigns resources through tickets: attach a ticket, or remove the resources.' },
    ]);
  });

  it('tickets closed or deleted meanwhile, from a fresh status read', () => {
    const s = state({ tickets: [{ id: 11, name: 'T1', companyId: 175 }, { id: 12, name: 'T2', companyId: 175 }, { id: 13, name: 'T3', companyId: 175 }] });
    expect(closedMeanwhile(s, new Map([[11, 1], [12, 5]]), [5])).toEqual([
      { field: 'tickets', message: 'Ticket T2 was closed meanwhile; remove it or reopen it in Autotask.' },
      { field: 'tickets', message: 'Ticket T3 no longer exists in Autotask; remove it.' },
    ]);
    expect(closedMeanwhile(s, new Map([[11, 1], [12, 1], [13, 8]]), [5])).toEqual([]);
  });
});

describe('checkServiceCallAccess', () => {
  const port = (o: Partial<ServiceCallAccessPort> = {}): ServiceCallAccessPort => ({
    info: async () => ({ canCreate: true, userAccessForCreate: 1 }),
    probeCalls: async () => undefined,
    probeCallTickets: async () => undefined,
    ...o,
  });
  const noPermission = new AutotaskPermissionError('refused', {
    status: 500, errors: ['The logged in Resource does not have the adequate permissions to update this entity type.'],
  });

  it('allowed when every probe passes', async () => {
    expect(await checkServiceCallAccess(port())).toEqual({ kind: 'allowed' });
  });

  it('refused with Autotask\'s own text when a probe query is refused', async () => {
    expect(await checkServiceCallAccess(port({ probeCallTickets: async () => { throw noPermission; } }))).toEqual({
      kind: 'refused', detail: 'The logged in Resource does not have the adequate permissions to update this entity type.',
    });
  });

  it('refused when entityInformation says the user may not create', async () => {
    expect(await checkServiceCallAccess(port({ info: async () => ({ canCreate: true, userAccessForCreate: '0' }) }))).toEqual({ kind: 'refused', detail: '' });
    expect(await checkServiceCallAccess(port({ info: async () => ({ canCreate: false }) }))).toEqual({ kind: 'refused', detail: '' });
  });

  it('unknown (the form is still offered) when the check itself fails', async () => {
    const down = new AutotaskConnectionError('offline', { mayHaveReachedServer: false, reason: 'network' });
    expect(await checkServiceCallAccess(port({ probeCalls: async () => { throw down; } }))).toEqual({ kind: 'unknown', detail: 'offline' });
  });
});

describe('what exists, in words', () => {
  const plan = { call: serviceCallBody(state()), tickets: [11, 12], resources: [{ resourceId: 1, roleId: 7 }, { resourceId: 2, roleId: null }] };
  const names = { ticket: (id: number) => `T${id}`, resource: (id: number) => (id === 1 ? 'Sam Rivera' : 'Dan Okafor') };
  const progress = { callId: 701, callUncertainSince: null, tickets: { 11: 801 }, resources: { '11:1': 901 } };

  it('lists the call, each ticket and each assignment as there or not yet', () => {
    expect(progressLines(plan, progress, names)).toEqual([
      'Service call #701',
      'Ticket T11: attached',
      'Sam Rivera on T11: assigned',
      'Dan Okafor on T11: not assigned yet',
      'Ticket T12: not attached yet',
      'Sam Rivera on T12: not assigned yet',
      'Dan Okafor on T12: not assigned yet',
    ]);
    expect(progressLines(plan, { ...NOTHING_YET, callUncertainSince: '2026-11-29T10:00:00Z' }, names)[0]).toBe('The service call may exist: Finish looks for it before creating one.');
  });

  it('to remove by hand: only what exists', () => {
    expect(existingLines(plan, progress, names)).toEqual(['Service call #701 (with everything attached to it)', 'Ticket T11: attached', 'Sam Rivera on T11: assigned']);
  });
});
