import {
  AutotaskAttachmentBudgetError, AutotaskAttachmentTooLargeError, AutotaskError, attachmentAllowance, base64DecodedSize, createAutotaskClient,
  DEFAULT_ATTACHMENT_LIMITS, type HttpRequest, type HttpResponse, type Transport,
} from '../../../src/autotask';
import { toConnectionError } from '../../../src/autotask/transport';
import { MAX_ATTACHMENT_BYTES, WINDOW_BYTES } from '../../../src/sandbox/write/attachment-budget';

const MIN = 60_000;
const T0 = Date.parse('2026-11-29T10:00:00Z');
/** base64 of exactly n bytes, without building the bytes. */
const b64 = (n: number) => 'A'.repeat(Math.floor(n / 3) * 4) + (n % 3 === 1 ? 'AA==' : n % 3 === 2 ? 'AAA=' : '');
const file = (name: string, size: number) => ({ name, size });

describe('base64DecodedSize', () => {
  it('equals what a decoder produces, padded or not, with line breaks', () => {
    for (let n = 0; n < 40; n++) {
      const bytes = Buffer.alloc(n, 0xab);
      const padded = bytes.toString('base64');
      expect(base64DecodedSize(padded)).toBe(n);
      expect(base64DecodedSize(padded.replace(/=+$/, ''))).toBe(n);
      expect(base64DecodedSize(padded.replace(/(.{4})/g, '$1\r\n'))).toBe(n);
    }
    expect(base64DecodedSize(b64(6_291_456))).toBe(6_291_456);
  });
});

describe('defaults', () => {
  it('match the sandbox: 6,291,456 bytes per file, 10,000,000 bytes per 5 minutes', () => {
    expect(DEFAULT_ATTACHMENT_LIMITS).toEqual({ maxFileBytes: MAX_ATTACHMENT_BYTES, budgetBytes: WINDOW_BYTES, budgetWindowMs: 5 * MIN });
    expect(DEFAULT_ATTACHMENT_LIMITS.maxFileBytes).toBe(6_291_456);
  });
});

describe('attachmentAllowance (pure)', () => {
  it('sorts files into fits / too large / over budget, in send order, skipping a file that does not fit', () => {
    const files = [file('a.pdf', 4_000_000), file('huge.iso', 7_000_000), file('b.pdf', 5_000_000), file('c.pdf', 6_500_000), file('d.txt', 900_000), file('e.png', 200_000)];
    const a = attachmentAllowance(files, T0);
    expect(a.fits.map((f) => f.name)).toEqual(['a.pdf', 'b.pdf', 'd.txt']);
    expect(a.tooLarge.map((f) => f.name)).toEqual(['huge.iso', 'c.pdf']);
    expect(a.overBudget.map((f) => f.name)).toEqual(['e.png']);
    expect(a.items.map((i) => i.status)).toEqual(['fits', 'too-large', 'fits', 'too-large', 'fits', 'over-budget']);
    expect(a.items[1]).toMatchObject({ limit: 6_291_456 });
    expect(a.items[5]).toMatchObject({ retryAfterMs: 5 * MIN }); // a.pdf must leave the window first
    expect(a.usedBytes).toBe(0);
    expect(a.remainingBytes).toBe(100_000);
  });

  it('counts earlier uploads only while they are inside the rolling window', () => {
    const uploads = [{ at: T0 - 4 * MIN, bytes: 6_000_000 }, { at: T0 - 1 * MIN, bytes: 3_000_000 }, { at: T0 - 6 * MIN, bytes: 9_000_000 }];
    const a = attachmentAllowance([file('x', 2_000_000), file('y', 1_000_000)], T0, { uploads });
    expect(a.usedBytes).toBe(9_000_000);
    expect(a.items.map((i) => [i.status, i.retryAfterMs])).toEqual([['over-budget', 1 * MIN], ['fits', undefined]]);
    expect(a.remainingBytes).toBe(0);
    // a minute later the 6 MB upload has left the window
    const later = attachmentAllowance([file('x', 2_000_000)], T0 + 1 * MIN, { uploads });
    expect(later.fits).toHaveLength(1);
    expect(later.usedBytes).toBe(3_000_000);
  });

  it('a file exactly at the limits fits; one byte more does not', () => {
    expect(attachmentAllowance([file('max', 6_291_456)], T0).fits).toHaveLength(1);
    expect(attachmentAllowance([file('max+1', 6_291_457)], T0).tooLarge).toHaveLength(1);
    const uploads = [{ at: T0, bytes: 9_999_999 }];
    expect(attachmentAllowance([file('one', 1)], T0, { uploads }).fits).toHaveLength(1);
    expect(attachmentAllowance([file('two', 2)], T0, { uploads }).overBudget).toHaveLength(1);
  });

  it('takes other limits, and refuses nonsense input', () => {
    const a = attachmentAllowance([file('a', 60), file('b', 60)], T0, { limits: { maxFileBytes: 100, budgetBytes: 100, budgetWindowMs: 1000 } });
    expect(a.items.map((i) => [i.status, i.retryAfterMs])).toEqual([['fits', undefined], ['over-budget', 1000]]);
    expect(() => attachmentAllowance([file('bad', -1)], T0)).toThrow(TypeError);
    expect(() => attachmentAllowance([file('bad', Number.NaN)], T0)).toThrow(TypeError);
    expect(() => attachmentAllowance([], T0, { limits: { budgetBytes: 0 } })).toThrow(TypeError);
  });
});

type Handler = (req: HttpRequest) => HttpResponse;
const created = (id: number): HttpResponse => ({ status: 200, headers: {}, body: { itemId: id } });
const DROP: HttpResponse = { status: -1, headers: {}, body: undefined };

function client(handler: Handler, limits: Parameters<typeof createAutotaskClient>[0]['attachmentLimits'] = {}) {
  let now = T0;
  const sent: HttpRequest[] = [];
  const transport: Transport = {
    async send(req, redacted) {
      sent.push(req);
      const res = handler(req);
      if (res.status === -1) throw toConnectionError(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }), redacted);
      return res;
    },
  };
  const at = createAutotaskClient({
    mode: 'direct', credentials: { username: 'u@x.com', secret: 's', integrationCode: 'c' }, zoneUrl: 'https://ws.autotask.net/atservicesrest/',
    transport, attachmentLimits: limits, clock: { now: () => now, sleep: async () => undefined, random: () => 0 }, retry: { maxRetries: 0 },
  });
  const attach = (name: string, bytes: number) => at.ticketAttachments.create(8101, { title: name, fullPath: name, attachmentType: 'FILE_ATTACHMENT', publish: 1, data: b64(bytes) });
  return { at, sent, attach, advance: (ms: number) => { now += ms; } };
}

describe('ticketAttachments.create checks the limits before sending', () => {
  it('a file over the per-file limit throws AutotaskAttachmentTooLargeError and sends nothing', async () => {
    const c = client(() => created(1));
    const err = await c.attach('scan.pdf', 6_291_457).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AutotaskAttachmentTooLargeError);
    expect(err).toBeInstanceOf(AutotaskError);
    expect(err).toMatchObject({ code: 'AUTOTASK_ATTACHMENT_TOO_LARGE', fileName: 'scan.pdf', size: 6_291_457, limit: 6_291_456, status: undefined });
    expect((err as Error).message).toContain('6,291,456 bytes');
    expect(JSON.parse(JSON.stringify(err))).toMatchObject({ code: 'AUTOTASK_ATTACHMENT_TOO_LARGE', fileName: 'scan.pdf', size: 6_291_457, limit: 6_291_456 });
    expect(c.sent).toHaveLength(0);
    await expect(c.attach('scan.pdf', 6_291_456)).resolves.toBe(1);
    expect(c.sent).toHaveLength(1);
  });

  it('tracks a rolling budget: refuses the file that would exceed it, with retryAfterMs, until the window moves on', async () => {
    const c = client(() => created(2));
    await c.attach('a.bin', 6_000_000);
    c.advance(2 * MIN);
    await c.attach('b.bin', 3_000_000);
    const err = await c.attach('c.bin', 1_500_000).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AutotaskAttachmentBudgetError);
    expect(err).toMatchObject({ code: 'AUTOTASK_ATTACHMENT_BUDGET', fileName: 'c.bin', size: 1_500_000, usedBytes: 9_000_000, limit: 10_000_000, windowMs: 5 * MIN, retryAfterMs: 3 * MIN });
    expect(c.sent).toHaveLength(2);
    expect(c.at.ticketAttachments.allowance([file('c.bin', 1_500_000), file('small.txt', 1_000_000)]).items.map((i) => i.status)).toEqual(['over-budget', 'fits']);
    c.advance(3 * MIN - 1);
    await expect(c.attach('c.bin', 1_500_000)).rejects.toBeInstanceOf(AutotaskAttachmentBudgetError);
    c.advance(1);
    await expect(c.attach('c.bin', 1_500_000)).resolves.toBe(2);
    expect(c.sent).toHaveLength(3);
  });

  it('gives the bytes back when Autotask refused the file, keeps them when it may have stored it', async () => {
    let answer: HttpResponse = { status: 500, headers: {}, body: { errors: ['Reference value on field: parentID of type: Ticket does not exist or is invalid.'] } };
    const c = client(() => answer, { budgetBytes: 1000, maxFileBytes: 1000 });
    await expect(c.attach('a', 900)).rejects.toMatchObject({ code: 'AUTOTASK_VALIDATION' });
    expect(c.at.ticketAttachments.allowance([file('a', 900)]).fits).toHaveLength(1);
    answer = DROP;
    await expect(c.attach('a', 900)).rejects.toMatchObject({ code: 'AUTOTASK_CONNECTION', mayHaveReachedServer: true });
    await expect(c.attach('b', 200)).rejects.toBeInstanceOf(AutotaskAttachmentBudgetError);
    expect(c.sent).toHaveLength(2);
  });

  it('reserves at send time, so concurrent creates cannot overshoot together', async () => {
    const c = client(() => created(3));
    const results = await Promise.allSettled([c.attach('a', 6_000_000), c.attach('b', 6_000_000)]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected']);
    expect((results[1] as PromiseRejectedResult).reason).toBeInstanceOf(AutotaskAttachmentBudgetError);
    expect(c.sent).toHaveLength(1);
  });

  it('Infinity switches the checks off; an attachment without data counts zero bytes', async () => {
    const c = client(() => created(4), { maxFileBytes: Number.POSITIVE_INFINITY, budgetBytes: Number.POSITIVE_INFINITY });
    await c.attach('big', 7_000_000);
    await c.attach('big2', 7_000_000);
    expect(c.sent).toHaveLength(2);
    const d = client(() => created(5), { budgetBytes: 10 });
    await d.at.ticketAttachments.create(1, { title: 'link', fullPath: 'x', attachmentType: 'FILE_ATTACHMENT', publish: 1, data: '' });
    expect(d.sent).toHaveLength(1);
  });

  it('rejects invalid limits when the client is created', () => {
    expect(() => client(() => created(1), { maxFileBytes: -1 })).toThrow(TypeError);
  });
});
