/**
 * The words the lexicon scorer (`./scorer.ts`) and the model's features (`./features.ts`) read: one cached record per
 * raw word with its language evidence and its stem ids in the lexicons used last, and each lexicon's occurrence lists
 * flattened for the matching loop.
 */
import { type Entry, foldWord, type Lexicon, lookup } from './lexicon';
import { addLangEvidence, type LangEvidence } from './stem';

/**
 * What matching needs of one raw word: its language evidence and its stem ids in the last two lexicons
 * asked (a catalog's German and English one). At most one map lookup per token finds both. Before, the language
 * evidence and `lookup`'s cache were two lookups of the same freshly sliced string, 16 % of a profile of
 * `rankArguments`; the second one cost 6–15 % of its time on the 1 MiB text of scripts/bench-scoring.mjs
 * (measured side by side).
 */
export interface Word {
  readonly raw: string;
  /** Language evidence: German points × 4 + English points (see `addLangEvidence`); 0 for none. */
  readonly ev: number;
  /** The learned model's per-language features of the word (`features.ts`), kept here so a word is looked up once. */
  featDe?: unknown;
  featEn?: unknown;
  /** Lexicon serial ({@link Flat}) of `idsA`, −1 for none; likewise `serialB` and `idsB`. */
  serialA: number;
  idsA: readonly number[];
  serialB: number;
  idsB: readonly number[];
}

/**
 * Raw word → {@link Word}. Bounded like `lookup`'s own cache (20,000 words, then it starts over), and
 * holds words and stem ids only, never a lexicon: a dropped user catalog's lexicon is not kept alive.
 */
const words = new Map<string, Word>();
const WORDS_LIMIT = 20000;
const NO_IDS: readonly number[] = Object.freeze([]);

/**
 * A direct-mapped front of {@link words}, indexed by a hash of a word's length and three of its code
 * units: a hit costs a string comparison instead of hashing a freshly sliced string in `Map.get`.
 * A miss or a collision only falls through to `words`, so which word holds a slot never changes a result.
 * Measured: `rankArguments` ~9 % faster on the 1 MiB text of scripts/bench-scoring.mjs, side by side.
 */
const front: (Word | undefined)[] = new Array(4096).fill(undefined);

/**
 * The scorer's record of one raw word (cached): its language evidence, German points × 4 + English points (each
 * capped at 3; see `addLangEvidence`), and room for the learned model's features of it.
 */
export function wordOf(raw: string): Word {
  const n = raw.length;
  const h = (((n * 31 + raw.charCodeAt(0)) * 31 + raw.charCodeAt(n - 1)) * 31 + raw.charCodeAt(n >> 1)) & 4095;
  const f = front[h];
  if (f !== undefined && f.raw === raw) return f;
  let w = words.get(raw);
  if (w === undefined) {
    const probe: LangEvidence = { de: 0, en: 0 };
    addLangEvidence(foldWord(raw), probe);
    // Every field set at creation, so all words share one object shape (the scoring loops stay monomorphic).
    w = { raw, ev: probe.de * 4 + probe.en, featDe: undefined, featEn: undefined, serialA: -1, idsA: NO_IDS, serialB: -1, idsB: NO_IDS };
    if (words.size >= WORDS_LIMIT) words.clear();
    words.set(raw, w);
  }
  front[h] = w;
  return w;
}

/**
 * `lookup(lex, word.raw, false)`, kept on the word for the two lexicons used last.
 * @param serial `flatOf(lex).serial`
 */
export function idsOf(word: Word, lex: Lexicon, serial: number): readonly number[] {
  if (word.serialA === serial) return word.idsA;
  if (word.serialB === serial) return word.idsB;
  const ids = lookup(lex, word.raw, false);
  word.serialB = word.serialA;
  word.idsB = word.idsA;
  word.serialA = serial;
  word.idsA = ids;
  return ids;
}

/**
 * A lexicon's serial number (for {@link Word}'s id slots) and its `occ` lists flattened for the
 * matching loop: the occurrences of stem id `s` are the records [entry index, slot, other slot,
 * window] at `rec[4·start[s]] … rec[4·start[s + 1]]`; slot −1 for a single-word entry; "other slot"
 * is another part's slot of the same phrase (−1 for a quorum entry, which needs not every part),
 * which must be in the window for `complete` to hold. Why: on the 1 MiB text of
 * scripts/bench-scoring.mjs a word has ~3 occurrences (514,000 for 160,000 words), 94 % of them
 * parts of phrases, and only 7,600 phrases complete; the other-part check leaves 22,000 calls of
 * `complete` and made `rankArguments` ~10 % faster (measured side by side).
 */
export interface Flat {
  /** Numbers the lexicon for {@link Word} without a reference to it. */
  serial: number;
  start: Int32Array;
  rec: Int32Array;
}

/** Int32 values per occurrence record in {@link Flat.rec}. */
export const STRIDE = 4;
/** Per lexicon, without keeping it alive (a user catalog's lexicon goes with its catalog). */
const flats = new WeakMap<Lexicon, Flat>();
let nextSerial = 0;

/** The flattened occurrence lists of `lex` (made once per lexicon). */
export function flatOf(lex: Lexicon): Flat {
  let f = flats.get(lex);
  if (f === undefined) {
    const start = new Int32Array(lex.occ.length + 1);
    let total = 0;
    lex.occ.forEach((o, s) => {
      start[s] = total;
      total += o.length / 2;
    });
    start[lex.occ.length] = total;
    const rec = new Int32Array(STRIDE * total);
    let r = 0;
    for (const o of lex.occ) {
      for (let j = 0; j < o.length; j += 2) {
        const e = lex.entries[o[j] as number] as Entry;
        const part = o[j + 1] as number;
        const single = e.parts.length === 1;
        rec[r++] = o[j] as number;
        rec[r++] = single ? -1 : e.slot + part;
        rec[r++] = single || e.quorum < e.parts.length ? -1 : e.slot + (part === 0 ? 1 : 0);
        rec[r++] = e.window;
      }
    }
    f = { serial: nextSerial++, start, rec };
    flats.set(lex, f);
  }
  return f;
}
