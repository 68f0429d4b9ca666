/**
 * HTML character references: named (the HTML 4 set of 253 plus the HTML 5 names mail actually
 * uses), decimal and hexadecimal. Numeric references follow the HTML parsing rules: 0, surrogates
 * and values past U+10FFFF become U+FFFD, and 0x80–0x9F are read as Windows-1252 (so `&#150;` is
 * an en dash, as every browser shows it). Legacy names (Latin-1, amp, lt, gt, quot…) also work
 * without the semicolon, except inside an attribute when followed by a letter, digit or "=".
 * Unknown names are left as written.
 */

/** Latin-1 names in code-point order from U+00A0; these are the ones browsers accept without ";". */
const LATIN1 =
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest ' +
  'Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig ' +
  'agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml';

/** Greek letters in code-point order: U+0391–U+03A9 (no U+03A2) and U+03B1–U+03C9. */
const GREEK_UPPER = 'Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota Kappa Lambda Mu Nu Xi Omicron Pi Rho _ Sigma Tau Upsilon Phi Chi Psi Omega';
const GREEK_LOWER = 'alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigmaf sigma tau upsilon phi chi psi omega';

/** The rest of HTML 4 plus common HTML 5 names, as name:codepoint(hex). */
const OTHERS =
  'quot:22 amp:26 apos:27 lt:3c gt:3e QUOT:22 AMP:26 LT:3c GT:3e COPY:a9 REG:ae ' +
  'OElig:152 oelig:153 Scaron:160 scaron:161 Yuml:178 fnof:192 circ:2c6 tilde:2dc thetasym:3d1 upsih:3d2 piv:3d6 ' +
  'ensp:2002 emsp:2003 thinsp:2009 zwnj:200c zwj:200d lrm:200e rlm:200f ndash:2013 mdash:2014 lsquo:2018 rsquo:2019 sbquo:201a ' +
  'ldquo:201c rdquo:201d bdquo:201e dagger:2020 Dagger:2021 bull:2022 hellip:2026 permil:2030 prime:2032 Prime:2033 lsaquo:2039 ' +
  'rsaquo:203a oline:203e frasl:2044 euro:20ac image:2111 weierp:2118 real:211c trade:2122 alefsym:2135 larr:2190 uarr:2191 ' +
  'rarr:2192 darr:2193 harr:2194 crarr:21b5 lArr:21d0 uArr:21d1 rArr:21d2 dArr:21d3 hArr:21d4 forall:2200 part:2202 exist:2203 ' +
  'empty:2205 nabla:2207 isin:2208 notin:2209 ni:220b prod:220f sum:2211 minus:2212 lowast:2217 radic:221a prop:221d infin:221e ' +
  'ang:2220 and:2227 or:2228 cap:2229 cup:222a int:222b there4:2234 sim:223c cong:2245 asymp:2248 ne:2260 equiv:2261 le:2264 ' +
  'ge:2265 sub:2282 sup:2283 nsub:2284 sube:2286 supe:2287 oplus:2295 otimes:2297 perp:22a5 sdot:22c5 lceil:2308 rceil:2309 ' +
  'lfloor:230a rfloor:230b lang:27e8 rang:27e9 loz:25ca spades:2660 clubs:2663 hearts:2665 diams:2666 ' +
  // HTML 5 names seen in mail
  'Tab:9 NewLine:a excl:21 num:23 dollar:24 percnt:25 lpar:28 rpar:29 ast:2a plus:2b comma:2c period:2e sol:2f colon:3a semi:3b ' +
  'equals:3d quest:3f commat:40 lsqb:5b lbrack:5b bsol:5c rsqb:5d rbrack:5d Hat:5e lowbar:5f grave:60 lcub:7b lbrace:7b verbar:7c ' +
  'vert:7c rcub:7d rbrace:7d NonBreakingSpace:a0 half:bd centerdot:b7 hyphen:2010 dash:2010 horbar:2015 Vert:2016 lsquor:201a ' +
  'rsquor:2019 ldquor:201e rdquor:201d bullet:2022 nldr:2025 mldr:2026 ZeroWidthSpace:200b NoBreak:2060 emsp13:2004 emsp14:2005 ' +
  'numsp:2007 puncsp:2008 hairsp:200a MediumSpace:205f caret:2041 check:2713 checkmark:2713 cross:2717 star:2606 starf:2605 ' +
  'phone:260e female:2640 male:2642 sharp:266f flat:266d natural:266e frac13:2153 frac23:2154 frac15:2155 frac16:2159 frac18:215b ' +
  'frac38:215c frac58:215d frac78:215e larrb:21e4 rarrb:21e5 rightarrow:2192 leftarrow:2190 uparrow:2191 downarrow:2193 ' +
  'trade:2122 TRADE:2122 copysr:2117 incare:2105 numero:2116 ohm:3a9 angst:c5 square:25a1 squ:25a1 blacksquare:25aa ' +
  'rect:25ad triangle:25b5 utri:25b5 dtri:25bf ltri:25c3 rtri:25b9 cir:25cb bigcirc:25ef';

function buildTable(): { all: Map<string, string>; legacy: Set<string> } {
  const all = new Map<string, string>();
  const legacy = new Set<string>();
  LATIN1.split(' ').forEach((name, i) => {
    all.set(name, String.fromCharCode(0xa0 + i));
    legacy.add(name);
  });
  GREEK_UPPER.split(' ').forEach((name, i) => name !== '_' && all.set(name, String.fromCharCode(0x391 + i)));
  GREEK_LOWER.split(' ').forEach((name, i) => all.set(name, String.fromCharCode(0x3b1 + i)));
  for (const pair of OTHERS.split(' ')) {
    const [name, hex] = pair.split(':') as [string, string];
    all.set(name, String.fromCodePoint(parseInt(hex, 16)));
  }
  for (const name of ['quot', 'amp', 'lt', 'gt', 'QUOT', 'AMP', 'LT', 'GT', 'COPY', 'REG']) legacy.add(name);
  return { all, legacy };
}

const { all: NAMED, legacy: LEGACY } = buildTable();

/** Windows-1252 for 0x80–0x9F, as the HTML spec reads numeric references in that range. */
const C1 = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function fromCodePoint(code: number): string {
  if (!Number.isFinite(code) || code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
  if (code >= 0x80 && code <= 0x9f) return C1[code - 0x80]!;
  return String.fromCodePoint(code);
}

/**
 * C1 control characters (U+0080–U+009F) in decoded text are Windows-1252 bytes a decoder read as
 * Latin-1 (postal-mime does this for "windows-1252"): map them to the characters meant; the five
 * bytes Windows-1252 leaves undefined are dropped.
 */
export function remapC1(s: string): string {
  if (!/[\u0080-\u009f]/.test(s)) return s;
  return s.replace(/[\u0080-\u009f]/g, (c) => {
    const mapped = C1[c.charCodeAt(0) - 0x80]!;
    return mapped.charCodeAt(0) < 0xa0 ? '' : mapped;
  });
}

const REF = /&(?:#(\d{1,8})|#[xX]([0-9a-fA-F]{1,7})|([A-Za-z][A-Za-z0-9]{0,31}))(;?)/g;

/** Decodes character references in text (`inAttribute` applies the attribute-value rules). */
export function decodeEntities(s: string, inAttribute = false): string {
  if (s.indexOf('&') === -1) return s;
  REF.lastIndex = 0;
  return s.replace(REF, (match, dec: string | undefined, hex: string | undefined, name: string | undefined, semi: string, offset: number) => {
    if (dec !== undefined) return fromCodePoint(parseInt(dec, 10));
    if (hex !== undefined) return fromCodePoint(parseInt(hex, 16));
    if (semi) {
      const value = NAMED.get(name!);
      if (value !== undefined) return value;
    }
    // No semicolon (or an unknown name): the longest legacy prefix, as browsers do.
    for (let len = Math.min(name!.length, 6); len >= 2; len--) {
      const prefix = name!.slice(0, len);
      if (!LEGACY.has(prefix)) continue;
      const rest = name!.slice(len) + semi;
      if (inAttribute) {
        const next = rest[0] ?? s[offset + match.length] ?? '';
        if (/[A-Za-z0-9=]/.test(next)) return match;
      }
      return NAMED.get(prefix)! + rest;
    }
    return match;
  });
}
