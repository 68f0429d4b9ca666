/** Appointments: CUD and delete on the root `/Appointments` (impersonation not supported). */
import type { z } from 'zod';
import type { Core } from '../core';
import { readOps, rootDeleteOp, rootWriteOps } from '../resource';
import { dateTime, entitySchema, int, str, type CreateOf } from './fields';

export const AppointmentSchema = entitySchema({
  resourceID: int,
  title: str,
  description: str,
  startDateTime: dateTime,
  endDateTime: dateTime,
  createDateTime: dateTime,
  creatorResourceID: int,
  updateDateTime: dateTime,
});
export type Appointment = z.infer<typeof AppointmentSchema>;
/** `resourceID`, `title` (≤ 256, may be empty), `startDateTime`, `endDateTime`; `description` ≤ 8 000. */
export type AppointmentCreate = CreateOf<Appointment, 'resourceID' | 'title' | 'startDateTime' | 'endDateTime'>;

export const APPOINTMENTS = { name: 'Appointments', schema: AppointmentSchema };

export function appointmentsResource(core: Core) {
  return {
    ...readOps(core, APPOINTMENTS),
    ...rootWriteOps<typeof AppointmentSchema, AppointmentCreate>(core, APPOINTMENTS),
    ...rootDeleteOp(core, APPOINTMENTS),
  };
}
