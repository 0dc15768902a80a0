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
import { catalogOr, PageEvidence, unitsOf } from './rank';
import { Scorer } from './scorer';
import { addLangEvidence, type LangEvidence, langOf } from './stem';
import type { RankedArgument, RankOptions } from './types';

export { normalize } from './normalize';
export { OBJECTIONS, type Objection } from './objections';
export { type SearchResult, searchArguments } from './search';
export type { RankedArgument, RankOptions } from './types';

/**
 * Ranks the arguments relevant to `text`, best first, with the learned model (`./model.ts`, trained by
 * `npm run train`) for the built-in arguments and the lexicon of their own words for user and organisation ones.
 * @param text any text (a post, a draft, a page); URLs and @-mentions are ignored as content. Cut into units at blank
 *   lines (and long paragraphs into windows of sentences); each unit is judged on its own and the page's evidence
 *   for an argument is the sum over the units that showed it (see `./rank.ts`).
 * @param options.lang the text's language; detected per unit when omitted
 * @param options.catalog the arguments to rank (built-ins and user arguments); the built-in catalog when omitted.
 *   A built-in missing from it (hidden by the user) is never returned.
 * @returns only relevant arguments, best first, each with its score (the sum over units of the model's probability,
 *   or for user arguments of `s / (s + 1)` of their lexicon score), its best unit's probability (`best`), the sentence
 *   that carries it and its decisive words, and the ids of the objections in that unit it answers; `[]` for texts
 *   about something else. Never throws.
 */
export function rankArguments(text: string, options: RankOptions = {}): RankedArgument[] {
  const page = new PageEvidence(catalogOr(options.catalog), knownLang(options.lang), options.mode === 'page' ? 'page' : 'text');
  for (const unit of unitsOf(typeof text === 'string' ? text : '')) page.addUnit(unit);
  return page.ranking();
}

/**
 * The hand lexicon's own ranking of `text` (signal phrases, terms of the trade, objection sentences, context and
 * off-topic words; see `./scorer.ts`): the evidence the learned model takes as features, and how user and
 * organisation arguments are matched. Scores ≥ 1 only (two cues, or one term of the trade).
 * @param options as for {@link rankArguments}
 * @returns relevant arguments best first, with the lexicon words that matched; never throws
 */
export function rankByLexicon(text: string, options: RankOptions = {}): RankedArgument[] {
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
  /** Adds a piece of text (a post, a paragraph): cut into units as by {@link rankArguments}. The text is not kept. */
  add(text: string): void;
  /** The relevant arguments over everything added since creation or the last reset, best first (as {@link rankArguments}). */
  ranking(): RankedArgument[];
  /** Forgets everything added. */
  reset(): void;
}

/**
 * Creates a scorer for content scripts that read a feed or a virtualised document piece by piece. Each argument's
 * evidence is the sum over the units that showed it, so the result does not depend on how the text was cut into
 * `add` calls.
 * Memory is bounded by the catalog (one quote and a few words per argument), not by the amount of text added.
 * @param options as for {@link rankArguments}; `mode` is `page` unless given
 */
export function createScorer(options: RankOptions = {}): ArgumentScorer {
  const page = new PageEvidence(catalogOr(options.catalog), knownLang(options.lang), options.mode === 'text' ? 'text' : 'page');
  return {
    add: (text) => {
      for (const unit of unitsOf(typeof text === 'string' ? text : '')) page.addUnit(unit);
    },
    ranking: () => page.ranking(),
    reset: () => page.reset(),
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
