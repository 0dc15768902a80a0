/**
 * Waiting for the page's `load` event: the one thing the content script does before it ("the content
 * script's own work before the page's `load` event is under 5 ms of main-thread time"). Used by the static loader
 * (`./loader.ts`), which asks for the content script proper only then.
 * No imports: it is part of the loader, whose evaluation is all we spend before `load`.
 */

/**
 * Longest wait for the page's `load` event before starting anyway (milliseconds): a page whose `load` never comes
 * (a hanging image) still gets its hints.
 */
export const LOAD_WAIT_MS = 5000;

/**
 * Runs `begin` once the page has loaded, or after {@link LOAD_WAIT_MS} at the latest; right away when it already has.
 * @param win the page's window (its `document.readyState`, `load` event and timers)
 * @param begin called exactly once
 */
export function afterLoad(win: Window, begin: () => void): void {
  if (win.document.readyState === 'complete') {
    begin();
    return;
  }
  let started = false;
  const once = (): void => {
    if (started) return;
    started = true;
    win.clearTimeout(timer);
    win.removeEventListener('load', once);
    begin();
  };
  const timer = win.setTimeout(once, LOAD_WAIT_MS);
  win.addEventListener('load', once);
}
