/**
 * Email mapping figures (issue: "Create from email"), in Node:
 *  - median ms of HTML → text over a realistic ~1 MB HTML message (an Outlook reply chain with a
 *    style block, Word paragraphs, tables, lists, links, images), 20 runs after 3 warm-up runs;
 *    goal ≤ 150 ms;
 *  - the ratio to a naive baseline measured in the same run on the same input: one
 *    `replace(/<[^>]+>/g, '')` pass (no entities, no hidden content, no structure).
 * Run alone with `npx tsx bench/email.ts`; `benchEmail()` is for bench/run.ts.
 */
import { htmlToText } from '../src/addin/email/html-to-text';
import { largeHtmlMessage } from '../tests/fixtures/email/large-html';
import type { Figures } from './results';
import { median, round } from './results';

const RUNS = 20;
const WARMUP = 3;

function timeRuns(fn: () => unknown): number[] {
  for (let i = 0; i < WARMUP; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return times;
}

export async function benchEmail(): Promise<Figures> {
  const html = largeHtmlMessage();
  let sink = 0;
  const convert = median(timeRuns(() => (sink += htmlToText(html).length)));
  const regex = median(timeRuns(() => (sink += html.replace(/<[^>]+>/g, '').length)));
  if (sink === 0) throw new Error('The benchmark produced no text.');
  return {
    'email.html_to_text_1mb_input_chars': html.length,
    'email.html_to_text_1mb_ms_median': round(convert, 1),
    'email.html_to_text_1mb_regex_strip_ms_median': round(regex, 2),
    'email.html_to_text_1mb_ratio_to_regex_strip': round(convert / Math.max(regex, 0.01), 1),
  };
}

if (require.main === module) {
  benchEmail().then(
    (figures) => {
      for (const [k, v] of Object.entries(figures)) console.log(`${k.padEnd(60)} ${v}`);
    },
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
