/** Writes ./manifest.xml for the development origin (https://localhost:3000). */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildManifest, DEV_ORIGIN, manifestVersion } from './manifest/build-manifest';

const root = resolve(__dirname, '..');
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string };
const xml = buildManifest({ origin: DEV_ORIGIN, version: manifestVersion(pkg.version) });
writeFileSync(resolve(root, 'manifest.xml'), xml);
console.log(`manifest.xml written (${(xml.length / 1024).toFixed(1)} KB) for ${DEV_ORIGIN}`);
