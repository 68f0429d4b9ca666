/**
 * Get Contacts at volume (issue 7): 10,000 Autotask contacts into an empty Outlook folder, then the
 * same again with nothing changed, through the real engine and adapters (src/addin/sync) against
 * the sandbox and its Graph stand-in, both with 50 ms added latency per request. Reported: requests
 * to each side and wall time per run, against the floor measured in the same run with the same
 * clients: Autotask pages of 500 read one after another, Graph `$batch` calls of 20 at 4 in flight
 * (no engine in between). Goals: first run ≤ 1.5 × the floor's wall time; the unchanged second run
 * ≤ 10 % of the first run's requests. One process hosts sandbox, stand-in and client: pessimistic.
 */
import { performance } from 'node:perf_hooks';
import { createAutotaskClient, where } from '../src/autotask';
import { createGraphClient } from '../src/graph/index';
import { autotaskSyncPort } from '../src/addin/sync/autotask-sync-port';
import { runGetContacts } from '../src/addin/sync/contacts-run';
import { graphOutlookPort } from '../src/addin/sync/graph-outlook-port';
import { startSandbox, type Sandbox } from '../src/sandbox';
import type { Figures } from './results';
import { round } from './results';

const CONTACTS = 10_000;
const LATENCY_MS = 50;
const AUTOTASK_PAGE = 500;
const GRAPH_BATCH = 20;

const autotaskRequests = (sb: Sandbox) => Object.values(sb.control.requestCounts()).reduce((a, b) => a + b, 0);

function clients(sb: Sandbox) {
  return {
    at: createAutotaskClient({ mode: 'direct', credentials: sb.credentials, discoveryUrl: sb.zoneUrl }),
    graph: createGraphClient({ baseUrl: sb.graph.baseUrl, getToken: async () => 'bench' }),
  };
}

async function timed<T>(f: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await f();
  return { ms: performance.now() - t0, value };
}

function resetCounts(sb: Sandbox) {
  sb.control.resetCounters();
  sb.graph.control.resetCounts();
}

export async function benchContactsSync(): Promise<Figures> {
  const sb = await startSandbox({ latencyMs: LATENCY_MS, graph: { throttle: { latencyMs: LATENCY_MS, concurrent: 4 } } });
  try {
    const { at } = clients(sb);
    // Every active customer: the bulk contacts are spread over them (scope "chosen companies"),
    // topped up so that exactly CONTACTS active contacts are in scope.
    const companyIds = (await at.companies.queryAll({ filter: [where.eq('isActive', true), where.eq('companyType', 1)], includeFields: ['id'] })).map((c) => c.id);
    const seeded = await at.contacts.count({ filter: [where.in('companyID', companyIds), where.eq('isActive', 1)] });
    sb.control.seedBulkContacts(CONTACTS - seeded);

    // The floor, same run, same clients: Autotask pages of 500 in a row; Graph batches of 20 at 4 in flight.
    resetCounts(sb);
    const atFloor = await timed(() => at.contacts.queryAll({ filter: [where.in('companyID', companyIds), where.eq('isActive', 1)], includeFields: ['firstName', 'lastName', 'emailAddress'] }, { cap: 100_000 }));
    const atFloorRequests = autotaskRequests(sb);
    const n = atFloor.value.length;
    const floorGraph = clients(sb).graph;
    const folder = await floorGraph.contactFolders.findOrCreate('Floor');
    sb.graph.control.resetCounts();
    const graphFloor = await timed(() => floorGraph.contacts.createMany(folder.id, atFloor.value.map((c) => ({ givenName: String(c.firstName), surname: String(c.lastName), emailAddresses: [{ address: String(c.emailAddress) }], autotaskRef: { type: 'Contact', id: c.id } }))));
    const graphFloorRequests = sb.graph.control.counts().requests;
    if (graphFloor.value.some((r) => !r.ok)) throw new Error('floor: a Graph write failed');
    sb.graph.control.reset();

    // The engine, twice.
    const run = async () => {
      const { at: client, graph } = clients(sb);
      const ports = { autotask: autotaskSyncPort(client, sb.webUrl), outlook: graphOutlookPort(graph) };
      resetCounts(sb);
      const r = await timed(() => runGetContacts(ports, { scope: { kind: 'companies', companyIds }, folderName: 'Autotask' }));
      return { ms: r.ms, summary: r.value, autotask: autotaskRequests(sb), graph: sb.graph.control.counts().requests };
    };
    const first = await run();
    const second = await run();
    if (first.summary.created !== n || second.summary.created !== 0 || second.summary.updated !== 0) {
      throw new Error(`contacts bench: expected ${n} created then nothing; got ${JSON.stringify({ first: first.summary.created, second: { created: second.summary.created, updated: second.summary.updated } })}`);
    }
    const floorMs = atFloor.ms + graphFloor.ms;
    const firstRequests = first.autotask + first.graph;
    return {
      contacts_sync_contacts: n,
      contacts_sync_latency_ms: LATENCY_MS,
      contacts_sync_floor_autotask_requests: atFloorRequests,
      contacts_sync_floor_autotask_requests_computed: Math.ceil(n / AUTOTASK_PAGE),
      contacts_sync_floor_graph_requests: graphFloorRequests,
      contacts_sync_floor_graph_requests_computed: Math.ceil(n / GRAPH_BATCH),
      contacts_sync_floor_ms: Math.round(floorMs),
      contacts_sync_floor_autotask_ms: Math.round(atFloor.ms),
      contacts_sync_floor_graph_ms: Math.round(graphFloor.ms),
      contacts_sync_first_autotask_requests: first.autotask,
      contacts_sync_first_graph_requests: first.graph,
      contacts_sync_first_ms: Math.round(first.ms),
      contacts_sync_first_vs_floor: round(first.ms / floorMs, 2),
      contacts_sync_second_autotask_requests: second.autotask,
      contacts_sync_second_graph_requests: second.graph,
      contacts_sync_second_ms: Math.round(second.ms),
      contacts_sync_second_requests_share: round((second.autotask + second.graph) / firstRequests, 3),
      contacts_sync_note: `Get Contacts, scope = every active customer (${companyIds.length} companies). Floor = Autotask pages of ${AUTOTASK_PAGE} read in a row + Graph $batch of ${GRAPH_BATCH} at 4 in flight, measured with the same clients in the same run. Goals: first_vs_floor ≤ 1.5; second_requests_share ≤ 0.1. Sandbox, Graph stand-in and engine share one event loop on a shared 2-core machine.`,
    };
  } finally {
    await sb.close();
  }
}

if (require.main === module) {
  benchContactsSync().then((f) => { for (const [k, v] of Object.entries(f)) console.log(`${k.padEnd(50)} ${v}`); }, (e: unknown) => { console.error(e); process.exit(1); });
}
