/**
 * docs/sandbox.md must say, for every error text the sandbox sends, whether it is Autotask's own
 * (verbatim, with the reference's source tag) or invented, and the code must build no error text
 * outside src/sandbox/http/error-texts.ts.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { ERROR_TEXT_SOURCES, messages, type ErrorTextSource } from '../../../src/sandbox/http/error-texts';

const repoRoot = resolve(__dirname, '..', '..', '..');
const docs = readFileSync(resolve(repoRoot, 'docs', 'sandbox.md'), 'utf8');
/** The reference, with line wrapping undone (a quoted message may be wrapped across lines). */
const reference = readFileSync(resolve(repoRoot, '..', 'shared', 'reference', 'autotask-rest-api.md'), 'utf8').replace(/\s*\n\s*/g, ' ');

/** How a text is written in the docs table: CR and LF as `\r` `\n`. */
const shown = (text: string) => text.replace(/\r/g, '\\r').replace(/\n/g, '\\n');
const all: ErrorTextSource[] = Object.values(ERROR_TEXT_SOURCES).flat();

/** Rows of the "Error messages" table: `| \`text\` | status | origin [source] | note |`. */
function tableRows(): string[][] {
  const section = docs.split(/^### Error messages$/m)[1]?.split(/^#{2,3} /m)[0] ?? '';
  return section.split('\n').filter((l) => l.startsWith('| `')).map((l) => l.split(' | ').map((c) => c.replace(/^\| ?| ?\|$/g, '').trim()));
}

function longestSharedRun(text: string, corpus: string): number {
  let best = 0;
  for (let i = 0; i < text.length; i++) {
    let j = i + best + 1;
    while (j <= text.length && corpus.includes(text.slice(i, j))) j++;
    best = Math.max(best, j - 1 - i);
  }
  return best;
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('sandbox error texts: catalogue, docs and code agree', () => {
  it('every message has at least one catalogued example, and each example is a text the message produces', () => {
    for (const [key, entries] of Object.entries(ERROR_TEXT_SOURCES)) {
      expect(entries.length).toBeGreaterThan(0);
      const m = messages[key as keyof typeof messages];
      if (typeof m === 'string') expect(entries.map((x) => x.text)).toEqual([m]);
    }
    expect(Object.keys(ERROR_TEXT_SOURCES).sort()).toEqual(Object.keys(messages).sort());
  });

  it('verbatim and partly verbatim texts cite a source tag the reference uses; invented ones cite none', () => {
    for (const x of all) {
      if (x.origin === 'invented') expect(x.source).toBeUndefined();
      else expect({ text: x.text, cited: reference.includes(x.source ?? '(none)') }).toEqual({ text: x.text, cited: true });
    }
  });

  it('a verbatim message appears word for word in the reference; a partly verbatim one shares a long stretch with it', () => {
    for (const [key, entries] of Object.entries(ERROR_TEXT_SOURCES)) {
      const verbatim = entries.filter((x) => x.origin === 'verbatim');
      if (verbatim.length > 0) expect({ key, found: verbatim.some((x) => reference.includes(x.text)) }).toEqual({ key, found: true });
      for (const x of entries.filter((y) => y.origin === 'partly verbatim')) {
        expect({ text: x.text, shared: longestSharedRun(x.text, reference) >= 15 }).toEqual({ text: x.text, shared: true });
      }
    }
    // and the check can fail: an invented text shares no such stretch
    expect(longestSharedRun(messages.maxRecords, reference)).toBeLessThan(15);
  });

  it('docs/sandbox.md lists every text with its status and origin, and nothing else', () => {
    const rows = tableRows();
    expect(rows.length).toBeGreaterThan(0);
    for (const x of all) {
      const row = rows.find((r) => r[0] === `\`${shown(x.text)}\``);
      expect({ text: x.text, row }).toEqual({ text: x.text, row: expect.any(Array) });
      expect(row![1]).toBe(x.status);
      expect(row![2]).toBe(x.source ? `${x.origin} ${x.source}` : x.origin);
    }
    const catalogued = new Set(all.map((x) => `\`${shown(x.text)}\``));
    expect(rows.map((r) => r[0] ?? '').filter((t) => !catalogued.has(t))).toEqual([]);
  });

  it('no sandbox module builds an error text of its own', () => {
    const literal = /apiError\(\s*[`'"]|errors\.push\(\s*[`'"]|return \[\s*[`'"]|\?\s*\[\s*[`'"]|tooManyRequests\(\s*[`'"]|Message:\s*[`'"]|errors:\s*\[\s*[`'"]/;
    const offenders = files(resolve(repoRoot, 'src', 'sandbox'))
      .filter((f) => !/[\\/](error-texts|api-errors)\.ts$/.test(f) && !/[\\/](web|seed)[\\/]/.test(f))
      .filter((f) => literal.test(readFileSync(f, 'utf8')))
      .map((f) => relative(repoRoot, f));
    expect(offenders).toEqual([]);
  });
});
