#!/usr/bin/env node
import { readFileSync } from 'node:fs';
/**
 * Inspection aid: `IDS=de-f02,en-g01 node scripts/eval/explain.mjs tests/eval/fresh.json …` prints, for the chosen
 * texts, the model's probability of every class (`none` and each argument), the gates it must reach, and the hand
 * lexicon's matches (`rankByLexicon`), so a miss shows how far it fell short and what the lexicon saw. Refuses the
 * blind sets (blind5.json, blind6.json, blind7.json, blind8.json, fresh3.json, fresh4.json, pages-blind.json): studying their misses would make them fitted.
 */
import { build } from 'esbuild';

const BLIND = ['blind5.json', 'blind6.json', 'blind7.json', 'blind8.json', 'fresh3.json', 'fresh4.json', 'pages-blind.json'];
const root = new URL('../..', import.meta.url).pathname;
const out = await build({
  stdin: {
    contents: `export { rankArguments, rankByLexicon } from './src/relevance'; export { shippedModel } from './src/relevance/model';`,
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'esm',
  write: false,
  logLevel: 'error',
});
const { rankArguments, rankByLexicon, shippedModel } = await import(
  `data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`
);

const files = process.argv.slice(2);
const ids = new Set((process.env.IDS ?? '').split(',').filter(Boolean));
const model = shippedModel();
for (const file of files) {
  if (BLIND.some((b) => file.endsWith(b))) {
    console.error(`${file} is a blind set: its texts are not explained (see tests/eval/README.md)`);
    process.exitCode = 2;
    continue;
  }
  for (const t of JSON.parse(readFileSync(file, 'utf8'))) {
    if (ids.size && !ids.has(t.id)) continue;
    const { p } = model.unit(t.text, undefined);
    const probs = model.classes.map((c, k) => [c, p[k]]).sort((a, b) => b[1] - a[1]);
    console.log(`${t.id} expected ${JSON.stringify(t.expected)}: ${t.text.slice(0, 100)}`);
    console.log(`  gate ${(1 - p[0]).toFixed(3)} (text ≥ ${model.gate.toFixed(3)}, page ≥ ${model.pageGate.toFixed(4)})`);
    console.log(`  ${probs.map(([c, v]) => `${c} ${v.toFixed(3)}`).join(', ')}`);
    console.log(`  hints: ${JSON.stringify(rankArguments(t.text).map((r) => [r.id, r.matched]))}`);
    console.log(`  lexicon: ${JSON.stringify(rankByLexicon(t.text).map((r) => [r.id, r.score, r.matched]))}`);
  }
}
