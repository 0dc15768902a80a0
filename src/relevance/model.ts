/**
 * The learned relevance model at run time: a softmax over `none` and the built-in arguments, whose weights
 * `npm run train` learned from the corpus (tests/corpus/) and wrote to `./model-data.ts`. No number here is set
 * by hand: the weights, the gate and the follow share come from the training script's cross-validation.
 */
import type { Lang } from '../catalog/types';
import { type FeatureConfig, type FeatureVector, lexiconFeatures, scan, scanned, scannedWord, unitValue, type WordFeat } from './features';
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

/** Softmax of `z` in place (also the training script's). */
export function softmax(z: Float64Array): Float64Array {
  let m = Number.NEGATIVE_INFINITY;
  for (let k = 0; k < z.length; k++) if ((z[k] as number) > m) m = z[k] as number;
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
  /** Per-class scratch sums of {@link unit}, reused. */
  private readonly scratch: Float64Array;
  /** The logits and then the probabilities of the last {@link unit}, reused. */
  private readonly logits: Float64Array;
  /** The lexicon's features of the last {@link unit}, reused. */
  private readonly lexicon: { idx: number[]; val: number[] } = { idx: [], val: [] };

  constructor(data: ModelData) {
    this.classes = data.classes;
    this.features = data.features;
    this.gate = data.decision.gate;
    this.pageGate = data.decision.pageGate;
    this.follow = data.decision.follow;
    this.bias = Float64Array.from(data.bias);
    this.scale = data.scale;
    this.scratch = new Float64Array(data.classes.length);
    this.logits = new Float64Array(data.classes.length);
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

  /**
   * The weights of word `f`'s stem and character features summed per class, each group times its weight in the
   * feature config: the word's whole contribution before the unit's 1/√words. Cached on the word (`WordFeat.sums`).
   */
  private sums(f: WordFeat): Float64Array {
    if (f.sumsOf === this) return f.sums as Float64Array;
    const K = this.classes.length;
    const z = new Float64Array(K);
    const add = (buckets: readonly number[], weight: number) => {
      for (const b of buckets) {
        const r = this.rows[b] as number;
        if (r < 0) continue;
        for (let k = 0; k < K; k++) z[k] = (z[k] as number) + (this.w[r * K + k] as number) * this.scale * weight;
      }
    };
    add(f.stemBuckets, this.features.stems);
    add(f.charBuckets, this.features.chars);
    f.sums = z;
    f.sumsOf = this;
    return z;
  }

  /**
   * The probabilities of one unit of text, the objections (indices into `OBJECTIONS`) found in it and its language.
   * Computes the same logits as {@link probabilities} of `featuresOf(text)`, but from cached per-word sums: the
   * word features are linear in their counts (see `features.ts`), so only the lexicon's few features are looked up.
   * @param lang the unit's language; detected from the unit when undefined
   * @returns `p` is the model's own buffer, overwritten by the next call: read it before scoring another unit (an
   *   allocation per unit was 8 % of scoring time on the bench's 1 MiB text)
   */
  unit(text: string, given: Lang | undefined): { p: Float64Array; objections: readonly number[]; lang: Lang } {
    const K = this.classes.length;
    const lang = scan(text, given);
    const zw = this.scratch;
    zw.fill(0);
    let n = 0;
    for (let t = 0; t < scanned.n; t++) {
      const f = scannedWord(t, lang);
      if (f.skip) continue;
      const s = this.sums(f);
      n++;
      for (let k = 0; k < K; k++) zw[k] = (zw[k] as number) + (s[k] as number);
    }
    const v = unitValue(n);
    const z = this.logits;
    for (let k = 0; k < K; k++) z[k] = (this.bias[k] as number) + v * (zw[k] as number);
    const lexicon = this.lexicon;
    lexicon.idx.length = 0;
    lexicon.val.length = 0;
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
