/**
 * Per-mailbox add-in settings that roam to every device (32 KB in total, JSON values).
 * Not secure storage: never put credentials or tokens here.
 */
import { OfficeApiError } from './office-api-error';
import { callAsync, callSync, getOffice } from './office-global';

function settings(operation: string): Office.RoamingSettings {
  const roaming = getOffice(operation).context?.roamingSettings;
  if (!roaming) throw new OfficeApiError('OFFICE_UNSUPPORTED', `${operation}: roaming settings are not available`, { operation });
  return roaming;
}

export async function getRoamingSetting<T = unknown>(name: string): Promise<T | undefined> {
  const operation = 'roamingSettings.get';
  const value = await callSync(operation, () => settings(operation).get(name) as T | null | undefined);
  return value ?? undefined;
}

/** Sets a value in memory; call saveRoamingSettings() to persist. */
export async function setRoamingSetting(name: string, value: unknown): Promise<void> {
  const operation = 'roamingSettings.set';
  await callSync(operation, () => settings(operation).set(name, value));
}

export async function removeRoamingSetting(name: string): Promise<void> {
  const operation = 'roamingSettings.remove';
  await callSync(operation, () => settings(operation).remove(name));
}

export async function saveRoamingSettings(): Promise<void> {
  const operation = 'roamingSettings.saveAsync';
  const roaming = await callSync(operation, () => settings(operation));
  await callAsync<void>(operation, (cb) => roaming.saveAsync(cb));
}
