/**
 * The popup's search box, on MiniSearch (BM25 with prefix and fuzzy matching) and our own text processing: both
 * languages' titles, claims, reasoning, signal words and objections, every word indexed as written (folded) and as
 * its German and English stem, German compounds also by their parts ("Kundenkritik" is found by "Kritik"). Prefix
 * matching while typing ("crit" finds "criticism"). Different from `rankArguments`: a single word is a perfectly
 * good query.
 */
import MiniSearch from 'minisearch';
import { catalog as builtinCatalog } from '../catalog';
import { SIGNALS } from '../catalog/signals';
import type { Argument, Lang } from '../catalog/types';
import { foldWord, lexiconFor, splitCompound } from './lexicon';
import { tokenize } from './normalize';
import { OBJECTIONS } from './objections';
import { PageEvidence, unitsOf } from './rank';
import { STOP_DE, STOP_EN, stem } from './stem';

/** One search result. */
export interface SearchResult {
  /** Argument id. */
  id: string;
  /** Higher is better; 0 for every argument when the query is empty. Comparable within one call. */
  score: number;
}

/** The indexed fields, per language, and how much a hit in each counts: a title says more than the reasoning. */
const FIELDS = { title: 5, signals: 3, claim: 2, objections: 1.5, reasoning: 1 } as const;
type Field = keyof typeof FIELDS;
/** The language the user reads in gets a small preference on equal hits. */
const OWN_LANG = 1.1;
/**
 * When no argument matches every word of a query (a pasted sentence or paragraph), the arguments kept are those
 * scoring at least this share of the best one: BM25 scores add up per matched word, so an argument that shares one
 * stray word with a long query scores a small fraction of one that shares many. Without the cut, every argument
 * shares some word with a paragraph, and the search listed them all.
 */
const ANY_WORD_SHARE = 0.25;
/**
 * Content words from which a query that no argument matches word for word is read as a passage (a pasted sentence or
 * paragraph), and ranked first by what it is about: the arguments the relevance model hints for it as a text
 * (`rankArguments`'s own gate), then the other word matches.
 */
const PASSAGE_WORDS = 8;

/** Terms per raw word, kept: the catalog's words recur across fields and arguments. */
const termCache = new Map<string, string[]>();
/** Words kept in {@link termCache} before it starts over. */
const TERM_CACHE_LIMIT = 20000;

/** The terms of one word: folded, its stems in both languages and, for a German compound, its parts. */
function termsOf(raw: string): string[] {
  let terms = termCache.get(raw);
  if (terms) return terms;
  const w = foldWord(raw);
  const out = new Set([w, stem(w, 'de'), stem(w, 'en')]);
  if (w.length >= 8) for (const part of splitCompound(w, lexiconFor(builtinCatalog, 'de'))) out.add(part).add(stem(part, 'de'));
  terms = [...out];
  if (termCache.size >= TERM_CACHE_LIMIT) termCache.clear();
  termCache.set(raw, terms);
  return terms;
}

/** MiniSearch's tokenizer: our word scanner (URLs and @-mentions skipped, hyphens split, invisible characters ignored). */
function words(text: string): string[] {
  const out: string[] = [];
  tokenize(text, (raw) => {
    out.push(raw);
  });
  return out;
}

const cache = new WeakMap<readonly Argument[], MiniSearch>();

function indexFor(catalog: readonly Argument[]): MiniSearch {
  let ms = cache.get(catalog);
  if (ms) return ms;
  const fields = (['de', 'en'] as const).flatMap((l) => (Object.keys(FIELDS) as Field[]).map((f) => `${f}_${l}`));
  ms = new MiniSearch({ idField: 'id', fields, tokenize: words, processTerm: termsOf });
  ms.addAll(
    catalog.map((arg) => {
      const doc: Record<string, string> = { id: arg.id };
      for (const lang of ['de', 'en'] as const) {
        const t = arg.text[lang];
        const signals = [...(t?.signals ?? []), ...(arg.origin === 'builtin' ? (SIGNALS[arg.id]?.[lang] ?? []) : [])];
        const answered = OBJECTIONS.filter((o) => o.answeredBy.includes(arg.id));
        const objections = [...(t?.objections ?? []), ...answered.map((o) => o.label[lang]), ...answered.flatMap((o) => o.phrases[lang])];
        doc[`title_${lang}`] = t?.title ?? '';
        doc[`claim_${lang}`] = t?.claim ?? '';
        doc[`reasoning_${lang}`] = t?.reasoning ?? '';
        doc[`signals_${lang}`] = signals.join(' \n ');
        doc[`objections_${lang}`] = objections.join(' \n ');
      }
      return doc;
    }),
  );
  cache.set(catalog, ms);
  return ms;
}

/**
 * Ranks `catalog` for the popup's search box.
 * @param query what the user typed; any string
 * @param catalog the arguments to search
 * @param lang the user's language (breaks ties between equally good hits in favour of that language)
 * @returns the arguments matching every word of the query, best first; if none does, those matching its words best
 *   (scoring at least a quarter of the best, see {@link ANY_WORD_SHARE}), and for a passage of
 *   {@link PASSAGE_WORDS} content words or more the arguments it is about before them;
 *   for an empty or blank query every argument in catalog order with score 0; `[]` for a query of no word at all
 *   (only punctuation, or a "word" longer than the tokenizer takes)
 */
export function searchArguments(query: string, catalog: readonly Argument[], lang: Lang): SearchResult[] {
  const text = typeof query === 'string' ? query : '';
  const all = words(text);
  // A blank query lists everything; one with no word we index (a 100-letter run, only punctuation) finds nothing.
  if (all.length === 0) return /\S/.test(text) ? [] : catalog.map((a) => ({ id: a.id, score: 0 }));
  // Function words ("the", "und") match every argument: left out unless the query has nothing else.
  const content = all.filter((w) => !STOP_DE.has(foldWord(w)) && !STOP_EN.has(foldWord(w)));
  const q = (content.length > 0 ? content : all).join(' ');
  const ms = indexFor(catalog);
  const boost: Record<string, number> = {};
  for (const l of ['de', 'en'] as const) for (const [f, w] of Object.entries(FIELDS)) boost[`${f}_${l}`] = l === lang ? w * OWN_LANG : w;
  const options = {
    boost,
    // While typing: a word of two letters or more also finds longer ones; a slip of one letter from five letters on.
    prefix: (term: string) => term.length >= 2,
    fuzzy: (term: string) => (term.length >= 5 ? 0.2 : false),
  } as const;
  let hits = ms.search(q, { ...options, combineWith: 'AND' });
  if (hits.length > 0) return hits.map((h) => ({ id: String(h.id), score: Math.round(h.score * 1000) / 1000 }));
  hits = ms.search(q, { ...options, combineWith: 'OR' });
  const best = hits[0]?.score ?? 0;
  const matches = hits
    .filter((h) => h.score >= ANY_WORD_SHARE * best)
    .map((h) => ({ id: String(h.id), score: Math.round(h.score * 1000) / 1000 }));
  if (content.length < PASSAGE_WORDS) return matches;
  // A passage: what the model says it is about comes first, scored above every word match.
  const page = new PageEvidence(catalog, undefined, 'text');
  for (const unit of unitsOf(text)) page.addUnit(unit);
  const about = page.ranking().map((r) => r.id);
  const top = best + 1;
  return [
    ...about.map((id, i) => ({ id, score: Math.round((top + about.length - i) * 1000) / 1000 })),
    ...matches.filter((m) => !about.includes(m.id)),
  ];
}
