import { charsetHints, decodeHeaderValue, decodeUtf7, firstMailbox, rawHeaderValues, repairHeader } from '../../../src/addin/email/header-decoding';

const bin = (bytes: number[] | Uint8Array) => String.fromCharCode(...bytes);
const utf8 = (s: string) => bin(new TextEncoder().encode(s));

describe('decodeUtf7', () => {
  it('decodes RFC 2152 sequences', () => {
    expect(decodeUtf7('Fr+APY-sche, +AOQ-rger, mi+AN8-liche, 1 +- 1, Hi Mom -+Jjo--!')).toBe('Frösche, ärger, mißliche, 1 + 1, Hi Mom -☺-!');
    expect(decodeUtf7('+2D3eAA-')).toBe('😀');
  });
});

describe('decodeHeaderValue', () => {
  it('joins adjacent encoded words of one charset before decoding (split UTF-8 character)', () => {
    expect(decodeHeaderValue('=?iso-8859-2*sl?Q?Doma=e8e?=\r\n  =?utf-8*sl?Q?_omre=C5?=     =?Utf-8*SL?q?=BEje?=')).toBe('Domače omrežje');
    expect(decodeHeaderValue('=?utf-8?B?0LTQvtC6?= =?utf-8?B?0YM=?=')).toBe('доку');
  });

  it('decodes UTF-7 encoded words', () => {
    expect(decodeHeaderValue('=?utf-7?Q?Die_Hasen_und_die_Fr+APY-sche?=')).toBe('Die Hasen und die Frösche');
  });

  it('keeps the space between an encoded word and plain text', () => {
    expect(decodeHeaderValue('=?ISO-8859-1?Q?Maril=F9?= Gioffr' + utf8('é') + ' <a@b.example>')).toBe('Marilù Gioffré <a@b.example>');
  });

  it('reads undeclared 8-bit bytes as UTF-8, the declared body charset, mostly-UTF-8, or Windows-1252', () => {
    expect(decodeHeaderValue(utf8('Grüße'))).toBe('Grüße');
    expect(decodeHeaderValue(bin([0x46, 0x72, 0xf6, 0x73, 0x63, 0x68, 0x65]))).toBe('Frösche');
    expect(decodeHeaderValue(bin([0xa4, 0xe9]), { declared: 'big5', utf8ish: false })).toBe('日');
    expect(decodeHeaderValue(bin([0xb4, 0x21]), { utf8ish: true })).toBe('\ufffd!');
  });
});

describe('charsetHints and raw headers', () => {
  it('finds the declared charset and whether the header block is mostly UTF-8', () => {
    const raw = `From: ${utf8('Юникод')}\xf1 <a@b.example>\r\nSubject: \xb4!\r\nContent-Type: text/plain; charset="ISO-8859-1"\r\n\r\nbody`;
    expect(charsetHints(raw)).toEqual({ declared: 'iso-8859-1', utf8ish: true });
    expect(rawHeaderValues('Subject: a\r\n b\r\nsubject: second\r\n\r\nSubject: body', 'Subject')).toEqual(['a b', 'second']);
  });

  it('repairHeader keeps a good parser value and repairs a suspect one', () => {
    const hints = { utf8ish: false };
    expect(repairHeader('Hello', 'Hello', hints)).toBe('Hello');
    expect(repairHeader('Fr\ufffdsche', bin([0x46, 0x72, 0xf6, 0x73, 0x63, 0x68, 0x65]), hints)).toBe('Frösche');
    expect(repairHeader('Fr+APY-sche', '=?utf-7?Q?Fr+APY-sche?=', hints)).toBe('Frösche');
    expect(repairHeader('x', undefined, hints)).toBe('x');
  });

  it('firstMailbox reads "Name <addr>", "addr (Name)" and bare addresses', () => {
    expect(firstMailbox('"Miller, Jordan" <j@x.example>, other@x.example')).toEqual({ name: 'Miller, Jordan', address: 'j@x.example' });
    expect(firstMailbox('j@x.example (Jordan)')).toEqual({ name: 'Jordan', address: 'j@x.example' });
    expect(firstMailbox('%FROM_ADDRESS%')).toEqual({ name: '%FROM_ADDRESS%', address: '' });
    expect(firstMailbox('  ')).toBeNull();
  });
});
