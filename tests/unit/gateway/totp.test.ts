import { base32Decode, base32Encode, generateTotpSecret, hotp, otpauthUri, totpAt, verifyTotp } from '../../../src/gateway/auth/totp';

// RFC 6238 Appendix B: the seeds are ASCII "1234567890" repeated to the hash's key length.
const SEED = { SHA1: '12345678901234567890', SHA256: '12345678901234567890123456789012', SHA512: '1234567890123456789012345678901234567890123456789012345678901234' } as const;
const VECTORS: [number, string, string, string][] = [
  [59, '94287082', '46119246', '90693936'],
  [1111111109, '07081804', '68084774', '25091201'],
  [1111111111, '14050471', '67062674', '99943326'],
  [1234567890, '89005924', '91819424', '93441116'],
  [2000000000, '69279037', '90698825', '38618901'],
  [20000000000, '65353130', '77737706', '47863826'],
];

describe('TOTP (RFC 6238)', () => {
  it.each(VECTORS)('matches the RFC 6238 test vectors at T=%i', (t, sha1, sha256, sha512) => {
    const step = Math.floor(t / 30);
    expect(totpAt(base32Encode(Buffer.from(SEED.SHA1)), step, { digits: 8, algorithm: 'SHA1' })).toBe(sha1);
    expect(totpAt(base32Encode(Buffer.from(SEED.SHA256)), step, { digits: 8, algorithm: 'SHA256' })).toBe(sha256);
    expect(totpAt(base32Encode(Buffer.from(SEED.SHA512)), step, { digits: 8, algorithm: 'SHA512' })).toBe(sha512);
  });

  it('matches the RFC 4226 HOTP values', () => {
    const key = Buffer.from(SEED.SHA1);
    expect([0, 1, 2, 9].map((c) => hotp(key, c))).toEqual(['755224', '287082', '359152', '520489']);
  });

  it('accepts ±window steps and says which step matched', () => {
    const secret = generateTotpSecret();
    const now = 1_800_000_000_000;
    const step = Math.floor(now / 30_000);
    expect(verifyTotp(secret, totpAt(secret, step), now)).toBe(step);
    expect(verifyTotp(secret, totpAt(secret, step - 1), now)).toBe(step - 1);
    expect(verifyTotp(secret, totpAt(secret, step + 1), now)).toBe(step + 1);
    expect(verifyTotp(secret, totpAt(secret, step - 2), now)).toBeUndefined();
    expect(verifyTotp(secret, totpAt(secret, step + 2), now)).toBeUndefined();
    expect(verifyTotp(secret, totpAt(secret, step - 1), now, 0)).toBeUndefined();
    expect(verifyTotp(secret, '12345', now)).toBeUndefined();
  });

  it('encodes base32 both ways and makes 160-bit secrets', () => {
    expect(base32Encode(Buffer.from('foobar'))).toBe('MZXW6YTBOI');
    expect(base32Decode('mzxw 6ytb oi======').toString()).toBe('foobar');
    expect(base32Decode(generateTotpSecret())).toHaveLength(20);
    expect(() => base32Decode('not base32!')).toThrow();
  });

  it('writes the otpauth URI authenticator apps read', () => {
    const uri = new URL(otpauthUri('JBSWY3DPEHPK3PXP', 'sam@example.com', 'Autotask for Outlook'));
    expect(uri.protocol).toBe('otpauth:');
    expect(uri.host).toBe('totp');
    expect(decodeURIComponent(uri.pathname)).toBe('/Autotask for Outlook:sam@example.com');
    expect(Object.fromEntries(uri.searchParams)).toEqual({ secret: 'JBSWY3DPEHPK3PXP', issuer: 'Autotask for Outlook', algorithm: 'SHA1', digits: '6', period: '30' });
  });
});
