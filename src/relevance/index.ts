/**
 * Relevance: which arguments of the catalog a text is about, and why.
 *
 * Pure functions, no browser APIs, no DOM; the popup, the content script and the options page
 * call these. Pipeline: normalise (NFC, invisible characters, case folding) → scan words (URLs,
 * @-mentions skipped; hashtags split) → stem (Snowball German, Porter2 English) with German verb
 * forms and compound splitting → look up signal words and phrases compiled per catalog → score
 * (weights, context, objections answered) → rank.
 */
import { catalog as builtinCatalog } from '../catalog';
import type { Argument, Lang } from '../catalog/types';
import { foldWord } from './lexicon';
import { normalize, tokenize } from './normalize';
import { OBJECTIONS } from './objections';
import { Scorer } from './scorer';
import { addLangEvidence, type LangEvidence, langOf } from './stem';
import type { RankedArgument, RankOptions } from './types';

export { normalize } from './normalize';
export { OBJECTIONS, type Objection } from './objections';
export { type SearchResult, searchArguments } from './search';
export type { RankedArgument, RankOptions } from './types';

/**
 * Ranks the arguments relevant to `text`, best first.
 * @param text any text (a post, a draft, a page); URLs and @-mentions are ignored as content
 * @param options.lang the text's language; detected per block of ~50 words when omitted
 * @param options.catalog the arguments to rank (built-ins and user arguments); the built-in catalog when omitted
 * @returns only relevant arguments (score ≥ 1), best first, each with the words of `text` that
 *   triggered it as written (invisible characters removed) and the ids of the objections in the
 *   text it answers; `[]` for texts about something else (sport, weather, recipes). A single
 *   ordinary word ("Kritik") is not enough without context; a term of the trade ("#Shitstorm") is.
 *   Scoring: signal weights (weak 0.4, normal 1, terms of the trade 1.5, phrases up to 2, the
 *   argument's own objection sentences 1.2), repeats add 0.3·ln(count), hashtags ×1.5, objections
 *   answered +1/+0.8/+0.6, a word of the argument's own prose that no signal list covers 0.35;
 *   ×0.9 without any context word (so one ordinary signal alone stays under the threshold),
 *   ×0.5 when off-topic words outweigh context. Weights were tuned on the even-numbered half of
 *   tests/eval/texts.json and on our own sets in scripts/eval/. Never throws.
 */
export function rankArguments(text: string, options: RankOptions = {}): RankedArgument[] {
  const scorer = new Scorer(options.catalog ?? builtinCatalog, knownLang(options.lang));
  scorer.add(typeof text === 'string' ? text : '');
  return scorer.ranking();
}

/** `lang` when it is one we speak; anything else (a value from outside the type system) means "detect". */
function knownLang(lang: unknown): Lang | undefined {
  return lang === 'de' || lang === 'en' ? lang : undefined;
}

/** An accumulating scorer for text read piece by piece (see {@link createScorer}). */
export interface ArgumentScorer {
  /** Adds a piece of text (a post, a paragraph). Scores accumulate; the text itself is not kept. */
  add(text: string): void;
  /** The relevant arguments over everything added since creation or the last reset, best first (as {@link rankArguments}). */
  ranking(): RankedArgument[];
  /** Forgets everything added. */
  reset(): void;
}

/**
 * Creates a scorer for content scripts that read a feed or a virtualised document piece by piece.
 * Memory is bounded by the lexicon's size (counts and at most 12 matched words per argument),
 * not by the amount of text added. A phrase never spans two `add` calls.
 * @param options as for {@link rankArguments}
 */
export function createScorer(options: RankOptions = {}): ArgumentScorer {
  const scorer = new Scorer(options.catalog ?? builtinCatalog, knownLang(options.lang));
  return {
    add: (text) => scorer.add(text),
    ranking: () => scorer.ranking(),
    reset: () => scorer.reset(),
  };
}

/**
 * The language of `text`: German or English, from the function words it uses (stop words) and
 * umlauts. German when there is no evidence either way (the extension's first audience).
 */
export function detectLang(text: string): Lang {
  const ev: LangEvidence = { de: 0, en: 0 };
  tokenize(typeof text === 'string' ? text : '', (raw) => addLangEvidence(foldWord(raw), ev));
  return langOf(ev);
}

/** An objection found in a text. */
export interface FoundObjection {
  /** Objection id (see {@link OBJECTIONS}). */
  id: string;
  /** Its label in both languages. */
  label: { de: string; en: string };
  /** The words of the text that triggered it, as written. */
  matched: string[];
  /** Built-in argument ids that answer it, best first; empty when the catalog has no good answer. */
  answeredBy: string[];
  /** What to say when the answer is missing or partial. */
  note?: { de: string; en: string };
}

/**
 * Finds the objections raised in `text` (loss of control, shitstorm, no time, no ROI, GDPR,
 * wasting time, legal risk, "our customers aren't there", "just a trend").
 * @param options.lang the text's language; detected when omitted
 * @returns objections in lexicon order; `[]` when none is raised
 */
export function findObjections(text: string, options: { lang?: Lang; catalog?: Argument[] } = {}): FoundObjection[] {
  const scorer = new Scorer(options.catalog ?? builtinCatalog, options.lang);
  scorer.add(typeof text === 'string' ? text : '');
  return scorer.objections().map(({ index, matched }) => {
    const o = OBJECTIONS[index] as (typeof OBJECTIONS)[number];
    const found: FoundObjection = { id: o.id, label: o.label, matched, answeredBy: [...o.answeredBy] };
    if (o.note) found.note = o.note;
    return found;
  });
}

/** A range of the original text, in UTF-16 code units: `text.slice(start, end)`. */
export interface MatchRange {
  start: number;
  end: number;
}

/**
 * Where the words `words` (e.g. a ranking's `matched`) occur in `text`, so a UI can highlight them.
 * Comparison is on normalised words (case, NFC, invisible characters), whole words only.
 * @returns ranges into the ORIGINAL `text`, ascending, non-overlapping; `[]` when none occurs
 */
export function findMatchRanges(text: string, words: readonly string[]): MatchRange[] {
  const wanted = new Set<string>();
  for (const w of words) tokenize(w, (raw) => wanted.add(foldWord(raw)));
  const out: MatchRange[] = [];
  if (wanted.size === 0 || typeof text !== 'string') return out;
  tokenize(text, (raw, start, end) => {
    if (wanted.has(foldWord(raw))) out.push({ start, end });
  });
  return out;
}

/** Normalises and folds one word the way matching does (exposed for tests and highlighting). */
export function foldForMatching(word: string): string {
  return normalize(word);
}
