/**
 * The content script's calls into the browser beyond messaging and the clipboard: its `runtime`, the
 * `storage.session` area (when the background opened it to content scripts), its few `storage.local` values, and
 * storage change events.
 * Small on purpose: the content script's bundle must not pull in `./storage` (it brings the settings validators).
 */
import { browser } from './browser';

/** `runtime` as the content script sees it (the polyfill's, promise-based in both browsers). */
export function contentRuntime(): unknown {
  return browser.runtime;
}

/**
 * `storage.session`, or `undefined` where it does not exist. Chrome exposes it to content scripts only after the
 * background calls `setAccessLevel('TRUSTED_AND_UNTRUSTED_CONTEXTS')`; until then its calls reject.
 */
export function sessionArea():
  | { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> }
  | undefined {
  return (browser.storage as { session?: typeof browser.storage.local }).session;
}

/**
 * Calls `listener(changes, area)` on every storage change until `signal` aborts. Removing the listener once the
 * extension context is gone throws in the browser; that is ignored (there is nothing left to remove).
 */
export function onStorageChangedUntil(listener: (changes: Record<string, unknown>, area: string) => void, signal: AbortSignal): void {
  if (signal.aborted) return;
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener(
    'abort',
    () => {
      try {
        browser.storage.onChanged.removeListener(listener);
      } catch {
        // The extension context is gone: nothing to remove.
      }
    },
    { once: true },
  );
}

/**
 * A value of `storage.local` that content scripts may read and write: the card's side per site
 * (`content/card-host.ts`). Small keys only; the settings stay with `./storage.ts`.
 */
export const localValues = {
  async get(key: string): Promise<unknown> {
    return (await browser.storage.local.get(key))[key];
  },
  async set(key: string, value: unknown): Promise<void> {
    await browser.storage.local.set({ [key]: value });
  },
};
