/**
 * Feature extraction for the learned relevance model (`./model.ts`): one text unit (a post, a paragraph, a
 * sentence) becomes a sparse vector of hashed features. The same function serves training (`scripts/train/`)
 * and the extension, so what the model learned is exactly what it sees.
 *
 * Feature groups (the prefix of each feature's string before hashing):
 * - `s` word stems (Snowball German, Porter2 English; stop words left out), language-tagged, plus the stems of a
 *   German compound's parts (`splitCompound`) and a hashtag's camelCase parts;
 * - `b` pairs of neighbouring stems within a sentence (stop words skipped, so "nicht … zuhören" pairs up);
 * - `c` character 4-grams of each content word, padded with `<` `>`, shared by both languages (catches
 *   inflections and compounds the stemmer misses, and loanwords common to German and English);
 * - `h` the hand lexicon's evidence per argument (`Scorer.evidence`: signal phrases, terms of the trade, weak
 *   words, objection sentences), `x`/`o` its context and off-topic cues, `j` the objections it found.
 *
 * Word features (`s`, `b`, `c`) are binary and the three groups are L2-normalised together, so a long text does
 * not outweigh a short one by length alone; lexicon features keep their magnitude (log1p of the score).
 */
import { catalog as builtinCatalog } from '../catalog';
import type { Argument, Lang } from '../catalog/types';
import { foldWord, lexiconFor, splitCompound } from './lexicon';
import { splitCamel, TokenFlag, tokenize } from './normalize';
import { OBJECTIONS } from './objections';
import { Scorer } from './scorer';
import { STOP_DE, STOP_EN, stem } from './stem';

/** Number of hash buckets: 2^18. Collisions are rare at the corpus's ~60,000 distinct feature strings. */
export const HASH_BITS = 18;
const MASK = (1 << HASH_BITS) - 1;

/** A sparse feature vector: bucket indices (distinct) and their values, same length. */
export interface FeatureVector {
  idx: number[];
  val: number[];
}

/** Feature group weights applied after normalisation. Set by `scripts/train/` cross-validation, shipped with the model. */
export interface FeatureConfig {
  /** Weight of the stem group. */
  stems: number;
  /** Weight of the stem-pair group. */
  pairs: number;
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

/**
 * The content words of `text` in `lang`: stop words, digits-only tokens and one-letter words dropped.
 * @returns words in text order; `[]` for a text without any
 */
export function contentWords(text: string, lang: Lang): UnitWord[] {
  const stop = lang === 'de' ? STOP_DE : STOP_EN;
  const out: UnitWord[] = [];
  const lexDe = lang === 'de' ? lexiconFor(builtinCatalog, 'de') : undefined;
  tokenize(text, (raw, _s, _e, sentence, flags) => {
    const w = foldWord(raw);
    if (w.length < 2 || stop.has(w) || /^\d+$/.test(w)) return;
    const stems = [stem(w, lang)];
    if ((flags & TokenFlag.Hashtag) !== 0) {
      const parts = splitCamel(raw);
      if (parts.length > 1) for (const p of parts) stems.push(stem(foldWord(p), lang));
    }
    if (lexDe && w.length >= 8) for (const part of splitCompound(w, lexDe)) stems.push(stem(part, 'de'));
    out.push({ raw, stems, sentence });
  });
  return out;
}

/**
 * The feature vector of one unit of text.
 * @param text the unit (a post, a paragraph, a sentence); any length, but the model was trained on units of up to ~200 words
 * @param lang its language (detect it first; features are language-tagged)
 * @param config the group weights the model was trained with
 * @param catalog the catalog whose lexicon supplies the `h` features; the built-in one by default. Only built-in
 *   argument ids get features (the model has weights for nothing else).
 */
export function featuresOf(text: string, lang: Lang, config: FeatureConfig, catalog: readonly Argument[] = builtinCatalog): FeatureVector {
  const acc = new Map<number, number>();
  const words = contentWords(text, lang);
  const lexical = new Set<string>();
  let prev = '';
  let prevSentence = -1;
  for (const w of words) {
    for (const s of w.stems) lexical.add(`s${lang}${s}`);
    const head = w.stems[0] as string;
    if (prev && prevSentence === w.sentence) lexical.add(`b${lang}${prev} ${head}`);
    prev = head;
    prevSentence = w.sentence;
    const f = `<${foldWord(w.raw)}>`;
    for (let i = 0; i + 4 <= f.length; i++) lexical.add(`c${f.slice(i, i + 4)}`);
  }
  let ns = 0;
  let nb = 0;
  let nc = 0;
  for (const f of lexical) {
    if (f[0] === 's') ns++;
    else if (f[0] === 'b') nb++;
    else nc++;
  }
  // Each group normalised on its own, then weighted: the groups differ in size by an order of magnitude.
  const ws = ns ? config.stems / Math.sqrt(ns) : 0;
  const wb = nb ? config.pairs / Math.sqrt(nb) : 0;
  const wc = nc ? config.chars / Math.sqrt(nc) : 0;
  for (const f of lexical) {
    const v = f[0] === 's' ? ws : f[0] === 'b' ? wb : wc;
    const b = bucketOf(f);
    acc.set(b, (acc.get(b) ?? 0) + v);
  }
  if (config.lexicon > 0) {
    const scorer = new Scorer(catalog, lang);
    scorer.add(text);
    const ev = scorer.evidence();
    if (ev) {
      const add = (f: string, v: number) => {
        const b = bucketOf(f);
        acc.set(b, (acc.get(b) ?? 0) + v * config.lexicon);
      };
      ev.argIds.forEach((id, i) => {
        const s = ev.scores[i] as number;
        if (s > 0) add(`h${id}`, Math.log1p(s));
      });
      if (ev.ctx > 0) add('x', Math.log1p(ev.ctx));
      if (ev.off > 0) add('o', Math.log1p(ev.off));
      for (const j of ev.objections) add(`j${(OBJECTIONS[j] as { id: string }).id}`, 1);
    }
  }
  return { idx: [...acc.keys()], val: [...acc.values()] };
}
