/** Display formatting for the workbench chrome (dates in the mailbox's time zone, sizes, names). */
import type { MailAddress } from '../model/message';

const TZ = 'America/New_York';

export function formatListDate(iso: string, now = new Date('2026-11-30T15:00:00Z')): string {
  const d = new Date(iso);
  const day = (x: Date) => x.toLocaleDateString('en-US', { timeZone: TZ });
  if (day(d) === day(now)) return d.toLocaleTimeString('en-US', { timeZone: TZ, hour: 'numeric', minute: '2-digit' });
  if (now.getTime() - d.getTime() < 6 * 86400_000) return d.toLocaleDateString('en-US', { timeZone: TZ, weekday: 'short', hour: 'numeric', minute: '2-digit' });
  return d.toLocaleDateString('en-US', { timeZone: TZ, month: 'numeric', day: 'numeric', year: 'numeric' });
}

export function formatFullDate(iso: string): string {
  return new Date(iso).toLocaleString('en-US', {
    timeZone: TZ, weekday: 'short', month: 'numeric', day: 'numeric', year: 'numeric', hour: 'numeric', minute: '2-digit',
  });
}

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export const displayName = (a: MailAddress | null | undefined) => (a ? a.name || a.address || '(unknown)' : '(Unknown sender)');

export const CATEGORY_COLORS: Record<string, string> = {
  Preset0: '#e74856', Preset1: '#f7630c', Preset2: '#8e562e', Preset3: '#ffb900', Preset4: '#16c60c', Preset5: '#00b7c3',
  Preset6: '#6b7d2a', Preset7: '#0078d4', Preset8: '#8764b8', Preset9: '#c239b3', None: '#8a8886',
};
