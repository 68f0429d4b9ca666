/**
 * npm run bench [-- --only foundation|autotask|proxy|email|picker|create-from-email|contacts]: builds what it measures, starts the dev stack on a free port, runs each
 * benchmark module, prints the figures and merges them into bench/results.json.
 * Figures are reported as ratios to a baseline measured in the same run: this machine is noisy.
 */
import { resolve } from 'node:path';
import { build } from '../scripts/lib/webpack-build';
import { launchChromium } from '../scripts/lib/chromium';
import { startDevStack } from '../scripts/lib/dev-stack';
import { benchAutotask } from './autotask';
import { benchContactsSync } from './contacts-sync';
import { benchCreateFromEmail } from './create-from-email';
import { benchEmail } from './email';
import { benchFoundation } from './foundation';
import { benchPicker } from './picker';
import { benchProxy } from './proxy';
import { recordFigures } from './results';

async function main() {
  console.log('Building the add-in, the workbench and the baseline page…');
  await build();
  await build({ only: 'bench-baseline' });
  const stack = await startDevStack({
    port: 0,
    extraMounts: [{ prefix: '/bench-baseline/', root: resolve(__dirname, '../build/bench-baseline') }],
  });
  const browser = await launchChromium();
  try {
    const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
    const figures = {
      ...(!only || only === 'foundation' ? await benchFoundation(browser, stack.origin) : {}),
      ...(!only || only === 'autotask' ? await benchAutotask() : {}),
      ...(!only || only === 'proxy' ? await benchProxy() : {}),
      ...(!only || only === 'email' ? await benchEmail() : {}),
      ...(!only || only === 'create-from-email' ? await benchCreateFromEmail(browser, stack.origin, (e) => stack.otpFor(e)) : {}),
      ...(!only || only === 'picker' ? await benchPicker() : {}),
      ...(!only || only === 'contacts' ? await benchContactsSync() : {}),
    };
    recordFigures(figures);
    for (const [k, v] of Object.entries(figures)) console.log(`${k.padEnd(60)} ${v}`);
  } finally {
    await browser.close();
    await stack.close();
  }
}

main().catch((err: Error) => {
  console.error(err);
  process.exit(1);
});
