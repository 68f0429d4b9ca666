/** item.loadCustomPropertiesAsync → CustomProperties, with Outlook's 2,500-character limit per add-in per item. */
import type { AsyncResultData } from './async';
import type { EmulatorContext } from './context';
import { argumentError, officeError } from './errors';

export const CUSTOM_PROPERTIES_LIMIT = 2500;

export function loadCustomProperties(
  ctx: EmulatorContext,
  itemId: string,
  callback: unknown,
  userContext?: unknown,
): void {
  if (typeof callback !== 'function') throw argumentError('callback');
  const cb = callback as (r: AsyncResultData<unknown>) => void;
  if (ctx.currentItemId() !== itemId) return ctx.runner.fail({ callback: cb, asyncContext: userContext }, officeError('APICallFailedDueToItemChange'));
  let bag: Record<string, unknown>;
  try {
    bag = JSON.parse(ctx.session.customProperties(itemId) || '{}') as Record<string, unknown>;
  } catch {
    bag = {};
  }
  const props = {
    get(name: string): unknown {
      return bag[name];
    },
    set(name: string, value: unknown): void {
      if (typeof name !== 'string' || !name) throw argumentError('name');
      bag[name] = value;
    },
    remove(name: string): void {
      delete bag[name];
    },
    saveAsync(saveCallback?: unknown, asyncContext?: unknown): void {
      const args = { callback: typeof saveCallback === 'function' ? (saveCallback as (r: AsyncResultData<void>) => void) : undefined, asyncContext };
      const json = JSON.stringify(bag);
      if (json.length > CUSTOM_PROPERTIES_LIMIT) {
        return ctx.runner.fail(args, officeError('GenericSettingsError',
          `Custom properties are limited to ${CUSTOM_PROPERTIES_LIMIT} characters per add-in per item; these are ${json.length}.`));
      }
      ctx.session.saveCustomProperties(itemId, json);
      ctx.runner.succeed(args, undefined);
    },
  };
  if (ctx.supports('Mailbox', '1.9')) {
    Object.assign(props, { getAll: () => ({ ...bag }) });
  }
  ctx.runner.succeed({ callback: cb, asyncContext: userContext }, props);
}
