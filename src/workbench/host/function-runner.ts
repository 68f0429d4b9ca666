/**
 * ExecuteFunction as Outlook runs it: load the manifest's FunctionFile once in a hidden frame, wait
 * for Office.onReady and for Office.actions.associate to register the name, call the handler with an
 * event whose completed() is recorded, and report a handler that never completes (Outlook stops a
 * function command after 5 minutes).
 */
import type { WorkbenchHost } from './workbench-host';
import type { FunctionRun } from './workbench-state';

/** How long the function file may take to load Office. */
export const FUNCTION_FILE_LOAD_MS = 20_000;
/** How long after Office.onReady an associate() call may still arrive. */
export const ASSOCIATE_GRACE_MS = 2_000;

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

function describe(ms: number): string {
  return ms % 60_000 === 0 ? `${ms / 60_000} minute${ms === 60_000 ? '' : 's'}` : `${Math.round(ms / 1000)} s`;
}

export async function runFunctionCommand(host: WorkbenchHost, name: string, controlId: string): Promise<FunctionRun> {
  const run: FunctionRun = { name, controlId, status: 'loading', completed: false, startedAt: Date.now() };
  host.functionRuns.push(run);
  const publish = () => host.updateFunctionRun(run);
  const fail = (error: string) => {
    run.status = 'failed';
    run.error = error;
    publish();
    host.status('error', error);
    return run;
  };
  publish();

  const manifest = host.store.get().manifest;
  if (!manifest?.functionFileUrl) return fail(`Can't run ${name}: the manifest has no <FunctionFile>.`);
  if (!host.store.get().functionFileUrl) host.store.set({ functionFileUrl: host.frameUrl(manifest.functionFileUrl) });
  host.status('progress', `Running ${name}…`);

  const session = () => [...host.sessions.values()].find((r) => r.role === 'function-file' && r.ready);
  const deadline = Date.now() + host.functionFileLoadMs;
  while (!session() && Date.now() < deadline) await sleep(50);
  const record = session();
  if (!record) {
    return fail(`Can't run ${name}: ${new URL(host.store.get().functionFileUrl!).pathname} did not finish loading Office within ${describe(host.functionFileLoadMs)}. Is it served with the emulator (_host=workbench)?`);
  }
  const graceEnd = Date.now() + host.associateGraceMs;
  while (!record.actions.has(name) && Date.now() < graceEnd) await sleep(50);
  const invoke = record.actions.get(name);
  if (!invoke) {
    const known = [...record.actions.keys()];
    return fail(`Unknown function "${name}": the function file did not register it with Office.actions.associate${known.length ? ` (registered: ${known.join(', ')})` : ''}.`);
  }

  run.status = 'running';
  publish();
  const timeoutMs = host.functionTimeoutMs;
  const timer = setTimeout(() => {
    if (run.completed) return;
    run.status = 'timed-out';
    run.error = `${name} did not call event.completed() within ${describe(timeoutMs)}; Outlook would have stopped it.`;
    publish();
    host.status('error', run.error);
  }, timeoutMs);
  invoke(controlId, (options?: unknown) => {
    clearTimeout(timer);
    if (run.status === 'timed-out') return;
    run.completed = true;
    run.status = 'completed';
    run.completedAt = Date.now();
    run.completedOptions = options;
    publish();
    host.status('success', `Ran ${name} — completed`);
  });
  return run;
}
