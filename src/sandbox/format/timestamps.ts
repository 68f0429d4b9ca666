/**
 * Autotask's wire formats for time and decimals (reference §12): UTC, ISO 8601 with `Z`,
 * 0–3 fractional digits with trailing zeros trimmed; offset-less input is UTC.
 */

const INPUT =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

/** Parse a client timestamp; offset-less values are UTC. Returns null when unparseable. */
export function parseTimestamp(input: string): Date | null {
  const m = INPUT.exec(input.trim());
  if (!m) return null;
  const [, y, mo, d, h = '0', mi = '0', s = '0', frac = '', zone] = m;
  const ms = Number(frac.padEnd(3, '0').slice(0, 3));
  let t = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), ms);
  const check = new Date(t);
  if (check.getUTCMonth() !== Number(mo) - 1 || check.getUTCDate() !== Number(d) || Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) {
    return null;
  }
  if (zone && zone.toUpperCase() !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    t -= sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60_000;
  }
  return new Date(t);
}

/** `2022-12-07T09:15:45.200Z` → `2022-12-07T09:15:45.2Z`; `.000Z` → `Z`. */
export function formatTimestamp(value: Date | string): string {
  const iso = (typeof value === 'string' ? new Date(value) : value).toISOString();
  return iso.replace(/\.(\d{3})Z$/, (_m, frac: string) => {
    const trimmed = frac.replace(/0+$/, '');
    return trimmed ? `.${trimmed}Z` : 'Z';
  });
}

/** Canonical stored form: full ISO string with milliseconds. */
export function storeTimestamp(d: Date): string {
  return d.toISOString();
}

/** Midnight UTC of the given instant (date-only fields such as `dateWorked`). */
export function utcMidnight(d: Date): Date {
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
}

/**
 * Autotask prints decimals with 4 places (`3.5000`). JSON numbers cannot carry trailing zeros,
 * so the sandbox emits the number rounded to 4 places (`3.5`); see docs/sandbox.md.
 */
export function roundDecimal(n: number, places = 4): number {
  const f = 10 ** places;
  return Math.round(n * f) / f;
}

/** `yyyymmdd` of a UTC instant, as in ticket numbers. */
export function compactDate(d: Date): string {
  return d.toISOString().slice(0, 10).replace(/-/g, '');
}
