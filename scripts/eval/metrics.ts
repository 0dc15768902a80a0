/**
 * Evaluation of relevance on the labelled set `tests/eval/texts.json`: top-1 and top-3
 * accuracy on relevant texts and the false-hint rate on irrelevant ones, per language and per
 * argument, for `rankArguments` and for two MiniSearch (BM25) baselines that index the same catalog
 * (A: its prose; B: its prose plus the signal lists; see {@link baselineRanker}).
 *
 * Used by `npm run eval` (scripts/eval.mjs, which prints the figures) and by
 * tests/unit/relevance-eval.test.ts (which keeps a floor under them).
 */
import MiniSearch from 'minisearch';
import type { Argument, Lang } from '../../src/catalog/types';
import { rankArguments } from '../../src/relevance';

/** One labelled text (shape of tests/eval/texts.json). */
export interface EvalText {
  id: string;
  lang: Lang;
  kind: string;
  text: string;
  /** Argument ids that count as right; `[]` means no hint is right. */
  expected: string[];
}

/** Counts behind one group's figures. */
export interface Tally {
  /** Relevant texts (expected non-empty). */
  relevant: number;
  top1: number;
  top3: number;
  /** Irrelevant texts (expected empty). */
  irrelevant: number;
  /** Irrelevant texts that got at least one hint. */
  falseHints: number;
}

/** Figures of one system. */
export interface SystemResult {
  byLang: Record<Lang, Tally>;
  /** Per expected argument id: top-1/top-3 on the relevant texts that list it. */
  byArgument: Record<string, Tally>;
  /** Texts the system got wrong (top-1 miss, or any hint on an irrelevant text), with its answer. */
  misses: { id: string; expected: string[]; got: string[] }[];
}

/** The engine's and both baselines' figures. */
export interface EvalResult {
  engine: SystemResult;
  /** Baseline A (catalog prose only): the one the "≥ 15 points above the baseline" target compares with. */
  baseline: SystemResult;
  /** Baseline B (catalog prose plus the engine's signal lists): the stronger one, for honesty. */
  baselineSignals: SystemResult;
}

/** A ranker: the ids it returns for a text, best first; `[]` = no hint. */
type Ranker = (t: EvalText) => string[];

const empty = (): Tally => ({ relevant: 0, top1: 0, top3: 0, irrelevant: 0, falseHints: 0 });

function evaluate(texts: readonly EvalText[], rank: Ranker): SystemResult {
  const res: SystemResult = { byLang: { de: empty(), en: empty() }, byArgument: {}, misses: [] };
  for (const t of texts) {
    const got = rank(t);
    const lang = res.byLang[t.lang];
    if (t.expected.length === 0) {
      lang.irrelevant++;
      if (got.length > 0) {
        lang.falseHints++;
        res.misses.push({ id: t.id, expected: [], got: got.slice(0, 3) });
      }
      continue;
    }
    const hit1 = got.length > 0 && t.expected.includes(got[0] as string);
    const hit3 = got.slice(0, 3).some((g) => t.expected.includes(g));
    lang.relevant++;
    if (hit1) lang.top1++;
    if (hit3) lang.top3++;
    if (!hit1) res.misses.push({ id: t.id, expected: t.expected, got: got.slice(0, 3) });
    for (const id of t.expected) {
      res.byArgument[id] ??= empty();
      const a = res.byArgument[id];
      a.relevant++;
      if (hit1) a.top1++;
      if (hit3) a.top3++;
    }
  }
  return res;
}

/** Which catalog text a MiniSearch baseline indexes. */
export type BaselineKind = 'A' | 'B';

/**
 * A MiniSearch (BM25) baseline: one index per language, one document per argument.
 * - `A` (the primary comparison for the "15 points above the baseline" target): the catalog's prose —
 *   title, claim, reasoning, objections and the audience variants (management, HR, legal, IT).
 * - `B` (the stronger baseline, shown for honesty): the same plus the signal lists the engine uses.
 *
 * Configuration: MiniSearch 7 defaults — its Unicode tokenizer (splits on spaces and punctuation),
 * its default `processTerm` (lower-casing, no stemming, no stop words), BM25 scoring, query terms
 * combined with OR, no prefix or fuzzy matching. Any returned document counts as a hint, so the
 * baseline's false-hint rate is high by construction; its top-1 is what the target compares.
 */
export function baselineRanker(catalog: readonly Argument[], kind: BaselineKind = 'A'): Ranker {
  const fields = ['title', 'claim', 'reasoning', 'objections', 'audiences', ...(kind === 'B' ? ['signals'] : [])];
  const indexes = {} as Record<Lang, MiniSearch>;
  for (const lang of ['de', 'en'] as const) {
    const ms = new MiniSearch({ fields, idField: 'id' });
    ms.addAll(
      catalog.map((a) => {
        const t = a.text[lang] ?? a.text[lang === 'de' ? 'en' : 'de'];
        return {
          id: a.id,
          title: t?.title ?? '',
          claim: t?.claim ?? '',
          reasoning: t?.reasoning ?? '',
          objections: (t?.objections ?? []).join(' '),
          audiences: Object.values(t?.audiences ?? {}).join(' '),
          signals: (t?.signals ?? []).join(' '),
        };
      }),
    );
    indexes[lang] = ms;
  }
  return (t) => indexes[t.lang].search(t.text).map((r) => String(r.id));
}

/**
 * Evaluates `rankArguments` (language detected, as the content script calls it) and both baselines.
 * @param texts the labelled set
 * @param catalog the catalog both systems use
 */
export function runEval(texts: readonly EvalText[], catalog: Argument[]): EvalResult {
  return {
    engine: evaluate(texts, (t) => rankArguments(t.text, { catalog }).map((r) => r.id)),
    baseline: evaluate(texts, baselineRanker(catalog, 'A')),
    baselineSignals: evaluate(texts, baselineRanker(catalog, 'B')),
  };
}

/** A share as a percentage with one decimal (0 when the whole is 0). */
export function pct(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((1000 * part) / whole) / 10;
}
