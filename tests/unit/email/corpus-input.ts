/**
 * Test helper: a raw .eml → the mapping's input, the way the pane would see the message.
 * Parses with the workbench's emlToMessage (postal-mime), then repairs what that parser gets
 * wrong for the known-hard corpus cases with src/addin/email/header-decoding (Exchange does this
 * for real Office.js items):
 * - Subject and From: raw 8-bit headers (Latin-1, Big5, broken UTF-8), UTF-7 and split encoded words;
 * - a text/plain body declared UTF-7 (no TextDecoder knows UTF-7), and a non-MIME body with raw
 *   8-bit bytes (the header fallback: UTF-8 if valid, else Windows-1252);
 * - images referenced from the HTML by Content-Location (MHTML) count as inline, as in Outlook.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { emlToMessage } from '../../../src/workbench/mail/eml-to-message';
import type { WorkbenchMessage } from '../../../src/workbench/model/message';
import { binaryString, charsetHints, decodeUndeclared, decodeUtf7, firstMailbox, headerBlock, rawHeaderValues, repairHeader } from '../../../src/addin/email/header-decoding';
import type { MapInput } from '../../../src/addin/email/map-message';

const repoRoot = resolve(__dirname, '../../..');
export const CORPUS_DIR = resolve(repoRoot, '..', 'shared', 'corpus', 'emails');
export const haveCorpus = existsSync(CORPUS_DIR);
export const FIXTURES_DIR = resolve(repoRoot, 'tests', 'fixtures', 'email');

/** A fixed "now" so messages without a Date map the same way every run. */
export const NOW = new Date('2026-11-28T14:14:00Z');

/** Content-Location values of the MIME parts (in any header block) of a raw message. */
function contentLocations(binary: string): { location: string; contentType: string }[] {
  const out: { location: string; contentType: string }[] = [];
  for (const block of binary.split(/\r?\n\r?\n/)) {
    const loc = /^content-location[ \t]*:[ \t]*([^\r\n]+)/im.exec(block);
    if (!loc) continue;
    const type = /^content-type[ \t]*:[ \t]*([^;\r\n]+)/im.exec(block);
    out.push({ location: loc[1]!.trim(), contentType: (type?.[1] ?? '').trim().toLowerCase() });
  }
  return out;
}

export interface CorpusMessage {
  message: WorkbenchMessage;
  input: MapInput;
}

export async function loadMessage(raw: Uint8Array, id: string): Promise<CorpusMessage> {
  const message = await emlToMessage(raw, { id, now: NOW });
  const binary = binaryString(raw);
  const hints = charsetHints(binary);
  const subject = repairHeader(message.subject, rawHeaderValues(binary, 'Subject')[0], hints);
  let from = message.from;
  const rawFrom = rawHeaderValues(binary, 'From')[0];
  if (from && rawFrom !== undefined) {
    const repaired = firstMailbox(repairHeader(from.name, rawFrom, hints));
    if (repaired && repaired.address.toLowerCase() === from.address.toLowerCase()) from = { ...from, name: repaired.name };
  }
  let text = message.text;
  if (text && /content-type:\s*text\/plain;\s*charset="?utf-7/i.test(binary)) text = decodeUtf7(text);
  // A message without MIME headers whose body has raw 8-bit bytes: the same fallback as its headers.
  if (text?.includes('\ufffd') && !rawHeaderValues(binary, 'Content-Type').length) {
    const block = headerBlock(binary);
    text = decodeUndeclared(binary.slice(block.length).replace(/^\r?\n\r?\n/, ''), hints);
  }

  const html = message.html ?? '';
  const located = contentLocations(binary).filter((l) => html.includes(`src="${l.location}"`) || html.includes(`src=${l.location}`));
  const attachments = message.attachments.map((a) => {
    const byLocation = !a.isInline && !a.contentId && located.some((l) => l.contentType === a.contentType.toLowerCase());
    return {
      id: a.id,
      name: a.name,
      size: a.size,
      contentType: a.contentType,
      isInline: a.isInline || byLocation,
      attachmentType: a.attachmentType,
      ...(a.contentId ? { contentId: a.contentId } : {}),
    };
  });

  return {
    message,
    input: {
      item: {
        subject,
        from,
        dateTimeCreated: message.dateTimeCreated,
        internetMessageId: message.internetMessageId,
        attachments,
        itemClass: message.itemClass,
      },
      body: { html: message.html ?? null, text: text ?? null },
    },
  };
}
