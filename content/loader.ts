/**
 * The static content script (manifest `content_scripts` and the site groups' registrations): a few hundred bytes
 * that wait for the page's `load` event and then ask the background to inject the content script proper
 * (`content.js`, see `./index.ts`) into this frame.
 *
 * Why (the performance budget: "nothing loaded at start that isn't needed"): a content script declared in the manifest is
 * compiled and evaluated while the page is still loading (`document_idle` comes before `load` on pages with
 * images). `content.js` with the card's UI is ~47 KB; its evaluation alone took 7.4 ms of the feed page's main
 * thread before `load` (`npm run bench`, start scenario), over the 5 ms budget. This loader costs a fraction of
 * a millisecond, and the rest arrives once the page has loaded, when the card is wanted anyway.
 *
 * Only the top frame asks (the card is the top frame's; same-origin editor frames are read from there). The
 * isolated world is shared by all our scripts in a frame, so a flag on it keeps a page matched by both the
 * manifest and a registration from asking twice. The background injects with `scripting.executeScript` under
 * the host permission it already holds for this page; nothing is requested that the page could answer.
 * No webextension-polyfill: both browsers' `chrome.runtime.sendMessage` return a promise in MV3.
 */
import { afterLoad } from './after-load';

/** Property on the isolated world's global object: set once a loader of this extension has run in the frame. */
export const LOADER_FLAG = '__argumentariumLoader';
/** Wait before the one retry when the background did not answer (a worker starting up), in milliseconds. */
export const RETRY_MS = 1000;

/** The subset of `chrome.runtime` the loader uses. */
export interface LoaderRuntime {
  readonly id?: string;
  sendMessage(message: { type: 'load-content' }): Promise<unknown>;
}

/**
 * Starts the loader in `win` (the bundle entry below passes the real window and `chrome.runtime`).
 * @returns false when nothing was scheduled: not the top frame, no extension context, or a loader already ran here
 */
export function startLoader(
  win: Window,
  runtime: LoaderRuntime | undefined,
  scope: Record<string, unknown> = globalThis as never,
): boolean {
  if (!runtime?.id || win.top !== win || scope[LOADER_FLAG]) return false;
  scope[LOADER_FLAG] = true;
  const ask = (retry: boolean): void => {
    let sent: Promise<unknown>;
    try {
      sent = runtime.sendMessage({ type: 'load-content' });
    } catch {
      return; // the extension context is gone (updated or removed): nothing to load
    }
    sent.then(
      (answer) => {
        // No answer: the worker was not listening yet. An answer with ok: false was refused for good.
        if (answer === undefined && retry) win.setTimeout(() => ask(false), RETRY_MS);
      },
      () => {
        if (retry) win.setTimeout(() => ask(false), RETRY_MS);
      },
    );
  };
  afterLoad(win, () => {
    // A page Chrome prerenders loads before the user sees it, maybe never: ask once it is shown (activated).
    const doc = win.document as Document & { prerendering?: boolean };
    if (doc.prerendering) doc.addEventListener('prerenderingchange', () => ask(true), { once: true });
    else ask(true);
  });
  return true;
}

const ext = (globalThis as { chrome?: { runtime?: LoaderRuntime } }).chrome;
if (ext?.runtime?.id && typeof document !== 'undefined') startLoader(window, ext.runtime);
