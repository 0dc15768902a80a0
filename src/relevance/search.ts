/**
 * The popup's search box: ranks a catalog's arguments for a typed query across BOTH languages'
 * titles, claims, reasoning, signals and objections, with stemming, prefix matching while typing
 * ("crit" finds "criticism") and substring matching inside German compounds ("kritik" finds
 * "Kundenkritik"). Different from `rankArguments`: a single word is a perfectly good query.
 */
import { SIGNALS } from '../catalog/signals';
import type { Argument, Lang } from '../catalog/types';
import { foldWord } from './lexicon';
import { tokenize } from './normalize';
import { OBJECTIONS } from './objections';
import { stemDe, stemEn } from './stem';

/** One search result. */
export interface SearchResult {
  /** Argument id. */
  id: string;
  /** Higher is better; 0 for every argument when the query is empty. Comparable within one call. */
  score: number;
}

/** Field weights: a hit in the title says more than one in the reasoning. */
const W_TITLE = 5;
const W_SIGNAL = 3;
const W_CLAIM = 2;
const W_OBJECTION = 1.5;
const W_REASONING = 1;
/** Factors for weaker kinds of hit. */
const PREFIX = 0.8;
const INFIX = 0.5;
/** The language the user reads in gets a small preference on equal hits. */
const OWN_LANG = 1.1;

interface ArgIndex {
  /** Folded word or stem → best weight. */
  terms: Map<string, number>;
  /** Folded words with their best weight, for prefix and substring matching. */
  words: Map<string, number>;
}

const cache = new WeakMap<readonly Argument[], Record<Lang, ArgIndex[]>>();

function indexFor(catalog: readonly Argument[]): Record<Lang, ArgIndex[]> {
  let idx = cache.get(catalog);
  if (!idx) {
    idx = { de: catalog.map((a) => build(a, 'de')), en: catalog.map((a) => build(a, 'en')) };
    cache.set(catalog, idx);
  }
  return idx;
}

/** Index of one argument, with the user's language `own` weighted up slightly. */
function build(arg: Argument, own: Lang): ArgIndex {
  const ix: ArgIndex = { terms: new Map(), words: new Map() };
  const put = (m: Map<string, number>, k: string, w: number) => {
    if ((m.get(k) ?? 0) < w) m.set(k, w);
  };
  const add = (text: string, weight: number, lang: Lang) => {
    const w0 = lang === own ? weight * OWN_LANG : weight;
    tokenize(text, (raw) => {
      const w = foldWord(raw);
      put(ix.words, w, w0);
      put(ix.terms, w, w0);
      put(ix.terms, lang === 'de' ? stemDe(w) : stemEn(w), w0);
    });
  };
  for (const lang of ['de', 'en'] as const) {
    const t = arg.text[lang];
    if (t) {
      add(t.title, W_TITLE, lang);
      add(t.claim, W_CLAIM, lang);
      add(t.reasoning, W_REASONING, lang);
      for (const s of t.signals) add(s, W_SIGNAL, lang);
      for (const o of t.objections) add(o, W_OBJECTION, lang);
    }
    if (arg.origin === 'builtin') for (const s of SIGNALS[arg.id]?.[lang] ?? []) add(s, W_SIGNAL, lang);
    for (const o of OBJECTIONS) {
      if (!o.answeredBy.includes(arg.id)) continue;
      add(o.label[lang], W_OBJECTION, lang);
    }
  }
  return ix;
}

function scoreToken(ix: ArgIndex, q: string): number {
  let best = Math.max(ix.terms.get(q) ?? 0, ix.terms.get(stemDe(q)) ?? 0, ix.terms.get(stemEn(q)) ?? 0);
  if (q.length >= 2) {
    for (const [w, weight] of ix.words) {
      if (weight * PREFIX <= best) continue;
      if (w.startsWith(q)) best = weight * PREFIX;
      else if (q.length >= 4 && w.includes(q)) best = Math.max(best, weight * INFIX);
    }
  }
  return best;
}

/**
 * Ranks `catalog` for the popup's search box.
 * @param query what the user typed; any string
 * @param catalog the arguments to search
 * @param lang the user's language (breaks ties between equally good hits in favour of that language)
 * @returns the arguments matching every word of the query (or, if none does, any word), best first;
 *   for an empty or blank query every argument in catalog order with score 0
 */
export function searchArguments(query: string, catalog: readonly Argument[], lang: Lang): SearchResult[] {
  const q: string[] = [];
  tokenize(typeof query === 'string' ? query : '', (raw) => {
    q.push(foldWord(raw));
  });
  if (q.length === 0) return catalog.map((a) => ({ id: a.id, score: 0 }));
  const idx = indexFor(catalog)[lang];
  const all: { id: string; score: number; hits: number; i: number }[] = [];
  catalog.forEach((a, i) => {
    const ix = idx[i] as ArgIndex;
    let score = 0;
    let hits = 0;
    for (const t of q) {
      const s = scoreToken(ix, t);
      if (s > 0) hits++;
      score += s;
    }
    if (hits > 0) all.push({ id: a.id, score: Math.round(score * 1000) / 1000, hits, i });
  });
  const full = all.filter((r) => r.hits === q.length);
  const chosen = full.length > 0 ? full : all;
  chosen.sort((a, b) => b.hits - a.hits || b.score - a.score || a.i - b.i);
  return chosen.map(({ id, score }) => ({ id, score }));
}
