/** Result types of relevance ranking. */
import type { Argument, Lang } from '../catalog/types';

/** An argument found relevant to a text. */
export interface RankedArgument {
  /** The argument's id. */
  id: string;
  /**
   * Relevance score, > 0; higher is more relevant: the sum of the argument's probability over the units (posts,
   * paragraphs) that showed it, so evidence accumulates across a page. Comparable within one page only.
   */
  score: number;
  /** The probability (0–1] of the best of those units: the one {@link quote} comes from. */
  best?: number;
  /**
   * The decisive words, as written in the text (original case and form), deduplicated, in text order: those of
   * {@link quote} that pull most towards the argument. Never function words.
   */
  matched: string[];
  /** The sentence (or short passage) of the text that carries the argument, at most ~180 characters. */
  quote?: string;
  /**
   * Ids of the objections found in the text that this argument answers (see `OBJECTIONS` in
   * `src/relevance/objections.ts` for labels and notes). Absent when none.
   */
  objections?: string[];
}

/** Options of {@link rankArguments}. */
export interface RankOptions {
  /** Language of the text; detected when omitted. */
  lang?: Lang;
  /** The arguments to rank; the built-in catalog when omitted. */
  catalog?: Argument[];
  /**
   * `text` (default for `rankArguments`): one text someone wrote or selected. `page` (default for `createScorer`):
   * the units of a page being read, each judged by the model's stricter page gate (see `src/relevance/rank.ts`).
   */
  mode?: 'text' | 'page';
}
