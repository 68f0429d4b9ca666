/**
 * Whitespace tidying shared by both body paths: CRLF → LF, no-break and figure spaces → space,
 * C1 controls read as the Windows-1252 characters they were meant to be, zero-width space / soft
 * hyphen / BOM and control characters removed (tab and line feed kept;
 * zero-width joiners and bidi marks kept, emoji and right-to-left text need them), trailing spaces
 * trimmed, never more than one blank line in a row, no blank lines at either end.
 */

import { remapC1 } from './entities';

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b\u00ad\ufeff]/g;

export function tidyText(s: string): string {
  return remapC1(s)
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(CONTROL, '')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/[ \t]+$/, '')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\s*\n/, '')
    .trim();
}

/** A text/plain body as it goes to Autotask. */
export function plainTextToText(text: string): string {
  return tidyText(text);
}
