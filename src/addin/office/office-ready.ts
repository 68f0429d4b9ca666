/** `officeReady()`: waits for office.js to load and Office.onReady to fire, or fails with a timeout. */
import { OfficeApiError } from './office-api-error';
import { findOffice } from './office-global';

export interface OfficeHostInfo {
  /** "Outlook", or null when the page runs outside an Office client. */
  host: string | null;
  /** "PC", "OfficeOnline", "Mac", "iOS", "Android", "Universal", or null outside Office. */
  platform: string | null;
}

export interface OfficeReadyOptions {
  /** Fail after this long. Default 10 s: Office restarts an add-in that hangs for more than 5 s of CPU, not of waiting. */
  timeoutMs?: number;
  /** How often to look for the Office global while office.js is still loading. */
  pollMs?: number;
}

export function officeReady(options: OfficeReadyOptions = {}): Promise<OfficeHostInfo> {
  const { timeoutMs = 10_000, pollMs = 50 } = options;
  const operation = 'Office.onReady';

  return new Promise<OfficeHostInfo>((resolve, reject) => {
    let settled = false;
    let pollTimer: ReturnType<typeof setTimeout> | undefined;

    const finish = (run: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(deadline);
      clearTimeout(pollTimer);
      run();
    };

    const deadline = setTimeout(() => {
      const loaded = findOffice() !== undefined;
      finish(() =>
        reject(
          loaded
            ? new OfficeApiError('OFFICE_READY_TIMEOUT', `${operation} did not fire within ${timeoutMs} ms`, { operation })
            : new OfficeApiError('OFFICE_NOT_LOADED', `Office.js did not load within ${timeoutMs} ms`, { operation }),
        ),
      );
    }, timeoutMs);

    const attach = (): void => {
      const office = findOffice();
      if (!office || typeof office.onReady !== 'function') {
        pollTimer = setTimeout(attach, pollMs);
        return;
      }
      try {
        Promise.resolve(office.onReady()).then(
          (info) =>
            finish(() =>
              resolve({ host: info?.host != null ? String(info.host) : null, platform: info?.platform != null ? String(info.platform) : null }),
            ),
          (error: unknown) =>
            finish(() => reject(new OfficeApiError('OFFICE_CALL_THREW', `${operation} rejected`, { operation, cause: error }))),
        );
      } catch (error) {
        finish(() => reject(new OfficeApiError('OFFICE_CALL_THREW', `${operation} threw`, { operation, cause: error })));
      }
    };

    attach();
  });
}
