/** Reads the shared Autotask corpus (never copied into the repo). */
import { readFileSync } from 'node:fs';
import path from 'node:path';

const repoRoot = path.resolve(__dirname, '..', '..', '..');
export const CORPUS_DIR = path.resolve(repoRoot, '..', 'shared', 'corpus', 'autotask');

export function corpus<T = unknown>(file: string): T {
  return JSON.parse(readFileSync(path.join(CORPUS_DIR, file), 'utf8')) as T;
}
