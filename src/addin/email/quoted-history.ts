/**
 * Trimming a reply's quoted history: everything from the first marker on is dropped.
 *
 * Markers (checked line by line on the plain text, so they work for HTML and text bodies alike):
 * - the QUOTE_MARK line html-to-text writes where Gmail/Outlook/Apple/Thunderbird history starts;
 * - "-----Original Message-----" and its translations;
 * - Gmail "---------- Forwarded message ---------", Apple "Begin forwarded message:";
 * - "On <date>, <name> wrote:" (also split over two lines, and in German, French, Spanish,
 *   Italian, Dutch, Scandinavian, Polish, Portuguese);
 * - an Outlook header block: a "From:" line followed within six lines by "Sent:"/"Date:" and
 *   "Subject:"/"To:" (translations included), with a "____" or "----" rule just above it;
 * - the first ">"-quoted line.
 * When nothing is left above the first marker (a plain forward), the text is kept whole.
 */
import { QUOTE_MARK } from './html-rules';
import { tidyText } from './plain-text';

export interface TrimResult {
  text: string;
  /** True when history was removed. */
  trimmed: boolean;
  /** Which marker was found first. */
  marker?: 'html-quote' | 'original-message' | 'forwarded' | 'on-wrote' | 'header-block' | 'quoted-lines';
  /** A marker was found but nothing came before it, so the whole text was kept. */
  keptWhole?: boolean;
}

const ORIGINAL = /^\s*[-_=]{2,}\s*(original message|ursprüngliche nachricht|originalnachricht|message d'origine|mensaje original|messaggio originale|oorspronkelijk bericht|originalmeddelande|opprinnelig melding|oprindelig meddelelse|alkuperäinen viesti|mensagem original|wiadomość oryginalna|původní zpráva|eredeti üzenet|исходное сообщение)\s*[-_=]{2,}\s*$/i;
const FORWARDED = /^\s*(-{3,}\s*(forwarded message|weitergeleitete nachricht|message transféré|mensaje reenviado|messaggio inoltrato|doorgestuurd bericht)\s*-{3,}|begin forwarded message:|anfang der weitergeleiteten nachricht:|début du message réexpédié\s*:)\s*$/i;
const ON_WROTE_START = /^\s*(on|am|le|el|il|op|den|på|w dniu|em|dne)\s\S/i;
const ON_WROTE_END = /\b(wrote|schrieb|a écrit|escribió|ha scritto|schreef|skrev|napisał\(a\)|napisał|escreveu|napsal)\s*:\s*$/i;
const HEADER_FROM = /^\s*\*?(from|von|de|da|van|fra|från|od|feladó|от|lähettäjä|expéditeur)\s*:\*?\s*\S/i;
const HEADER_SENT = /^\s*\*?(sent|date|gesendet|datum|envoyé|enviado|enviado el|inviato|verzonden|sendt|skickat|data|dátum|отправлено|lähetetty|fecha)\s*:/i;
const HEADER_SUBJECT = /^\s*\*?(subject|to|betreff|an|objet|à|asunto|para|oggetto|a|onderwerp|aan|emne|til|ämne|till|temat|do|tárgy|тема|кому|aihe|vastaanottaja)\s*:/i;
const RULE = /^\s*([-_=]{8,}|\u2014{4,})\s*$/;
const QUOTED = /^\s*>/;

function findMarker(lines: string[]): { index: number; marker: NonNullable<TrimResult['marker']> } | null {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === QUOTE_MARK) return { index: i, marker: 'html-quote' };
    if (ORIGINAL.test(line)) return { index: i, marker: 'original-message' };
    if (FORWARDED.test(line)) return { index: i, marker: 'forwarded' };
    if (ON_WROTE_START.test(line) && line.length <= 300) {
      if (ON_WROTE_END.test(line)) return { index: i, marker: 'on-wrote' };
      const next = lines[i + 1];
      if (next !== undefined && next.length <= 200 && ON_WROTE_END.test(next) && !ON_WROTE_START.test(next)) return { index: i, marker: 'on-wrote' };
    }
    if (HEADER_FROM.test(line)) {
      let sent = false;
      let subject = false;
      for (let j = i + 1; j < Math.min(lines.length, i + 7); j++) {
        if (HEADER_SENT.test(lines[j]!)) sent = true;
        if (HEADER_SUBJECT.test(lines[j]!)) subject = true;
      }
      if (sent && subject) {
        let start = i;
        while (start > 0 && (RULE.test(lines[start - 1]!) || !lines[start - 1]!.trim())) start--;
        return { index: start, marker: 'header-block' };
      }
    }
    if (QUOTED.test(line)) {
      let start = i;
      // An attribution line ending in ":" just above the quote belongs to the history.
      while (start > 0 && !lines[start - 1]!.trim()) start--;
      if (start > 0 && /:\s*$/.test(lines[start - 1]!) && lines[start - 1]!.length <= 300) start--;
      return { index: start, marker: 'quoted-lines' };
    }
  }
  return null;
}

/** Keeps everything above the first quoted-history marker (see the module comment). */
export function trimQuotedHistory(text: string): TrimResult {
  const lines = text.split('\n');
  const found = findMarker(lines);
  if (!found) return { text: stripQuoteMarks(text), trimmed: false };
  const kept = lines.slice(0, found.index);
  while (kept.length && (RULE.test(kept[kept.length - 1]!) || /^\s*-{3}\s*$/.test(kept[kept.length - 1]!))) kept.pop();
  const above = tidyText(stripQuoteMarks(kept.join('\n')));
  if (above) return { text: above, trimmed: true, marker: found.marker };
  if (found.marker === 'on-wrote' || found.marker === 'quoted-lines') {
    // A bottom-posted reply: drop the attribution and the quoted lines, keep what was written below.
    const below = tidyText(dropQuotedBlocks(lines));
    if (below) return { text: below, trimmed: true, marker: found.marker };
  }
  return { text: stripQuoteMarks(text), trimmed: false, marker: found.marker, keptWhole: true };
}

/** Removes ">" lines and the "… wrote:" attribution (one or two lines) just above each quoted run. */
function dropQuotedBlocks(lines: string[]): string {
  const keep = lines.map((l) => !QUOTED.test(l));
  for (let i = 0; i < lines.length; i++) {
    if (keep[i] || (i > 0 && !keep[i - 1])) continue;
    let j = i - 1;
    while (j >= 0 && !lines[j]!.trim()) j--;
    if (j >= 0 && ON_WROTE_END.test(lines[j]!)) {
      keep[j] = false;
      if (!ON_WROTE_START.test(lines[j]!) && j > 0 && ON_WROTE_START.test(lines[j - 1]!)) keep[j - 1] = false;
    }
  }
  return stripQuoteMarks(lines.filter((_l, i) => keep[i]).join('\n'));
}

/** Removes QUOTE_MARK lines. */
export function stripQuoteMarks(text: string): string {
  if (!text.includes(QUOTE_MARK)) return text;
  return tidyText(text.split('\n').filter((l) => l.trim() !== QUOTE_MARK).join('\n').split(QUOTE_MARK).join(''));
}
