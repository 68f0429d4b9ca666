#!/usr/bin/env node
/**
 * npm test: the whole suite as CI runs it.
 *   1. strict type check and lint (each counts as one check),
 *   2. production builds of the add-in and the workbench,
 *   3. jest: unit, integration (real HTTP) and end-to-end (headless Chromium) tests.
 * Ends with one line "N passed, N failed".
 * Flags: --no-build (reuse dist/ and build/), --only unit|integration|e2e.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
let passed = 0;
let failed = 0;

function step(name, cmd, cmdArgs) {
  console.log(`\n▶ ${name}: ${cmd} ${cmdArgs.join(' ')}`);
  const r = spawnSync(cmd, cmdArgs, { stdio: 'inherit', env: process.env });
  const ok = r.status === 0;
  console.log(`${ok ? '✔' : '✘'} ${name}`);
  return ok;
}

if (!only) {
  for (const [name, cmd, a] of [
    ['typecheck', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']],
    ['lint', 'npx', ['eslint', '.', '--max-warnings=0']],
  ]) {
    if (step(name, cmd, a)) passed += 1; else failed += 1;
  }
}

if (!args.includes('--no-build') && only !== 'unit') {
  if (!step('build', 'npx', ['tsx', 'scripts/build.ts'])) {
    console.log('\nThe build failed, so the tests cannot run.');
    console.log(`${passed} passed, ${failed + 1} failed`);
    process.exit(1);
  }
}

mkdirSync('test-results', { recursive: true });
const jestArgs = ['jest', '--json', '--outputFile=test-results/jest.json'];
if (only) jestArgs.push('--selectProjects', only);
step('jest', 'npx', jestArgs);
if (existsSync('test-results/jest.json')) {
  const report = JSON.parse(readFileSync('test-results/jest.json', 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests + report.numRuntimeErrorTestSuites;
  const skipped = report.numPendingTests + report.numTodoTests;
  console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
} else {
  failed += 1;
  console.log(`\n${passed} passed, ${failed} failed`);
}
process.exit(failed ? 1 : 0);
