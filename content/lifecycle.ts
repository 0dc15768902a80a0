/**
 * The content script's lifecycle (Dark Reader's habits, hardened against the page): one running instance per page,
 * torn down at once when the extension context is gone, started over on a document rewritten by `document.open()`.
 *
 * The running instance is kept in an expando on `window` as our isolated world sees it, which the page can neither
 * see nor change, so a second injection in the same world (a registered and an on-demand injection, the loader
 * racing an update) finds it and does not start while it is alive; one whose extension context is gone is stopped
 * by the newcomer. Instances of an earlier extension context may live in another world (Firefox after an update):
 * they hear the newcomer's `argumentarium-hello` DOM event and tear down if their context is gone; the event is a
 * notification only (not cancelable), so a page that cancels or swallows it cannot keep the content script from
 * starting, and a hello the page forges cannot stop a live instance. The new instance also removes any card a dead
 * instance could not remove (Firefox unloads old scripts without running them again). Every listener and observer
 * is registered with one `AbortController`'s signal; losing the extension context (`runtime.id` undefined, or
 * "Extension context invalidated" thrown) is one {@link Life.stop}. Only the top frame runs; same-origin iframes are
 * read from it through `contentDocument`.
 */
import { CARD_ATTR } from './text';
import type { ContentEnv } from './types';

/** Attribute on `<html>` naming the running instance. */
export const MARKER = 'data-argumentarium-content';
/** The DOM event a starting instance sends to older ones (see the module comment). */
export const HELLO = 'argumentarium-hello';
/** The expando on `window` (as the isolated world sees it) that holds the running instance. */
export const INSTANCE = '__argumentariumContent';
/** Longest wait (ms) for a document rewritten by `document.open()` to be closed before starting on it anyway. */
export const REWRITE_WAIT_MS = 5000;

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

/** What {@link INSTANCE} holds. */
interface RunningInstance {
  /** True while it runs and its extension context is alive. */
  alive(): boolean;
  stop(): void;
}

/** True for the error browsers throw once the extension was updated, reloaded or removed. */
export function isContextGone(e: unknown): boolean {
  return /context invalidated|extension context|dead object/i.test(String((e as { message?: unknown })?.message ?? e));
}

/** One running instance's life: its signal, whether its extension context is alive, and how it ends. */
export interface Life {
  /** Aborted when the instance stops; every listener, observer and timer of the instance ends with it. */
  readonly signal: AbortSignal;
  /** True once {@link stop} ran. */
  readonly stopped: boolean;
  /** True while the extension context is alive (`runtime.id` is set and readable). */
  alive(): boolean;
  /** Tears down: aborts {@link signal}, removes the marker and the instance. Idempotent. */
  stop(): void;
  /** An error in our own work: a lost context stops the instance; anything else is logged, and the page goes on. */
  fail(e: unknown): void;
  /** Runs `fn`; "context invalidated" stops the instance instead of surfacing in the page's console. */
  guard<T>(fn: () => T): T | undefined;
}

/**
 * Starts `restart` again after `document.open()` replaced the document: once the new document has an `<html>` and is
 * no longer being written (`readyState` past `loading`), or after {@link REWRITE_WAIT_MS} (a page may never call
 * `document.close()`). Polls every 100 ms: listeners for `readystatechange` would have to be added to a document that
 * may be opened again.
 */
function restartOnNewDocument(env: ContentEnv, restart: (env: ContentEnv) => unknown): void {
  const win = env.window as Window & typeof globalThis;
  const started = Date.now();
  const attempt = (): void => {
    const doc = win.document;
    const ready = !!doc.documentElement && doc.readyState !== 'loading';
    if (ready || (doc.documentElement && Date.now() - started >= REWRITE_WAIT_MS)) restart(env);
    else if (Date.now() - started < REWRITE_WAIT_MS * 2) win.setTimeout(attempt, 100);
  };
  win.setTimeout(attempt, 0);
}

/**
 * Claims `env.window` for a new instance: marks `<html>`, greets older instances, removes their stale cards, and
 * watches for a lost context (the user's events, the hello of a newer instance) and for a rewritten document.
 * @param restart what starts an instance again on a document rewritten by `document.open()`
 * @returns the new instance's life, or `null` when nothing starts: not the top frame, or a live instance already runs
 */
export function claimPage(env: ContentEnv, restart: (env: ContentEnv) => unknown): Life | null {
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

  const controller = new win.AbortController();
  const { signal } = controller;
  const html = doc.documentElement;
  const token = Math.random().toString(36).slice(2);
  html.setAttribute(MARKER, token);
  // Cards left by an instance that could not clean up after itself (our own tag only: never the page's nodes).
  for (const stale of doc.querySelectorAll(`argumentarium-card[${CARD_ATTR}]`)) stale.remove();

  let stopped = false;
  const alive = (): boolean => {
    try {
      return !!env.runtime.id;
    } catch {
      return false;
    }
  };
  const stop = (): void => {
    if (stopped) return;
    stopped = true;
    controller.abort();
    if (html.getAttribute(MARKER) === token) html.removeAttribute(MARKER);
    if (scope[INSTANCE] === self) delete scope[INSTANCE];
  };
  const life: Life = {
    signal,
    get stopped() {
      return stopped;
    },
    alive,
    stop,
    fail(e) {
      if (isContextGone(e)) stop();
      else console.warn('Argumentarium:', e);
    },
    guard(fn) {
      try {
        return fn();
      } catch (e) {
        if (isContextGone(e)) stop();
        else throw e;
        return undefined;
      }
    },
  };

  // `document.open()` (and `document.write` after load) replaces the whole document and drops every event
  // listener on the document, the window and our card, but keeps MutationObservers: the card would come back looking
  // alive with dead buttons and no focus guard, and typing would no longer reach us. The <html> we marked leaving the
  // document is the sign: start over cleanly on the new document once it is written.
  const rewriteWatcher = new win.MutationObserver(() => {
    if (stopped || doc.documentElement === html) return;
    stop();
    restartOnNewDocument(env, restart);
  });
  rewriteWatcher.observe(doc, { childList: true });
  signal.addEventListener('abort', () => rewriteWatcher.disconnect(), { once: true });

  // A hello is a newer instance starting; a live instance has nothing to do (a forged hello cannot stop it).
  doc.addEventListener(
    HELLO,
    () => {
      if (!alive()) stop();
    },
    { signal },
  );
  const self: RunningInstance = { alive: () => !stopped && alive(), stop };
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
  return life;
}
