/**
 * The learned relevance model at run time: a softmax over `none` and the built-in arguments, whose weights
 * `npm run train` learned from the corpus (tests/corpus/) and wrote to `./model-data.ts`. No number here is set
 * by hand: the weights, the gate and the follow share come from the training script's cross-validation.
 */
import type { Lang } from '../catalog/types';
import { type FeatureConfig, type FeatureVector, featuresOf } from './features';
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
  readonly follow: number;
  private readonly rows = new Map<number, number>();
  private readonly w: Int8Array;
  private readonly bias: Float64Array;
  private readonly scale: number;

  constructor(data: ModelData) {
    this.classes = data.classes;
    this.features = data.features;
    this.gate = data.decision.gate;
    this.follow = data.decision.follow;
    this.bias = Float64Array.from(data.bias);
    this.scale = data.scale;
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
      this.rows.set(b, row++);
    }
    const wb = fromBase64(data.weights);
    this.w = new Int8Array(wb.buffer, wb.byteOffset, wb.length);
  }

  /** Class probabilities (same order as {@link classes}) of a feature vector. */
  probabilities(x: FeatureVector): Float64Array {
    const K = this.classes.length;
    const z = new Float64Array(this.bias);
    for (let i = 0; i < x.idx.length; i++) {
      const r = this.rows.get(x.idx[i] as number);
      if (r === undefined) continue;
      const v = (x.val[i] as number) * this.scale;
      const base = r * K;
      for (let k = 0; k < K; k++) z[k] = (z[k] as number) + v * (this.w[base + k] as number);
    }
    let m = Number.NEGATIVE_INFINITY;
    for (const v of z) m = Math.max(m, v);
    let s = 0;
    for (let k = 0; k < K; k++) {
      z[k] = Math.exp((z[k] as number) - m);
      s += z[k] as number;
    }
    for (let k = 0; k < K; k++) z[k] = (z[k] as number) / s;
    return z;
  }

  /**
   * How much the features of bucket list `buckets` (with value 1) push class `k` against `none`: the word-level
   * evidence a "Why" shows. Unitless, comparable between words of one text.
   */
  pull(buckets: readonly number[], k: number): number {
    const K = this.classes.length;
    let s = 0;
    for (const b of buckets) {
      const r = this.rows.get(b);
      if (r !== undefined) s += (this.w[r * K + k] as number) - (this.w[r * K] as number);
    }
    return s * this.scale;
  }

  /** The probabilities of one unit of text in `lang`. */
  unit(text: string, lang: Lang): Float64Array {
    return this.probabilities(featuresOf(text, lang, this.features));
  }
}

let loaded: Model | undefined;

/** The shipped model, decoded on first use (a few milliseconds) and kept. */
export function shippedModel(): Model {
  loaded ??= new Model(MODEL_DATA);
  return loaded;
}
