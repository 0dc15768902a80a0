/**
 * Feature extraction for the learned relevance model (`./model.ts`): one text unit (a post, a paragraph, a
 * sentence) becomes a sparse vector of hashed features. The same function serves training (`scripts/train/`)
 * and the extension, so what the model learned is exactly what it sees.
 *
 * Feature groups (the prefix of each feature's string before hashing):
 * - `s` word stems (Snowball German, Porter2 English; stop words left out), language-tagged, plus the stems of a
 *   German compound's parts (`splitCompound`) and a hashtag's camelCase parts;
 * - `c` character 4-grams of each content word, padded with `<` `>`, shared by both languages (catches
 *   inflections and compounds the stemmer misses, and loanwords common to German and English);
 * - `h` the hand lexicon's evidence per argument and kind of entry (`Scorer.evidence`: prose words, weak words,
 *   one-word signals, phrases, terms of the trade, objection sentences; log1p of the count) and whether two cues
 *   agreed in neighbouring sentences, `x`/`o` its context and off-topic cues, `j` the objections it found. The
 *   lexicon's hand weights are not features: the model learns what each kind is worth per argument.
 *
 * Word features (`s`, `c`) count occurrences, scaled by their group's weight and 1/√(content words of the unit),
 * so a long text does not outweigh a short one by length alone; lexicon features keep their magnitude (log1p of the score). Pairs of
 * neighbouring stems were tried and left out: grouped cross-validation showed no gain (`npm run train -- --search`).
 */
import { catalog as builtinCatalog } from '../catalog';
import type { Lang } from '../catalog/types';
import { foldWord, lexiconFor, splitCompound } from './lexicon';
import { splitCamel, TokenFlag, tokenize } from './normalize';
import { OBJECTIONS } from './objections';
import { ENTRY_KINDS, Scorer } from './scorer';
import { STOP_DE, STOP_EN, stem } from './stem';
import { type Word, wordOf } from './words';

/** Number of hash buckets: 2^18. Collisions are rare at the corpus's ~60,000 distinct feature strings. */
export const HASH_BITS = 18;
const MASK = (1 << HASH_BITS) - 1;

/** A sparse feature vector: bucket indices (distinct) and their values, same length. */
export interface FeatureVector {
  idx: number[];
  val: number[];
  /** Indices into `OBJECTIONS` of the objections the hand lexicon found in the text (empty without lexicon features). */
  objections?: number[];
  /** The language the features were made in: the given one, or the one detected. */
  lang?: Lang;
}

/** Feature group weights applied after normalisation. Set by `scripts/train/` cross-validation, shipped with the model. */
export interface FeatureConfig {
  /** Weight of the stem group. */
  stems: number;
  /** Weight of the character n-gram group. */
  chars: number;
  /** Weight of the hand-lexicon group. */
  lexicon: number;
}

/** FNV-1a 32-bit hash of `s`, masked to {@link HASH_BITS}. */
export function bucketOf(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) & MASK;
}

/** One content word of a unit, as features see it. */
export interface UnitWord {
  /** The word as written. */
  raw: string;
  /** Its stem features (without the group prefix), first the word's own stem. */
  stems: string[];
  /** Sentence index within the unit. */
  sentence: number;
}

/** What features need of one word in one language, computed once per distinct word (see {@link wordFeat}). */
export interface WordFeat {
  /** A stop word, a number or a one-letter word: no features. */
  skip: boolean;
  stems: string[];
  /** Buckets of the stem features. */
  stemBuckets: number[];
  /** Buckets of the character 4-grams. */
  charBuckets: number[];
  /**
   * A model's per-word sums of these features' weights, kept with the word so a unit costs one cache lookup per
   * word (`Model.unit`); `sumsOf` names the model they belong to.
   */
  sums?: unknown;
  sumsOf?: unknown;
}

const wordCache: Record<Lang, Map<string, WordFeat>> = { de: new Map(), en: new Map() };
/** Distinct words kept per language before the cache starts over (bounded memory on long pages). */
const WORD_CACHE_LIMIT = 50000;

/** The features of word `raw` (after `#` when `hashtag`) in `lang`, cached. */
function wordFeat(raw: string, hashtag: boolean, lang: Lang): WordFeat {
  const cache = wordCache[lang];
  const key = hashtag ? `#${raw}` : raw;
  let f = cache.get(key);
  if (f !== undefined) return f;
  const w = foldWord(raw);
  const stop = lang === 'de' ? STOP_DE : STOP_EN;
  if (w.length < 2 || stop.has(w) || /^\d+$/.test(w)) {
    f = { skip: true, stems: [], stemBuckets: [], charBuckets: [], sums: undefined, sumsOf: undefined };
  } else {
    const stems = [stem(w, lang)];
    if (hashtag) {
      const parts = splitCamel(raw);
      if (parts.length > 1) for (const p of parts) stems.push(stem(foldWord(p), lang));
    }
    if (lang === 'de' && w.length >= 8) for (const part of splitCompound(w, lexiconFor(builtinCatalog, 'de'))) stems.push(stem(part, 'de'));
    const padded = `<${w}>`;
    const charBuckets: number[] = [];
    for (let i = 0; i + 4 <= padded.length; i++) charBuckets.push(bucketOf(`c${padded.slice(i, i + 4)}`));
    f = {
      skip: false,
      stems,
      stemBuckets: stems.map((s) => bucketOf(`s${lang}${s}`)),
      charBuckets,
      sums: undefined,
      sumsOf: undefined,
    };
  }
  if (cache.size >= WORD_CACHE_LIMIT) cache.clear();
  cache.set(key, f);
  return f;
}

/**
 * The content words of `text` in `lang`: stop words, digits-only tokens and one-letter words dropped.
 * @returns words in text order; `[]` for a text without any
 */
export function contentWords(text: string, lang: Lang): UnitWord[] {
  const out: UnitWord[] = [];
  tokenize(text, (raw, _s, _e, sentence, flags) => {
    const f = wordFeat(raw, (flags & TokenFlag.Hashtag) !== 0, lang);
    if (!f.skip) out.push({ raw, stems: f.stems, sentence });
  });
  return out;
}

/** The buckets of word `raw`'s stem features in `lang` (what a "why" weighs per word). */
export function stemBuckets(raw: string, lang: Lang): readonly number[] {
  return wordFeat(raw, false, lang).stemBuckets;
}

/**
 * The words of the unit last {@link scan}ned: reusable buffers (grown as needed), valid until the next scan. Read them
 * right after the call; nothing else may scan in between.
 */
export const scanned = { words: [] as Word[], sentences: [] as number[], flags: [] as number[], n: 0 };

/**
 * Scans `text` once into {@link scanned}, and detects its language from the words' evidence (function words,
 * umlauts) when `given` is undefined.
 * @returns the language the unit is read in
 */
export function scan(text: string, given: Lang | undefined): Lang {
  let n = 0;
  let de = 0;
  let en = 0;
  const { words, sentences, flags } = scanned;
  tokenize(text, (raw, _s, _e, sentence, f) => {
    const w = wordOf(raw);
    words[n] = w;
    sentences[n] = sentence;
    flags[n] = f;
    n++;
    de += w.ev >> 2;
    en += w.ev & 3;
  });
  scanned.n = n;
  return given ?? (en > de ? 'en' : 'de');
}

/** The features of the `i`-th scanned word in `lang` (kept on the scorer's word record, hashtags apart). */
export function scannedWord(i: number, lang: Lang): WordFeat {
  const w = scanned.words[i] as Word;
  if (((scanned.flags[i] as number) & TokenFlag.Hashtag) !== 0) return wordFeat(w.raw, true, lang);
  if (lang === 'de') {
    w.featDe ??= wordFeat(w.raw, false, 'de');
    return w.featDe as WordFeat;
  }
  w.featEn ??= wordFeat(w.raw, false, 'en');
  return w.featEn as WordFeat;
}

/** One reusable lexicon scorer per language for the `h` features (cleared between units). */
const lexiconScorers: Partial<Record<Lang, Scorer>> = {};

/**
 * The hand lexicon's features of the scanned unit (see the module comment), already weighted by `config.lexicon`,
 * appended to `idx`/`val`.
 * @returns the objections found (indices into `OBJECTIONS`)
 */
export function lexiconFeatures(lang: Lang, config: FeatureConfig, idx: number[], val: number[]): number[] {
  if (config.lexicon <= 0) return [];
  let scorer = lexiconScorers[lang];
  if (!scorer) {
    scorer = new Scorer(builtinCatalog, lang, false);
    lexiconScorers[lang] = scorer;
  }
  scorer.clear();
  scorer.addTokens(scanned.words, scanned.sentences, scanned.flags, scanned.n);
  const b = lexiconBuckets();
  const { ctx, off, objections } = scorer.evidence(b.counts, b.agreed);
  const w = config.lexicon;
  for (let i = 0; i < b.counts.length; i++) {
    const c = b.counts[i] as number;
    if (c > 0) {
      idx.push(b.kinds[i] as number);
      val.push(Math.log1p(c) * w);
    }
  }
  for (let i = 0; i < b.agreed.length; i++)
    if (b.agreed[i]) {
      idx.push(b.agree[i] as number);
      val.push(w);
    }
  if (ctx > 0) {
    idx.push(b.ctx);
    val.push(Math.log1p(ctx) * w);
  }
  if (off > 0) {
    idx.push(b.off);
    val.push(Math.log1p(off) * w);
  }
  for (const j of objections) {
    idx.push(b.objections[j] as number);
    val.push(w);
  }
  return objections;
}

/** The buckets of the lexicon features of the built-in catalog, and reusable evidence arrays, made once. */
interface LexiconBuckets {
  /** `h<id>:<kind>` at `i · ENTRY_KINDS + kind`. */
  kinds: Int32Array;
  /** `h<id>:agree` at `i`. */
  agree: Int32Array;
  /** `j<objection id>` at the objection's index. */
  objections: Int32Array;
  ctx: number;
  off: number;
  counts: Float64Array;
  agreed: Uint8Array;
}

let lexBuckets: LexiconBuckets | undefined;

function lexiconBuckets(): LexiconBuckets {
  if (!lexBuckets) {
    const ids = builtinCatalog.map((a) => a.id);
    const kinds = new Int32Array(ids.length * ENTRY_KINDS);
    ids.forEach((id, i) => {
      for (let k = 0; k < ENTRY_KINDS; k++) kinds[i * ENTRY_KINDS + k] = bucketOf(`h${id}:${k}`);
    });
    lexBuckets = {
      kinds,
      agree: Int32Array.from(ids.map((id) => bucketOf(`h${id}:agree`))),
      objections: Int32Array.from(OBJECTIONS.map((o) => bucketOf(`j${o.id}`))),
      ctx: bucketOf('x'),
      off: bucketOf('o'),
      counts: new Float64Array(ids.length * ENTRY_KINDS),
      agreed: new Uint8Array(ids.length),
    };
  }
  return lexBuckets;
}

/**
 * The value of one word's features in a unit of `words` content words: 1/√words, so a long unit does not outweigh
 * a short one by length alone (0 for a unit without content words). The same for every word: the logits of a unit
 * are then a sum over its words, which `Model` computes from cached per-word sums.
 */
export function unitValue(words: number): number {
  return words > 0 ? 1 / Math.sqrt(words) : 0;
}

/**
 * The feature vector of one unit of text. Word features count every occurrence (a word said twice counts twice).
 * @param text the unit (a post, a paragraph, a sentence); any length, but the model was trained on units of up to ~200 words
 * @param given its language; detected from function words and umlauts when undefined (features are language-tagged)
 * @param config the group weights the model was trained with
 * @returns buckets (a bucket may repeat: values add up) and values. The `h` features always come from the built-in
 *   catalog's lexicon: the model has weights for nothing else.
 */
export function featuresOf(text: string, given: Lang | undefined, config: FeatureConfig): FeatureVector {
  const lang = scan(text, given);
  let n = 0;
  for (let t = 0; t < scanned.n; t++) if (!scannedWord(t, lang).skip) n++;
  const v = unitValue(n);
  const vs = v * config.stems;
  const vc = v * config.chars;
  const idx: number[] = [];
  const val: number[] = [];
  for (let t = 0; t < scanned.n; t++) {
    const f = scannedWord(t, lang);
    if (vs > 0)
      for (const b of f.stemBuckets) {
        idx.push(b);
        val.push(vs);
      }
    if (vc > 0)
      for (const b of f.charBuckets) {
        idx.push(b);
        val.push(vc);
      }
  }
  const objections = lexiconFeatures(lang, config, idx, val);
  return { idx, val, lang, objections };
}
