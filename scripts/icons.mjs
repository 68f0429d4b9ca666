#!/usr/bin/env node
// Rasterize the ribbon / add-in icons.
//
//   assets/icons/src/<name>.svg  (hand-drawn, viewBox 0 0 32 32)  ->  assets/icons/<name>-<size>.png
//
// The PNGs are committed, so the normal build never needs a rasterizer. The
// rasterizer (@resvg/resvg-js) is deliberately NOT a dependency of this repo.
// To re-run after editing an SVG:
//
//   mkdir -p /tmp/iconbuild && (cd /tmp/iconbuild && npm init -y && npm install @resvg/resvg-js)
//   node scripts/icons.mjs                 # resolves @resvg/resvg-js from /tmp/iconbuild
//   RESVG_PATH=/some/dir/node_modules/@resvg/resvg-js node scripts/icons.mjs   # or point at any install
//
// Options: pass glyph names to render only those, e.g. `node scripts/icons.mjs home ticket`.
// Every output is checked to be an RGBA PNG of exactly the requested size.

import { createRequire } from 'node:module';
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve, basename } from 'node:path';
import { fileURLToPath } from 'node:url';

const SIZES = [16, 20, 24, 25, 32, 40, 48, 50, 64, 75, 80, 96, 128, 144];

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const srcDir = join(root, 'assets', 'icons', 'src');
const outDir = join(root, 'assets', 'icons');

function loadResvg() {
  const candidates = [];
  if (process.env.RESVG_PATH) candidates.push(resolve(process.env.RESVG_PATH));
  candidates.push('@resvg/resvg-js');
  const bases = [join(process.env.ICONBUILD_DIR || '/tmp/iconbuild', 'package.json'), import.meta.url];
  const errors = [];
  for (const base of bases) {
    const req = createRequire(base);
    for (const id of candidates) {
      try {
        return req(id);
      } catch (err) {
        errors.push(`${id} from ${base}: ${err.code || err.message}`);
      }
    }
  }
  console.error('Cannot load @resvg/resvg-js. Install it outside the repo:');
  console.error('  mkdir -p /tmp/iconbuild && (cd /tmp/iconbuild && npm init -y && npm install @resvg/resvg-js)');
  console.error('or set RESVG_PATH to an installed @resvg/resvg-js directory.\n');
  console.error(errors.join('\n'));
  process.exit(1);
}

/** Minimal PNG header check: signature, IHDR width/height, 8-bit RGBA. */
function checkPng(buf, size, file) {
  const sig = '89504e470d0a1a0a';
  if (buf.subarray(0, 8).toString('hex') !== sig) throw new Error(`${file}: not a PNG`);
  if (buf.subarray(12, 16).toString('latin1') !== 'IHDR') throw new Error(`${file}: missing IHDR`);
  const w = buf.readUInt32BE(16);
  const h = buf.readUInt32BE(20);
  const depth = buf[24];
  const colorType = buf[25];
  if (w !== size || h !== size) throw new Error(`${file}: ${w}x${h}, expected ${size}x${size}`);
  if (depth !== 8 || colorType !== 6) throw new Error(`${file}: not 8-bit RGBA (depth ${depth}, type ${colorType})`);
}

const { Resvg } = loadResvg();

const only = new Set(process.argv.slice(2));
const names = readdirSync(srcDir)
  .filter((f) => f.endsWith('.svg'))
  .map((f) => basename(f, '.svg'))
  .filter((n) => only.size === 0 || only.has(n))
  .sort();

if (names.length === 0) {
  console.error(`No SVGs found in ${srcDir}${only.size ? ` matching ${[...only].join(', ')}` : ''}`);
  process.exit(1);
}

mkdirSync(outDir, { recursive: true });
let count = 0;
for (const name of names) {
  const svg = readFileSync(join(srcDir, `${name}.svg`), 'utf8');
  for (const size of SIZES) {
    const resvg = new Resvg(svg, {
      fitTo: { mode: 'width', value: size },
      background: 'rgba(0,0,0,0)',
      shapeRendering: 2, // geometricPrecision (anti-aliased)
      font: { loadSystemFonts: false },
    });
    const png = resvg.render().asPng();
    const file = join(outDir, `${name}-${size}.png`);
    checkPng(png, size, file);
    writeFileSync(file, png);
    count++;
  }
}
console.log(`Wrote ${count} PNGs (${names.length} glyphs x ${SIZES.length} sizes) to ${outDir}`);
