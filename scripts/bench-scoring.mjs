#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
/**
 * Benchmark of scoring speed: scores one megabyte of mixed German/English text with
 * `rankArguments` and times it against a single `text.normalize('NFC').toLowerCase()` pass over
 * the same text, side by side in one run; prints the median of several runs of each and the ratio.
 * Target: ratio ≤ 5. A printout, not a test (timings depend on the machine and its load).
 *
 * The text: the labelled eval texts (tests/eval/texts.json, both languages, relevant and not)
 * concatenated in a shuffled order (fixed seed) with paragraph breaks until it is 1 MiB of UTF-16
 * code units — feed-like text with the vocabulary the extension meets.
 *
 * Usage: node scripts/bench-scoring.mjs [--runs N]   (default 7 runs; one warm-up run first)
 */
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Math.max(1, Number(args[runsAt + 1]) || 7) : 7;

const out = await build({
  stdin: { contents: "export { rankArguments } from './src/relevance/index.ts';", resolveDir: root, loader: 'ts' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  write: false,
  logLevel: 'error',
});
const { rankArguments } = await import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);

const texts = JSON.parse(readFileSync(resolve(root, 'tests/eval/texts.json'), 'utf8')).map((t) => t.text);
let seed = 42;
const rand = () => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed / 0x7fffffff;
};
const SIZE = 1 << 20;
const parts = [];
let size = 0;
while (size < SIZE) {
  const t = texts[Math.floor(rand() * texts.length)];
  parts.push(t);
  size += t.length + 2;
}
const text = parts.join('\n\n').slice(0, SIZE);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function time(fn) {
  const t0 = performance.now();
  const r = fn();
  return [performance.now() - t0, r];
}

// Warm-up: JIT, and the lexicon compiled once per catalog (as in the extension, where it is cached).
text.normalize('NFC').toLowerCase();
rankArguments(text);

const base = [];
const score = [];
let sink = 0;
for (let i = 0; i < runs; i++) {
  // Fresh string copies so neither side benefits from a cached flattening of the other.
  const a = ` ${text}`.slice(1);
  const [tb, nb] = time(() => a.normalize('NFC').toLowerCase());
  sink += nb.length;
  const b = ` ${text}`.slice(1);
  const [ts, rs] = time(() => rankArguments(b));
  sink += rs.length;
  base.push(tb);
  score.push(ts);
}
const mb = median(base);
const ms = median(score);
console.log(`Text: ${text.length} UTF-16 code units (${(Buffer.byteLength(text) / 1e6).toFixed(2)} MB UTF-8), ${runs} runs, median:`);
console.log(`  normalize('NFC').toLowerCase(): ${mb.toFixed(2)} ms`);
console.log(`  rankArguments:                  ${ms.toFixed(2)} ms`);
console.log(`  ratio: ${(ms / mb).toFixed(2)}× (target ≤ 5×)${sink < 0 ? '' : ''}`);
