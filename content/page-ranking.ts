/**
 * A page's ranking in the content script. The background ranks each batch of new text (`rank` message), judging
 * every unit (post, block) on its own and reporting, per argument, the sum of its probability over the units that
 * passed the page gate; a feed or a virtualised document adds these up over its batches, and keeps the words and
 * quote of the best unit so far. A sum over units does not depend on how the page was cut into batches, and units
 * that did not pass the gate add nothing, so a long page of unrelated posts does not add up to a hint. The
 * objections found are merged over all batches.
 *
 * Memory is bounded by the catalog (one entry per argument id, at most {@link MAX_MATCHED} words, one quote and
 * {@link MAX_OBJECTIONS} objection ids each), never by the amount of text: nothing else of the page is kept.
 * Pure; no DOM, no browser APIs.
 */
import type { RankedArgument } from '../src/relevance/types';

/** Matched words kept per argument (the relevance engine reports at most three decisive words per hint). */
export const MAX_MATCHED = 12;
/** Objection ids kept per argument (the objection lexicon has fewer). */
export const MAX_OBJECTIONS = 16;
/** Characters of a quote kept (the engine sends at most ~180). */
const MAX_QUOTE = 400;

interface Entry {
  id: string;
  score: number;
  /** The best unit's probability so far: whose words and quote are kept. */
  best: number;
  matched: string[];
  quote?: string;
  objections: string[];
}

/** The summed evidence per argument added since creation or the last {@link PageRanking.reset}. */
export class PageRanking {
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
        e = { id: r.id, score: 0, best: 0, matched: [], objections: [] };
        this.entries.set(r.id, e);
      }
      e.score += r.score;
      const best = typeof r.best === 'number' && Number.isFinite(r.best) ? r.best : r.score;
      if (best > e.best) {
        e.best = best;
        e.matched = (Array.isArray(r.matched) ? r.matched : []).filter((w) => typeof w === 'string').slice(0, MAX_MATCHED);
        if (typeof r.quote === 'string' && r.quote) e.quote = r.quote.slice(0, MAX_QUOTE);
        else delete e.quote;
      }
      for (const o of Array.isArray(r.objections) ? r.objections : []) {
        if (e.objections.length >= MAX_OBJECTIONS) break;
        if (typeof o === 'string' && !e.objections.includes(o)) e.objections.push(o);
      }
    }
  }

  /** The ranking, best (highest score) first; ties in order of first appearance. Copies. */
  ranking(): RankedArgument[] {
    return [...this.entries.values()]
      .sort((a, b) => b.score - a.score)
      .map((e) => {
        const r: RankedArgument = { id: e.id, score: Math.round(e.score * 1000) / 1000, best: e.best, matched: [...e.matched] };
        if (e.quote) r.quote = e.quote;
        if (e.objections.length) r.objections = [...e.objections];
        return r;
      });
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
