/**
 * Starts the real development stack (gateway + workbench over HTTPS, port 0) once for all
 * end-to-end tests. The builds must exist: `npm test` builds first.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { startDevStack, type DevStack } from '../../scripts/lib/dev-stack';

declare global {
  var __E2E_STACK__: DevStack | undefined;
}

export default async function globalSetup(): Promise<void> {
  const root = resolve(__dirname, '../..');
  for (const f of ['dist/taskpane.html', 'dist/commands.html', 'build/workbench/index.html']) {
    if (!existsSync(resolve(root, f))) throw new Error(`${f} is missing: run npm run build (npm test does it) before the end-to-end tests.`);
  }
  const stack = await startDevStack({ port: 0 });
  globalThis.__E2E_STACK__ = stack;
  process.env.E2E_ORIGIN = stack.origin;
}
