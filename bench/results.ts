/** bench/results.json: one key per figure, merged across bench modules. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const FILE = resolve(__dirname, 'results.json');

export type Figures = Record<string, number | string>;

export function recordFigures(figures: Figures): void {
  const current = existsSync(FILE) ? (JSON.parse(readFileSync(FILE, 'utf8')) as Figures) : {};
  writeFileSync(FILE, `${JSON.stringify({ ...current, ...figures }, null, 2)}\n`);
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export const round = (n: number, digits = 1) => Number(n.toFixed(digits));
