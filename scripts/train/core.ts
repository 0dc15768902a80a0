/**
 * Training and validation of the relevance model: a multinomial logistic regression (softmax) over the hashed
 * features of `src/relevance/features.ts`, with one class per built-in argument plus `none`. A linear model of
 * this kind over words, word pairs and character n-grams is the "Bag of Tricks" baseline (Joulin et al., 2017,
 * the method behind fastText); here the hand lexicon's matches are features beside them.
 *
 * Deterministic: examples are shuffled by a seeded generator, so the same data and settings give the same model
 * to the bit. Used by `npm run train` (scripts/train/run.ts) and `npm run eval` (scripts/eval/run.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalog } from '../../src/catalog';
import type { Lang } from '../../src/catalog/types';
import { type FeatureConfig, type FeatureVector, featuresOf, HASH_BITS } from '../../src/relevance/features';
import { softmax } from '../../src/relevance/model';

/** One labelled training or evaluation text. */
export interface Example {
  id: string;
  /** The writer or batch: cross-validation never puts one group in both train and test. */
  group: string;
  lang: Lang;
  /** Argument ids the text calls for, primary first; `[]` for none. */
  labels: string[];
  /** `positive`, `near-miss` or `ordinary` (corpus), or the eval sets' `kind`. */
  kind: string;
  genre: string;
  text: string;
  /** A padded copy made by {@link padded} (trained on, reported apart). */
  padded?: boolean;
}

/** The classes: `none` first, then the built-in arguments in catalog order. */
export const CLASSES: readonly string[] = ['none', ...catalog.map((a) => a.id)];
const K = CLASSES.length;
const D = 1 << HASH_BITS;

/** Hyper-parameters of one training run. */
export interface TrainOptions {
  features: FeatureConfig;
  epochs: number;
  /** AdaGrad base learning rate. */
  rate: number;
  /** L2 penalty per update on the weights an example touches. */
  l2: number;
  seed: number;
}

/**
 * The settings `npm run train` uses, chosen by grouped cross-validation: feature-group weights by
 * `npm run train -- --search`, epochs, L2 penalty and rate by `--grid` (rate 0.15 gave +0.9 points top-1 over 0.3;
 * epochs 8–12 and L2 1e-6–1e-4 were within 0.1 point of each other).
 */
export const DEFAULTS: TrainOptions = {
  features: { stems: 1, chars: 0.4, lexicon: 0.5 },
  epochs: 8,
  rate: 0.15,
  l2: 1e-4,
  seed: 1,
};

/** A trained model in full precision (before pruning and quantisation for shipping). */
export interface Trained {
  /** `w[bucket · K + class]`. */
  w: Float64Array;
  bias: Float64Array;
}

/** Reads a JSON Lines file; a line that does not parse is an error naming file and line. */
function readJsonl(file: string): Record<string, unknown>[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((l, i) => [l.trim(), i] as const)
    .filter(([l]) => l.length > 0)
    .map(([l, i]) => {
      try {
        return JSON.parse(l) as Record<string, unknown>;
      } catch (e) {
        throw new Error(`${file}:${i + 1}: ${(e as Error).message}`);
      }
    });
}

const ids = new Set(catalog.map((a) => a.id));

/** Checks one record's shape; throws naming the record. */
function checked(r: Record<string, unknown>, where: string): Example {
  const labels = r.labels as unknown;
  if (typeof r.text !== 'string' || !r.text.trim()) throw new Error(`${where}: text missing`);
  if (r.lang !== 'de' && r.lang !== 'en') throw new Error(`${where}: lang must be de or en`);
  if (!Array.isArray(labels) || labels.some((l) => !ids.has(l as string)))
    throw new Error(`${where}: unknown label in ${JSON.stringify(labels)}`);
  return {
    id: String(r.id),
    group: String(r.batch ?? r.group),
    lang: r.lang,
    labels: labels as string[],
    kind: String(r.kind ?? ''),
    genre: String(r.genre ?? ''),
    text: r.text,
  };
}

/**
 * The training corpus: every `tests/corpus/*.jsonl` batch, plus the studied evaluation sets (texts.json,
 * fresh.json, fresh2.json and the tuning negatives, each its own group) and the catalog's own prose (claims,
 * reasoning, objections, audience variants; group `catalog`). Never the blind sets (fresh3.json, fresh4.json,
 * blind5.json, blind6.json, blind7.json, blind8.json).
 * @throws on a malformed record, naming its file and line
 */
export function loadCorpus(root: string, { studied = true, prose = true } = {}): Example[] {
  const out: Example[] = [];
  const dir = join(root, 'tests/corpus');
  for (const f of readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()) {
    readJsonl(join(dir, f)).forEach((r, i) => {
      out.push(checked(r, `${f}:${i + 1}`));
    });
  }
  if (studied) {
    for (const name of ['texts.json', 'fresh.json', 'fresh2.json']) {
      const file = join(root, 'tests/eval', name);
      for (const t of JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>[])
        out.push(
          checked(
            { ...t, labels: t.expected, batch: `eval:${name}`, kind: (t.expected as string[]).length ? 'positive' : 'ordinary' },
            `${name} ${t.id}`,
          ),
        );
    }
    const neg = join(root, 'scripts/eval/tuning-negatives.json');
    if (existsSync(neg))
      for (const t of JSON.parse(readFileSync(neg, 'utf8')) as Record<string, unknown>[])
        out.push(checked({ ...t, labels: [], batch: 'eval:tuning-negatives', kind: 'near-miss' }, `tuning-negatives ${t.id}`));
  }
  if (prose) {
    for (const a of catalog) {
      for (const lang of ['de', 'en'] as const) {
        const t = a.text[lang];
        if (!t) continue;
        const texts = [t.claim, t.reasoning, ...t.objections, ...Object.values(t.audiences ?? {})];
        texts.forEach((text, i) => {
          out.push({
            id: `catalog-${a.id}-${lang}-${i}`,
            group: 'catalog',
            lang,
            labels: [a.id],
            kind: 'positive',
            genre: 'catalog',
            text,
          });
        });
      }
    }
  }
  return out;
}

/** Loads one evaluation set (`tests/eval/<name>`), as examples of group `name`. */
export function loadEvalSet(root: string, name: string): Example[] {
  const raw = JSON.parse(readFileSync(join(root, 'tests/eval', name), 'utf8')) as Record<string, unknown>[];
  return raw.map((t) => checked({ ...t, labels: t.expected, batch: name }, `${name} ${t.id}`));
}

/** The sentences of `text` at ., ! or ? followed by white space (enough for padding with whole sentences). */
function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+/)
    .map((t) => t.trim())
    .filter((t) => t.length > 0);
}

/**
 * Padded copies of the corpus texts: each text of a corpus batch with one to three sentences of the same batch's
 * ordinary texts (same language) added before or after it, same labels. Real posts and paragraphs make their point
 * between small talk ("Lovely weather today. … See you tomorrow."); trained on these, the model learns that small talk
 * does not take the argument away. A copy stays in its source's batch, so cross-validation never tests on padding
 * it trained on. Deterministic for a seed.
 */
export function padded(examples: readonly Example[], seed: number): Example[] {
  const rand = rng(seed);
  const filler = new Map<string, string[]>();
  for (const e of examples) {
    if (e.kind !== 'ordinary' || e.labels.length > 0) continue;
    const key = `${e.group} ${e.lang}`;
    const list = filler.get(key) ?? [];
    for (const s of sentencesOf(e.text)) if (s.length >= 20 && s.length <= 160) list.push(s);
    filler.set(key, list);
  }
  const out: Example[] = [];
  for (const e of examples) {
    if (e.group === 'catalog' || e.group.startsWith('eval:')) continue;
    const pool = filler.get(`${e.group} ${e.lang}`) ?? [];
    if (pool.length < 3) continue;
    const n = 1 + Math.floor(rand() * 3);
    const before: string[] = [];
    const after: string[] = [];
    for (let i = 0; i < n; i++) (rand() < 0.5 ? before : after).push(pool[Math.floor(rand() * pool.length)] as string);
    out.push({ ...e, id: `${e.id}+pad`, text: [...before, e.text, ...after].join(' '), padded: true });
  }
  return out;
}

/** Mulberry32: a small seeded generator, so shuffles are reproducible. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Feature vectors of `examples` (computed once; cross-validation reuses them). */
export function featurize(examples: readonly Example[], config: FeatureConfig): FeatureVector[] {
  return examples.map((e) => featuresOf(e.text, e.lang, config));
}

/** Class probabilities of one feature vector under a full-precision model. */
export function predict(m: Trained, x: FeatureVector): Float64Array {
  const z = new Float64Array(m.bias);
  for (let i = 0; i < x.idx.length; i++) {
    const base = (x.idx[i] as number) * K;
    const v = x.val[i] as number;
    for (let k = 0; k < K; k++) z[k] = (z[k] as number) + v * (m.w[base + k] as number);
  }
  return softmax(z);
}

/** The target distribution of an example: its labels share the mass (primary twice as much), `none` when unlabelled. */
function targetOf(labels: readonly string[]): Float64Array {
  const t = new Float64Array(K);
  if (labels.length === 0) {
    t[0] = 1;
    return t;
  }
  let total = 0;
  labels.forEach((l, i) => {
    const k = CLASSES.indexOf(l);
    const share = i === 0 ? 2 : 1;
    t[k] = (t[k] as number) + share;
    total += share;
  });
  for (let k = 0; k < K; k++) t[k] = (t[k] as number) / total;
  return t;
}

/**
 * Trains the softmax model with AdaGrad on `xs` (feature vectors) and `labels`.
 * @returns full-precision weights; deterministic for equal inputs and options
 */
export function train(xs: readonly FeatureVector[], labels: readonly (readonly string[])[], opt: TrainOptions): Trained {
  const w = new Float64Array(D * K);
  const g2 = new Float64Array(D * K);
  const bias = new Float64Array(K);
  const bg2 = new Float64Array(K);
  const targets = labels.map(targetOf);
  const order = xs.map((_, i) => i);
  const rand = rng(opt.seed);
  const z = new Float64Array(K);
  for (let epoch = 0; epoch < opt.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    for (const n of order) {
      const x = xs[n] as FeatureVector;
      const t = targets[n] as Float64Array;
      z.set(bias);
      for (let i = 0; i < x.idx.length; i++) {
        const base = (x.idx[i] as number) * K;
        const v = x.val[i] as number;
        for (let k = 0; k < K; k++) z[k] = (z[k] as number) + v * (w[base + k] as number);
      }
      softmax(z);
      for (let k = 0; k < K; k++) {
        const g = (z[k] as number) - (t[k] as number);
        bg2[k] = (bg2[k] as number) + g * g;
        bias[k] = (bias[k] as number) - (opt.rate * g) / Math.sqrt((bg2[k] as number) + 1e-8);
      }
      for (let i = 0; i < x.idx.length; i++) {
        const base = (x.idx[i] as number) * K;
        const v = x.val[i] as number;
        for (let k = 0; k < K; k++) {
          const p = base + k;
          const g = ((z[k] as number) - (t[k] as number)) * v + opt.l2 * (w[p] as number);
          g2[p] = (g2[p] as number) + g * g;
          w[p] = (w[p] as number) - (opt.rate * g) / Math.sqrt((g2[p] as number) + 1e-8);
        }
      }
    }
  }
  return { w, bias };
}

/** How a text's class probabilities become hints. */
export interface Decision {
  /** Smallest `1 − P(none)` that shows any hint (the gate). */
  gate: number;
  /** An argument after the first is shown when its probability is at least this share of the first's. */
  follow: number;
  /** The gate for one unit of a page being read (feeds, documents): stricter, see `PAGE_FALSE_HINTS`. */
  pageGate?: number;
}

/**
 * The hints for one text's probabilities: nothing when the gate is not passed, else the arguments best first,
 * the first always, the next ones when within {@link Decision.follow} of it; at most three.
 */
export function decide(p: Float64Array, d: Decision): { id: string; p: number }[] {
  if (1 - (p[0] as number) < d.gate) return [];
  const ranked = CLASSES.slice(1)
    .map((id, i) => ({ id, p: p[i + 1] as number }))
    .sort((a, b) => b.p - a.p);
  const top = (ranked[0] as { p: number }).p;
  return ranked.filter((r, i) => i === 0 || r.p >= d.follow * top).slice(0, 3);
}

/**
 * The gate for a target false-hint rate: the smallest threshold at which at most `rate` of the unlabelled texts'
 * out-of-fold scores `1 − P(none)` reach it.
 * @param noneScores out-of-fold gate scores of texts labelled `[]`
 */
export function calibrateGate(noneScores: readonly number[], rate: number): number {
  const s = [...noneScores].sort((a, b) => b - a);
  const allowed = Math.floor(rate * s.length);
  // Just above the (allowed+1)-th highest score: that text and all below stay quiet.
  const v = s[allowed];
  return v === undefined ? 0.5 : Math.min(0.9999, v + 1e-6);
}

/**
 * Out-of-fold probabilities for every example: groups are assigned to `folds` folds round-robin by sorted name;
 * the `catalog` group is in no fold (always trained on, its probabilities left undefined).
 * @param fraction share of each training fold used (a seeded random subset), for learning curves
 * @param extra more feature vectors of example `i` to score with the model that did not see it (the sentence windows
 *   a page's unit is also scored by); their probabilities come back in `extraProbs[i]`
 */
export function crossValidate(
  examples: readonly Example[],
  xs: readonly FeatureVector[],
  opt: TrainOptions,
  folds: number,
  { fraction = 1, extra }: { fraction?: number; extra?: (i: number) => readonly FeatureVector[] } = {},
): { probs: Float64Array[]; foldOf: number[]; extraProbs: Float64Array[][] } {
  // The catalog's own prose is always trained on (the extension ships it); every other group is tested once.
  const groups = [...new Set(examples.map((e) => e.group))].filter((g) => g !== 'catalog').sort();
  const foldOfGroup = new Map<string, number>(groups.map((g, i) => [g, i % folds]));
  foldOfGroup.set('catalog', -1);
  const foldOf = examples.map((e) => foldOfGroup.get(e.group) as number);
  const probs: Float64Array[] = new Array(examples.length);
  const extraProbs: Float64Array[][] = examples.map(() => []);
  const rand = rng(opt.seed + 7);
  const keep = examples.map(() => rand() < fraction);
  for (let f = 0; f < folds; f++) {
    const trainIdx = examples.map((_, i) => i).filter((i) => foldOf[i] !== f && keep[i]);
    const m = train(
      trainIdx.map((i) => xs[i] as FeatureVector),
      trainIdx.map((i) => (examples[i] as Example).labels),
      opt,
    );
    examples.forEach((_, i) => {
      if (foldOf[i] !== f) return;
      probs[i] = predict(m, xs[i] as FeatureVector);
      if (extra) extraProbs[i] = extra(i).map((x) => predict(m, x));
    });
  }
  return { probs, foldOf, extraProbs };
}
