#!/usr/bin/env node
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
/**
 * `npm run eval`: how well relevance ranks text it was never trained or tuned on (tests/eval/blind5.json,
 * fresh4.json, fresh3.json, and whole pages in pages-blind.json), the studied sets it was trained on, and grouped
 * cross-validation of the training recipe on the corpus (per language, per argument, confusion matrices, learning
 * curve). See scripts/eval/run.ts for what each figure is.
 *
 * Usage: node scripts/eval.mjs [--no-cv]   (--no-cv: the sets only, without the cross-validation, about a minute less)
 * Runs the TypeScript sources directly: esbuild bundles scripts/eval/run.ts in memory and the bundle is imported from
 * a data: URL. Exit code 0 whatever the figures (it is a report; tests/unit/relevance-eval.test.ts is the gate).
 */
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = await build({
  entryPoints: [resolve(root, 'scripts/eval/run.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  write: false,
  logLevel: 'error',
});
const code = out.outputFiles[0].text;
const mod = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
mod.main(root, process.argv.slice(2));
