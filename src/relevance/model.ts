/**
 * The learned relevance model at run time: a softmax over `none` and the built-in arguments, whose weights
 * `npm run train` learned from the corpus (tests/corpus/) and wrote to `./model-data.ts`. No number here is set
 * by hand: the weights, the gate and the follow share come from the training script's cross-validation.
 */
import type { Lang } from '../catalog/types';
import { type FeatureConfig, type FeatureVector, groupValue, lexiconFeatures, scan, scanned, scannedWord, type WordFeat } from './features';
import { TokenFlag } from './normalize';
import { MODEL_DATA } from './model-data';

/** The shipped model's data (written by scripts/train/run.ts). */
export interface ModelData {
  /** Class ids: `none` first, then built-in argument ids. */
  classes: readonly string[];
  /** Hash width the features were made with (`features.ts` HASH_BITS). */
  hashBits: number;
  features: FeatureConfig;
  decision: {
    /** Smallest `1 − P(none)` of a unit that shows a hint (calibrated for ≤ 3 % false hints out of fold). */
    gate: number;
    /** Share of the first argument's probability a further argument needs to be shown. */
    follow: number;
    /** The gate for one unit of a page being read (a post of a feed, a block of a document), calibrated for ≤ 0.1 %. */
    pageGate: number;
  };
  /** Per class. */
  bias: number[];
  /** Weight = int8 value × scale. */
  scale: number;
  /** Base64 of the kept bucket numbers, ascending, as base-128 varint deltas. */
  buckets: string;
  /** Base64 of int8 weights, bucket-major (`classes.length` per kept bucket). */
  weights: string;
}

/** Per-word weight sums of one model (see `Model.unit`). */
interface WordSums {
  /** Per class: the sum of the word's stem features' weights (value 1 each). */
  stems: Float64Array;
  /** Per class: the same for its character n-grams. */
  chars: Float64Array;
  /** Number of stem features and of character features of the word. */
  ns: number;
  nc: number;
}

/** Words kept per language in a model's per-word cache before it starts over (bounded memory on long pages). */
const WORD_SUMS_LIMIT = 50000;

/** Softmax of `z` in place. */
function softmax(z: Float64Array): Float64Array {
  let m = Number.NEGATIVE_INFINITY;
  for (const v of z) m = Math.max(m, v);
  let s = 0;
  for (let k = 0; k < z.length; k++) {
    z[k] = Math.exp((z[k] as number) - m);
    s += z[k] as number;
  }
  for (let k = 0; k < z.length; k++) z[k] = (z[k] as number) / s;
  return z;
}

function fromBase64(s: string): Uint8Array {
  const bin = atob(s);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** A loaded model: bucket → row map and the int8 weight table. */
export class Model {
  readonly classes: readonly string[];
  readonly features: FeatureConfig;
  readonly gate: number;
  readonly pageGate: number;
  readonly follow: number;
  /** Bucket → row of {@link w}, −1 for a bucket the pruned model dropped (4 bytes per bucket: 1 MB). */
  private readonly rows: Int32Array;
  private readonly w: Int8Array;
  private readonly bias: Float64Array;
  private readonly scale: number;

  constructor(data: ModelData) {
    this.classes = data.classes;
    this.features = data.features;
    this.gate = data.decision.gate;
    this.pageGate = data.decision.pageGate;
    this.follow = data.decision.follow;
    this.bias = Float64Array.from(data.bias);
    this.scale = data.scale;
    this.rows = new Int32Array(1 << data.hashBits).fill(-1);
    const bytes = fromBase64(data.buckets);
    let b = 0;
    let row = 0;
    for (let i = 0; i < bytes.length; ) {
      let d = 0;
      let shift = 0;
      let byte: number;
      do {
        byte = bytes[i++] as number;
        d |= (byte & 0x7f) << shift;
        shift += 7;
      } while (byte & 0x80);
      b += d;
      this.rows[b] = row++;
    }
    const wb = fromBase64(data.weights);
    this.w = new Int8Array(wb.buffer, wb.byteOffset, wb.length);
  }

  /** Adds the weights of feature vector `x` into logits `z` (one per class). */
  private addLogits(x: FeatureVector, z: Float64Array): void {
    const K = this.classes.length;
    for (let i = 0; i < x.idx.length; i++) {
      const r = this.rows[x.idx[i] as number] as number;
      if (r < 0) continue;
      const v = (x.val[i] as number) * this.scale;
      const base = r * K;
      for (let k = 0; k < K; k++) z[k] = (z[k] as number) + v * (this.w[base + k] as number);
    }
  }

  /** Class probabilities (same order as {@link classes}) of a feature vector (as `featuresOf` makes it). */
  probabilities(x: FeatureVector): Float64Array {
    const z = new Float64Array(this.bias);
    this.addLogits(x, z);
    return softmax(z);
  }

  /**
   * How much the features of bucket list `buckets` (with value 1) push class `k` against `none`: the word-level
   * evidence a "Why" shows. Unitless, comparable between words of one text.
   */
  pull(buckets: readonly number[], k: number): number {
    const K = this.classes.length;
    let s = 0;
    for (const b of buckets) {
      const r = this.rows[b] as number;
      if (r >= 0) s += (this.w[r * K + k] as number) - (this.w[r * K] as number);
    }
    return s * this.scale;
  }

  /** Per language, per word (a `#` before hashtags): the summed weights of its stem and of its character features. */
  private readonly wordSums: Record<Lang, Map<string, WordSums>> = { de: new Map(), en: new Map() };

  /** The cached {@link WordSums} of a word's features (see `features.ts` {@link WordFeat}). */
  private sums(key: string, f: WordFeat, lang: Lang): WordSums {
    const cache = this.wordSums[lang];
    let s = cache.get(key);
    if (s === undefined) {
      const K = this.classes.length;
      const add = (buckets: readonly number[]): Float64Array => {
        const z = new Float64Array(K);
        for (const b of buckets) {
          const r = this.rows[b] as number;
          if (r < 0) continue;
          for (let k = 0; k < K; k++) z[k] = (z[k] as number) + (this.w[r * K + k] as number) * this.scale;
        }
        return z;
      };
      s = { stems: add(f.stemBuckets), chars: add(f.charBuckets), ns: f.stemBuckets.length, nc: f.charBuckets.length };
      if (cache.size >= WORD_SUMS_LIMIT) cache.clear();
      cache.set(key, s);
    }
    return s;
  }

  /**
   * The probabilities of one unit of text, the objections (indices into `OBJECTIONS`) found in it and its language.
   * Computes the same logits as {@link probabilities} of `featuresOf(text)`, but from cached per-word sums: the
   * word features are linear in their counts (see `features.ts`), so only the lexicon's few features are looked up.
   * @param lang the unit's language; detected from the unit when undefined
   */
  unit(text: string, given: Lang | undefined): { p: Float64Array; objections: readonly number[]; lang: Lang } {
    const K = this.classes.length;
    const lang = scan(text, given);
    const zs = new Float64Array(K);
    const zc = new Float64Array(K);
    let ns = 0;
    let nc = 0;
    for (let t = 0; t < scanned.n; t++) {
      const f = scannedWord(t, lang);
      if (f.skip) continue;
      const raw = scanned.raws[t] as string;
      const s = this.sums(((scanned.flags[t] as number) & TokenFlag.Hashtag) !== 0 ? `#${raw}` : raw, f, lang);
      ns += s.ns;
      nc += s.nc;
      for (let k = 0; k < K; k++) {
        zs[k] = (zs[k] as number) + (s.stems[k] as number);
        zc[k] = (zc[k] as number) + (s.chars[k] as number);
      }
    }
    const vs = groupValue(this.features.stems, ns);
    const vc = groupValue(this.features.chars, nc);
    const z = new Float64Array(this.bias);
    for (let k = 0; k < K; k++) z[k] = (z[k] as number) + vs * (zs[k] as number) + vc * (zc[k] as number);
    const lexicon: FeatureVector = { idx: [], val: [] };
    const objections = lexiconFeatures(lang, this.features, lexicon.idx, lexicon.val);
    this.addLogits(lexicon, z);
    return { p: softmax(z), objections, lang };
  }
}

let loaded: Model | undefined;

/** The shipped model, decoded on first use (a few milliseconds) and kept. */
export function shippedModel(): Model {
  loaded ??= new Model(MODEL_DATA);
  return loaded;
}
