/**
 * The `browser` of the content script, without webextension-polyfill: the build (`scripts/build.mjs`) resolves
 * `webextension-polyfill` to this module in `content.js` only, where the polyfill was 2.6 KB of the 25 KB gzipped
 * budget (`npm run bench`). Every other bundle keeps the polyfill.
 *
 * It chooses as the polyfill does (webextension-polyfill 0.12, `dist/browser-polyfill.js`): a `browser` with a
 * `runtime.id` (Firefox) is used as it is; else `chrome` (Chromium, MV3 from 116), whose calls the content script
 * makes already return promises (`runtime.sendMessage`, `storage.*.get` and `set`), with the polyfill's two wrappers
 * the content script relies on:
 * - `runtime.onMessage`: a listener that returns a promise answers the message with its value, as in Firefox (Chrome's
 *   own event wants `sendResponse` and `return true`); a rejection answers `{ __mozWebExtensionPolyfillReject__: true,
 *   message }`, which the sender's polyfill (popup, background) turns back into a rejection with that message;
 * - `runtime.sendMessage`: such an answer from the background's polyfill rejects with its message, and "The message
 *   port closed before a response was received." (no listener answered) resolves to `undefined`, as in Firefox.
 */
import type { Browser } from 'webextension-polyfill';

/** How the polyfill sends a rejected answer across a message channel (its own marker, so both ends agree). */
export const REJECT_MARKER = '__mozWebExtensionPolyfillReject__';
/** Chrome's error when no listener answered; the polyfill resolves it to `undefined`. */
export const NO_RESPONSE = 'The message port closed before a response was received.';

/** A listener as the content script registers it: a promise answers, anything else stays silent. */
type Listener = (message: unknown, sender: unknown) => unknown;
/** A listener as Chrome calls it. */
type ChromeListener = (message: unknown, sender: unknown, sendResponse: (answer: unknown) => void) => boolean;

/** The part of `chrome` this module wraps; the rest is passed through. */
export interface ChromeLike {
  runtime: {
    readonly id?: string;
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: {
      addListener(cb: ChromeListener): void;
      removeListener(cb: ChromeListener): void;
      hasListener(cb: ChromeListener): boolean;
    };
    [key: string]: unknown;
  };
  [key: string]: unknown;
}

function isThenable(x: unknown): x is PromiseLike<unknown> {
  return !!x && (typeof x === 'object' || typeof x === 'function') && typeof (x as { then?: unknown }).then === 'function';
}

/** The message of a rejection as the polyfill sends it: an error's message, else a fixed text. */
function rejectionMessage(error: unknown): string {
  const message = (error as { message?: unknown } | null)?.message;
  return typeof message === 'string' ? message : 'An unexpected error occurred';
}

/**
 * `chrome` with the polyfill's `runtime.onMessage` and `runtime.sendMessage` (see the module's comment). Reads every
 * other property from `chrome` when asked (the objects of the extension API must be called on themselves).
 */
export function wrapChrome(chrome: ChromeLike): Browser {
  const wrappers = new WeakMap<Listener, ChromeListener>();
  const wrapperOf = (listener: Listener): ChromeListener => {
    let w = wrappers.get(listener);
    if (!w) {
      w = (message, sender, sendResponse) => {
        let result: unknown;
        try {
          result = listener(message, sender);
        } catch (e) {
          result = Promise.reject(e);
        }
        if (!isThenable(result)) return false;
        Promise.resolve(result)
          .then(sendResponse, (e: unknown) => sendResponse({ [REJECT_MARKER]: true, message: rejectionMessage(e) }))
          // The page or the sender went away meanwhile: nobody is left to answer.
          .catch(() => {});
        return true;
      };
      wrappers.set(listener, w);
    }
    return w;
  };
  const onMessage = {
    addListener: (listener: Listener) => chrome.runtime.onMessage.addListener(wrapperOf(listener)),
    removeListener: (listener: Listener) => {
      const w = wrappers.get(listener);
      if (w) chrome.runtime.onMessage.removeListener(w);
    },
    hasListener: (listener: Listener) => {
      const w = wrappers.get(listener);
      return !!w && chrome.runtime.onMessage.hasListener(w);
    },
  };
  async function sendMessage(message: unknown): Promise<unknown> {
    let answer: unknown;
    try {
      answer = await chrome.runtime.sendMessage(message);
    } catch (e) {
      if (rejectionMessage(e) === NO_RESPONSE) return undefined;
      throw e;
    }
    if (answer && typeof answer === 'object' && (answer as Record<string, unknown>)[REJECT_MARKER]) {
      throw new Error(String((answer as { message?: unknown }).message));
    }
    return answer;
  }
  const runtime = new Proxy(chrome.runtime, {
    get(target, key) {
      if (key === 'onMessage') return onMessage;
      if (key === 'sendMessage') return sendMessage;
      const value = Reflect.get(target, key);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return new Proxy(chrome, {
    get(target, key) {
      return key === 'runtime' ? runtime : Reflect.get(target, key);
    },
  }) as unknown as Browser;
}

/**
 * The content script's `browser`: `scope.browser` where it has a `runtime.id` (Firefox), else {@link wrapChrome} of
 * `scope.chrome`.
 * @throws outside an extension (no `chrome.runtime.id`), as the polyfill does
 */
export function contentBrowser(scope: { browser?: unknown; chrome?: unknown }): Browser {
  const own = scope.browser as { runtime?: { id?: string } } | undefined;
  if (own?.runtime?.id) return own as Browser;
  const chrome = scope.chrome as ChromeLike | undefined;
  if (!chrome?.runtime?.id) throw new Error('This script should only be loaded in a browser extension.');
  return wrapChrome(chrome);
}

export default contentBrowser(globalThis as { browser?: unknown; chrome?: unknown });
