import { apiBaseFromZoneUrl, createZoneResolver, joinUrl, toZoneInfo, zoneInformationUrl, type ZoneCache } from '../../../src/autotask/zone';
import { AutotaskResponseShapeError } from '../../../src/autotask';

describe('zone URLs', () => {
  it('appends v1.0/ once and collapses doubled slashes', () => {
    expect(apiBaseFromZoneUrl('https://webservices3.autotask.net/atservicesrest/')).toBe('https://webservices3.autotask.net/atservicesrest/v1.0/');
    expect(apiBaseFromZoneUrl('https://webservices3.autotask.net/ATServicesRest')).toBe('https://webservices3.autotask.net/ATServicesRest/v1.0/');
    expect(apiBaseFromZoneUrl('https://webservices3.autotask.net//atservicesrest//')).toBe('https://webservices3.autotask.net/atservicesrest/v1.0/');
    expect(apiBaseFromZoneUrl('https://webservices3.autotask.net/atservicesrest/V1.0/')).toBe('https://webservices3.autotask.net/atservicesrest/V1.0/');
    expect(joinUrl('https://h/a/v1.0/', '/Tickets//query')).toBe('https://h/a/v1.0/Tickets/query');
  });
  it('builds the discovery call with the user name encoded', () => {
    expect(zoneInformationUrl('https://webservices.autotask.net/atservicesrest/', 'a+b@x.com')).toBe('https://webservices.autotask.net/atservicesrest/v1.0/zoneInformation?user=a%2Bb%40x.com');
  });
  it('rejects a zone answer without a usable url', () => {
    expect(() => toZoneInfo({ zoneName: 'x' })).toThrow(AutotaskResponseShapeError);
    expect(() => toZoneInfo({ url: 'not a url' })).toThrow(AutotaskResponseShapeError);
    expect(toZoneInfo({ zoneName: 'Z', url: 'https://ws.example/atservicesrest/', webUrl: 'https://ww.example/', ci: 3, extra: 1 })).toMatchObject({ apiBase: 'https://ws.example/atservicesrest/v1.0/' });
  });
});

describe('zone resolver', () => {
  const setup = () => {
    let now = 0;
    const fetched: string[] = [];
    let host = 'ws1';
    const cache: ZoneCache = new Map();
    const resolver = createZoneResolver({
      discoveryUrl: 'https://webservices.autotask.net/atservicesrest/', username: 'u@x', ttlMs: 12 * 3600_000, now: () => now, cache,
      fetchJson: async (url) => {
        fetched.push(url);
        await new Promise((r) => setTimeout(r, 1));
        return { url: `https://${host}.example/atservicesrest/` };
      },
    });
    return { resolver, fetched, advance: (ms: number) => (now += ms), move: (h: string) => (host = h), cache };
  };

  it('caches for 12 h and shares one in-flight discovery', async () => {
    const s = setup();
    const [a, b] = await Promise.all([s.resolver.resolve(), s.resolver.resolve()]);
    expect(a).toBe(b);
    s.advance(12 * 3600_000 - 1);
    await s.resolver.resolve();
    expect(s.fetched).toHaveLength(1);
    s.advance(1);
    await s.resolver.resolve();
    expect(s.fetched).toHaveLength(2);
  });

  it('invalidate drops only the zone that failed (concurrent 401s re-discover once)', async () => {
    const s = setup();
    const first = await s.resolver.resolve();
    s.move('ws2');
    s.resolver.invalidate(first.apiBase);
    const second = await s.resolver.resolve();
    s.resolver.invalidate(first.apiBase); // a late 401 from the old zone
    expect((await s.resolver.resolve()).apiBase).toBe('https://ws2.example/atservicesrest/v1.0/');
    expect(second.apiBase).toBe('https://ws2.example/atservicesrest/v1.0/');
    expect(s.fetched).toHaveLength(2);
  });
});
