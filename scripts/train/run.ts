/**
 * `npm run train`: trains the relevance model on the corpus and writes `src/relevance/model-data.ts`.
 *
 * 1. Loads `tests/corpus/*.jsonl`, the studied evaluation sets and the catalog prose (`loadCorpus`).
 * 2. Grouped cross-validation (no batch in both train and test) gives out-of-fold probabilities; the gate is
 *    calibrated on them so that at most {@link TARGET_FALSE_HINTS} of the corpus texts calling for no argument
 *    get a hint, and the figures are printed.
 * 3. Trains on everything, prunes the weights (the {@link KEEP} buckets with the largest weight), quantises
 *    them to 8 bits and writes the model module.
 *
 * Usage: node scripts/train.mjs [--cv-only] [--search]
 *   --cv-only   print the cross-validation figures, write nothing
 *   --search    also try a small grid of feature-group weights and print each one's figures
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { featuresOf, HASH_BITS } from '../../src/relevance/features';
import { WINDOW_SENTENCES, windowsOf } from '../../src/relevance/rank';
import {
  CLASSES,
  calibrateGate,
  crossValidate,
  DEFAULTS,
  type Decision,
  decide,
  type Example,
  featurize,
  padded,
  type Trained,
  type TrainOptions,
  train,
} from './core';
import { argumentLines, confusionLines, figures, languageLines, overall } from './report';

/** Share of no-argument texts that may get a hint, out of fold: for one text (a draft, a selection). */
export const TARGET_FALSE_HINTS = 0.03;
/**
 * The same for one unit of a page being read (a post of a feed, a block of a document): a page of fifty unrelated
 * posts gives fifty chances for a false hint, so each unit must pass a far stricter gate: 0.2 % per unit is about 3 %
 * for a screenful of fifteen posts and 10 % for a page of fifty unrelated ones. 0.1 % made clear single posts ("Our
 * board fears a shitstorm if customers criticise us in public.") miss the gate on feeds.
 */
export const PAGE_FALSE_HINTS = 0.002;
/** A second or third argument is shown when its probability is at least this share of the first's. */
export const FOLLOW = 0.15;
/** Folds of the grouped cross-validation. */
export const FOLDS = 5;
/** Hash buckets kept in the shipped model. */
export const KEEP = 24000;

/** Out-of-fold figures and the calibrated decision for one set of options. */
export function validate(
  originals: readonly Example[],
  opt: TrainOptions,
  { fraction = 1, print = true }: { fraction?: number; print?: boolean } = {},
) {
  // Trained on the corpus and its padded copies; the figures are those of the original texts, the padded ones apart.
  const examples = [...originals, ...padded(originals, opt.seed + 11)];
  const xs = featurize(examples, opt.features);
  // On a page a unit is also scored by its sentence windows (`windowsOf`), and the page gate applies to the best of
  // them: it is calibrated on that same aggregate, out of fold.
  const extra = (i: number) => {
    const e = examples[i] as Example;
    return e.group === 'catalog' ? [] : windowsOf(e.text).map((w) => featuresOf(w, e.lang, opt.features));
  };
  const { probs, extraProbs } = crossValidate(examples, xs, opt, FOLDS, { fraction, extra });
  // The catalog's prose is in no fold: no out-of-fold probabilities (left out of every figure below).
  const pageScore = (i: number) =>
    probs[i] ? Math.max(1 - (probs[i][0] as number), ...(extraProbs[i] ?? []).map((q) => 1 - (q[0] as number))) : 0;
  // Metrics over the corpus only: the catalog prose is always trained on and the studied eval sets are reported apart.
  const all = examples.map((e, i) => ({ e, p: probs[i] as Float64Array, page: pageScore(i) })).filter(({ e }) => e.group !== 'catalog');
  const scored = all.filter(({ e }) => !e.padded);
  const gate = calibrateGate(
    scored.filter(({ e }) => e.labels.length === 0).map(({ p }) => 1 - (p[0] as number)),
    TARGET_FALSE_HINTS,
  );
  const pageGate = calibrateGate(
    scored.filter(({ e }) => e.labels.length === 0).map(({ page }) => page),
    PAGE_FALSE_HINTS,
  );
  const decision: Decision = { gate, follow: FOLLOW, pageGate };
  const f = figures(
    scored.map(({ e }) => e),
    scored.map(({ p }) => decide(p, decision).map((h) => h.id)),
  );
  const pad = all.filter(({ e }) => e.padded);
  const fPadded = figures(
    pad.map(({ e }) => e),
    pad.map(({ p }) => decide(p, decision).map((h) => h.id)),
  );
  if (print) {
    // How the gate trades recall for false hints, by kind of negative (near-misses are the hard ones).
    for (const rate of [0.001, 0.002, 0.003, 0.005, 0.01, 0.02, 0.03, 0.05, 0.08]) {
      const g = calibrateGate(
        scored.filter(({ e }) => e.labels.length === 0).map(({ p }) => 1 - (p[0] as number)),
        rate,
      );
      const pass = (kind: string) => {
        const xs = scored.filter(({ e }) => e.labels.length === 0 && e.kind === kind);
        return `${((100 * xs.filter(({ p }) => 1 - (p[0] as number) >= g).length) / Math.max(1, xs.length)).toFixed(1)} %`;
      };
      const pos = scored.filter(({ e }) => e.labels.length > 0);
      const hit = pos.filter(({ e, p }) => {
        const h = decide(p, { gate: g, follow: FOLLOW });
        return h.length > 0 && e.labels.includes((h[0] as { id: string }).id);
      }).length;
      console.log(
        `  at ${(rate * 100).toFixed(1)} % false hints: gate ${g.toFixed(3)}, top-1 ${((100 * hit) / pos.length).toFixed(1)} %, near-misses hinted ${pass('near-miss')}, ordinary ${pass('ordinary')}`,
      );
    }
    for (const follow of [0.1, 0.2, 0.35, 0.5]) {
      const ff = figures(
        scored.map(({ e }) => e),
        scored.map(({ p }) => decide(p, { gate, follow }).map((h) => h.id)),
      );
      const hinted = scored.filter(({ e }) => e.labels.length > 0).map(({ p }) => decide(p, { gate, follow }).length);
      const mean = hinted.reduce((a, b) => a + b, 0) / Math.max(1, hinted.filter((n) => n > 0).length);
      console.log(`  follow ${follow}: ${overall(ff).line.trim()}, ${mean.toFixed(2)} hints per hinted text`);
    }
    const passing = (xs: typeof all, score: (x: (typeof all)[number]) => number) =>
      `${((100 * xs.filter((x) => score(x) >= pageGate).length) / Math.max(1, xs.length)).toFixed(1)} %`;
    const pos = all.filter(({ e }) => e.labels.length > 0);
    console.log(
      `  page gate (best of the unit and its ${WINDOW_SENTENCES}-sentence windows): passes ${passing(
        pos.filter(({ e }) => !e.padded),
        (x) => x.page,
      )} of corpus positives, ${passing(
        pos.filter(({ e }) => e.padded),
        (x) => x.page,
      )} of padded ones (the whole unit alone at the same gate: ${passing(
        pos.filter(({ e }) => e.padded),
        (x) => 1 - (x.p[0] as number),
      )})`,
    );
    console.log(
      `gate ${gate.toFixed(3)} (calibrated for ≤ ${TARGET_FALSE_HINTS * 100} % false hints out of fold); page gate ${pageGate.toFixed(4)} (≤ ${PAGE_FALSE_HINTS * 100} % per unit)`,
    );
    for (const l of languageLines(f)) console.log(l);
    console.log(overall(f).line);
    console.log(`  the same texts padded with one to three sentences of small talk: ${overall(fPadded).line.trim()}`);
  }
  return { f, fPadded, decision, xs, examples };
}

/** Quantised, pruned model as shipped: see `src/relevance/model.ts` for the format. */
function exportModel(m: Trained, opt: TrainOptions, decision: Decision): { source: string; gz: number; kept: number } {
  const K = CLASSES.length;
  const D = 1 << HASH_BITS;
  const strength: { b: number; s: number }[] = [];
  for (let b = 0; b < D; b++) {
    let s = 0;
    for (let k = 0; k < K; k++) s = Math.max(s, Math.abs(m.w[b * K + k] as number));
    if (s > 0) strength.push({ b, s });
  }
  strength.sort((a, b) => b.s - a.s || a.b - b.b);
  const kept = strength
    .slice(0, KEEP)
    .map((x) => x.b)
    .sort((a, b) => a - b);
  let max = 0;
  for (const b of kept) for (let k = 0; k < K; k++) max = Math.max(max, Math.abs(m.w[b * K + k] as number));
  const scale = max / 127;
  const weights = new Int8Array(kept.length * K);
  kept.forEach((b, r) => {
    for (let k = 0; k < K; k++) weights[r * K + k] = Math.round((m.w[b * K + k] as number) / scale);
  });
  // Bucket numbers as deltas in base-128 varints: sorted, so most deltas fit one byte.
  const bytes: number[] = [];
  let prev = 0;
  for (const b of kept) {
    let d = b - prev;
    prev = b;
    while (d >= 0x80) {
      bytes.push((d & 0x7f) | 0x80);
      d >>>= 7;
    }
    bytes.push(d);
  }
  const data = {
    classes: CLASSES,
    hashBits: HASH_BITS,
    features: opt.features,
    decision,
    bias: [...m.bias].map((v) => Math.round(v * 1e4) / 1e4),
    scale,
    buckets: Buffer.from(Uint8Array.from(bytes)).toString('base64'),
    weights: Buffer.from(weights.buffer).toString('base64'),
  };
  const source = `/**
 * The trained relevance model, written by \`npm run train\` (scripts/train/run.ts) from the corpus in tests/corpus/.
 * Do not edit: retrain instead. Format: see \`ModelData\` in ./model.ts.
 */
import type { ModelData } from './model';

export const MODEL_DATA: ModelData = ${JSON.stringify(data, null, 1)};
`;
  return { source, gz: gzipSync(source).length, kept: kept.length };
}

/** Entry point (see the module comment). */
export function main(root: string, args: string[], corpus: Example[]): void {
  const opt = DEFAULTS;
  console.log(`corpus: ${corpus.length} texts (${corpus.filter((e) => e.labels.length === 0).length} calling for none)`);
  if (args.includes('--search')) {
    for (const chars of [0, 0.4, 0.7, 1])
      for (const lexicon of [0, 0.5, 1, 1.5]) {
        const o = { ...opt, features: { ...opt.features, chars, lexicon } };
        const { f } = validate(corpus, o, { print: false });
        console.log(`chars ${chars} lexicon ${lexicon}: ${overall(f).line.trim()}`);
      }
  }
  const { f, decision, xs, examples } = validate(corpus, opt);
  console.log('\nPer argument (first hint):');
  for (const l of argumentLines(f)) console.log(l);
  console.log('\nConfusion:');
  for (const l of confusionLines(f)) console.log(l);
  if (args.includes('--cv-only')) return;
  const m = train(
    xs,
    examples.map((e) => e.labels),
    opt,
  );
  const { source, gz, kept } = exportModel(m, opt, decision);
  writeFileSync(join(root, 'src/relevance/model-data.ts'), source);
  console.log(
    `\nwrote src/relevance/model-data.ts: ${kept} buckets, ${(source.length / 1024).toFixed(0)} KB, ${(gz / 1024).toFixed(0)} KB gzipped`,
  );
}
