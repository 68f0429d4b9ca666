/**
 * Cutting text to an Autotask field length (UTF-16 code units, as .NET counts them) at the most
 * natural boundary in the last quarter of the allowed length: a paragraph break if one lies in
 * the last tenth, else a sentence end, else a line break, else a space, else a hard cut that never
 * splits a surrogate pair. An optional note (e.g. "the full text is attached") is appended
 * and counted in the limit.
 */

export interface Truncation {
  /** Characters of the text before cutting. */
  originalLength: number;
  /** Characters of the original text kept (without the note). */
  keptLength: number;
}

export interface TruncateResult {
  text: string;
  truncated: Truncation | null;
}

const SENTENCE_END = /[.!?\u2026\u3002\uff01\uff1f][)"'\u201d\u2019\]]*(?=\s)/g;

function lastMatchEnd(re: RegExp, s: string, from: number): number {
  re.lastIndex = from;
  let found = -1;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) {
    found = m.index + m[0].length;
    if (m[0].length === 0) re.lastIndex++;
  }
  return found;
}

/** Where to cut `text` so that at most `max` characters remain. */
export function boundaryBefore(text: string, max: number): number {
  if (text.length <= max) return text.length;
  if (max <= 0) return 0;
  const window = text.slice(0, max + 1);
  const floor = Math.floor(max * 0.75);
  const para = window.lastIndexOf('\n\n', max);
  if (para >= Math.floor(max * 0.9)) return para;
  const sentence = lastMatchEnd(SENTENCE_END, window, floor);
  if (sentence > floor && sentence <= max) return sentence;
  if (para >= floor) return para;
  const line = window.lastIndexOf('\n', max);
  if (line >= floor) return line;
  const space = Math.max(window.lastIndexOf(' ', max), window.lastIndexOf('\t', max));
  if (space >= floor) return space;
  const code = text.charCodeAt(max);
  return code >= 0xdc00 && code <= 0xdfff ? max - 1 : max;
}

/**
 * Cuts `text` to `max` characters including `note` (added after a blank line when cut).
 * The note is dropped if it does not leave room for at least half the text.
 */
export function truncateText(text: string, max: number, note = ''): TruncateResult {
  if (text.length <= max) return { text, truncated: null };
  const suffix = note && note.length + 2 <= max / 2 ? `\n\n${note}` : '';
  const cut = boundaryBefore(text, max - suffix.length);
  const kept = text.slice(0, cut).trimEnd();
  return { text: kept + suffix, truncated: { originalLength: text.length, keptLength: kept.length } };
}
