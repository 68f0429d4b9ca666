/**
 * Autotask's attachment limits, checked before anything is sent (reference §9, DOC-LIM): a file
 * of about 6 MB at most, and 10,000,000 bytes per rolling 5 minutes per API user, after which
 * Autotask refuses attachments for 5 minutes. Refusing locally keeps the user out of that
 * 5-minute lock-out and tells them which file is the problem before they save.
 *
 * - `attachmentAllowance(files, now, state)`: pure; which files fit, which are too large, which
 *   would exceed the budget (and for how long), in the order they would be sent.
 * - `AttachmentBudget`: the per-client tracker `ticketAttachments.create` uses. A file is
 *   reserved when it is sent and released when Autotask certainly did not store it.
 */
import { AutotaskAttachmentBudgetError, AutotaskAttachmentTooLargeError } from './errors';

export interface AttachmentLimits {
  /** Largest decoded file in bytes. Default 6,291,456 (6 MiB, the sandbox's limit; Autotask documents "about 6–7 MB"). */
  maxFileBytes: number;
  /** Bytes per rolling window. Default 10,000,000. */
  budgetBytes: number;
  /** Window length in ms. Default 300,000 (5 minutes). */
  budgetWindowMs: number;
}

export const DEFAULT_ATTACHMENT_LIMITS: Readonly<AttachmentLimits> = Object.freeze({
  maxFileBytes: 6_291_456,
  budgetBytes: 10_000_000,
  budgetWindowMs: 5 * 60 * 1000,
});

/** Bytes already sent at time `at` (ms since the epoch). */
export interface AttachmentUpload {
  at: number;
  bytes: number;
}

/** A file as the UI knows it: a name and its size in bytes (decoded, not base64). */
export interface AllowanceFile {
  name: string;
  size: number;
}

export type AllowanceStatus = 'fits' | 'too-large' | 'over-budget';

export interface AllowanceItem<F extends AllowanceFile> {
  file: F;
  status: AllowanceStatus;
  /** `too-large`: the per-file limit. */
  limit?: number;
  /** `over-budget`: ms until this file would fit, after the files that fit were sent now. */
  retryAfterMs?: number;
}

export interface AttachmentAllowance<F extends AllowanceFile> {
  /** One entry per file, in the order given (the order they would be sent). */
  items: AllowanceItem<F>[];
  fits: F[];
  tooLarge: F[];
  overBudget: F[];
  /** Bytes sent in the current window before these files. */
  usedBytes: number;
  /** Bytes left in the window once the files that fit are sent. */
  remainingBytes: number;
}

export function resolveLimits(limits: Partial<AttachmentLimits> = {}): AttachmentLimits {
  const out = { ...DEFAULT_ATTACHMENT_LIMITS, ...limits };
  for (const [k, v] of Object.entries(out)) {
    if (typeof v !== 'number' || Number.isNaN(v) || v <= 0) throw new TypeError(`attachment limit ${k} must be a positive number (Infinity switches it off)`);
  }
  return out;
}

/** Decoded size of base64 text (whitespace ignored, padding honoured) without decoding it. */
export function base64DecodedSize(data: string): number {
  const clean = /\s/.test(data) ? data.replace(/\s+/g, '') : data;
  const padding = clean.endsWith('==') ? 2 : clean.endsWith('=') ? 1 : 0;
  return Math.max(0, Math.floor((clean.length * 3) / 4) - padding);
}

/** Uploads still inside the window at `now`, oldest first. */
export function activeUploads(uploads: readonly AttachmentUpload[], now: number, windowMs: number): AttachmentUpload[] {
  return uploads.filter((u) => u.at > now - windowMs).sort((a, b) => a.at - b.at);
}

/** ms until `bytes` more fit in the window (0: now; Infinity: never, larger than the budget). */
export function waitForRoom(uploads: readonly AttachmentUpload[], bytes: number, now: number, limits: AttachmentLimits): number {
  const active = activeUploads(uploads, now, limits.budgetWindowMs);
  let used = active.reduce((n, u) => n + u.bytes, 0);
  if (used + bytes <= limits.budgetBytes) return 0;
  if (bytes > limits.budgetBytes) return Number.POSITIVE_INFINITY;
  for (const u of active) {
    used -= u.bytes;
    if (used + bytes <= limits.budgetBytes) return u.at + limits.budgetWindowMs - now;
  }
  return limits.budgetWindowMs;
}

function checkSize(file: AllowanceFile): void {
  if (!Number.isFinite(file.size) || file.size < 0) throw new TypeError(`File size must be a non-negative number of bytes (${file.name}: ${String(file.size)})`);
}

/**
 * Pure: which of `files` can be attached at `now`, given what was sent before (`uploads`).
 * Files are considered in order, as sequential creates would send them: a file that fits is
 * counted against the budget; one that does not is skipped and later smaller files may still fit.
 */
export function attachmentAllowance<F extends AllowanceFile>(
  files: readonly F[],
  now: number,
  state: { uploads?: readonly AttachmentUpload[]; limits?: Partial<AttachmentLimits> } = {},
): AttachmentAllowance<F> {
  const limits = resolveLimits(state.limits);
  const uploads = activeUploads(state.uploads ?? [], now, limits.budgetWindowMs);
  const usedBytes = uploads.reduce((n, u) => n + u.bytes, 0);
  const out: AttachmentAllowance<F> = { items: [], fits: [], tooLarge: [], overBudget: [], usedBytes, remainingBytes: 0 };
  for (const file of files) {
    checkSize(file);
    if (file.size > limits.maxFileBytes) {
      out.items.push({ file, status: 'too-large', limit: limits.maxFileBytes });
      out.tooLarge.push(file);
      continue;
    }
    const wait = waitForRoom(uploads, file.size, now, limits);
    if (wait > 0) {
      out.items.push({ file, status: 'over-budget', retryAfterMs: wait });
      out.overBudget.push(file);
      continue;
    }
    uploads.push({ at: now, bytes: file.size });
    out.items.push({ file, status: 'fits' });
    out.fits.push(file);
  }
  out.remainingBytes = Math.max(0, limits.budgetBytes - uploads.reduce((n, u) => n + u.bytes, 0));
  return out;
}

/** The per-client budget: reserve before sending, release when Autotask certainly stored nothing. */
export class AttachmentBudget {
  private uploads: AttachmentUpload[] = [];

  constructor(
    readonly limits: AttachmentLimits,
    private readonly now: () => number,
  ) {}

  /** Throws AutotaskAttachmentTooLargeError / AutotaskAttachmentBudgetError, else reserves `bytes` now. */
  reserve(fileName: string, bytes: number): () => void {
    if (bytes > this.limits.maxFileBytes) {
      throw new AutotaskAttachmentTooLargeError({ fileName, size: bytes, limit: this.limits.maxFileBytes });
    }
    const now = this.now();
    this.uploads = activeUploads(this.uploads, now, this.limits.budgetWindowMs);
    const wait = waitForRoom(this.uploads, bytes, now, this.limits);
    if (wait > 0) {
      const usedBytes = this.uploads.reduce((n, u) => n + u.bytes, 0);
      throw new AutotaskAttachmentBudgetError({
        fileName, size: bytes, usedBytes, limit: this.limits.budgetBytes, windowMs: this.limits.budgetWindowMs,
        retryAfterMs: Number.isFinite(wait) ? wait : undefined,
      });
    }
    const entry: AttachmentUpload = { at: now, bytes };
    this.uploads.push(entry);
    return () => {
      this.uploads = this.uploads.filter((u) => u !== entry);
    };
  }

  /** Uploads counted in the current window (oldest first). */
  recent(): AttachmentUpload[] {
    return activeUploads(this.uploads, this.now(), this.limits.budgetWindowMs).map((u) => ({ ...u }));
  }

  allowance<F extends AllowanceFile>(files: readonly F[]): AttachmentAllowance<F> {
    return attachmentAllowance(files, this.now(), { uploads: this.uploads, limits: this.limits });
  }
}
