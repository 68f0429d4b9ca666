/** Office.context.roamingSettings: per add-in per mailbox, JSON, 32 KB in total. */
import type { AsyncResultData } from './async';
import type { EmulatorContext } from './context';
import { argumentError, officeError } from './errors';

export const ROAMING_SETTINGS_LIMIT = 32 * 1024;

export function createRoamingSettings(ctx: EmulatorContext) {
  let settings: Record<string, unknown>;
  try {
    settings = JSON.parse(ctx.session.roamingSettings() || '{}') as Record<string, unknown>;
  } catch {
    settings = {};
  }
  return {
    get(name: string): unknown {
      return settings[name];
    },
    set(name: string, value: unknown): void {
      if (typeof name !== 'string' || !name) throw argumentError('name');
      settings[name] = value;
    },
    remove(name: string): void {
      delete settings[name];
    },
    saveAsync(callback?: unknown): void {
      const args = { callback: typeof callback === 'function' ? (callback as (r: AsyncResultData<void>) => void) : undefined, asyncContext: undefined };
      const json = JSON.stringify(settings);
      if (json.length > ROAMING_SETTINGS_LIMIT) {
        return ctx.runner.fail(args, officeError('GenericSettingsError', `Invalid parameter size. Roaming settings can't exceed the 32 KB size limit (${json.length} characters).`));
      }
      ctx.session.saveRoamingSettings(json);
      ctx.runner.succeed(args, undefined);
    },
  };
}
