/**
 * npm run build [-- --origin https://outlook.example.com]
 * Production build of the add-in into dist/, plus dist/manifest.xml for the origin
 * (default: the development origin). The workbench is built too unless --addin-only.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildManifest, DEV_ORIGIN, manifestVersion } from './manifest/build-manifest';
import { build } from './lib/webpack-build';

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  if (i >= 0) return process.argv[i + 1];
  const eq = process.argv.find((a) => a.startsWith(`${name}=`));
  return eq?.slice(name.length + 1);
}

async function main() {
  const root = resolve(__dirname, '..');
  const origin = argValue('--origin') ?? DEV_ORIGIN;
  const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string };
  const xml = buildManifest({ origin, version: manifestVersion(pkg.version) }); // validates origin first
  await build(process.argv.includes('--addin-only') ? { only: 'addin' } : {});
  writeFileSync(resolve(root, 'dist/manifest.xml'), xml);
  console.log(`Built dist/ and dist/manifest.xml for ${new URL(origin).origin}`);
}

main().catch((err: Error) => {
  console.error(err.message);
  process.exit(1);
});
