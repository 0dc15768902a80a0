/**
 * Accumulating rankings in the content script. The background ranks each batch of new text on its own
 * (`rank` message); a feed or a virtualised document is the sum of its batches: per argument the scores add
 * up, the matched words are merged (deduplicated without regard to case, capped) and so are the objections.
 *
 * Memory is bounded by the catalog (one entry per argument id, at most {@link MAX_MATCHED} words and
 * {@link MAX_OBJECTIONS} objection ids each), never by the amount of text: nothing of the page is kept.
 * Pure; no DOM, no browser APIs.
 */
import type { RankedArgument } from '../src/relevance/types';

/** Matched words kept per argument (as the relevance scorer keeps for one text). */
export const MAX_MATCHED = 12;
/** Objection ids kept per argument (the objection lexicon has fewer). */
export const MAX_OBJECTIONS = 16;

interface Entry {
  id: string;
  score: number;
  matched: string[];
  /** Lower-cased `matched`, for deduplication. */
  folded: Set<string>;
  objections: string[];
}

/** The sum of rankings added since creation or the last {@link RankSum.reset}. */
export class RankSum {
  /** Insertion order is first appearance: the tie-breaker of {@link ranking}. */
  private entries = new Map<string, Entry>();

  /**
   * Adds one batch's ranking (as `rankArguments` returns it). Entries without a string id or a finite positive
   * score are ignored (the list crossed a context boundary).
   */
  add(ranked: readonly RankedArgument[]): void {
    for (const r of ranked) {
      if (typeof r?.id !== 'string' || !Number.isFinite(r.score) || r.score <= 0) continue;
      let e = this.entries.get(r.id);
      if (!e) {
        e = { id: r.id, score: 0, matched: [], folded: new Set(), objections: [] };
        this.entries.set(r.id, e);
      }
      e.score += r.score;
      for (const w of Array.isArray(r.matched) ? r.matched : []) {
        if (e.matched.length >= MAX_MATCHED) break;
        if (typeof w !== 'string') continue;
        const f = w.toLowerCase();
        if (e.folded.has(f)) continue;
        e.folded.add(f);
        e.matched.push(w);
      }
      for (const o of Array.isArray(r.objections) ? r.objections : []) {
        if (e.objections.length >= MAX_OBJECTIONS) break;
        if (typeof o === 'string' && !e.objections.includes(o)) e.objections.push(o);
      }
    }
  }

  /** The summed ranking, best (highest total score) first; ties in order of first appearance. Copies. */
  ranking(): RankedArgument[] {
    return [...this.entries.values()]
      .sort((a, b) => b.score - a.score)
      .map((e) =>
        e.objections.length
          ? { id: e.id, score: e.score, matched: [...e.matched], objections: [...e.objections] }
          : { id: e.id, score: e.score, matched: [...e.matched] },
      );
  }

  /** Forgets everything added. */
  reset(): void {
    this.entries.clear();
  }

  /** Number of arguments held (bounded by the catalog). */
  get size(): number {
    return this.entries.size;
  }
}
