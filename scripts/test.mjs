#!/usr/bin/env node
/**
 * `npm test`: everything that must hold before a commit, in one run.
 *
 * 1. `tsc --noEmit` (esbuild does not type-check), 2. `npm run build` (dist/chrome, dist/firefox),
 * 3. the `--grant-all` test build into `dist-test/` (document-tool groups granted up front),
 * 4. `vitest run` over all projects (unit + dom + e2e in real Chromium and Firefox) with the default and JSON reporters.
 *
 * Prints each tool's own output, then as its LAST line `N passed, N failed`, where a failed type-check or build
 * counts as one failed check each (passing ones count as passed), and vitest contributes its test counts (a test
 * file that fails before any test runs counts as one failure). Exit code 1 when anything failed.
 *
 * Extra arguments go to vitest, e.g. `npm test -- --project unit` or `npm test -- tests/e2e/harness.test.ts`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const node = process.execPath;
const vitestArgs = process.argv.slice(2);

let passed = 0;
let failed = 0;
/** @type {string[]} */
const failures = [];

/** Runs a step with inherited output; counts it as one passed or failed check when `count` is true. */
function step(label, args, { count = true } = {}) {
  console.log(`\n── ${label} ──`);
  const started = Date.now();
  const r = spawnSync(node, args, { cwd: root, stdio: 'inherit', env: process.env });
  const ok = r.status === 0;
  console.log(`── ${label}: ${ok ? 'ok' : `FAILED (exit ${r.status ?? r.signal})`} in ${((Date.now() - started) / 1000).toFixed(1)} s ──`);
  if (count) {
    if (ok) passed++;
    else {
      failed++;
      failures.push(label);
    }
  }
  return ok;
}

const tsc = join(dirname(require.resolve('typescript/package.json')), 'bin', 'tsc');
const vitest = join(dirname(require.resolve('vitest/package.json')), 'vitest.mjs');

step('type-check (tsc --noEmit)', [tsc, '--noEmit', '-p', join(root, 'tsconfig.json')]);
step('build (dist/)', [join(root, 'scripts', 'build.mjs')]);
step('test build (dist-test/, --grant-all)', [join(root, 'scripts', 'build.mjs'), '--grant-all', '--out', 'dist-test']);

const outDir = join(root, 'out');
mkdirSync(outDir, { recursive: true });
const report = join(outDir, 'vitest-report.json');
rmSync(report, { force: true });
const vitestOk = step(
  'vitest (unit, dom, e2e)',
  [vitest, 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...vitestArgs],
  { count: false },
);

if (existsSync(report)) {
  /** @type {{ numPassedTests: number, numFailedTests: number, testResults: { name: string, status: string, message?: string, assertionResults: unknown[] }[] }} */
  const json = JSON.parse(readFileSync(report, 'utf8'));
  passed += json.numPassedTests;
  failed += json.numFailedTests;
  if (json.numFailedTests > 0) failures.push(`${json.numFailedTests} test(s)`);
  // A file that failed to load or whose hooks failed before any test ran has no test results but is a failure.
  for (const file of json.testResults) {
    if (file.status === 'failed' && file.assertionResults.length === 0) {
      failed++;
      failures.push(`test file ${file.name.slice(root.length + 1)}`);
    }
  }
  if (!vitestOk && json.numFailedTests === 0 && !json.testResults.some((f) => f.status === 'failed')) {
    // e.g. an unhandled error or rejection outside any test: vitest fails the run; so do we.
    failed++;
    failures.push('vitest run (errors outside tests)');
  }
} else {
  failed++;
  failures.push('vitest run (no report written)');
}

if (failures.length) console.log(`\nFailed: ${failures.join('; ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
