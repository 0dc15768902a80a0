/**
 * Text with some ranges highlighted in `<mark>`, e.g. the words of a page that made an argument relevant.
 * Generic: the caller computes the ranges (relevance's `findMatchRanges`).
 */
import type { JSX } from 'preact';

/** A range of UTF-16 code units in a string: `start` inclusive, `end` exclusive. */
export interface TextRange {
  start: number;
  end: number;
}

/**
 * Sorts `ranges`, clips them to `[0, length)` and merges overlapping or touching ones, so
 * each character is marked at most once. Empty ranges are dropped.
 */
export function mergeRanges(ranges: readonly TextRange[], length: number): TextRange[] {
  const sorted = ranges
    .map((r) => ({ start: Math.max(0, r.start), end: Math.min(length, r.end) }))
    .filter((r) => r.end > r.start)
    .sort((a, b) => a.start - b.start);
  const out: TextRange[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ ...r });
  }
  return out;
}

/** Renders `text` with `ranges` wrapped in `<mark>`; the text is rendered as text, never as HTML. */
export function Highlight({ text, ranges }: { text: string; ranges: readonly TextRange[] }): JSX.Element {
  const parts: (string | JSX.Element)[] = [];
  let at = 0;
  for (const r of mergeRanges(ranges, text.length)) {
    if (r.start > at) parts.push(text.slice(at, r.start));
    parts.push(<mark key={r.start}>{text.slice(r.start, r.end)}</mark>);
    at = r.end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}

/** Where the whole words `words` (case-insensitive) stand in `text`: the decisive words inside a quote. */
export function wordRanges(text: string, words: readonly string[]): TextRange[] {
  const wanted = new Set(words.map((w) => w.toLowerCase()));
  const out: TextRange[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu))
    if (wanted.has(m[0].toLowerCase())) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}
