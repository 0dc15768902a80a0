/**
 * The background's answers to the content script's `rank`, `copies` and `content-config` requests, as pure functions of the
 * request and the effective context (settings, catalog, intranet patterns). No browser APIs: `./ranking.ts`
 * loads and caches the context and wires these to messaging; DOM tests call them with a fake ranker, so the card
 * data they see is built the way the extension builds it.
 *
 * Why ranking lives in the background (the size and speed budgets of `npm run bench`): the content script stays small (no catalog texts,
 * signal lexicon or relevance engine in `content.js`) and the lexicon build (~250 ms on first use) runs on the
 * background's own thread, not the page's. Page text stays inside the browser (extension-internal messaging).
 */
import type { Argument, Lang } from '../catalog/types';
import { LANGS, textOf } from '../catalog/types';
import { formatArgument, resolveFormat } from '../copy/index';
import { langFor, type MessagesFile } from '../i18n/index';
import type { ContentConfig, CopiesResponse, CopyPayload, RankCard, RankResponse } from '../messages';
import { createScorer, OBJECTIONS } from '../relevance/index';
import type { RankedArgument } from '../relevance/types';
import type { Settings } from '../settings/index';

/** What a rank request is answered from. */
export interface RankContext {
  /** Validated settings (`loadSettings`). */
  settings: Settings;
  /** The effective catalog (built-ins minus hidden, plus managed and the user's). Kept by identity: the relevance lexicon is cached per catalog object. */
  catalog: Argument[];
  /** The user's and the organisation's intranet patterns. */
  intranet: string[];
}

/**
 * Limits of one `rank` request. The content script sends a batch's new text (a request goes out once it holds
 * `SEND_CHARS`, 50,000 characters, in `content/page-watch.ts`) or a compose box (at most 5,000): these leave room
 * for both, and bound the work one message can cause in the background.
 */
export const RANK_LIMITS = {
  /** Texts per request (a page key, up to 40 document sections, a compose box or a selection). */
  texts: 64,
  /** Characters (UTF-16 code units) per key. */
  keyChars: 64,
  /** Characters of all texts together. */
  totalChars: 1_000_000,
} as const;

/**
 * A ranker: `rankArguments` of `src/relevance` in the extension; tests pass a fake.
 * @param key the request key the text came with: `page` and `s<i>` (document sections) are text of a page being
 *   read, anything else (`compose`, `selection`) is one text someone wrote or chose
 */
export type Ranker = (text: string, catalog: Argument[], key?: string) => RankedArgument[];

/** Keys whose text is a page being read (the page's batch, a document section). */
const PAGE_KEYS = /^(?:page|s\d+)$/;

/**
 * The real ranker. A batch joins the page's text units (posts, paragraphs) with line breaks; each unit is judged on
 * its own (its language detected, the page gate applied), and the batch's evidence for an argument is the sum of its
 * probability over the units that passed the gate (`src/relevance/rank.ts`).
 * A compose box or a selection is one text, judged with the model's ordinary gate.
 */
export const rankBatch: Ranker = (text, catalog, key) => {
  const mode = key !== undefined && PAGE_KEYS.test(key) ? 'page' : 'text';
  const scorer = createScorer({ catalog, mode });
  for (const unit of text.split('\n')) if (unit.trim()) scorer.add(unit);
  return scorer.ranking();
};

/** A checked rank request: every text resolved (a `join` replaced by the joined texts). */
export interface CheckedRank {
  texts: { key: string; text: string }[];
  lang?: Lang;
  /** Ids whose card data the content script already holds: left out of the answer's `cards`. */
  have?: string[];
}

/**
 * Checks the payload of a `rank` message (it crosses a context boundary, so its shape is not trusted) and resolves
 * each `join` (keys of plain texts earlier in the request, joined by `\n`; joined texts do not count towards
 * {@link RANK_LIMITS}' `totalChars`, which bounds what crossed the boundary: the work at most doubles).
 * @returns the texts and language, or a message naming what is wrong (nothing is silently dropped or cut)
 */
export function checkRankRequest(msg: {
  texts?: unknown;
  lang?: unknown;
  have?: unknown;
}): { ok: true; value: CheckedRank } | { ok: false; error: string } {
  const { texts, lang, have } = msg;
  if (have !== undefined && (!Array.isArray(have) || have.some((id) => typeof id !== 'string')))
    return { ok: false, error: 'rank: have must be an array of argument ids' };
  if (!Array.isArray(texts)) return { ok: false, error: 'rank: texts must be an array of {key, text} or {key, join}' };
  if (texts.length > RANK_LIMITS.texts)
    return { ok: false, error: `rank: at most ${RANK_LIMITS.texts} texts per request, got ${texts.length}` };
  if (lang !== undefined && !LANGS.includes(lang as Lang)) return { ok: false, error: `rank: unknown language ${JSON.stringify(lang)}` };
  const out: { key: string; text: string }[] = [];
  /** Plain texts by key (a join may name only these). */
  const plain = new Map<string, string>();
  const keys = new Set<string>();
  let total = 0;
  for (const [i, item] of texts.entries()) {
    const { key, text, join } = (item ?? {}) as { key?: unknown; text?: unknown; join?: unknown };
    if (typeof key !== 'string' || !key || key.length > RANK_LIMITS.keyChars)
      return { ok: false, error: `rank: texts[${i}].key must be a string of 1–${RANK_LIMITS.keyChars} characters` };
    if (keys.has(key)) return { ok: false, error: `rank: key ${JSON.stringify(key)} appears twice` };
    keys.add(key);
    if (join !== undefined) {
      if (text !== undefined) return { ok: false, error: `rank: texts[${i}] has both text and join` };
      if (!Array.isArray(join) || join.some((k) => typeof k !== 'string' || !plain.has(k)))
        return { ok: false, error: `rank: texts[${i}].join must list keys of texts earlier in the request` };
      out.push({ key, text: (join as string[]).map((k) => plain.get(k)).join('\n') });
      continue;
    }
    if (typeof text !== 'string') return { ok: false, error: `rank: texts[${i}].text must be a string` };
    total += text.length;
    if (total > RANK_LIMITS.totalChars) return { ok: false, error: `rank: more than ${RANK_LIMITS.totalChars} characters in one request` };
    plain.set(key, text);
    out.push({ key, text });
  }
  const value: CheckedRank = { texts: out };
  if (lang !== undefined) value.lang = lang as Lang;
  if (have !== undefined && have.length > 0) value.have = have as string[];
  return { ok: true, value };
}

/** The UI language: `settings.lang`, or for `auto` the browser's UI language (`langFor`). */
export function uiLangOf(settings: Pick<Settings, 'lang'>, browserUiLanguage: string): Lang {
  return langFor(settings.lang, browserUiLanguage);
}

/**
 * The page URL to format copies for: the URL the content script reports (it follows in-app navigation) when it
 * is http(s) with the same origin as the sender's frame (pushState cannot change the origin), else the sender's.
 * @returns `undefined` when neither is known (the copy format then falls back to HTML + plain)
 */
export function pageUrlFor(claimed: unknown, senderUrl: string | undefined): string | undefined {
  const origin = (u: string | undefined): string | null => {
    if (!u) return null;
    try {
      const p = new URL(u);
      return p.protocol === 'https:' || p.protocol === 'http:' ? p.origin : null;
    } catch {
      return null;
    }
  };
  if (typeof claimed === 'string') {
    const c = origin(claimed);
    if (c && (!senderUrl || c === origin(senderUrl))) return claimed;
  }
  return senderUrl;
}

/** The display label of objection `id` in `lang`; an id the lexicon does not know is shown as it is. */
export function objectionLabelOf(id: string, lang: Lang): string {
  return OBJECTIONS.find((o) => o.id === id)?.label[lang] ?? id;
}

/**
 * Ranks each text and prepares the card data of every argument that appears, except those the content script
 * already has (`have`: a page's later batches add new arguments only).
 * @param request checked texts, the card language (default: the settings' UI language for `browserUiLanguage`) and
 *   the ids whose card data is already held
 * @param url the page the copies are for (the copy format follows it, see `resolveFormat`)
 * @param ctx settings, effective catalog, intranet patterns
 * @param rank the ranker (default `rankArguments`); called once per text, never with an empty text
 * @returns `ok: true` with a result for every key (`[]` for an empty text)
 */
export function answerRank(
  request: CheckedRank,
  url: string | undefined,
  ctx: RankContext,
  browserUiLanguage: string,
  rank: Ranker = rankBatch,
): RankResponse {
  const lang = request.lang ?? uiLangOf(ctx.settings, browserUiLanguage);
  const results: Record<string, RankedArgument[]> = {};
  const ids = new Set<string>();
  const objections = new Set<string>();
  for (const { key, text } of request.texts) {
    const ranked = text.trim() ? rank(text, ctx.catalog, key) : [];
    results[key] = ranked;
    for (const r of ranked) {
      ids.add(r.id);
      for (const o of r.objections ?? []) objections.add(o);
    }
  }
  const copy = copyOptionsOf(ctx, url);
  const cards: Record<string, RankCard> = {};
  const have = new Set(request.have);
  for (const arg of ctx.catalog) {
    if (!ids.has(arg.id) || have.has(arg.id)) continue;
    const text = textOf(arg, lang);
    cards[arg.id] = { title: text.title, claim: text.claim, copy: formatArgument(arg, lang, copy) };
  }
  const objectionLabels: Record<string, string> = {};
  for (const o of objections) objectionLabels[o] = objectionLabelOf(o, lang);
  return { ok: true, results, cards, objectionLabels };
}

/** How copies for the page at `url` are formatted: the copy settings, the format resolved for the page. */
function copyOptionsOf(ctx: RankContext, url: string | undefined) {
  return {
    format: resolveFormat(ctx.settings.copyFormat, url, ctx.intranet),
    audience: ctx.settings.audience,
    includeSources: ctx.settings.includeSources,
  };
}

/**
 * Checks the payload of a `copies` message (it crosses a context boundary): at most {@link RANK_LIMITS}' `texts`
 * ids of at most `keyChars` characters each, and a known language when one is given.
 * @returns the ids and language, or a message naming what is wrong
 */
export function checkCopiesRequest(msg: {
  ids?: unknown;
  lang?: unknown;
}): { ok: true; value: { ids: string[]; lang?: Lang } } | { ok: false; error: string } {
  const { ids, lang } = msg;
  if (!Array.isArray(ids) || ids.some((id) => typeof id !== 'string' || !id || id.length > RANK_LIMITS.keyChars))
    return { ok: false, error: `copies: ids must be an array of strings of 1–${RANK_LIMITS.keyChars} characters` };
  if (ids.length > RANK_LIMITS.texts)
    return { ok: false, error: `copies: at most ${RANK_LIMITS.texts} ids per request, got ${ids.length}` };
  if (lang !== undefined && !LANGS.includes(lang as Lang)) return { ok: false, error: `copies: unknown language ${JSON.stringify(lang)}` };
  return { ok: true, value: lang === undefined ? { ids: ids as string[] } : { ids: ids as string[], lang: lang as Lang } };
}

/**
 * The copy payloads of `ids` with the current copy settings, for a content script whose ranking stands but whose
 * copy settings (audience, format, sources) changed. Ids the effective catalog no longer has are left out.
 * @param request checked ids and the copy language (default: the settings' UI language for `browserUiLanguage`)
 * @param url the page the copies are for (the copy format follows it, see `resolveFormat`)
 */
export function answerCopies(
  request: { ids: string[]; lang?: Lang },
  url: string | undefined,
  ctx: RankContext,
  browserUiLanguage: string,
): CopiesResponse {
  const lang = request.lang ?? uiLangOf(ctx.settings, browserUiLanguage);
  const wanted = new Set(request.ids);
  const options = copyOptionsOf(ctx, url);
  const copies: Record<string, CopyPayload> = {};
  for (const arg of ctx.catalog) if (wanted.has(arg.id)) copies[arg.id] = formatArgument(arg, lang, options);
  return { ok: true, copies };
}

/** Only the card's strings (`card…` keys) of a messages file: what a content script needs, nothing more. */
export function cardMessages(file: MessagesFile): MessagesFile {
  const out: MessagesFile = {};
  for (const [k, v] of Object.entries(file)) {
    // The translators' descriptions stay home: every page load carries this object.
    if (k.startsWith('card')) out[k] = v.placeholders ? { message: v.message, placeholders: v.placeholders } : { message: v.message };
  }
  return out;
}

/**
 * The content script's configuration.
 * @param messages the card strings of the UI language (see {@link cardMessages}); absent when the file was unreadable
 */
export function contentConfigOf(ctx: RankContext, browserUiLanguage: string, messages?: MessagesFile): ContentConfig {
  const { settings } = ctx;
  return {
    lang: uiLangOf(settings, browserUiLanguage),
    hintMode: { ...settings.hintMode },
    documentCard: settings.documentCard,
    snoozed: [...settings.snoozed],
    intranet: [...ctx.intranet],
    ...(messages ? { messages } : {}),
  };
}
