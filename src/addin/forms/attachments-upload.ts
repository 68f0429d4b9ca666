/**
 * Uploading the checked attachments to a ticket after it exists: one at a time (Autotask's
 * per-endpoint limits), each failure listed with Autotask's or Office's own words; the ticket
 * stays created whatever happens here.
 */
import type { PlannedAttachment } from '../email/attachments';

export interface UploadPort {
  /** base64 content of a message attachment or generated file. */
  content(attachment: PlannedAttachment): Promise<string>;
  upload(ticketId: number, attachment: PlannedAttachment, base64: string): Promise<number>;
}

export interface UploadReport {
  uploaded: string[];
  failed: { name: string; reason: string }[];
}

export function errorText(error: unknown): string {
  if (error && typeof error === 'object') {
    const e = error as { errors?: unknown; message?: unknown };
    if (Array.isArray(e.errors) && e.errors.length) return e.errors.map(String).join(' ');
    if (typeof e.message === 'string' && e.message) return e.message;
  }
  return String(error);
}

export async function uploadAttachments(port: UploadPort, ticketId: number, chosen: readonly PlannedAttachment[]): Promise<UploadReport> {
  const report: UploadReport = { uploaded: [], failed: [] };
  for (const a of chosen) {
    try {
      const data = await port.content(a);
      await port.upload(ticketId, a, data);
      report.uploaded.push(a.name);
    } catch (error) {
      report.failed.push({ name: a.name, reason: errorText(error) });
    }
  }
  return report;
}

/** UTF-8 text as base64 (the generated full-text file). */
export function textToBase64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
