/** Relevance: ranks catalog arguments for a text. (Stub: the relevance helper fills this in.) */
import type { RankedArgument, RankOptions } from './types';

export type { RankedArgument, RankOptions } from './types';

/** Ranks the arguments relevant to `text`, best first; empty when nothing is relevant. */
export function rankArguments(_text: string, _options: RankOptions = {}): RankedArgument[] {
  return [];
}
