/**
 * The bench's command line: its options and usage text, and making sure the build it measures exists.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../e2e/index.mjs';

/** The scenarios, in the order they run; `--only` picks a subset. */
export const SCENARIOS = ['sizes', 'scoring', 'start', 'feed', 'list', 'intranet'];

/** What `npm run bench -- --help` prints (also after a wrong option). */
export const USAGE = `Usage: npm run bench -- [options]   (or: node scripts/bench.mjs [options])

Measures the built extension in headless Chromium against its budgets and writes out/bench.json.

Options:
  --dist DIR    the built extension folder to measure (default dist; built when missing; a build older than
                the sources is measured with a warning)
  --rebuild     build DIR first even when it exists
  --only LIST   comma-separated subset of: ${SCENARIOS.join(',')}
  --quick       a shorter feed (900 posts) and list, for trying things out; the figures are not comparable
  --help        this text

Exit code: 0 all budgets hold, 1 a budget failed, 2 the bench could not run.`;

/**
 * The options in `argv` (the arguments after the script).
 * @returns {{ dist: string, rebuild: boolean, only: string[], quick: boolean, help: boolean }}
 * @throws {Error} on an unknown option, an unknown scenario or a missing value, with what was wrong
 */
export function parseArgs(argv) {
  const opts = { dist: 'dist', rebuild: false, only: SCENARIOS, quick: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--help' || a === '-h') opts.help = true;
    else if (a === '--dist') opts.dist = argv[++i];
    else if (a === '--rebuild') opts.rebuild = true;
    else if (a === '--quick') opts.quick = true;
    else if (a === '--only') {
      opts.only = String(argv[++i] ?? '')
        .split(',')
        .filter(Boolean);
      const bad = opts.only.filter((s) => !SCENARIOS.includes(s));
      if (bad.length) throw new Error(`--only: unknown ${bad.join(', ')} (choose from ${SCENARIOS.join(', ')})`);
    } else throw new Error(`unknown option ${a}`);
  }
  if (!opts.dist) throw new Error('--dist needs a folder');
  return opts;
}

/** Newest modification time (ms) of the files the build reads. */
function newestSource() {
  let newest = 0;
  const visit = (p) => {
    if (!existsSync(p)) return;
    const s = statSync(p);
    if (s.isDirectory()) for (const f of readdirSync(p)) visit(join(p, f));
    else newest = Math.max(newest, s.mtimeMs);
  };
  for (const p of ['src', 'content', '_locales', 'icons', 'manifest.json', 'scripts/build.mjs']) visit(join(ROOT, p));
  return newest;
}

/**
 * Builds `distDir` when it has no build or when asked to. A build older than the sources is measured as it is, with
 * a warning: rebuilding `dist/` unasked would pull it from under anything else using it (a running e2e suite).
 * @returns {string | null} the warning, if any
 */
export function ensureBuild(distDir, force) {
  const manifest = join(distDir, 'chrome', 'manifest.json');
  let why = force ? 'asked to (--rebuild)' : null;
  if (!why && !existsSync(manifest)) why = `${distDir} has no build`;
  if (!why) {
    if (statSync(manifest).mtimeMs < newestSource()) {
      return `${distDir.slice(ROOT.length + 1) || distDir} is older than the sources: these figures are for that build (run with --rebuild for the current code).`;
    }
    return null;
  }
  console.log(`building (${why}) …`);
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs'), '--out', distDir], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`the build failed (exit ${r.status}); fix it, then run the bench again`);
  return null;
}
