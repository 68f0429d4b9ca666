/**
 * TOTP (RFC 6238) over HOTP (RFC 4226): HMAC-SHA1/256/512, 6–8 digits, 30-second steps.
 * Verification accepts ±`window` steps and returns the matched step, so the caller can refuse
 * any step at or before the last one used (no code is accepted twice).
 */
import { createHmac, randomBytes } from 'node:crypto';
import { safeEqual } from './crypto';

export type TotpAlgorithm = 'SHA1' | 'SHA256' | 'SHA512';
export interface TotpOptions {
  /** Default 30 s. */
  stepSeconds?: number;
  /** Default 6. */
  digits?: number;
  /** Default SHA1 (what every authenticator app supports). */
  algorithm?: TotpAlgorithm;
}

const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

export function base32Encode(buf: Buffer): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of buf) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += B32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += B32[(value << (5 - bits)) & 31];
  return out;
}

export function base32Decode(text: string): Buffer {
  const clean = text.toUpperCase().replace(/[\s=-]/g, '');
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const ch of clean) {
    const i = B32.indexOf(ch);
    if (i < 0) throw new Error('Not a base32 secret');
    value = (value << 5) | i;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 255);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

/** A new random secret (160 bits, as RFC 4226 recommends), base32. */
export function generateTotpSecret(): string {
  return base32Encode(randomBytes(20));
}

export function hotp(key: Buffer, counter: number, digits = 6, algorithm: TotpAlgorithm = 'SHA1'): string {
  const msg = Buffer.alloc(8);
  msg.writeBigUInt64BE(BigInt(counter));
  const mac = createHmac(algorithm.toLowerCase(), key).update(msg).digest();
  const offset = mac[mac.length - 1]! & 0x0f;
  const bin = ((mac[offset]! & 0x7f) << 24) | (mac[offset + 1]! << 16) | (mac[offset + 2]! << 8) | mac[offset + 3]!;
  return String(bin % 10 ** digits).padStart(digits, '0');
}

export function totpStep(nowMs: number, stepSeconds = 30): number {
  return Math.floor(nowMs / 1000 / stepSeconds);
}

export function totpAt(secretBase32: string, step: number, opts: TotpOptions = {}): string {
  return hotp(base32Decode(secretBase32), step, opts.digits ?? 6, opts.algorithm ?? 'SHA1');
}

/** The matched step, or undefined. Every candidate is compared (constant time per comparison). */
export function verifyTotp(secretBase32: string, code: string, nowMs: number, window = 1, opts: TotpOptions = {}): number | undefined {
  const current = totpStep(nowMs, opts.stepSeconds ?? 30);
  let matched: number | undefined;
  for (let s = current - window; s <= current + window; s++) {
    if (safeEqual(totpAt(secretBase32, s, opts), code) && matched === undefined) matched = s;
  }
  return matched;
}

/** `otpauth://totp/Issuer:email?secret=…&issuer=…` for authenticator apps (Key URI format). */
export function otpauthUri(secretBase32: string, account: string, issuer: string, opts: TotpOptions = {}): string {
  const label = `${encodeURIComponent(issuer)}:${encodeURIComponent(account)}`;
  const q = new URLSearchParams({
    secret: secretBase32,
    issuer,
    algorithm: opts.algorithm ?? 'SHA1',
    digits: String(opts.digits ?? 6),
    period: String(opts.stepSeconds ?? 30),
  });
  return `otpauth://totp/${label}?${q.toString()}`;
}
