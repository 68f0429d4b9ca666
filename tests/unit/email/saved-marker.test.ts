import { createHash, webcrypto } from 'node:crypto';
import {
  AUTOTASK_CATEGORY, EmailMappingError, externalIdFor, normaliseMessageId, parseSavedMarker, serializeSavedMarker,
} from '../../../src/addin/email/saved-marker';
import { sha256, toBase64Url, toHex } from '../../../src/addin/email/sha256';

describe('sha256', () => {
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    ['abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq', '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1'],
  ])('FIPS 180-4 vector %j', (input, hex) => {
    expect(toHex(sha256(input))).toBe(hex);
  });

  it('matches node:crypto and Web Crypto for every length around the block boundaries and for Unicode', async () => {
    for (let n = 0; n < 200; n++) {
      const s = 'ä😀x'.repeat(n).slice(0, n);
      expect(toHex(sha256(s))).toBe(createHash('sha256').update(s, 'utf8').digest('hex'));
    }
    const subtle = new Uint8Array(await webcrypto.subtle.digest('SHA-256', new TextEncoder().encode('<id@x>')));
    expect(sha256('<id@x>')).toEqual(subtle);
  });

  it('base64url without padding', () => {
    expect(toBase64Url(new Uint8Array([0xfb, 0xff]))).toBe('-_8');
    expect(toBase64Url(new Uint8Array([1, 2, 3]))).toBe('AQID');
  });
});

describe('externalIdFor', () => {
  const id = '<DM6PR11MB4100ABCD1234@DM6PR11MB4100.namprd11.PROD.OUTLOOK.COM>';

  it('is "olk:" + 40 base64url characters, at most 50, deterministic', () => {
    const value = externalIdFor(id)!;
    expect(value).toMatch(/^olk:[A-Za-z0-9_-]{40}$/);
    expect(value.length).toBeLessThanOrEqual(50);
    expect(externalIdFor(id)).toBe(value);
    expect(value).toBe(`olk:${toBase64Url(createHash('sha256').update('DM6PR11MB4100ABCD1234@dm6pr11mb4100.namprd11.prod.outlook.com').digest().subarray(0, 30))}`);
  });

  it('ignores angle brackets, whitespace and the case of the domain, not of the local part', () => {
    expect(externalIdFor(' DM6PR11MB4100ABCD1234@dm6pr11mb4100.namprd11.prod.outlook.com ')).toBe(externalIdFor(id));
    expect(externalIdFor('<dm6pr11mb4100abcd1234@DM6PR11MB4100.namprd11.PROD.OUTLOOK.COM>')).not.toBe(externalIdFor(id));
    expect(normaliseMessageId('<a.B@Example.COM>')).toBe('a.B@example.com');
  });

  it('is null without a message id', () => {
    expect(externalIdFor(null)).toBeNull();
    expect(externalIdFor(' <> ')).toBeNull();
  });
});

describe('saved marker payload', () => {
  it('round-trips { type, id, number } as compact JSON', () => {
    const json = serializeSavedMarker({ type: 'ticket', id: 128926, number: 'T20261128.0042' });
    expect(json).toBe('{"v":1,"type":"ticket","id":128926,"number":"T20261128.0042"}');
    expect(json.length).toBeLessThanOrEqual(2500);
    expect(parseSavedMarker(json)).toEqual({ type: 'ticket', id: 128926, number: 'T20261128.0042' });
    expect(parseSavedMarker(JSON.parse(json))).toEqual({ type: 'ticket', id: 128926, number: 'T20261128.0042' });
    expect(parseSavedMarker(serializeSavedMarker({ type: 'companyNote', id: 7 }))).toEqual({ type: 'companyNote', id: 7 });
  });

  it.each([
    ['not JSON', '{oops'],
    ['another add-in', '{"foo":1}'],
    ['a future version', '{"v":2,"type":"ticket","id":1}'],
    ['an unknown type', '{"v":1,"type":"invoice","id":1}'],
    ['a bad id', '{"v":1,"type":"ticket","id":-1}'],
    ['a string id', '{"v":1,"type":"ticket","id":"1"}'],
    ['too long', 'x'.repeat(2501)],
    ['nothing', undefined],
  ])('parses %s as null', (_name, value) => {
    expect(parseSavedMarker(value)).toBeNull();
  });

  it('refuses to serialise an invalid marker', () => {
    expect(() => serializeSavedMarker({ type: 'ticket', id: 1.5 })).toThrow(EmailMappingError);
    expect(() => serializeSavedMarker({ type: 'ticket', id: 1, number: 'T'.repeat(51) })).toThrow(expect.objectContaining({ code: 'EMAIL_MARKER_INVALID' }));
  });

  it('names the category "Autotask"', () => {
    expect(AUTOTASK_CATEGORY).toBe('Autotask');
  });
});
