/**
 * Two-factor codes: enrolment (a sealed per-user TOTP secret) and verification with ±window
 * steps, no step accepted twice, and lockouts per user and per client address.
 */
import QRCode from 'qrcode';
import { errors } from '../errors';
import type { GatewayStore } from '../store/store';
import { seal, unseal } from './crypto';
import { normalizeEmail } from './directory';
import { addressKey, userKey, type Lockout } from './lockout';
import { generateTotpSecret, otpauthUri, totpAt, totpStep, verifyTotp } from './totp';

const aad = (email: string) => `otp:${email}`;

export interface OtpEnrolmentResult {
  email: string;
  secret: string;
  uri: string;
}

/** Enrolment and code helpers that need only the store and the key (admin commands, the dev stack). */
export function createOtpEnrolments(store: GatewayStore, key: Buffer, opts: { issuer: string; now: () => number }) {
  const secretOf = (email: string): string | undefined => {
    const row = store.otp.get(normalizeEmail(email));
    return row ? unseal(key, row.secretSealed, aad(row.email)) : undefined;
  };
  return {
    /** Creates (or replaces) the user's secret; the URI goes to their authenticator app. */
    enrol(email: string, secret = generateTotpSecret()): OtpEnrolmentResult {
      const e = normalizeEmail(email);
      store.otp.put(e, seal(key, secret, aad(e)), opts.now());
      return { email: e, secret, uri: otpauthUri(secret, e, opts.issuer) };
    },
    isEnrolled: (email: string) => store.otp.get(normalizeEmail(email)) !== undefined,
    secretOf,
    /** The code the gateway will accept next: the current step's, or the next step's when the
     *  current one was used (development helper: `npm run otp`, tests). */
    codeFor(email: string): { code: string; validForSeconds: number } {
      const e = normalizeEmail(email);
      const row = store.otp.get(e);
      const secret = secretOf(e);
      if (!row || !secret) throw new Error(`${e} is not enrolled: run npm run otp:enrol -- ${e}`);
      const t = opts.now();
      const current = totpStep(t);
      const step = row.lastStep === null || row.lastStep < current ? current : row.lastStep + 1;
      if (step > current + 1) throw new Error(`The codes for ${e} were used up for now; wait ${Math.ceil(((current + 1) * 30_000 - t) / 1000)} s`);
      return { code: totpAt(secret, step), validForSeconds: Math.ceil(((step + 2) * 30_000 - t) / 1000) };
    },
  };
}

export type OtpEnrolments = ReturnType<typeof createOtpEnrolments>;

/** A QR code of the URI for a terminal (UTF-8 blocks). */
export function terminalQr(uri: string): Promise<string> {
  return QRCode.toString(uri, { type: 'terminal', small: true, errorCorrectionLevel: 'M' });
}

export interface OtpVerifierDeps {
  store: GatewayStore;
  enrolments: OtpEnrolments;
  lockout: Lockout;
  window: number;
  maxFailures: number;
  maxFailuresPerAddress: number;
  now: () => number;
}

/** Checks a code; throws `locked`, `unknown_user` (not enrolled) or `invalid_code`. */
export function createOtpVerifier(d: OtpVerifierDeps) {
  return {
    verify(emailInput: string, code: string, address: string): void {
      const email = normalizeEmail(emailInput);
      const keys = [userKey(email), addressKey(address)];
      d.lockout.check(keys);
      const secret = d.enrolments.secretOf(email);
      if (!secret) {
        const lockedFor = d.lockout.fail(addressKey(address), d.maxFailuresPerAddress);
        throw lockedFor ? errors.locked(lockedFor) : errors.notEnrolled();
      }
      const step = verifyTotp(secret, code, d.now(), d.window);
      if (step === undefined || !d.store.otp.markUsed(email, step)) {
        const a = d.lockout.fail(userKey(email), d.maxFailures);
        const b = d.lockout.fail(addressKey(address), d.maxFailuresPerAddress);
        const lockedFor = Math.max(a ?? 0, b ?? 0);
        if (lockedFor > 0) throw errors.locked(lockedFor);
        throw errors.invalidCode();
      }
      d.lockout.reset(userKey(email));
    },
  };
}
