/**
 * What the sender lookup needs, read from the message alone (pure): the normalised address and
 * domain, whether the domain is a public mail provider, ticket numbers in the subject, and a
 * "create contact" proposal with the display name split into first and last name.
 */
import { isPublicMailDomain } from './public-domains';

export interface MailAddressInput {
  name: string;
  address: string;
}

export interface ContactProposal {
  firstName: string;
  lastName: string;
  emailAddress: string;
  /** Required Autotask fields the proposal could not fill (the form asks for them). */
  missing: ('firstName' | 'lastName')[];
}

export type SenderProblem = 'no-sender' | 'no-address' | 'malformed-address';

export type SenderQuery =
  | {
      ok: true;
      /** Lower-cased, without angle brackets or "mailto:". */
      address: string;
      /** Lower-cased domain as written (may be Unicode). */
      domain: string;
      /** ASCII (punycode) form of the domain, for comparing with web addresses. */
      asciiDomain: string;
      displayName: string;
      publicDomain: boolean;
      /** Ticket numbers found in the subject (note targets only). */
      ticketNumbers: string[];
      proposal: ContactProposal;
    }
  | { ok: false; problem: SenderProblem; reason: string; displayName: string; ticketNumbers: string[] };

/** Autotask contact name fields hold 50 characters. */
const NAME_MAX = 50;
const ADDRESS = /^[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+$/u;
const TICKET_NUMBER = /(?<![A-Za-z0-9])[Tt](\d{8})\.(\d{4})(?:\.(\d{3}))?(?![0-9])/g;
const SUFFIXES = /^(jr|sr|ii|iii|iv|v|phd|md|dds|esq|cpa|mba|msc|bsc|ret)\.?$/i;
const HONORIFICS = /^(mr|mrs|ms|miss|mx|dr|prof|herr|frau|m|mme|mlle|sr|sra|srta|sig|sig\.ra|ing|dipl\.-ing)\.?$/i;
const PARTICLES = new Set(['van', 'von', 'de', 'da', 'di', 'del', 'della', 'der', 'den', 'du', 'le', 'la', 'dos', 'das', 'do', 'ten', 'ter', 'bin', 'ibn', 'al', 'el', 'st.', 'st', 'mac', 'vander']);
const ROLE_WORDS = /^(info|support|admin|administrator|noreply|no|reply|donotreply|sales|billing|helpdesk|help|service|services|contact|office|team|mail|hello|accounts|accounting|invoice|invoices|it|hr|postmaster|webmaster|notifications?|alerts?|system|test)$/i;

/** Strips "mailto:", angle brackets and whitespace; lower-cases. */
export function normaliseAddress(address: string): string {
  return address.trim().replace(/^mailto:/i, '').replace(/^<|>$/g, '').trim().toLowerCase();
}

export function isValidAddress(address: string): boolean {
  if (!ADDRESS.test(address)) return false;
  const domain = address.slice(address.lastIndexOf('@') + 1);
  return !domain.startsWith('.') && !domain.endsWith('.') && !domain.includes('..');
}

/** The ASCII (IDNA) form of a host name, or the input lower-cased when it cannot be converted. */
export function asciiHost(host: string): string {
  const h = host.trim().toLowerCase().replace(/\.$/, '');
  try {
    return new URL(`http://${h}`).hostname;
  } catch {
    return h;
  }
}

/** Ticket numbers (T20241128.0042, also with a third ".NNN" segment) in a subject, upper-cased, unique. */
export function ticketNumbersIn(subject: string): string[] {
  const found = new Set<string>();
  for (const m of subject.matchAll(TICKET_NUMBER)) found.add(`T${m[1]}.${m[2]}${m[3] ? `.${m[3]}` : ''}`);
  return [...found];
}

const cap = (s: string) => (s ? s[0]!.toLocaleUpperCase() + s.slice(1) : s);
const clip = (s: string) => (s.length <= NAME_MAX ? s : s.slice(0, NAME_MAX).trimEnd());

function fromLocalPart(address: string): { firstName: string; lastName: string } | null {
  const local = address.split('@')[0] ?? '';
  const tokens = local.split(/[._-]+/).filter((t) => t && !/^\d+$/.test(t));
  if (tokens.length < 2 || tokens.some((t) => !/^\p{L}{2,}$/u.test(t) || ROLE_WORDS.test(t))) return null;
  return { firstName: cap(tokens[0]!), lastName: tokens.slice(1).map(cap).join(' ') };
}

/**
 * Splits a display name: "Last, First"; "First Last"; particles stay with the last name
 * ("Ludwig van Beethoven"); a leading all-capitals word is the last name ("MARTIN Claire");
 * Chinese/Japanese/Korean names are family name first; honorifics, quotes, bracketed tags and
 * "via …" are dropped; a suffix after a comma stays with the
 * last name; an address used as the name, or no name, gives "first.last" from the address when
 * that is what it looks like.
 */
export function splitDisplayName(displayName: string, address = ''): ContactProposal {
  let name = displayName
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .replace(/^[\s"'`\u201c\u201d\u2018\u2019]+|[\s"'`\u201c\u201d\u2018\u2019]+$/g, '')
    .replace(/\[[^\]]*\]|\([^)]*\)|<[^>]*>/g, ' ')
    .replace(/\s+via\s+.+$/i, '')
    .replace(/\s+/g, ' ')
    .trim();
  const emailInName = /[^\s@]+@[^\s@]+/.exec(name);
  const result = (firstName: string, lastName: string): ContactProposal => {
    const f = clip(firstName.trim());
    const l = clip(lastName.trim());
    const missing: ContactProposal['missing'] = [];
    if (!f) missing.push('firstName');
    if (!l) missing.push('lastName');
    return { firstName: f, lastName: l, emailAddress: address, missing };
  };
  // A domain or URL as the name ("Vitamart.ca", "contoso.com") is an organization, not a person.
  const looksLikeDomain = /^(https?:\/\/)?(www\.)?[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)*\.(com|net|org|edu|gov|io|co|ca|de|uk|fr|nl|be|ch|at|it|es|au|us|info|biz|eu|app|dev|tech|online|shop|store)\/?$/iu.test(name);
  if (!name || emailInName || looksLikeDomain || !/\p{L}/u.test(name)) {
    const derived = fromLocalPart(emailInName?.[0] ?? address);
    return derived ? result(derived.firstName, derived.lastName) : result('', '');
  }
  let suffix = '';
  const comma = name.split(',').map((p) => p.trim()).filter(Boolean);
  if (comma.length === 2 && SUFFIXES.test(comma[1]!)) {
    suffix = ` ${comma[1]}`;
    name = comma[0]!;
  } else if (comma.length === 2) {
    const first = comma[1]!.split(' ').filter((t) => !HONORIFICS.test(t)).join(' ');
    return result(first, comma[0]!);
  } else if (comma.length > 2) name = comma.join(' ');
  const tokens = name.split(' ').filter((t) => t && !/^\d+$/.test(t));
  while (tokens.length > 1 && HONORIFICS.test(tokens[0]!)) tokens.shift();
  if (tokens.length === 1) return result(tokens[0]!, suffix.trim());
  const first = tokens[0]!;
  // Chinese, Japanese and Korean names put the family name first.
  if (tokens.every((t) => /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+$/u.test(t))) {
    return result(tokens.slice(1).join(' '), first + suffix);
  }
  if (first.length > 2 && /\p{Lu}/u.test(first) && first === first.toLocaleUpperCase() && tokens.slice(1).some((t) => t !== t.toLocaleUpperCase())) {
    return result(tokens.slice(1).join(' '), first + suffix);
  }
  for (let i = 1; i < tokens.length - 1; i++) {
    if (PARTICLES.has(tokens[i]!.toLowerCase())) return result(tokens.slice(0, i).join(' '), tokens.slice(i).join(' ') + suffix);
  }
  return result(tokens.slice(0, -1).join(' '), tokens[tokens.length - 1]! + suffix);
}

/** The lookup request for a sender, or why there can be none. */
export function senderQuery(from: MailAddressInput | null | undefined, subject: string, withTicketNumbers: boolean): SenderQuery {
  const ticketNumbers = withTicketNumbers ? ticketNumbersIn(subject) : [];
  const displayName = (from?.name ?? '').replace(/\s+/g, ' ').trim();
  if (!from || (!from.address.trim() && !displayName)) {
    return { ok: false, problem: 'no-sender', reason: 'The message has no sender.', displayName: '', ticketNumbers };
  }
  let address = normaliseAddress(from.address);
  if (!address) {
    // Some clients put the address in the display name only.
    const inName = normaliseAddress(displayName);
    if (isValidAddress(inName)) address = inName;
    else return { ok: false, problem: 'no-address', reason: `The sender "${displayName}" has no email address.`, displayName, ticketNumbers };
  }
  if (!isValidAddress(address)) {
    return { ok: false, problem: 'malformed-address', reason: `The sender's address "${address}" is not a valid email address.`, displayName, ticketNumbers };
  }
  const domain = address.slice(address.lastIndexOf('@') + 1);
  return {
    ok: true,
    address,
    domain,
    asciiDomain: asciiHost(domain),
    displayName,
    publicDomain: isPublicMailDomain(asciiHost(domain)) || isPublicMailDomain(domain),
    ticketNumbers,
    proposal: splitDisplayName(displayName, address),
  };
}
