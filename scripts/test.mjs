#!/usr/bin/env node
/**
 * `npm test`: everything that must hold before a commit, in one run.
 *
 * 1. `tsc --noEmit` (esbuild does not type-check), then Biome's linter and formatter check (`npm run fix` mends what
 *    it can), 2. `npm run build` (dist/chrome, dist/firefox),
 * 3. the `--grant-all` test build into `dist-test/` (document-tool groups granted up front),
 * 4. `vitest run` of each project in turn (`unit`: unit + dom tests; `e2e`: real Chromium and Firefox) with the
 *    default and JSON reporters (reports in `out/vitest-<project>.json`).
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
/** The vitest projects of vitest.config.ts, run in this order: fast ones first. */
const PROJECTS = ['unit', 'e2e'];

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

const biome = join(root, 'node_modules', '@biomejs', 'biome', 'bin', 'biome');

step('type-check (tsc --noEmit)', [tsc, '--noEmit', '-p', join(root, 'tsconfig.json')]);
step('lint and format (biome check)', [biome, 'check', root]);
step('build (dist/)', [join(root, 'scripts', 'build.mjs')]);
step('test build (dist-test/, --grant-all)', [join(root, 'scripts', 'build.mjs'), '--grant-all', '--out', 'dist-test']);

const outDir = join(root, 'out');
mkdirSync(outDir, { recursive: true });

/**
 * Runs vitest once with the default and JSON reporters and adds its counts.
 * @param {string} label what runs
 * @param {string[]} args vitest arguments after `run`
 * @param {string} report JSON report path
 */
function vitestStep(label, args, report) {
  rmSync(report, { force: true });
  const ok = step(label, [vitest, 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...args], {
    count: false,
  });
  if (!existsSync(report)) {
    failed++;
    failures.push(`${label}: no report written`);
    return;
  }
  /** @type {{ numPassedTests: number, numFailedTests: number, testResults: { name: string, status: string, assertionResults: unknown[] }[] }} */
  const json = JSON.parse(readFileSync(report, 'utf8'));
  passed += json.numPassedTests;
  failed += json.numFailedTests;
  if (json.numFailedTests > 0) failures.push(`${label}: ${json.numFailedTests} test(s)`);
  // A file that failed to load or whose hooks failed before any test ran has no test results but is a failure.
  for (const file of json.testResults) {
    if (file.status === 'failed' && file.assertionResults.length === 0) {
      failed++;
      failures.push(`${label}: test file ${file.name.slice(root.length + 1)}`);
    }
  }
  if (!ok && json.numFailedTests === 0 && !json.testResults.some((f) => f.status === 'failed')) {
    // e.g. an unhandled error or a configuration error outside any test: vitest fails the run; so do we.
    failed++;
    failures.push(`${label}: errors outside tests`);
  }
}

if (vitestArgs.length > 0) {
  vitestStep('vitest', vitestArgs, join(outDir, 'vitest-report.json'));
} else {
  // One project per run: the projects have different worker limits (the e2e project runs at most two browsers at
  // a time), and vitest refuses to run such projects together without distinct `sequence.groupOrder`s.
  for (const project of PROJECTS) vitestStep(`vitest --project ${project}`, ['--project', project], join(outDir, `vitest-${project}.json`));
}

if (failures.length) console.log(`\nFailed: ${failures.join('; ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
