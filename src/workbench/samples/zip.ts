/**
 * A stored (uncompressed) ZIP writer, enough for a real, openable archive whose size is known before
 * its bytes are built.
 */
import { crc32 } from '../model/bytes';

export interface ZipEntrySpec {
  name: string;
  size: number;
  /** Builds the entry's bytes (exactly `size` long). */
  data: () => Uint8Array;
}

const DOS_TIME = (12 << 11) | (0 << 5); // 12:00:00
const DOS_DATE = ((2026 - 1980) << 9) | (11 << 5) | 30; // 2026-11-30

export function storedZipSize(entries: readonly ZipEntrySpec[]): number {
  return entries.reduce((n, e) => n + 30 + e.name.length + e.size + 46 + e.name.length, 22);
}

export function buildStoredZip(entries: readonly ZipEntrySpec[]): Uint8Array {
  const out = new Uint8Array(storedZipSize(entries));
  const view = new DataView(out.buffer);
  const ascii = (s: string, at: number) => { for (let i = 0; i < s.length; i++) out[at + i] = s.charCodeAt(i) & 0x7f; };
  let p = 0;
  const central: { name: string; crc: number; size: number; offset: number }[] = [];
  for (const e of entries) {
    const data = e.data();
    if (data.length !== e.size) throw new Error(`zip entry ${e.name}: expected ${e.size} bytes, got ${data.length}`);
    const crc = crc32(data);
    central.push({ name: e.name, crc, size: e.size, offset: p });
    view.setUint32(p, 0x04034b50, true); view.setUint16(p + 4, 20, true); view.setUint16(p + 6, 0, true);
    view.setUint16(p + 8, 0, true); view.setUint16(p + 10, DOS_TIME, true); view.setUint16(p + 12, DOS_DATE, true);
    view.setUint32(p + 14, crc, true); view.setUint32(p + 18, e.size, true); view.setUint32(p + 22, e.size, true);
    view.setUint16(p + 26, e.name.length, true); view.setUint16(p + 28, 0, true);
    ascii(e.name, p + 30);
    out.set(data, p + 30 + e.name.length);
    p += 30 + e.name.length + e.size;
  }
  const cdStart = p;
  for (const c of central) {
    view.setUint32(p, 0x02014b50, true); view.setUint16(p + 4, 20, true); view.setUint16(p + 6, 20, true);
    view.setUint16(p + 8, 0, true); view.setUint16(p + 10, 0, true); view.setUint16(p + 12, DOS_TIME, true);
    view.setUint16(p + 14, DOS_DATE, true); view.setUint32(p + 16, c.crc, true); view.setUint32(p + 20, c.size, true);
    view.setUint32(p + 24, c.size, true); view.setUint16(p + 28, c.name.length, true);
    // extra, comment, disk, internal attrs, external attrs stay 0
    view.setUint32(p + 42, c.offset, true);
    ascii(c.name, p + 46);
    p += 46 + c.name.length;
  }
  view.setUint32(p, 0x06054b50, true);
  view.setUint16(p + 8, central.length, true); view.setUint16(p + 10, central.length, true);
  view.setUint32(p + 12, p - cdStart, true); view.setUint32(p + 16, cdStart, true);
  return out;
}
