/**
 * The content script's page logic: lifecycle, following the page, card policy and messages.
 *
 * Lifecycle (Dark Reader's habits, hardened against the page): the running instance is kept in an expando on
 * `window` as our isolated world sees it, which the page can neither see nor change, so a second injection
 * in the same world (a registered and an on-demand injection, the loader racing an update) finds it and does
 * not start while it is alive; one whose extension context is gone is stopped by the newcomer. Instances of an
 * earlier extension context may live in another world (Firefox after an update): they hear the newcomer's
 * `argumentarium-hello` DOM event and tear down if their context is gone; the event is a notification only
 * (not cancelable), so a page that cancels or swallows it cannot keep the content script from starting, and a
 * hello the page forges cannot stop a live instance. The new instance also removes any card a dead instance
 * could not remove (Firefox unloads old scripts without running them again). Every listener and observer is registered with one `AbortController`'s signal;
 * losing the extension context (`runtime.id` undefined, or "Extension context invalidated" thrown) is one `stop()`.
 * Only the top frame runs; same-origin iframes are read from it through `contentDocument`.
 *
 * Following the page: ONE MutationObserver, new nodes only, batched to at most one update every
 * ~300 ms; each text unit read once (a unit added and removed again within one batch is not read: it was
 * on screen too briefly to matter, and reading it would mean work per mutation); in-app navigation
 * (pushState) detected by comparing `location.href` without its fragment when mutations arrive and on
 * `popstate`, plus a slow liveness poll on quiet pages; compose boxes scored on `input`, debounced;
 * paused while the tab is hidden (catching up on `visibilitychange`); big batches split into slices that
 * yield to the page (`scheduler.yield` when present, else a `setTimeout(0)`), so no long task.
 *
 * Ranking happens in the background (the budgets of the Performance section: no catalog, lexicon or relevance engine in this bundle,
 * and no lexicon build on the page's main thread): each batch's new text goes out in one `rank` message (a
 * big batch in pieces of {@link SEND_CHARS}, the first piece early so a big page gets its first hint soon);
 * each argument keeps its best answer (`./page-ranking.ts`). The compose box's ranking is replaced on each debounced
 * scoring and takes precedence; a selection the user asked about takes precedence over both. Answers that
 * arrive after the page changed (navigation, new settings) or after a newer compose scoring are dropped.
 * If the background does not answer: a lost extension context tears down; any other failure means no card
 * (logged once), and the page goes on.
 *
 * {@link start} takes its dependencies as a {@link ContentEnv}, so DOM tests pass fakes; the bundle entry at
 * the end of this file passes the real ones (`./env`), loaded only inside an extension.
 */

import type { Lang } from '../src/catalog/types';
import { matchesPattern } from '../src/copy/destination';
import type { ClipboardPayload } from '../src/copy/index';
import { baseLang } from '../src/i18n/index';
import {
  type ContentConfig,
  type CopiesResponse,
  isMessage,
  type PageReport,
  type RankCard,
  type RankResponse,
  type RankText,
  type Responses,
  type ToBackground,
} from '../src/messages';
import type { RankedArgument } from '../src/relevance/types';
import { siteGroup } from '../src/site-groups';
import type { CardCallbacks, CardHandle } from './card/types';
import { pageStatus } from './layout';
import { cardState, isSnoozed, mergeRankings, visible } from './policy';
import { PageReader, type PageReaderOptions } from './reader';
import type { SettingsChange } from './settings-change';
import { siteFor } from './sites/index';
import type { SiteModule } from './sites/types';
import { CARD_ATTR, cutText, findQuoted, readEditor, readText } from './text';

/** Attribute on `<html>` naming the running instance. */
export const MARKER = 'data-argumentarium-content';
/** The DOM event a starting instance sends to older ones (see the module comment). */
export const HELLO = 'argumentarium-hello';
/** The expando on `window` (as the isolated world sees it) that holds the running instance. */
export const INSTANCE = '__argumentariumContent';

/** What {@link INSTANCE} holds. */
interface RunningInstance {
  /** True while it runs and its extension context is alive. */
  alive(): boolean;
  stop(): void;
}

/** The subset of `runtime` the content script uses (webextension-polyfill's `browser.runtime` in the bundle). */
export interface RuntimeLike {
  /** Undefined once the extension context is gone (Chrome); reading it may throw (Firefox). */
  readonly id?: string;
  onMessage: {
    addListener(cb: (message: unknown, sender: { id?: string }) => Promise<unknown> | undefined): void;
    removeListener(cb: (message: unknown, sender: { id?: string }) => Promise<unknown> | undefined): void;
  };
  sendMessage(message: ToBackground): Promise<unknown>;
}

/** Session flags (the dismissal per site): `storage.session` when the content script may use it, else memory. */
export interface SessionFlags {
  get(key: string): Promise<boolean>;
  set(key: string): Promise<void>;
}

/** A `rank` request (content script → background). */
export type RankRequest = Extract<ToBackground, { type: 'rank' }>;

/** Everything {@link start} needs from the outside. */
export interface ContentEnv {
  /** The page's window (top frame). */
  window: Window;
  runtime: RuntimeLike;
  /**
   * The settings the card policy needs, from the background (`content-config`). Its `intranet` patterns are the
   * user's and the organisation's: a page of the generic reader outside them was read on demand (the popup,
   * `activeTab`) and answers messages but shows no card unless asked.
   * @throws when the background cannot answer (a lost context throws "Extension context invalidated")
   */
  loadConfig(): Promise<ContentConfig>;
  /**
   * Ranks texts in the background (`rank`): per key the ranking, plus card data for every argument in it.
   * @throws as {@link loadConfig}; a failure the background reports is `{ ok: false, error }`
   */
  rank(request: RankRequest): Promise<RankResponse>;
  /**
   * Formats the copies of arguments again (`copies`), after a change of the copy settings only.
   * @throws as {@link loadConfig}; a failure the background reports is `{ ok: false, error }`
   */
  copies(request: Extract<ToBackground, { type: 'copies' }>): Promise<CopiesResponse>;
  /**
   * Calls `cb` when settings, the user's arguments or the policy change, until `signal` aborts, with what the change
   * touches (`settingsChangeOf` of `./settings-change.ts`): `copy` for the copy settings alone, else `page`.
   */
  onSettingsChanged?(cb: (change: SettingsChange) => void, signal: AbortSignal): void;
  session: SessionFlags;
  /** `mountCard` of `content/card`. */
  mountCard(callbacks: CardCallbacks, signal: AbortSignal, doc: Document): CardHandle;
  /** Writes both flavours to the clipboard (`src/platform/clipboard.ts`); never rejects. */
  writeClipboard(payload: ClipboardPayload): Promise<{ ok: boolean; error?: string }>;
  /** The browser's UI language tag (e.g. `de-DE`): the card's language until the configuration arrives. */
  uiLanguage: string;
  /** Timing in milliseconds; defaults: throttle 300, debounce 400, slice 8. */
  timing?: { throttle?: number; debounce?: number; slice?: number };
  reader?: PageReaderOptions;
}

/** A running content script. */
export interface ContentController {
  /** Aborted when the instance stops. */
  readonly signal: AbortSignal;
  /** Resolves when the configuration is loaded and the first scan is scheduled (also when loading failed). */
  readonly ready: Promise<void>;
  /** The current page reader (replaced on navigation to another site module and on settings changes). */
  readonly reader: PageReader;
  /** What the popup gets for `page-report`. */
  report(): PageReport;
  /** Tears everything down: card, observer, listeners, marker. Idempotent. */
  stop(): void;
}

/** Pending added nodes above this count are dropped for one full scan instead (bounded memory). */
const MAX_PENDING = 5000;
/**
 * Events of the user on the page that check the extension context (at most once per {@link LIVENESS_MS}): on a quiet
 * page, an orphaned card (extension disabled or removed) goes away at the user's next click, key, focus or finished
 * scroll, with no timer running on idle pages (a 3 s poll was the only code of ours on a quiet feed).
 *
 * Never `pointer*`, `touch*`, `wheel` or `scroll` on the window or document: Chromium keeps hit-test regions or
 * scroll handlers for those event classes (even passive listeners), and a listener on the window marks the whole
 * layout tree for an update. On the 5 MB bench page that was one 130–180 ms rendering task right after our start,
 * which the first card waited for (`BENCH_TIMELINE=1 npm run bench -- --only intranet`, bisected; `mousedown`,
 * `click`, `keydown`, `focusin` and `scrollend` cost nothing). `scrollend` (Chromium 114, Firefox 109) stands in for
 * wheel and touch scrolling, so a reader who only scrolls a quiet document still loses an orphaned card.
 * `tests/dom/listeners.test.ts` keeps the costly ones out.
 */
export const LIVENESS_EVENTS = ['mousedown', 'click', 'keydown', 'focusin', 'scrollend'] as const;
/** Least time between two liveness checks from user events, in milliseconds (one property read each). */
const LIVENESS_MS = 1000;
/** Compose text read at most (UTF-16 code units): scoring the compose box stays cheap. */
const COMPOSE_LIMIT = 5000;
/** Selection text sent at most (UTF-16 code units). */
const SELECTION_LIMIT = 100_000;
/**
 * A batch's text is sent once this many characters (UTF-16 code units) are pending, so one message stays small:
 * the browser serialises a message on the page's main thread (about 45 ms per million characters measured by
 * `npm run bench` on the 5 MB intranet page), so 50,000 characters keep one send to a few milliseconds, well
 * inside a slice's share of a 50 ms task, and far under the background's limit of 1,000,000 per request.
 */
export const SEND_CHARS = 50_000;
/**
 * Longest wait for the answer to the first early piece of a big page before reading on, in milliseconds. While
 * nothing is relevant yet, reading pauses for that answer, so the first card is drawn from the first piece instead
 * of waiting behind the whole page's reading (the answer's task cannot run while our slices keep the thread).
 */
export const FIRST_ANSWER_WAIT_MS = 250;
/**
 * Characters (UTF-16 code units) that must be pending before a slice's text goes out early (the first-hint rule in
 * `flush`). Below it a page goes out in one batch however short the slices are (a loaded machine), so its ranking
 * does not depend on timing: the background ranks each batch text on its own, and the relevance engine detects the
 * language per block of about 48 words within one text, so a short batch that joins an English and a German unit
 * is one block of one language, and the other unit's signals are looked up in the wrong lexicon (the SharePoint
 * fixture's criticism paragraph next to its German paragraph ranked nothing for `criticism`). 2,000 characters are
 * about 300 words, several blocks: a cut only touches the blocks at its edges, and a page this short is read in
 * a few slices anyway.
 */
export const EARLY_CHARS = 2_000;
/**
 * Characters (UTF-16 code units) of a big page's first piece: sent as soon as they are read, before the slice ends.
 * The background's first answer takes time in proportion to its text while the page still loads its resources and
 * every word is new to the stemmers' caches: 56 ms for 6 KB, 71 ms for 15 KB, 130–180 ms for 30 KB (one slice's
 * reading) on the 5 MB bench page, where a warm 50 KB took 10–30 ms. A few paragraphs, several language blocks (see
 * {@link EARLY_CHARS}); the rest follows in doubling pieces.
 */
export const FIRST_PIECE_CHARS = 3_000;
/**
 * Longest time the card keeps its old state after a settings change that makes the page be read again (milliseconds;
 * a change of the copy settings alone reads nothing again and holds nothing):
 * a failed or lost answer must not freeze it.
 */
export const HOLD_MS = 2000;

/** The URL without its fragment: hash-only changes are not navigation. */
function pageUrl(href: string): string {
  const i = href.indexOf('#');
  return i < 0 ? href : href.slice(0, i);
}

/**
 * Gives the page a turn: a new task behind those already queued, `scheduler.postTask` (no 4 ms clamp as nested
 * `setTimeout`s get) or else a `setTimeout(0)`. Not `scheduler.yield()`: its continuation jumps ahead of queued
 * tasks, and one of them is the background's answer to our first piece, so on a 5 MB page the first card waited
 * for the whole page's reading (2.9 s after `load`, `npm run bench`). Input and rendering still come first.
 */
function yieldToPage(): Promise<void> {
  const s = (globalThis as { scheduler?: { postTask?: (cb: () => void, o?: { priority?: string }) => Promise<void> } }).scheduler;
  return s?.postTask ? s.postTask(() => undefined, { priority: 'user-visible' }) : new Promise((resolve) => setTimeout(resolve, 0));
}

/** True for the error browsers throw once the extension was updated, reloaded or removed. */
function isContextGone(e: unknown): boolean {
  return /context invalidated|extension context|dead object/i.test(String((e as { message?: unknown })?.message ?? e));
}

/** Most characters of all texts in one `rank` request: `RANK_LIMITS.totalChars` of `src/background/rank-answer.ts`, which refuses more. */
export const RANK_REQUEST_CHARS = 1_000_000;

/**
 * `texts` cut to fit one `rank` request ({@link RANK_REQUEST_CHARS} in all): each text keeps its start, and what
 * does not fit is left out, since a request over the limit would be refused whole and nothing would be ranked.
 * Texts that are not plain (`join` references) count nothing and are kept.
 */
export function withinRequestLimit(texts: RankText[]): RankText[] {
  let left = RANK_REQUEST_CHARS;
  return texts.map((t) => {
    if (!('text' in t)) return t;
    const text = t.text.length <= left ? t.text : cutText(t.text, left);
    left -= text.length;
    return text === t.text ? t : { key: t.key, text };
  });
}

/** Longest wait (ms) for a document rewritten by `document.open()` to be closed before starting on it anyway. */
export const REWRITE_WAIT_MS = 5000;

/**
 * Starts the content script again after `document.open()` replaced the document: once the new document has an
 * `<html>` and is no longer being written (`readyState` past `loading`), or after {@link REWRITE_WAIT_MS} (a page may
 * never call `document.close()`). Polls every 100 ms: listeners for `readystatechange` would have to be added to a
 * document that may be opened again.
 */
function restartOnNewDocument(env: ContentEnv): void {
  const win = env.window as Window & typeof globalThis;
  const started = Date.now();
  const attempt = (): void => {
    const doc = win.document;
    const ready = !!doc.documentElement && doc.readyState !== 'loading';
    if (ready || (doc.documentElement && Date.now() - started >= REWRITE_WAIT_MS)) start(env);
    else if (Date.now() - started < REWRITE_WAIT_MS * 2) win.setTimeout(attempt, 100);
  };
  win.setTimeout(attempt, 0);
}

/**
 * Starts the content script on `env.window`.
 * @returns the controller, or `null` when nothing starts: not the top frame, or a live instance already runs.
 */
export function start(env: ContentEnv): ContentController | null {
  // The window's own constructors: tests pass a separate jsdom window; in the browser they are the globals.
  const win = env.window as Window & typeof globalThis;
  const doc = win.document;
  if (win.top !== win) return null;
  const scope = win as unknown as Record<string, RunningInstance | undefined>;
  const previous = scope[INSTANCE];
  if (previous?.alive()) return null;
  previous?.stop();
  // Instances of an earlier extension context in other worlds hear this and stop (see the module comment).
  doc.dispatchEvent(new win.CustomEvent(HELLO));

  const life = new win.AbortController();
  const { signal } = life;
  const on = { signal } as const;
  const throttle = env.timing?.throttle ?? 300;
  const debounce = env.timing?.debounce ?? 400;
  const slice = env.timing?.slice ?? 8;

  const html = doc.documentElement;
  const token = Math.random().toString(36).slice(2);
  html.setAttribute(MARKER, token);
  // Cards left by an instance that could not clean up after itself (our own tag only: never the page's nodes).
  for (const stale of doc.querySelectorAll(`argumentarium-card[${CARD_ATTR}]`)) stale.remove();

  let stopped = false;
  let config: ContentConfig | null = null;
  let lang: Lang = baseLang(env.uiLanguage);
  let site: SiteModule = siteFor(win.location.href, doc);
  let reader = new PageReader(doc, site, env.reader);
  /** When the current page's reading started (`performance.now()`), for the popup's "layout not recognised". */
  let pageStart = performance.now();
  /** Card data and objection labels of the arguments ranked on this page (bounded by the catalog). */
  let cards = new Map<string, RankCard>();
  let labels = new Map<string, string>();
  /** Increases on every change of the copy settings: a rank answer asked before one carries copies in the old settings. */
  let copyGeneration = 0;
  /** Increases on every reset: answers for an older page are dropped. */
  let epoch = 0;
  /** Increases on every compose (and selection) request: only the latest answer counts. */
  let composeSeq = 0;
  let selectionSeq = 0;
  let rankFailureLogged = false;
  /** Rank requests in flight: a page report waits for them, so it includes what was read before it was asked. */
  const inflight = new Set<Promise<unknown>>();
  let url = pageUrl(win.location.href);
  let card: CardHandle | null = null;
  let dismissed = false;
  let forced = false;
  /** After a settings change, until the first new answer: the card keeps its state (see `render`). */
  let holding = false;
  let holdTimer: ReturnType<typeof setTimeout> | undefined;
  let intranet: string[] = [];
  let selectionRanked: RankedArgument[] = [];
  let composeRanked: RankedArgument[] = [];
  let composing = false;
  let composeEditor: WeakRef<Element> | null = null;
  let composeTimer: ReturnType<typeof setTimeout> | undefined;
  let pending: Node[] = [];
  let fullScan = true;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running = false;
  let lastFlush = -Infinity;
  const frames = new WeakSet<Document>();

  const alive = (): boolean => {
    try {
      return !!env.runtime.id;
    } catch {
      return false;
    }
  };

  function stop(): void {
    if (stopped) return;
    stopped = true;
    clearTimeout(timer);
    clearTimeout(composeTimer);
    clearTimeout(holdTimer);
    life.abort();
    card?.destroy();
    card = null;
    if (html.getAttribute(MARKER) === token) html.removeAttribute(MARKER);
    if (scope[INSTANCE] === self) delete scope[INSTANCE];
  }

  /** An error in our own work: a lost context stops the instance; anything else is logged, and the page goes on. */
  function fail(e: unknown): void {
    if (isContextGone(e)) stop();
    else console.warn('Argumentarium:', e);
  }

  /** Runs `fn`; "context invalidated" stops the instance instead of surfacing in the page's console. */
  function guard<T>(fn: () => T): T | undefined {
    try {
      return fn();
    } catch (e) {
      if (isContextGone(e)) stop();
      else throw e;
      return undefined;
    }
  }

  // `document.open()` (and `document.write` after load) replaces the whole document and drops every event
  // listener on the document, the window and our card, but keeps MutationObservers: the card would come back looking
  // alive with dead buttons and no focus guard, and typing would no longer reach us. The <html> we marked leaving the
  // document is the sign: start over cleanly on the new document once it is written.
  const rewriteWatcher = new win.MutationObserver(() => {
    if (stopped || doc.documentElement === html) return;
    stop();
    restartOnNewDocument(env);
  });
  rewriteWatcher.observe(doc, { childList: true });
  signal.addEventListener('abort', () => rewriteWatcher.disconnect(), { once: true });

  // A hello is a newer instance starting; a live instance has nothing to do (a forged hello cannot stop it).
  doc.addEventListener(
    HELLO,
    () => {
      if (!alive()) stop();
    },
    on,
  );
  const self: RunningInstance = { alive: () => !stopped && alive(), stop: () => stop() };
  scope[INSTANCE] = self;

  // A quiet page sends no mutations: the user's next interaction notices a lost context (see LIVENESS_EVENTS).
  let lastLivenessCheck = -Infinity;
  const checkLiveness = (): void => {
    const now = performance.now();
    if (now - lastLivenessCheck < LIVENESS_MS) return;
    lastLivenessCheck = now;
    if (!alive()) stop();
  };
  for (const type of LIVENESS_EVENTS) win.addEventListener(type, checkLiveness, { capture: true, passive: true, signal });

  const dismissKey = `dismissed:${win.location.hostname}`;

  /** The page's ranking: what the user types first, then what the page says. */
  function ranking(): RankedArgument[] {
    return mergeRankings(composeRanked, reader.ranking());
  }

  /** What the card shows: the selection the user asked about, else {@link ranking}. */
  function cardRanking(): RankedArgument[] {
    return selectionRanked.length ? selectionRanked : ranking();
  }

  function status(): 'ok' | 'unreadable' {
    return site.status?.(doc) ?? 'ok';
  }

  const callbacks: CardCallbacks = {
    onCopied(id, ok) {
      if (!ok) return;
      env.runtime.sendMessage({ type: 'copied', argumentId: id, siteKind: siteGroup(site.group).kind }).catch((e: unknown) => {
        if (isContextGone(e)) stop();
      });
    },
    onDismiss() {
      dismissed = true;
      forced = false;
      void env.session.set(dismissKey).catch(() => undefined);
      render();
    },
    onQuote(_id, quote) {
      // Shows the post or block the quote comes from; the page's own elements are only scrolled, never changed.
      findQuoted(doc, site.selectors.units, quote)?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    },
    onMore() {
      env.runtime.sendMessage({ type: 'open-options' }).catch((e: unknown) => {
        if (isContextGone(e)) stop();
      });
    },
    onEvicted() {
      // The page kept removing the card: it stays off, and the popup says why (the arguments are still there).
      cardEvicted = true;
    },
  };
  /** The page removed the card more often than the card puts itself back (`content/card`): reported to the popup. */
  let cardEvicted = false;

  /** True on a page outside every site group (read for the popup): no card unless the user asks. */
  function onDemand(): boolean {
    return site.group === 'intranet' && !intranet.some((p) => matchesPattern(p, win.location.href));
  }

  /**
   * Shows the card's current state (mounting it the first time there is something to show).
   * @returns true when the card shows something
   */
  function render(): boolean {
    if (stopped || !config) return false;
    const input = {
      ranked: cardRanking(),
      selection: selectionRanked.length > 0,
      status: status(),
      mode: onDemand() ? ('never' as const) : (config.hintMode[site.group] ?? 'always'),
      snoozed: isSnoozed(win.location.hostname, config.snoozed),
      dismissed,
      forced,
      composing,
      lang,
      cards,
      objectionLabels: labels,
    };
    // Re-reading after a settings change: the card keeps what it shows (and stays open) until the first new answer,
    // rather than vanishing and coming back closed for a change that often did not touch it; unless the new settings
    // hide it here.
    if (holding && card && visible(input)) return true;
    const state = cardState(input);
    if (!state) {
      card?.update({ arguments: [], status: 'ok', lang, composing: false });
      return false;
    }
    card ??= env.mountCard(callbacks, signal, doc);
    card.update(state);
    return true;
  }

  /**
   * Ranks `texts` in the background and keeps the card data that comes with the answer.
   * @returns the rankings by key, or `null` when there is no answer, or it belongs to a page that was left since
   */
  async function rank(all: RankText[]): Promise<Record<string, RankedArgument[]> | null> {
    if (stopped || !config || all.length === 0) return null;
    const texts = withinRequestLimit(all);
    const asked = epoch;
    const copiesAsked = copyGeneration;
    let res: RankResponse;
    try {
      // Card data held for this page is not built and sent again (it is dropped with the page, `resetPage`).
      const have = [...cards.keys()];
      res = await env.rank({ type: 'rank', texts, url: win.location.href, lang, ...(have.length ? { have } : {}) });
    } catch (e) {
      if (isContextGone(e)) stop();
      else rankFailed(e);
      return null;
    }
    if (stopped || asked !== epoch) return null;
    if (!res?.ok) {
      rankFailed(res?.error ?? 'no answer');
      return null;
    }
    for (const [id, card] of Object.entries(res.cards)) cards.set(id, card);
    for (const [id, label] of Object.entries(res.objectionLabels)) labels.set(id, label);
    // The copy settings changed while this request was out: its copies may be in the old ones.
    if (copiesAsked !== copyGeneration) void refreshCopies().catch(fail);
    return res.results;
  }

  /** A ranking that failed for another reason than a lost context: no card from it, logged once per page instance. */
  function rankFailed(reason: unknown): void {
    if (rankFailureLogged) return;
    rankFailureLogged = true;
    console.warn('Argumentarium: ranking unavailable', reason);
  }

  /** Keeps `work` (a request and what is done with its answer) in {@link inflight} until it settles. Never rejects. */
  function track(work: Promise<void>): void {
    const p = work.catch(fail).finally(() => inflight.delete(p));
    inflight.add(p);
  }

  /**
   * Sends the texts `r` read since its last batch; adds the answer to `r` and shows it, unless the page changed.
   * @returns the answer's handling (never rejects), or `null` when there was nothing to send
   */
  function sendBatch(r: PageReader): Promise<void> | null {
    const texts = r.takeBatch();
    if (texts.length === 0) return null;
    const done = rank(texts).then((results) => {
      if (!results || r !== reader) return;
      r.apply(results);
      releaseHold();
      render();
    });
    track(done);
    return done.catch(() => undefined);
  }

  /** Starts over for a new page (in-app navigation) or new settings. */
  function resetPage(): void {
    const next = siteFor(win.location.href, doc);
    if (next !== site) site = next;
    reader = new PageReader(doc, site, env.reader);
    pageStart = performance.now();
    epoch++;
    composeSeq++;
    selectionSeq++;
    // The copy format follows the page, the texts the language: card data is asked again with the next ranking.
    cards = new Map();
    labels = new Map();
    selectionRanked = [];
    composeRanked = [];
    composing = false;
    forced = false;
    pending = [];
    fullScan = true;
  }

  /** Compares the URL (without fragment) with the last one; on a change, starts over. @returns true on navigation */
  function checkUrl(): boolean {
    const now = pageUrl(win.location.href);
    if (now === url) return false;
    url = now;
    resetPage();
    schedule();
    return true;
  }

  function schedule(): void {
    if (stopped || timer !== undefined || running || !config) return;
    const wait = Math.max(0, lastFlush + throttle - performance.now());
    timer = setTimeout(() => void flush().catch(fail), wait);
  }

  /** Reads the new units (or all unread ones after a reset or resume), in slices that yield to the page. */
  async function flush(): Promise<void> {
    timer = undefined;
    if (stopped) return;
    if (!alive()) {
      stop();
      return;
    }
    if (doc.hidden) {
      pending = [];
      fullScan = true;
      return;
    }
    running = true;
    let r: PageReader | null = null;
    try {
      // Same URL, other content: a module that `shows` it takes over once it is drawn (an X Article on /status/).
      if (!checkUrl() && siteFor(win.location.href, doc) !== site) resetPage();
      if (site.kind === 'document') attachFrames();
      r = reader;
      const scanning = fullScan;
      // A full scan walks the page lazily (a 5 MB page is walked in slices too); new nodes are a short list.
      const units: Iterator<Element> = scanning ? r.scan() : r.unitsFrom(pending)[Symbol.iterator]();
      fullScan = false;
      pending = [];
      let t0 = performance.now();
      let sentChars = 0;
      const send = (): Promise<void> | null => {
        const n = r!.pendingChars;
        const sent = sendBatch(r!);
        if (sent) sentChars += n;
        return sent;
      };
      let next = units.next();
      while (!next.done) {
        const unit = next.value;
        if (scanning) r.read(unit, true);
        else if (unit.isConnected) r.read(unit);
        if (r.pendingChars >= SEND_CHARS) send();
        // The first piece of a big page goes out as soon as it is FIRST_PIECE_CHARS long, not at the slice's end.
        const firstPiece = sentChars === 0 && r.sum.size === 0 && r.pendingChars >= FIRST_PIECE_CHARS;
        if (firstPiece || performance.now() - t0 >= slice) {
          // First hint early on a big page: until something is relevant, each slice's text goes out once it is
          // at least as much as all sent before (doubling, so a few messages however big the page), and at least
          // EARLY_CHARS (short batches change the ranking, see there); reading waits a moment for its answer.
          const early = r.sum.size === 0 && r.pendingChars >= Math.max(EARLY_CHARS, sentChars) ? send() : null;
          if (early) await Promise.race([early, new Promise<void>((resolve) => setTimeout(resolve, FIRST_ANSWER_WAIT_MS))]);
          // Also after the answer: its card was just drawn in a microtask, and the browser paints it only once this
          // task ends, not after the next slice of reading.
          await yieldToPage();
          if (stopped || r !== reader) return;
          if (doc.hidden) {
            fullScan = true;
            return;
          }
          t0 = performance.now();
        }
        next = units.next();
      }
      if (scanning && r.interrupted) fullScan = true;
      // Nothing new to rank (Google Docs' canvas, a quiet page): the card shows the current state right away.
      if (!sendBatch(r)) {
        releaseHold();
        render();
      }
    } finally {
      // What was read goes out even when the batch stopped early (hidden tab); never for a page left since.
      if (r && r === reader && !stopped) sendBatch(r);
      reader.endBatch();
      running = false;
      lastFlush = performance.now();
      if (!stopped && (pending.length || fullScan) && !doc.hidden) schedule();
    }
  }

  const observer = new win.MutationObserver((records) => {
    if (stopped) return;
    if (!alive()) {
      stop();
      return;
    }
    if (checkUrl()) return;
    for (const rec of records) {
      for (const node of rec.addedNodes) {
        if (node.nodeType === 1 && (node as Element).hasAttribute(CARD_ATTR)) continue;
        if (node.nodeType === 1 || node.nodeType === 3) pending.push(node);
      }
    }
    if (pending.length > MAX_PENDING) {
      pending = [];
      fullScan = true;
    }
    if (pending.length || fullScan) schedule();
  });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });

  function observe(): void {
    observer.observe(doc, { childList: true, subtree: true });
  }

  /** Observes and listens to same-origin iframes' documents (editors in `about:blank` frames). */
  function attachFrames(): void {
    for (const fd of reader.frameDocuments()) {
      observer.observe(fd, { childList: true, subtree: true });
      if (frames.has(fd)) continue;
      frames.add(fd);
      fd.addEventListener('input', onInput, { capture: true, signal });
    }
  }

  /** The text to score for `editor`: the whole compose box, or in a document editor the block at the caret. */
  function composeText(editor: Element): string {
    // A document's own editor is read per block; a reply box beside the document (X Articles) is read whole.
    if (site.kind === 'document' && reader.inRoots(editor)) {
      const node = editor.ownerDocument.getSelection()?.anchorNode;
      const el = node ? (node.nodeType === 1 ? (node as Element) : node.parentElement) : null;
      const block = el?.closest(site.selectors.units);
      // Confluence's editor contains its blocks; Notion's blocks contain their editable leaves.
      return block && (editor.contains(block) || block.contains(editor)) ? readText(block, COMPOSE_LIMIT) : '';
    }
    return readEditor(editor).slice(0, COMPOSE_LIMIT);
  }

  function scoreCompose(): void {
    composeTimer = undefined;
    if (stopped) return;
    if (!alive()) {
      stop();
      return;
    }
    const editor = composeEditor?.deref();
    // Asked again: the page may have turned private since the input (an app's in-place move to its messages).
    const text = editor?.isConnected && reader.editorFor(editor) ? composeText(editor) : '';
    const seq = ++composeSeq;
    if (!text) {
      composeRanked = [];
      composing = false;
      render();
      return;
    }
    track(
      rank([{ key: 'compose', text }]).then((results) => {
        // Only the latest scoring counts: the user kept typing, or the page changed.
        if (!results || seq !== composeSeq) return;
        composeRanked = results.compose ?? [];
        composing = true;
        render();
      }),
    );
  }

  function onInput(e: Event): void {
    const target = e.target as Node | null;
    // Not a compose box, or one in a private area or on a private page: private messages are never read.
    const editor = target ? reader.editorFor(target) : null;
    if (!editor) return;
    composeEditor = new WeakRef(editor);
    clearTimeout(composeTimer);
    composeTimer = setTimeout(() => {
      try {
        scoreCompose();
      } catch (e) {
        fail(e);
      }
    }, debounce);
  }

  doc.addEventListener('input', onInput, { capture: true, signal });
  win.addEventListener('popstate', () => void checkUrl(), on);
  doc.addEventListener(
    'visibilitychange',
    () => {
      if (stopped) return;
      if (!alive()) {
        stop();
        return;
      }
      if (doc.hidden) {
        observer.disconnect();
        clearTimeout(timer);
        timer = undefined;
        pending = [];
        fullScan = true;
      } else {
        observe();
        checkUrl();
        fullScan = true;
        schedule();
      }
    },
    on,
  );
  // A frame that finished loading may hold an editor (Confluence Server's TinyMCE).
  doc.addEventListener(
    'load',
    (e) => {
      if ((e.target as Element | null)?.tagName === 'IFRAME') {
        fullScan = true;
        schedule();
      }
    },
    { capture: true, signal },
  );

  async function loadConfig(): Promise<void> {
    const c = await env.loadConfig();
    if (stopped) return;
    config = c;
    intranet = c.intranet;
    lang = c.lang;
  }

  /** Ends the hold of {@link render} after a settings change (first answer, nothing to rank, or its time is up). */
  function releaseHold(): void {
    holding = false;
    clearTimeout(holdTimer);
    holdTimer = undefined;
  }

  /**
   * After a change of the copy settings alone: the page's ranking and card stand (nothing is read or ranked again);
   * the copies of the arguments ranked here are formatted again, so the next Copy writes the new settings.
   */
  async function refreshCopies(): Promise<void> {
    const generation = ++copyGeneration;
    const ids = [...cards.keys()];
    if (stopped || !config || ids.length === 0) return;
    const asked = epoch;
    let res: CopiesResponse;
    try {
      res = await env.copies({ type: 'copies', ids, url: win.location.href, lang });
    } catch (e) {
      if (isContextGone(e)) stop();
      else rankFailed(e);
      return;
    }
    // A newer change or another page: its own request (or the page's next ranking) brings the copies.
    if (stopped || asked !== epoch || generation !== copyGeneration) return;
    if (!res?.ok) {
      rankFailed(res?.error ?? 'no answer');
      return;
    }
    for (const [id, copy] of Object.entries(res.copies)) {
      const data = cards.get(id);
      if (data) cards.set(id, { ...data, copy });
    }
    render();
  }

  async function applySettings(change: SettingsChange): Promise<void> {
    if (change === 'copy') return refreshCopies();
    await loadConfig();
    if (stopped) return;
    resetPage();
    releaseHold();
    holding = true;
    const expire = (): void => {
      // A hidden tab reads nothing (Firefox hides the page behind the options tab): hold on until it is read.
      if (doc.hidden) {
        holdTimer = setTimeout(expire, HOLD_MS);
        return;
      }
      releaseHold();
      render();
    };
    holdTimer = setTimeout(expire, HOLD_MS);
    clearTimeout(timer);
    timer = undefined;
    schedule();
    render();
  }

  function report(): PageReport {
    const ranked = ranking();
    const st = status();
    const out: PageReport = {
      url,
      site: site.id,
      status: pageStatus({ site, reader, doc, url: win.location.href, siteStatus: st, composing, elapsed: performance.now() - pageStart }),
      siteName: site.name,
      chars: reader.chars,
      ranked,
      title: site.title?.(doc) ?? (doc.title.trim() || undefined),
    };
    if (cardEvicted) out.cardRemoved = true;
    const ids = new Set(ranked.flatMap((r) => r.objections ?? []));
    if (ids.size) out.objectionLabels = Object.fromEntries([...ids].map((o) => [o, labels.get(o) ?? o]));
    if (site.kind === 'document') {
      const sections = reader.sections();
      if (reader.sectionCount > 1) out.sections = sections;
      out.objections = ranked.flatMap((r) => (r.objections ?? []).map((o) => ({ objection: labels.get(o) ?? o, argumentId: r.id })));
    }
    return out;
  }

  const ready = (async () => {
    try {
      // Side by side: two round trips to the background in sequence were a visible part of the first card's wait.
      const [, wasDismissed] = await Promise.all([loadConfig(), env.session.get(dismissKey).catch(() => false)]);
      dismissed = wasDismissed;
    } catch (e) {
      // Never rejects: the messages that wait for it still get an answer.
      fail(e);
      return;
    }
    if (stopped) return;
    resetPage();
    env.onSettingsChanged?.((change) => void applySettings(change).catch(fail), signal);
    if (!doc.hidden) {
      observe();
      schedule();
    } else fullScan = true;
  })();

  async function copyBest(): Promise<Responses['copy-best']> {
    await ready;
    // The best argument the card could show (its data came with the ranking, in this page's copy format).
    const best = config ? cardRanking().find((r) => cards.has(r.id)) : undefined;
    const data = best && cards.get(best.id);
    if (!best || !data) return { ok: false, error: 'nothing-relevant' };
    const result = await env.writeClipboard(data.copy);
    // The toolbar button shows the result too; the card says it where the user is looking.
    card?.copied(data.title, result);
    return result.ok
      ? { ok: true, argumentId: best.id, title: data.title }
      : { ok: false, argumentId: best.id, title: data.title, error: result.error };
  }

  const onMessage = (message: unknown, sender: { id?: string }): Promise<unknown> | undefined => {
    if (stopped) return undefined;
    if (!alive()) {
      stop();
      return undefined;
    }
    if (!isMessage(message) || sender.id !== env.runtime.id) return undefined;
    switch (message.type) {
      case 'page-report':
        return ready.then(() => Promise.all([...inflight])).then(report);
      case 'copy-best':
        return copyBest();
      case 'rank-selection':
        return ready.then(async (): Promise<Responses['rank-selection']> => {
          const text = typeof message.text === 'string' ? message.text.slice(0, SELECTION_LIMIT) : '';
          const seq = ++selectionSeq;
          const results = text.trim() ? await rank([{ key: 'selection', text }]) : { selection: [] };
          // No answer: the background shows the selection in the popup instead.
          if (!results || stopped) return { ok: false };
          if (seq !== selectionSeq) return { ok: true };
          // Nothing fits the selection: the card would fall back to the page's arguments and say nothing about
          // what the user asked; the background shows the selection in the popup, which says so.
          if (!results.selection?.length) return { ok: false, error: 'nothing-relevant' };
          selectionRanked = results.selection;
          forced = true;
          // A card the user dismissed stays hidden for its handle: an explicit request gets a new one.
          if (dismissed && card) {
            card.destroy();
            card = null;
          }
          render();
          return { ok: true };
        });
      default:
        return undefined;
    }
  };
  guard(() => {
    env.runtime.onMessage.addListener(onMessage);
    signal.addEventListener('abort', () => guard(() => env.runtime.onMessage.removeListener(onMessage)), { once: true });
  });

  return {
    signal,
    ready,
    get reader() {
      return reader;
    },
    report,
    stop,
  };
}

// Bundle entry: only inside an extension (tests import this module for `start` and nothing runs). It starts at
// once: the static loader (`./loader.ts`) already waited for `load` before asking for it, and the other injections
// come from the user (the context menu, the keyboard command, the popup through `activeTab`), whose message must
// find a listener while the page may still be loading (a copy-best on x.com before `load` answered "can't read this
// page" while this entry waited for `load`), or from an install or update into tabs that are open.
const ext = (globalThis as { chrome?: { runtime?: { id?: string } } }).chrome;
if (ext?.runtime?.id && typeof document !== 'undefined') {
  void import('./env').then(({ realEnv }) => start(realEnv()));
}
