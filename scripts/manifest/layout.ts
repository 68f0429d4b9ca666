/**
 * Where each command sits on each Outlook surface. The catalogue says what a command
 * is; this file says where it shows. Used by the manifest generator and its checks.
 */
import { COMMANDS, type CommandDef, type IconName } from '../../src/addin/commands/catalog';

export interface GroupSpec {
  /** Group id suffix and label resource key. */
  key: string;
  label: string;
  icon: IconName;
  /** Commands shown as buttons in this group. */
  buttons: CommandDef[];
  /** Optional "More" menu at the end of the group. */
  more?: CommandDef[];
}

export interface MenuSpec {
  key: string;
  label: string;
  icon: IconName;
  items: CommandDef[];
}

export interface SurfaceSpec {
  /** ExtensionPoint xsi:type. */
  type: 'MessageReadCommandSurface' | 'AppointmentAttendeeCommandSurface' | 'AppointmentOrganizerCommandSurface';
  /** Short prefix for control ids on this surface. */
  prefix: string;
  /** Groups of the custom "Autotask" tab (classic Outlook on Windows). */
  tabGroups: GroupSpec[];
  /** Menus of the single "Autotask" group on the default tab (web, new Outlook, Mac). */
  defaultMenus: MenuSpec[];
  /** Pinnable panes and no-item context are for message read only. */
  pinnable: boolean;
}

const byMenu = (menu: CommandDef['menu']) => COMMANDS.filter((c) => c.menu === menu);
const pick = (...ids: string[]) => ids.map((id) => {
  const c = COMMANDS.find((x) => x.id === id);
  if (!c) throw new Error(`Unknown command ${id}`);
  return c;
});

const autotask = byMenu('autotask');
const more = byMenu('more');
const create = byMenu('create');
const add = byMenu('add');
const calendarOnly = pick('getCalendar', 'sendCalendar');

const messageRead: SurfaceSpec = {
  type: 'MessageReadCommandSurface',
  prefix: 'msg',
  pinnable: true,
  tabGroups: [
    { key: 'Autotask', label: 'Autotask', icon: 'autotask', buttons: autotask },
    { key: 'More', label: 'More', icon: 'more', buttons: more },
    { key: 'Create', label: 'Create from email', icon: 'create-from-email', buttons: create.slice(0, 3), more: create.slice(3) },
    { key: 'Add', label: 'Add to Autotask', icon: 'add-to-autotask', buttons: add.slice(0, 3), more: add.slice(3) },
  ],
  defaultMenus: [
    { key: 'Autotask', label: 'Autotask', icon: 'autotask', items: autotask },
    { key: 'More', label: 'More', icon: 'more', items: more },
    { key: 'Create', label: 'Create from email', icon: 'create-from-email', items: create },
    { key: 'Add', label: 'Add to Autotask', icon: 'add-to-autotask', items: add },
  ],
};

const appointmentGroups: Pick<SurfaceSpec, 'tabGroups' | 'defaultMenus'> = {
  tabGroups: [
    { key: 'Autotask', label: 'Autotask', icon: 'autotask', buttons: autotask },
    { key: 'More', label: 'More', icon: 'more', buttons: calendarOnly },
    { key: 'Add', label: 'Add to Autotask', icon: 'add-to-autotask', buttons: add.slice(0, 3), more: add.slice(3) },
  ],
  defaultMenus: [
    { key: 'Autotask', label: 'Autotask', icon: 'autotask', items: autotask },
    { key: 'More', label: 'More', icon: 'more', items: calendarOnly },
    { key: 'Add', label: 'Add to Autotask', icon: 'add-to-autotask', items: add },
  ],
};

export const SURFACES: SurfaceSpec[] = [
  messageRead,
  { type: 'AppointmentAttendeeCommandSurface', prefix: 'apa', pinnable: false, ...appointmentGroups },
  { type: 'AppointmentOrganizerCommandSurface', prefix: 'apo', pinnable: false, ...appointmentGroups },
];

/** The essentials on Outlook mobile (message read only). */
export const MOBILE_COMMANDS: CommandDef[] = pick('createTicket', 'createTicketNote', 'addTicketTime');

/** Icon sizes for desktop controls; 16, 32 and 80 are required, the rest optional but shipped. */
export const DESKTOP_ICON_SIZES = [16, 20, 24, 32, 40, 48, 64, 80] as const;
/** Mobile icon list: size × scale → pixel size of the image file. */
export const MOBILE_ICON_SIZES = [25, 32, 48] as const;
export const MOBILE_SCALES = [1, 2, 3] as const;
