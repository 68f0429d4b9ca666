/**
 * The client's attachment checks against the sandbox, both on one injected clock: the client
 * refuses exactly what the sandbox would refuse, before sending, so the sandbox never locks the
 * API user out for 5 minutes.
 */
import { AutotaskAttachmentBudgetError, AutotaskAttachmentTooLargeError, AutotaskValidationError, type AttachmentLimits } from '../../../src/autotask';
import { TICKET } from '../../../src/sandbox';
import { sandboxClient } from './helpers/sandbox-client';

const MIN = 60_000;
const b64 = (n: number) => Buffer.alloc(n, 0x41).toString('base64');

async function env(limits: Partial<AttachmentLimits> = {}) {
  let now = Date.parse('2026-11-29T10:00:00Z');
  const e = await sandboxClient({ clock: () => new Date(now) }, { clock: { now: () => now }, attachmentLimits: limits, retry: { maxRetries: 0 } });
  const attach = (name: string, bytes: number) =>
    e.at.ticketAttachments.create(TICKET.fabrikamVpn, { title: name, fullPath: name, attachmentType: 'FILE_ATTACHMENT', publish: 1, data: b64(bytes) });
  const posts = () => e.sent.filter((s) => s.method === 'POST' && /Attachments$/.test(s.path)).length;
  return { ...e, attach, posts, advance: (ms: number) => { now += ms; } };
}

describe('attachment limits: client and sandbox agree (real HTTP)', () => {
  it('the default per-file limit is the sandbox\'s: one byte over is refused locally, the limit itself is accepted', async () => {
    const e = await env();
    try {
      await expect(e.attach('too-big.bin', 6_291_457)).rejects.toBeInstanceOf(AutotaskAttachmentTooLargeError);
      expect(e.posts()).toBe(0);
      expect(e.sb.control.requestCounts().TicketAttachments ?? 0).toBe(0);
      const id = await e.attach('just-fits.bin', 6_291_456);
      expect((await e.at.ticketAttachments.get(TICKET.fabrikamVpn, id))?.fileSize).toBe(6_291_456);
    } finally {
      await e.close();
    }
  });

  it('the budget: the file that would pass 10,000,000 bytes in 5 minutes is refused locally; after retryAfterMs the sandbox takes it', async () => {
    const e = await env();
    try {
      await e.attach('a.bin', 6_000_000);
      e.advance(1 * MIN);
      await e.attach('b.bin', 4_000_000); // exactly 10,000,000: allowed by both
      const err = await e.attach('c.bin', 1).catch((x: unknown) => x);
      expect(err).toBeInstanceOf(AutotaskAttachmentBudgetError);
      expect(err).toMatchObject({ retryAfterMs: 4 * MIN, usedBytes: 10_000_000 });
      expect(e.posts()).toBe(2);
      e.advance((err as AutotaskAttachmentBudgetError).retryAfterMs!);
      await expect(e.attach('c.bin', 1)).resolves.toEqual(expect.any(Number)); // the sandbox never saw the refused file
      expect(e.posts()).toBe(3);
    } finally {
      await e.close();
    }
  });

  it('without the client checks the sandbox refuses instead and then locks attachments for 5 minutes', async () => {
    const e = await env({ maxFileBytes: Number.POSITIVE_INFINITY, budgetBytes: Number.POSITIVE_INFINITY });
    try {
      await expect(e.attach('too-big.bin', 6_291_457)).rejects.toBeInstanceOf(AutotaskValidationError);
      await e.attach('a.bin', 6_000_000);
      e.advance(3 * MIN);
      await e.attach('b.bin', 4_000_000);
      await expect(e.attach('c.bin', 1)).rejects.toBeInstanceOf(AutotaskValidationError); // locked until +8 min
      e.advance(2 * MIN + 1); // a.bin has left the window (4,000,000 bytes used) but the lock-out still runs
      await expect(e.attach('d.bin', 1)).rejects.toBeInstanceOf(AutotaskValidationError);
      e.advance(3 * MIN);
      await expect(e.attach('e.bin', 1)).resolves.toEqual(expect.any(Number));
      expect(e.posts()).toBe(6);
    } finally {
      await e.close();
    }
  });
});
