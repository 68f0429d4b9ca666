/**
 * Runs the built commands bundle (dist/commands.html's scripts) in a VM with a minimal
 * Office global and records the names it registers through Office.actions.associate.
 * This is what Outlook does with the FunctionFile, so a FunctionName in the manifest that
 * the bundle does not register is caught before users click it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';

export async function registeredFunctions(distDir: string, waitMs = 500): Promise<string[]> {
  const html = readFileSync(join(distDir, 'commands.html'), 'utf8');
  const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)]
    .map((m) => m[1] ?? '')
    .filter((src) => src.startsWith('/') || !/^https?:/.test(src));
  if (!scripts.length) throw new Error('commands.html loads no local script');
  const names: string[] = [];
  const office = {
    onReady: (cb?: (info: unknown) => void) => {
      const info = { host: 'Outlook', platform: 'OfficeOnline' };
      cb?.(info);
      return Promise.resolve(info);
    },
    actions: { associate: (name: string) => { names.push(name); } },
    context: { requirements: { isSetSupported: () => true }, mailbox: {} },
    HostType: { Outlook: 'Outlook' },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
  };
  const sandbox: Record<string, unknown> = {
    Office: office,
    console: { log() {}, warn() {}, error() {}, info() {}, debug() {} },
    setTimeout, clearTimeout, Promise, URL, URLSearchParams,
    fetch: () => Promise.reject(new Error('no network in the check')),
    location: { origin: 'https://localhost:3000', href: 'https://localhost:3000/commands.html', search: '' },
    document: { readyState: 'complete', addEventListener() {}, querySelector: () => null, getElementById: () => null, createElement: () => ({ setAttribute() {}, appendChild() {} }), head: { appendChild() {} } },
    navigator: { onLine: true, userAgent: 'node' },
    performance: { now: () => 0, mark() {} },
  };
  sandbox.window = sandbox;
  sandbox.self = sandbox;
  sandbox.globalThis = sandbox;
  const context = vm.createContext(sandbox);
  for (const src of scripts) {
    const code = readFileSync(join(distDir, src.replace(/^\//, '')), 'utf8');
    vm.runInContext(code, context, { filename: src });
  }
  await new Promise((r) => setTimeout(r, waitMs));
  return [...new Set(names)];
}
