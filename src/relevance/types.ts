/** Result types of relevance ranking. */
import type { Argument, Lang } from '../catalog/types';

/** An argument found relevant to a text. */
export interface RankedArgument {
  /** The argument's id. */
  id: string;
  /** Relevance score, > 0; higher is more relevant. Unitless, comparable within one call only. */
  score: number;
  /** The words of the text that triggered it, as written in the text (original case and form), deduplicated. */
  matched: string[];
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
}
