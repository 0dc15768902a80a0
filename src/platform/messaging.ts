/**
 * Typed messaging over `src/messages.ts`: send to the background or to a tab's content script and
 * get a result union instead of an exception, and listen with the sender checked before any handler runs.
 *
 * Why a result union: every `sendMessage` can fail for ordinary reasons, and each needs its own
 * state in the UI: no content script in the tab ("Receiving end does not exist"), a page the
 * browser does not let extensions touch (`chrome://`, `about:`, the web stores), a tab that closed, or
 * an extension context that is gone after an update. A worker that is asleep is woken by the message
 * itself; a send that races its start-up gets one retry.
 *
 * With webextension-polyfill, a listener that returns a promise answers the message and one that
 * returns `undefined` stays silent, so {@link listen} returns `undefined` for types it does not handle
 * and for rejected senders: exactly one listener answers each message type.
 */
import type { BackgroundToContent, Message, PopupToContent, ResponseOf, ToBackground } from '../messages';
import { isMessage } from '../messages';
import { browser, type Runtime } from './browser';
import { dispatch, type Handler as HandlerOf, listenOn, type MessageSource } from './message-handlers';

/** Why a send failed. */
export type SendFailure =
  /** Nothing listens in that tab or frame (no content script injected, or it was torn down). */
  | 'no-receiver'
  /** The tab shows a page extensions may not script (`chrome://`, `about:`, web stores, …). */
  | 'restricted'
  /** The tab no longer exists. */
  | 'no-tab'
  /** Our own extension context is gone (the extension was updated or reloaded). */
  | 'context-gone'
  /** The receiver threw, or anything else. */
  | 'error';

/** Result of a send: the typed response, or why there is none. */
export type SendResult<R> = { ok: true; value: R } | { ok: false; reason: SendFailure; message: string };

const RESTRICTED_SCHEMES = [
  'chrome:',
  'chrome-extension:',
  'moz-extension:',
  'edge:',
  'about:',
  'view-source:',
  'devtools:',
  'chrome-search:',
  'resource:',
  'data:',
];
/** Hosts where both browsers block extensions (their add-on stores and Chrome's sign-in pages). */
const RESTRICTED_HOSTS = [
  'chromewebstore.google.com',
  'addons.mozilla.org',
  'accounts-static.cdn.mozilla.net',
  'accounts.firefox.com',
  'microsoftedge.microsoft.com',
];

/**
 * True for URLs no extension may script: browser pages, other extensions' pages, the add-on stores.
 * `file:` counts as restricted (it needs a setting the user must switch on). `undefined` (URL not
 * visible to us) is not restricted by itself.
 */
export function isRestrictedUrl(url: string | undefined): boolean {
  if (!url) return false;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return true;
  }
  if (RESTRICTED_SCHEMES.includes(u.protocol) || u.protocol === 'file:') return true;
  if (RESTRICTED_HOSTS.includes(u.hostname)) return true;
  return u.hostname === 'chrome.google.com' && u.pathname.startsWith('/webstore');
}

/** Maps a browser's error text to a {@link SendFailure}. Chrome and Firefox use the same texts for these cases. */
export function classifySendError(error: unknown): { reason: SendFailure; message: string } {
  const message = error instanceof Error ? error.message : String(error);
  if (/receiving end does not exist|could not establish connection|message port closed|no matching message handler/i.test(message)) {
    return { reason: 'no-receiver', message };
  }
  if (/extension context invalidated/i.test(message)) return { reason: 'context-gone', message };
  if (/no tab with id|invalid tab id/i.test(message)) return { reason: 'no-tab', message };
  if (/cannot access|cannot be scripted|missing host permission|extensions gallery/i.test(message))
    return { reason: 'restricted', message };
  return { reason: 'error', message };
}

/** `runtime.id` without throwing: reading it from a dead content script throws in some Chrome versions. */
function runtimeId(): string | undefined {
  try {
    return browser.runtime?.id;
  } catch {
    return undefined;
  }
}

/**
 * Sends `msg` to the background (service worker / event page) and returns its typed answer.
 * Retries once when the worker was not ready to receive (it is started by the message, but a send
 * that races a worker being restarted can still find no receiver).
 */
export async function sendToBackground<M extends ToBackground>(msg: M): Promise<SendResult<ResponseOf<M>>> {
  if (!runtimeId()) return { ok: false, reason: 'context-gone', message: 'extension context invalidated' };
  for (let attempt = 0; ; attempt++) {
    try {
      const value = (await browser.runtime.sendMessage(msg)) as ResponseOf<M> | undefined;
      if (value === undefined) return { ok: false, reason: 'no-receiver', message: `no handler answered ${msg.type}` };
      return { ok: true, value };
    } catch (e) {
      const failure = classifySendError(e);
      if (failure.reason !== 'no-receiver' || attempt > 0) return { ok: false, ...failure };
    }
  }
}

/**
 * Sends `msg` to the content script in tab `tabId` (the top frame unless `frameId` is given) and
 * returns its typed answer. When nothing receives it, looks at the tab's URL (visible with host
 * permission or `activeTab`) to tell a restricted page from a page without our content script.
 */
export async function sendToTab<M extends PopupToContent | BackgroundToContent>(
  tabId: number,
  msg: M,
  options: { frameId?: number } = {},
): Promise<SendResult<ResponseOf<M>>> {
  try {
    const value = (await browser.tabs.sendMessage(tabId, msg, { frameId: options.frameId ?? 0 })) as ResponseOf<M> | undefined;
    if (value === undefined) return { ok: false, reason: 'no-receiver', message: `no handler answered ${msg.type}` };
    return { ok: true, value };
  } catch (e) {
    const failure = classifySendError(e);
    if (failure.reason === 'no-receiver') {
      try {
        const tab = await browser.tabs.get(tabId);
        if (isRestrictedUrl(tab.url)) return { ok: false, reason: 'restricted', message: failure.message };
      } catch (inner) {
        return { ok: false, ...classifySendError(inner) };
      }
    }
    return { ok: false, ...failure };
  }
}

/** Who sent a message. */
export type SenderKind = 'extension-page' | 'content-script';

/**
 * Classifies `sender`, or returns `null` when it must be ignored: another extension or a web page
 * (`sender.id` differs from ours), or a claimed content script without a tab.
 * Extension pages (popup, options, the background) have a URL under our own base URL.
 */
export function senderKind(sender: Runtime.MessageSender, ownId = runtimeId(), ownBase = safeBaseUrl()): SenderKind | null {
  if (!ownId || sender.id !== ownId) return null;
  if (ownBase && sender.url?.startsWith(ownBase)) return 'extension-page';
  return sender.tab?.id !== undefined ? 'content-script' : null;
}

function safeBaseUrl(): string | undefined {
  try {
    return browser.runtime.getURL('');
  } catch {
    return undefined;
  }
}

/** A handler for message type `K`. */
export type Handler<K extends Message['type']> = HandlerOf<K, Runtime.MessageSender>;

/** Handlers by message type; each may say which senders it accepts (default: both kinds). */
export type Handlers = {
  [K in Message['type']]?: Handler<K> | { handle: Handler<K>; from: readonly SenderKind[] };
};

/**
 * Registers one `runtime.onMessage` listener that answers the types in `handlers` and nothing else,
 * after checking the sender ({@link senderKind}). Call it synchronously at the top level of the
 * background so the listener exists when the worker is woken by a message.
 * `signal` removes the listener when aborted (content scripts tear down with it).
 * A handler that throws rejects the sender's promise (the sender sees reason `error`).
 */
export function listen(handlers: Handlers, signal?: AbortSignal): void {
  const listener = (raw: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined => {
    if (!isMessage(raw)) return undefined;
    const entry = handlers[raw.type] as
      | Handler<Message['type']>
      | { handle: Handler<Message['type']>; from: readonly SenderKind[] }
      | undefined;
    if (!entry) return undefined;
    const kind = senderKind(sender);
    if (!kind) return undefined;
    const from = typeof entry === 'function' ? null : entry.from;
    if (from && !from.includes(kind)) return undefined;
    const handle = typeof entry === 'function' ? entry : entry.handle;
    return dispatch<Runtime.MessageSender>({ [raw.type]: handle }, raw, sender);
  };
  listenOn(browser.runtime as unknown as MessageSource<Runtime.MessageSender>, listener, signal);
}

/** `storage.session` key where the background leaves a context-menu selection for the popup (see `takePendingSelection`). */
export const PENDING_SELECTION_KEY = 'pendingSelection';

/** A selection the user asked arguments for, on a page where no content script could show them. */
export interface PendingSelection {
  /** The selected text, at most 20,000 UTF-16 code units. */
  text: string;
  /** The page it came from, when known. */
  url?: string;
  /** When it was chosen, ISO 8601 UTC. */
  at: string;
}

/** Longest a pending selection waits for the popup, in milliseconds; an older one is stale. */
export const PENDING_SELECTION_MAX_AGE_MS = 5 * 60_000;

/**
 * The pending selection, removed as it is read (the popup ranks it once), or `undefined` when
 * there is none, it is malformed, or older than {@link PENDING_SELECTION_MAX_AGE_MS}. Never rejects.
 */
export async function takePendingSelection(now: Date = new Date()): Promise<PendingSelection | undefined> {
  try {
    const stored = await browser.storage.session.get(PENDING_SELECTION_KEY);
    const p = stored[PENDING_SELECTION_KEY] as Partial<PendingSelection> | undefined;
    if (!p) return undefined;
    await browser.storage.session.remove(PENDING_SELECTION_KEY);
    if (typeof p.text !== 'string' || !p.text || typeof p.at !== 'string') return undefined;
    const age = now.getTime() - Date.parse(p.at);
    if (!(age >= 0 && age <= PENDING_SELECTION_MAX_AGE_MS)) return undefined;
    return { text: p.text, at: p.at, ...(typeof p.url === 'string' ? { url: p.url } : {}) };
  } catch {
    return undefined;
  }
}

/** Leaves `pending` for the popup in `storage.session` (in memory, gone when the browser closes). Never rejects. */
export async function savePendingSelection(pending: PendingSelection): Promise<void> {
  await browser.storage.session.set({ [PENDING_SELECTION_KEY]: pending }).catch(() => undefined);
}
