/**
 * Entity picker figures (issue 6), Node-side: the picker's own search runner (debounce + abort,
 * src/addin/forms/search-runner.ts) driving its real searches (entity-search.ts) through the REST
 * client against the sandbox with 50 ms added latency, the queries typed key by key.
 *  - steady typing (a key every 80 ms): requests per typed query (goal 1: one per pause);
 *  - hesitant typing (one pause longer than the debounce mid-word): requests per pause in typing
 *    (goal ≤ 1), how many of them were overtaken and cancelled, and how many stale answers
 *    reached the list (goal 0);
 *  - median time from the last key to the results shown, against the floor of one round trip
 *    (the same search called directly, measured in the same run): `ratio` includes the
 *    debounce by design, `after_debounce_ratio` is what the picker adds on top of it.
 * Metadata (ticket status labels) is warmed first, as it is once per pane.
 * Run alone: `npx tsx bench/picker.ts`.
 */
import axios, { type AxiosAdapter, type InternalAxiosRequestConfig } from 'axios';
import { performance } from 'node:perf_hooks';
import { createAutotaskClient, type AutotaskClient } from '../src/autotask';
import { MIN_CHARS, PICKER_DEBOUNCE_MS, searchCompanies, searchProjects, searchTickets, type EntityKind, type EntitySearch, type PickedEntity } from '../src/addin/forms/entity-search';
import { createSearchRunner } from '../src/addin/forms/search-runner';
import { startSandbox } from '../src/sandbox';
import { median, round, type Figures } from './results';

const LATENCY_MS = 50;
const KEY_GAP_MS = 80;
/** Longer than the debounce (a search starts) but shorter than debounce + round trip (it is still running when typing resumes). */
const HESITATION_MS = PICKER_DEBOUNCE_MS + 20;
const ROUNDS = 3;
const FLOOR_ROUNDS = 30;

interface Query { kind: EntityKind; search: EntitySearch; text: string }
const QUERIES: Query[] = [
  { kind: 'company', search: searchCompanies, text: 'Contoso' },
  { kind: 'company', search: searchCompanies, text: 'Woodgrove' },
  { kind: 'ticket', search: searchTickets, text: 'T20261128.0001' },
  { kind: 'ticket', search: searchTickets, text: 'printer' },
  { kind: 'project', search: searchProjects, text: 'migration' },
];

/** Counts HTTP requests as the client sends them, and those cancelled in flight. */
function countingAdapter(counts: { sent: number; cancelled: number }): AxiosAdapter {
  const http = axios.getAdapter('http');
  return async (config: InternalAxiosRequestConfig) => {
    counts.sent += 1;
    try {
      return await http(config);
    } catch (error) {
      if (axios.isCancel(error) || (config.signal as AbortSignal | undefined)?.aborted) counts.cancelled += 1;
      throw error;
    }
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Typed { requests: number; cancelled: number; windows: number; staleShown: number; lastKeyToResultsMs: number }

/** Types `q.text` key by key into the runner as EntityPicker does; `pauseAfter` = index of a key followed by a long pause. */
async function typeQuery(client: AutotaskClient, counts: { sent: number; cancelled: number }, q: Query, pauseAfter: number | null): Promise<Typed> {
  const before = { ...counts };
  let shown: { text: string; at: number } | null = null;
  let latest = '';
  let staleShown = 0;
  let done: () => void = () => undefined;
  const finished = new Promise<void>((r) => {
    done = r;
  });
  const runner = createSearchRunner<PickedEntity[]>({
    debounceMs: PICKER_DEBOUNCE_MS,
    onResult: (text) => {
      if (text !== latest) staleShown += 1;
      shown = { text, at: performance.now() };
      if (text === q.text) done();
    },
    onError: (text, error) => {
      throw new Error(`search "${text}" failed: ${String(error)}`);
    },
  });
  let lastKeyAt = 0;
  let windows = 0;
  for (let i = 1; i <= q.text.length; i += 1) {
    const prefix = q.text.slice(0, i);
    lastKeyAt = performance.now();
    latest = prefix;
    if (prefix.length >= MIN_CHARS[q.kind]) runner.request(prefix, (signal) => q.search(client, prefix, signal));
    else runner.cancel();
    const pause = i === pauseAfter ? HESITATION_MS : KEY_GAP_MS;
    if (i < q.text.length) {
      if (pause >= PICKER_DEBOUNCE_MS && prefix.length >= MIN_CHARS[q.kind]) windows += 1;
      await sleep(pause);
    }
  }
  windows += 1;
  await finished;
  // A stale answer arriving after the final one would overwrite the list: give it time to show up.
  await sleep(LATENCY_MS * 4);
  const final = shown as { text: string; at: number } | null;
  return {
    requests: counts.sent - before.sent,
    cancelled: counts.cancelled - before.cancelled,
    windows,
    staleShown,
    lastKeyToResultsMs: (final?.at ?? performance.now()) - lastKeyAt,
  };
}

export async function benchPicker(): Promise<Figures> {
  const sb = await startSandbox({ port: 0, storage: 'memory', latencyMs: LATENCY_MS });
  const counts = { sent: 0, cancelled: 0 };
  const client = createAutotaskClient({ mode: 'direct', credentials: sb.credentials, discoveryUrl: sb.zoneUrl, adapter: countingAdapter(counts) });
  try {
    // Warm: zone discovery, metadata (status labels), connections.
    for (const q of QUERIES) await q.search(client, q.text, new AbortController().signal);

    const floor: number[] = [];
    for (let i = 0; i < FLOOR_ROUNDS; i += 1) {
      const q = QUERIES[i % QUERIES.length]!;
      const started = performance.now();
      await q.search(client, q.text, new AbortController().signal);
      floor.push(performance.now() - started);
    }

    const steady: Typed[] = [];
    const hesitant: Typed[] = [];
    for (let r = 0; r < ROUNDS; r += 1) {
      for (const q of QUERIES) {
        steady.push(await typeQuery(client, counts, q, null));
        hesitant.push(await typeQuery(client, counts, q, Math.max(MIN_CHARS[q.kind], Math.floor(q.text.length / 2))));
      }
    }
    const sum = (xs: Typed[], f: (t: Typed) => number) => xs.reduce((a, t) => a + f(t), 0);
    const latencies = [...steady, ...hesitant].map((t) => t.lastKeyToResultsMs);
    const floorMs = median(floor);
    const lastKey = median(latencies);
    return {
      picker_latency_ms: LATENCY_MS,
      picker_key_gap_ms: KEY_GAP_MS,
      picker_debounce_ms: PICKER_DEBOUNCE_MS,
      picker_typed_queries: steady.length + hesitant.length,
      picker_requests_per_query_steady: round(sum(steady, (t) => t.requests) / steady.length, 2),
      picker_requests_per_window_hesitant: round(sum(hesitant, (t) => t.requests) / sum(hesitant, (t) => t.windows), 2),
      picker_cancelled_hesitant: sum(hesitant, (t) => t.cancelled),
      picker_stale_answers_shown: sum([...steady, ...hesitant], (t) => t.staleShown),
      picker_round_trip_floor_ms_median: round(floorMs, 1),
      picker_last_key_to_results_ms_median: round(lastKey, 1),
      picker_last_key_to_results_ratio: round(lastKey / floorMs, 2),
      picker_after_debounce_ms_median: round(lastKey - PICKER_DEBOUNCE_MS, 1),
      picker_after_debounce_ratio: round((lastKey - PICKER_DEBOUNCE_MS) / floorMs, 2),
    };
  } finally {
    await sb.close();
  }
}

if (require.main === module) {
  benchPicker().then(
    (figures) => {
      for (const [k, v] of Object.entries(figures)) console.log(`${k.padEnd(48)} ${v}`);
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
