/**
 * The shapes of a compiled lexicon (`./lexicon.ts`): its entries (a word or a phrase and whom it counts for), their
 * kinds, and the lexicon of one catalog in one language with its lookup tables.
 */
import type { Lang } from '../catalog/types';

/** One thing to find in a text: a word or a phrase (stem sequence), and whom it counts for. */
export interface Entry {
  /** Stem ids of the parts, in the order written. */
  parts: number[];
  /** Targets: catalog index (argument), then `nArgs + i` (objection i), {@link Lexicon.ctxTarget}, {@link Lexicon.offTarget}. */
  targets: number[];
  /** Weight per target (same order as `targets`): the hand lexicon's own ranking (`rankByLexicon`). */
  weights: number[];
  /** Kind per target (same order as `targets`): what the learned model's features count, instead of the weights. */
  kinds: EntryKind[];
  /** Parts must occur in the written order (separable verbs: "stimmen … ab"). */
  ordered: boolean;
  /** Largest distance in words between the first and the last part. */
  window: number;
  /** How many of the parts must occur (all, except for objection sentences: most). */
  quorum: number;
  /** A match says by itself that the text is about company communication (see context.ts). */
  context: boolean;
  /** Offset of this entry's parts in the scorer's part-state arrays. */
  slot: number;
}

/**
 * What kind of evidence an entry is for an argument. The learned model gets one count per argument and kind and
 * learns what each is worth; the hand weights serve only `rankByLexicon` (user arguments).
 */
export enum EntryKind {
  /** A word of the argument's own prose that no signal list covers. */
  Prose = 0,
  /** A signal listed as ambiguous (`WEAK_SIGNALS`). */
  Weak = 1,
  /** A one-word signal. */
  Word = 2,
  /** A signal phrase of several words. */
  Phrase = 3,
  /** A term of the trade (`STRONG_SIGNALS`). */
  Strong = 4,
  /** One of the argument's own objection sentences. */
  Objection = 5,
}

/** A lexicon compiled for one catalog and one language. */
export interface Lexicon {
  lang: Lang;
  /** Argument ids, in catalog order (target i is `argIds[i]`). */
  argIds: string[];
  nArgs: number;
  nObj: number;
  ctxTarget: number;
  offTarget: number;
  /** For each objection, the catalog indices of the arguments that answer it, best first. */
  objAnswers: number[][];
  stemIds: Map<string, number>;
  /** Stem id → flat pairs [entry index, part index, …]. */
  occ: number[][];
  entries: Entry[];
  totalSlots: number;
  /** Normalised words and stems (≥ 5 letters) that may be parts of a compound. */
  vocab: Set<string>;
  /** First five letters of every `vocab` word: a cheap filter before trying substrings. */
  vocabPrefix: Set<string>;
  /** Normalised four-letter words ("blog", "chef", "team"): parts only at the end of a compound. */
  vocab4: Set<string>;
  maxVocab: number;
  /** Raw word (prefixed by "#" for hashtags) → stem ids found; bounded. */
  cache: Map<string, readonly number[]>;
}
