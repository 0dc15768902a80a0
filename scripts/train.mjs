#!/usr/bin/env node
/**
 * `npm run train`: trains the relevance model (scripts/train/run.ts) and writes src/relevance/model-data.ts.
 * Bundles the TypeScript sources in memory with esbuild, as scripts/eval.mjs does. Deterministic: the same corpus
 * gives the same file. Takes about a minute on two cores.
 *
 * Usage: node scripts/train.mjs [--cv-only] [--search] [--grid]
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = await build({
  entryPoints: [resolve(root, 'scripts/train/main.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  write: false,
  logLevel: 'error',
});
const mod = await import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
mod.run(root, process.argv.slice(2));
