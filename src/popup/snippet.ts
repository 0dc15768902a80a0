/**
 * A short excerpt of the page text around the words that made an argument relevant, for the popup's
 * "why" line. The highlighted ranges come from relevance's `findMatchRanges`, so what is marked is
 * exactly what matched (stemming, compounds, umlauts), not a naive substring search.
 */
import { findMatchRanges } from '../relevance/index';
import type { TextRange } from '../ui/Highlight';

/** An excerpt and the ranges to highlight in it (offsets into `text`). */
export interface Snippet {
  text: string;
  ranges: TextRange[];
  /** True when text was cut before / after the excerpt (the UI shows "…"). */
  cutStart: boolean;
  cutEnd: boolean;
}

/** Characters of context on each side of the first match, before trimming to word boundaries. */
export const SNIPPET_CONTEXT = 80;

/**
 * The excerpt of `text` around the first of `words` that relevance finds in it, at most about
 * `2 × context` characters plus the match, cut at spaces; `null` when none of the words is found
 * (e.g. they came from a part of the page the fallback reader did not see).
 */
export function makeSnippet(text: string, words: readonly string[], context = SNIPPET_CONTEXT): Snippet | null {
  if (!text || words.length === 0) return null;
  const all = findMatchRanges(text, [...words]);
  const first = all[0];
  if (!first) return null;
  let start = Math.max(0, first.start - context);
  let end = Math.min(text.length, first.end + context);
  if (start > 0) {
    const space = text.indexOf(' ', start);
    if (space !== -1 && space < first.start) start = space + 1;
  }
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > first.end) end = space;
  }
  const excerpt = text.slice(start, end).replace(/\s/g, ' ');
  const ranges = all.filter((r) => r.start >= start && r.end <= end).map((r) => ({ start: r.start - start, end: r.end - start }));
  return { text: excerpt, ranges, cutStart: start > 0, cutEnd: end < text.length };
}
