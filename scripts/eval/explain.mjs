#!/usr/bin/env node
import { readFileSync } from 'node:fs';
/**
 * Tuning aid: `IDS=de-f02,en-g01 node scripts/eval/explain.mjs tests/eval/fresh.json …` prints, for
 * the chosen texts, every argument's score down to 0.05 (below the real threshold) with its matched
 * words, so a miss shows which cues were found and how far it fell short. Refuses fresh3.json and fresh4.json:
 * they are the blind figures of rounds four and five and must not be studied.
 */
import { build } from 'esbuild';

const root = new URL('../..', import.meta.url).pathname;
const out = await build({
  stdin: {
    contents: `
import {catalog} from './src/catalog'; import {rankArguments} from './src/relevance';
export {catalog, rankArguments};`,
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'esm',
  write: false,
  logLevel: 'error',
  plugins: [
    {
      name: 't',
      setup(b) {
        b.onLoad({ filter: /relevance\/scorer\.ts$/ }, (a) => ({
          contents: readFileSync(a.path, 'utf8').replace('export const THRESHOLD = 1;', 'export const THRESHOLD = 0.05;'),
          loader: 'ts',
        }));
      },
    },
  ],
});
const m = await import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
const sets = process.argv.slice(2);
if (sets.some((f) => /fresh[34]/.test(f))) throw new Error('fresh3.json and fresh4.json are blind sets: do not study them');
const ids = new Set(process.env.IDS?.split(','));
for (const f of sets)
  for (const t of JSON.parse(readFileSync(`${root}/${f}`, 'utf8'))) {
    if (!ids.has(t.id)) continue;
    const r = m.rankArguments(t.text, { catalog: m.catalog }).slice(0, 4);
    console.log(t.id, JSON.stringify(t.expected), r.map((x) => `${x.id}:${x.score}[${x.matched.join(',')}]`).join('  '));
  }
