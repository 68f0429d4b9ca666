/** Requirement-set checks: Office.context.requirements.isSetSupported and the API gates built on it. */

function parts(v: string): number[] {
  return v.split('.').map((p) => Number.parseInt(p, 10) || 0);
}

/** -1, 0, 1 as a < b, a = b, a > b, comparing each dotted part as a number (1.10 > 1.9). */
export function compareVersions(a: string, b: string): number {
  const x = parts(a);
  const y = parts(b);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d) return d < 0 ? -1 : 1;
  }
  return 0;
}

export function isSetSupported(sets: Record<string, string>, name: unknown, minVersion?: unknown): boolean {
  if (typeof name !== 'string' || !name) return false;
  const supported = sets[name.toLowerCase()];
  if (supported === undefined) return false;
  if (minVersion === undefined || minVersion === null || minVersion === '') return true;
  // Office documents passing the version as a string; a number like 1.1 is read as "1.1".
  return compareVersions(supported, String(minVersion)) >= 0;
}
