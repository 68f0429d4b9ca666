/**
 * A minimal, valid one-page PDF (PDF 1.4, Helvetica, WinAnsi text) built in code, so the samples
 * carry a real PDF without a binary in the repository.
 */
export interface PdfLine {
  text: string;
  size?: number;
  bold?: boolean;
  /** Extra space before the line, in points. */
  gap?: number;
}

const esc = (s: string) =>
  s.replace(/[\\()]/g, (c) => `\\${c}`).replace(/[^\x20-\x7e]/g, (c) => {
    // WinAnsi for the few Latin-1 characters the samples use; anything else becomes '?'.
    const code = c.charCodeAt(0);
    return code >= 0xa0 && code <= 0xff ? `\\${code.toString(8).padStart(3, '0')}` : c === '–' ? '\\226' : '?';
  });

export function buildPdf(title: string, lines: PdfLine[]): Uint8Array {
  let y = 742;
  const ops: string[] = ['BT'];
  for (const l of lines) {
    const size = l.size ?? 11;
    y -= (l.gap ?? 0) + size * 1.35;
    ops.push(`/${l.bold ? 'F2' : 'F1'} ${size} Tf 1 0 0 1 60 ${y.toFixed(1)} Tm (${esc(l.text)}) Tj`);
  }
  ops.push('ET');
  const stream = ops.join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    `<< /Title (${esc(title)}) /Producer (Harborline workbench samples) /CreationDate (D:20261127161200-05'00') >>`,
  ];
  let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  out += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info ${objects.length} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  // Every character above is a single byte (Latin-1), so encode byte for byte.
  const bytes = new Uint8Array(out.length);
  for (let i = 0; i < out.length; i++) bytes[i] = out.charCodeAt(i) & 0xff;
  return bytes;
}
