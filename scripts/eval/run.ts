/**
 * The printing half of `npm run eval` (bundled and run by scripts/eval.mjs):
 *
 * 1. The blind sets, written by people who never saw the engine or the corpus and never trained or tuned on:
 *    tests/eval/blind8.json, blind7.json, blind6.json, blind5.json, fresh4.json, fresh3.json: `rankArguments` (the shipped model, language detected) beside
 *    baseline A (MiniSearch over the catalog prose; any returned document is a hint).
 *    tests/eval/pages-blind.json: whole feeds and documents read unit by unit, quiet or with one on-topic post.
 * 2. The studied sets (texts.json, fresh.json, fresh2.json): part of the training data, so their figures are fitted.
 * 3. Grouped cross-validation of the training recipe on the corpus (no batch, i.e. no writer, in both train and
 *    test): per language, per argument (precision and recall of the first hint), the confusion matrices, and a
 *    learning curve on 25, 50 and 100 % of the training folds.
 *
 * Usage: node scripts/eval.mjs [--no-cv]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalog } from '../../src/catalog';
import { createScorer } from '../../src/relevance';
import { DEFAULTS, loadCorpus } from '../train/core';
import { argumentLines, confusionLines, languageLines, overall } from '../train/report';
import { validate } from '../train/run';
import { type EvalText, pct, runEval, type Tally } from './metrics';

const num = (v: number) => `${v.toFixed(1).padStart(5)} %`;

/** Engine top-1 / top-3 / false hints and baseline A top-1 for one set, per language. */
function setLines(name: string, texts: EvalText[]): void {
  const r = runEval(texts, catalog);
  console.log(`${name}: ${texts.length} texts`);
  for (const lang of ['de', 'en'] as const) {
    const e = r.engine.byLang[lang] as Tally;
    const a = r.baseline.byLang[lang] as Tally;
    console.log(
      `  ${lang}  n=${String(e.relevant).padStart(3)}  top-1 ${num(pct(e.top1, e.relevant))}  top-3 ${num(pct(e.top3, e.relevant))}  ` +
        `false hints ${num(pct(e.falseHints, e.irrelevant))} (${e.falseHints}/${e.irrelevant})   | baseline A top-1 ${num(pct(a.top1, a.relevant))}, false hints ${num(pct(a.falseHints, a.irrelevant))}`,
    );
  }
}

/** One page of tests/eval/pages-blind.json: a feed or document as its units, and the argument one post makes. */
interface EvalPage {
  id: string;
  lang: 'de' | 'en';
  site: string;
  units: string[];
  expected: string[];
}

/**
 * Pages read as the content script reads them (`createScorer`, page mode, one unit per post or block): how many
 * pages about other things stay quiet, and on how many pages with one on-topic post that post's argument comes
 * first (or in the top three).
 */
function pageLines(pages: EvalPage[]): void {
  let quiet = 0;
  let nQuiet = 0;
  let top1 = 0;
  let top3 = 0;
  let nOne = 0;
  for (const p of pages) {
    const s = createScorer({ catalog });
    for (const u of p.units) s.add(u);
    const ids = s.ranking().map((r) => r.id);
    if (p.expected.length === 0) {
      nQuiet++;
      if (ids.length === 0) quiet++;
      continue;
    }
    nOne++;
    if (p.expected.includes(ids[0] as string)) top1++;
    if (ids.slice(0, 3).some((id) => p.expected.includes(id))) top3++;
  }
  console.log(`  pages about other things that stay quiet: ${quiet}/${nQuiet} (${num(pct(quiet, nQuiet))})`);
  console.log(`  pages with one on-topic post: its argument first ${top1}/${nOne}, in the top three ${top3}/${nOne}`);
}

/** Entry point (see the module comment). */
export function main(root: string, args: string[]): void {
  const read = (f: string) => JSON.parse(readFileSync(join(root, 'tests/eval', f), 'utf8')) as EvalText[];
  console.log('Blind sets (never trained or tuned on; language detected):');
  for (const f of ['blind8.json', 'blind7.json', 'blind6.json', 'blind5.json', 'fresh4.json', 'fresh3.json']) setLines(`  ${f}`, read(f));
  console.log('  pages-blind.json (feeds and documents, read unit by unit):');
  pageLines(JSON.parse(readFileSync(join(root, 'tests/eval/pages-blind.json'), 'utf8')) as EvalPage[]);
  console.log('\nStudied sets (part of the training data: fitted figures):');
  for (const f of ['texts.json', 'fresh.json', 'fresh2.json']) setLines(`  ${f}`, read(f));
  if (args.includes('--no-cv')) return;
  const corpus = loadCorpus(root);
  console.log(`\nGrouped ${5}-fold cross-validation on the corpus (${corpus.length} texts; folds by batch/writer):`);
  const { f } = validate(corpus, DEFAULTS);
  console.log('\nPer argument (first hint):');
  for (const l of argumentLines(f)) console.log(l);
  console.log('\nConfusion matrices:');
  for (const l of confusionLines(f)) console.log(l);
  console.log('\nLearning curve (share of each training fold used; gate recalibrated each time):');
  for (const fraction of [0.25, 0.5, 1]) {
    const r = validate(corpus, DEFAULTS, { fraction, print: false });
    console.log(`  ${String(fraction * 100).padStart(3)} %: ${overall(r.f).line.trim()}`);
    for (const l of languageLines(r.f)) console.log(`      ${l.trim()}`);
  }
}
