/**
 * Search and page ranking for the popup (size budget: the popup stays under 60 KB gzipped, `npm run bench`): the background
 * answers `search` (what the user types into the popup's search box) and `rank-page` (text the popup read from a
 * tab without a content script), so `popup.js` carries no relevance engine and no signal lexicon, and the
 * search index and lexicon are built once per worker instead of on every popup opening.
 *
 * Both run over the effective catalog cached by `./ranking.ts` ({@link rankContext}: built-ins minus hidden,
 * managed, the user's; dropped on every relevant `storage.onChanged`), so the popup, the card and the search see
 * the same arguments, and the relevance module's per-catalog caches (lexicon, search index) stay warm.
 *
 * Why not the content script's `rank` message: it answers content scripts only and returns card data (formatted
 * copies) the popup does not need, but no highlight snippets, which need the engine's tokenizer.
 *
 * Handlers are registered by `./index.ts` through `listen` (sender checked: extension pages only).
 */
import type { Argument, Lang } from '../catalog/types';
import { LANGS } from '../catalog/types';
import type { PageSnippet, RankPageResponse, SearchResponse } from '../messages';
import type { Handlers } from '../platform/messaging';
import { MAX_PAGE_TEXT } from '../platform/tabs';
import { findMatchRanges, rankArguments, searchArguments } from '../relevance/index';
import type { RankedArgument } from '../relevance/types';
import { objectionLabelOf, uiLangOf } from './rank-answer';
import { browserUiLanguage, rankContext } from './ranking';

/** Longest query accepted, in characters (UTF-16 code units): far more than anyone types into a search box. */
export const MAX_QUERY = 500;

/** Characters of context on each side of the first match in a snippet, before trimming to word boundaries. */
export const SNIPPET_CONTEXT = 80;

/**
 * The excerpt of `text` around the first of `words` that relevance finds in it (`findMatchRanges`: whole words,
 * normalised, so what is marked is exactly what matched), at most about `2 × context` characters plus the match,
 * cut at spaces, whitespace shown as plain spaces.
 * @returns `null` when none of the words is found (e.g. they came from a part of the page the reader did not see)
 */
export function makeSnippet(text: string, words: readonly string[], context = SNIPPET_CONTEXT): PageSnippet | null {
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

/**
 * Answers a `search` request over `catalog`. The payload crossed a context boundary, so its shape is checked.
 * @returns ids best first (`searchArguments`); every argument with score 0 for a blank query; or a message naming what is wrong
 */
export function answerSearch(msg: { query?: unknown; lang?: unknown }, catalog: readonly Argument[]): SearchResponse {
  const { query, lang } = msg;
  if (typeof query !== 'string') return { ok: false, error: 'search: query must be a string' };
  if (query.length > MAX_QUERY) return { ok: false, error: `search: at most ${MAX_QUERY} characters, got ${query.length}` };
  if (!LANGS.includes(lang as Lang)) return { ok: false, error: `search: unknown language ${JSON.stringify(lang)}` };
  return { ok: true, ids: searchArguments(query, catalog, lang as Lang) };
}

/**
 * Answers a `rank-page` request: `rankArguments` of the text over `catalog` (language detected), and for each
 * ranked argument the snippet around its matched words ({@link makeSnippet}) when they are found, and the labels
 * of the objections found, in `lang` (the UI language).
 * @returns the ranking, snippets and objection labels, or a message naming what is wrong (text missing or over `MAX_PAGE_TEXT`)
 */
export function answerRankPage(msg: { text?: unknown }, catalog: Argument[], lang: Lang = 'en'): RankPageResponse {
  const { text } = msg;
  if (typeof text !== 'string') return { ok: false, error: 'rank-page: text must be a string' };
  if (text.length > MAX_PAGE_TEXT) return { ok: false, error: `rank-page: at most ${MAX_PAGE_TEXT} characters, got ${text.length}` };
  const ranked: RankedArgument[] = text.trim() ? rankArguments(text, { catalog }) : [];
  const snippets: Record<string, PageSnippet> = {};
  for (const r of ranked) {
    const s = makeSnippet(text, r.matched);
    if (s) snippets[r.id] = s;
  }
  const objectionLabels: Record<string, string> = {};
  for (const o of ranked.flatMap((r) => r.objections ?? [])) objectionLabels[o] = objectionLabelOf(o, lang);
  return { ok: true, ranked, snippets, objectionLabels };
}

function failure(what: string, e: unknown): { ok: false; error: string } {
  console.error(`Argumentarium: ${what} failed`, e);
  return { ok: false, error: `${what}: ${e instanceof Error ? e.message : String(e)}` };
}

/** The `search` and `rank-page` handlers, for extension pages only (spread into the background's `listen`). */
export const searchHandlers: Pick<Handlers, 'search' | 'rank-page'> = {
  search: {
    from: ['extension-page'],
    handle: async (msg) => {
      try {
        return answerSearch(msg, (await rankContext()).catalog);
      } catch (e) {
        return failure('search', e);
      }
    },
  },
  'rank-page': {
    from: ['extension-page'],
    handle: async (msg) => {
      try {
        const ctx = await rankContext();
        return answerRankPage(msg, ctx.catalog, uiLangOf(ctx.settings, browserUiLanguage()));
      } catch (e) {
        return failure('rank-page', e);
      }
    },
  },
};
