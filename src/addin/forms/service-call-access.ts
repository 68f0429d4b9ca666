/**
 * Can this user create service calls at all? Checked when the form opens, before anything is
 * typed. Autotask allows them only when the user's security level has ticket View = All ("Mine"
 * counts as None for service-call entities) and may add/edit service calls, and the Dispatch
 * Calendar is activated; otherwise it refuses reads and writes of the service-call entities with
 * "does not have the adequate permissions" (reference §2, outlook-extension §8.6). The probe: the
 * entity's own `entityInformation` (canCreate, userAccessForCreate) plus one smallest query of
 * ServiceCalls and of ServiceCallTickets; a permission refusal of any is the answer. Pure over a port.
 */
import { AutotaskPermissionError } from '../../autotask';
import { errorText } from './attachments-upload';

export interface ServiceCallAccessPort {
  /** `ServiceCalls/entityInformation` (cached by the client). */
  info(): Promise<{ canCreate?: boolean | null | undefined; userAccessForCreate?: number | string | null | undefined }>;
  /** One query of ServiceCalls, one of ServiceCallTickets: the smallest pages. */
  probeCalls(): Promise<void>;
  probeCallTickets(): Promise<void>;
}

export type ServiceCallAccess =
  | { kind: 'allowed' }
  /** Autotask refuses: `detail` is its own text. */
  | { kind: 'refused'; detail: string }
  /** The check itself failed (connection…): the form is offered, a save will tell. */
  | { kind: 'unknown'; detail: string };

export async function checkServiceCallAccess(port: ServiceCallAccessPort): Promise<ServiceCallAccess> {
  const outcomes = await Promise.allSettled([port.info(), port.probeCalls(), port.probeCallTickets()]);
  for (const o of outcomes) {
    if (o.status === 'rejected' && o.reason instanceof AutotaskPermissionError) return { kind: 'refused', detail: errorText(o.reason) };
  }
  const info = outcomes[0].status === 'fulfilled' ? outcomes[0].value : null;
  const access = info?.userAccessForCreate;
  if (info?.canCreate === false || (access !== null && access !== undefined && Number(access) === 0)) return { kind: 'refused', detail: '' };
  const failed = outcomes.find((o) => o.status === 'rejected');
  return failed ? { kind: 'unknown', detail: errorText(failed.reason) } : { kind: 'allowed' };
}
