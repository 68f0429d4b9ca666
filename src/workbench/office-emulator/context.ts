/** What every part of the emulator gets: the host session, the environment, and Office's async rules. */
import type { EnvironmentData, FrameSession, PermissionLevel } from '../host/host-api';
import { AsyncRunner, type Scheduler } from './async';
import { permissionError } from './errors';
import { isSetSupported } from './requirements';

/** The parts of `window` the emulator uses (a real window in the browser, a stub in tests). */
export interface FrameWindow extends Scheduler {
  location: { origin: string; href: string };
  document?: { readyState: string; addEventListener(type: string, fn: () => void, opts?: unknown): void };
  addEventListener?(type: string, fn: () => void): void;
  console: Pick<Console, 'warn' | 'error' | 'info'>;
}

const LEVELS: PermissionLevel[] = ['Restricted', 'ReadItem', 'ReadWriteItem', 'ReadWriteMailbox'];

export class EmulatorContext {
  readonly env: EnvironmentData;
  readonly runner: AsyncRunner;

  constructor(readonly session: FrameSession, readonly win: FrameWindow) {
    // Structure (which members exist) is fixed when the page loads, as in Office.
    this.env = session.environment();
    this.runner = new AsyncRunner(win, (e) => {
      win.console.error('[office-emulator] exception in an Office callback:', e);
      session.report('error', `An Office callback threw: ${(e as Error)?.message ?? String(e)}`);
    });
  }

  supports(set: string, version: string): boolean {
    return isSetSupported(this.env.supportedSets, set, version);
  }

  requirePermission(level: PermissionLevel, method: string): void {
    if (LEVELS.indexOf(this.env.permissions) < LEVELS.indexOf(level)) {
      this.session.report('error', `${method} needs ${level} permission; the manifest requests ${this.env.permissions}.`);
      throw permissionError(method);
    }
  }

  currentItemId(): string | null {
    return this.session.currentItem()?.itemId ?? null;
  }

  warn(message: string): void {
    this.win.console.warn(`[office-emulator] ${message}`);
    this.session.report('warning', message);
  }
}

/** Copies a member onto `target` only when the requirement set is supported (missing otherwise, as in Office). */
export function since<T extends object>(ctx: EmulatorContext, target: T, set: string, version: string, members: Partial<T>): T {
  if (ctx.supports(set, version)) Object.assign(target, members);
  return target;
}
