/** The Node transport over real HTTP on port 0: same contract as the axios transport. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AutotaskConnectionError } from '../../../src/autotask';
import { createNodeTransport } from '../../../src/autotask/node-transport';

const redacted = { method: 'GET', url: 'redacted', headers: {} } as never;
let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/json') {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ errors: ['bad'], echo: body, method: req.method, len: req.headers['content-length'] }));
      });
    } else if (req.url === '/redirect') {
      res.writeHead(302, { location: 'http://127.0.0.1:1/elsewhere' });
      res.end();
    } else if (req.url === '/drop') {
      req.socket.destroy();
    } else if (req.url === '/slow') {
      setTimeout(() => res.end('late'), 2_000);
    } else if (req.url === '/big') {
      res.end('x'.repeat(2048));
    } else {
      res.end('');
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe('createNodeTransport', () => {
  const t = createNodeTransport({ timeoutMs: 500, maxResponseBytes: 1024 });

  it('returns any status with its parsed JSON body, and sends the body with its length', async () => {
    const res = await t.send({ method: 'POST', url: `${base}/json`, headers: { 'content-type': 'application/json' }, body: '{"a":"é"}' }, redacted);
    expect(res.status).toBe(500);
    expect(res.headers['content-type']).toBe('application/json');
    expect(res.body).toEqual({ errors: ['bad'], echo: '{"a":"é"}', method: 'POST', len: '10' });
  });

  it('answers an empty body as undefined', async () => {
    expect((await t.send({ method: 'GET', url: `${base}/empty`, headers: {} }, redacted)).body).toBeUndefined();
  });

  it('never follows a redirect (credentials would go with it)', async () => {
    const res = await t.send({ method: 'GET', url: `${base}/redirect`, headers: {} }, redacted);
    expect(res.status).toBe(302);
  });

  it('a refused connection never reached the server', async () => {
    const err = await t.send({ method: 'POST', url: 'http://127.0.0.1:1/x', headers: {}, body: '{}' }, redacted).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AutotaskConnectionError);
    expect((err as AutotaskConnectionError).mayHaveReachedServer).toBe(false);
  });

  it('a dropped connection and a timeout may have reached the server', async () => {
    const dropped = await t.send({ method: 'POST', url: `${base}/drop`, headers: {}, body: '{}' }, redacted).catch((e: unknown) => e);
    expect((dropped as AutotaskConnectionError).mayHaveReachedServer).toBe(true);
    const slow = await t.send({ method: 'GET', url: `${base}/slow`, headers: {} }, redacted).catch((e: unknown) => e);
    expect(slow).toBeInstanceOf(AutotaskConnectionError);
    expect((slow as AutotaskConnectionError).mayHaveReachedServer).toBe(true);
  });

  it('refuses a response over the size limit', async () => {
    await expect(t.send({ method: 'GET', url: `${base}/big`, headers: {} }, redacted)).rejects.toBeInstanceOf(AutotaskConnectionError);
  });
});
