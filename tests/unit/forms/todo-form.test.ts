/** To-Do form: the CompanyToDos body, checks before sending, and the action type remembered between to-dos. */
import { EntityFields } from '../../../src/autotask';
import { blankTodo, initialActionType, rememberActionType, todoBody, validateTodo, type TodoValues } from '../../../src/addin/forms/todo-form';
import { fromLocalInput } from '../../../src/addin/forms/schedule';

const ACTIONS = [
  { value: '1', label: 'Phone Call', isActive: true, isSystem: true, isDefaultValue: false, parentValue: undefined },
  { value: '4', label: 'Quick Note', isActive: true, isSystem: false, isDefaultValue: true, parentValue: undefined },
  { value: '8', label: 'Follow Up', isActive: true, isSystem: false, isDefaultValue: false, parentValue: undefined },
  { value: '9', label: 'Old', isActive: false, isSystem: false, isDefaultValue: false, parentValue: undefined },
];
const FIELDS = new EntityFields('CompanyToDos', [
  { name: 'companyID', isRequired: true, isReference: true },
  { name: 'contactID', isReference: true },
  { name: 'actionType', isRequired: true, isPickList: true, picklistValues: ACTIONS },
  { name: 'assignedToResourceID', isRequired: true, isReference: true },
  { name: 'activityDescription', dataType: 'string', length: 32000 },
  { name: 'startDateTime', isRequired: true },
  { name: 'endDateTime', isRequired: true },
]);
const ME = { id: 29682886, name: 'Sam Rivera' };
const values = (o: Partial<TodoValues> = {}): TodoValues => ({
  ...blankTodo(new Date(2026, 11, 1, 8, 5), ME, 8), companyID: 29683501, companyName: 'Contoso', contactID: 30683001, contactName: 'Maria Lopez', description: 'Call back about the PCs', ...o,
});

describe('to-do body', () => {
  it('maps company, contact, action type, the assignee (me by default) and UTC times', () => {
    expect(todoBody(values())).toEqual({
      companyID: 29683501, contactID: 30683001, actionType: 8, assignedToResourceID: ME.id,
      startDateTime: fromLocalInput('2026-12-01T08:30')!.toISOString(), endDateTime: fromLocalInput('2026-12-01T09:00')!.toISOString(),
      activityDescription: 'Call back about the PCs',
    });
  });

  it('no contact and no description are left out', () => {
    const body = todoBody(values({ contactID: null, description: ' ' }));
    expect(body).not.toHaveProperty('contactID');
    expect(body).not.toHaveProperty('activityDescription');
  });
});

describe('to-do checks before sending', () => {
  it('a complete to-do passes', () => {
    expect(validateTodo(values(), FIELDS)).toEqual([]);
  });

  it('company, action type and assignee are required; end before start', () => {
    expect(validateTodo(values({ companyID: null, actionType: null, assignedToResourceID: null, end: '2026-12-01T08:00' }), FIELDS)).toEqual([
      { field: 'endDateTime', message: 'End is before Start.' },
      { field: 'companyID', message: 'Company is required.' },
      { field: 'actionType', message: 'Action type is required.' },
      { field: 'assignedToResourceID', message: 'Assigned to is required.' },
    ]);
  });

  it('an inactive action type is refused before sending', () => {
    expect(validateTodo(values({ actionType: 9 }), FIELDS)).toEqual([{ field: 'actionType', message: 'Action type: the value 9 is not one Autotask offers.' }]);
  });
});

describe('the last action type', () => {
  const store = new Map<string, string>();
  beforeAll(() => {
    (globalThis as { localStorage?: unknown }).localStorage = {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, v),
    };
  });
  afterAll(() => {
    delete (globalThis as { localStorage?: unknown }).localStorage;
  });

  it('metadata\'s default first; then the last choice while it is active', () => {
    expect(initialActionType(FIELDS)).toBe(4);
    rememberActionType(8);
    expect(initialActionType(FIELDS)).toBe(8);
    rememberActionType(9);
    expect(initialActionType(FIELDS)).toBe(4);
  });
});
