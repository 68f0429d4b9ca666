/**
 * REST client figures (issue 3), against the sandbox over real HTTP:
 *  - reading 10,000 contacts with 50 ms added latency: requests to the Contacts endpoint, the
 *    most in flight at once, wall time, and the ratio to the floor (20 sequential round trips,
 *    each measured in the same run as the median of single-page requests);
 *  - a burst of 200 creates against the 3-thread limit: records made, duplicates, errors surfaced.
 */
import axios, { type AxiosAdapter } from 'axios';
import { createAutotaskClient, where } from '../src/autotask';
import { startSandbox } from '../src/sandbox';
import { RESOURCE } from '../src/sandbox/seed/ids';
import type { Figures } from './results';
import { median, round } from './results';

function countingAdapter(counts: Map<string, number>): AxiosAdapter {
  const http = axios.getAdapter('http');
  return (config) => {
    const entity = new URL(config.url!).pathname.replace(/^\/atservicesrest\/v1\.0\//i, '').split('/')[0]!.toLowerCase();
    counts.set(entity, (counts.get(entity) ?? 0) + 1);
    return http(config);
  };
}

export async function benchAutotask(): Promise<Figures> {
  const figures: Figures = {};
  const sb = await startSandbox({ port: 0, storage: 'memory', latencyMs: 50 });
  try {
    const bulk = sb.control.seedBulkContacts(10_000);
    const counts = new Map<string, number>();
    const at = createAutotaskClient({ mode: 'direct', credentials: sb.credentials, discoveryUrl: sb.zoneUrl, adapter: countingAdapter(counts) });
    const filter = [where.gte('id', bulk.firstId!), where.lte('id', bulk.lastId!)];
    // The floor: one page round trip, measured here (median of 5), times 20.
    const single: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      const t = Date.now();
      await at.contacts.count({ filter });
      single.push(Date.now() - t);
    }
    sb.control.resetCounters();
    counts.clear();
    const t0 = Date.now();
    let n = 0;
    for await (const c of at.contacts.query({ filter, includeFields: ['firstName', 'lastName', 'emailAddress'] })) if (c.id) n += 1;
    const wall = Date.now() - t0;
    const floor = 20 * median(single);
    figures['autotask.read_10k_contacts_records'] = n;
    figures['autotask.read_10k_contacts_requests'] = counts.get('contacts') ?? 0;
    figures['autotask.read_10k_contacts_max_in_flight'] = sb.control.maxConcurrency().Contacts ?? Math.max(0, ...Object.values(sb.control.maxConcurrency()));
    figures['autotask.read_10k_contacts_wall_ms'] = wall;
    figures['autotask.read_10k_contacts_floor_ms'] = floor;
    figures['autotask.read_10k_contacts_ratio_to_floor'] = round(wall / floor, 2);

    // Burst of 200 creates against the thread limit.
    sb.control.setLatency(20);
    sb.control.setThreadLimit(3);
    sb.control.resetCounters();
    const burst = createAutotaskClient({ mode: 'direct', credentials: sb.credentials, discoveryUrl: sb.zoneUrl, maxConcurrentPerEndpoint: 6 });
    const start = new Date('2026-12-01T09:00:00Z');
    const results = await Promise.allSettled(Array.from({ length: 200 }, (_, i) => burst.appointments.create({
      resourceID: RESOURCE.samRivera, title: `Burst ${i}`,
      startDateTime: new Date(start.getTime() + i * 3_600_000).toISOString(),
      endDateTime: new Date(start.getTime() + i * 3_600_000 + 1_800_000).toISOString(),
    })));
    const made = await burst.appointments.queryAll({ filter: where.beginsWith('title', 'Burst '), includeFields: ['title'] });
    figures['autotask.burst_200_creates_records'] = made.length;
    figures['autotask.burst_200_creates_duplicates'] = made.length - new Set(made.map((a) => a.title)).size;
    figures['autotask.burst_200_creates_errors_surfaced'] = results.filter((r) => r.status === 'rejected').length;
    return figures;
  } finally {
    await sb.close();
  }
}
