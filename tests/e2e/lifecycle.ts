/**
 * Extension lifecycle end to end, run per browser by `lifecycle.chromium.test.ts` and
 * `lifecycle.firefox.test.ts`: after the extension reloads (as after an update), the old content script notices
 * that its context is gone and removes its card, the new one takes over, and exactly one working card is on the
 * page, with no errors of ours on the way.
 *
 * The reload: Chromium runs `chrome.runtime.reload()` in the service worker (Playwright's worker `evaluate`);
 * Firefox runs `browser.runtime.reload()` from an extension page (the options page), the only extension context
 * the harness can reach there.
 */
import type { BrowserContext } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import type { BrowserName, E2EPage } from '../../scripts/e2e/index.mjs';
import { CARD_TIMEOUT, type Session, useSession } from './helpers';
import {
  claimsOf,
  copyFromCard,
  expectTitleShown,
  openWatched,
  ourErrors,
  squash,
  useWatchedPages,
  waitForArgumentIn,
} from './hostile-helpers';

/** The marker attribute the running content script puts on `<html>` (a fresh token per instance). */
const MARKER = 'data-argumentarium-content';

/** Reloads the extension in `s`'s browser. */
async function reloadExtension(s: Session, name: BrowserName): Promise<void> {
  if (name === 'chromium') {
    const context = s.browser.raw as BrowserContext;
    const worker = context.serviceWorkers().find((w) => w.url().startsWith(`${s.browser.extensionOrigin}/`));
    if (!worker) throw new Error('no service worker of the extension to reload it from');
    const next = context.waitForEvent('serviceworker', {
      timeout: 30_000,
      predicate: (w) => w.url().startsWith(`${s.browser.extensionOrigin}/`),
    });
    // The worker dies while answering; the evaluate's own failure is expected.
    await worker
      .evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload())
      .catch(() => {});
    // Not every reload is seen as a new worker by Playwright (seen once under load); the content-script checks
    // that follow are what count, so a missing event only ends the wait.
    await next.catch(() => undefined);
    return;
  }
  const ext = await s.browser.newPage();
  await ext.goto(s.browser.extensionUrl('options.html'));
  // The page goes away with the old extension; the evaluate may fail for that reason.
  await ext
    .evaluate(() => {
      setTimeout(() => (globalThis as unknown as { browser: { runtime: { reload(): void } } }).browser.runtime.reload(), 50);
    })
    .catch(() => {});
  await new Promise((r) => setTimeout(r, 1000));
  await ext.close();
}

/** Samples the number of card hosts for `ms` and returns the largest seen. */
async function maxHosts(page: E2EPage, ms: number): Promise<number> {
  const end = Date.now() + ms;
  let max = 0;
  while (Date.now() < end) {
    const n = await page.evaluate(() => document.querySelectorAll('[data-argumentarium]').length).catch(() => 0);
    max = Math.max(max, n);
    await new Promise((r) => setTimeout(r, 100));
  }
  return max;
}

/** Defines the lifecycle suite for one browser. */
export function defineLifecycleSuite(name: BrowserName): void {
  describe(`${name}: extension reload`, () => {
    const s: Session = useSession(name);
    const pages = useWatchedPages(name);

    test('after the extension reloads, exactly one working card is on the page and no errors of ours', async () => {
      const w = await openWatched(s, 'https://x.com/home', pages);
      await waitForArgumentIn(w.page, 'criticism');
      const before = await w.page.evaluate((m: string) => document.documentElement.getAttribute(m), MARKER);
      expect(before).toBeTruthy();

      await reloadExtension(s, name);
      await w.page.bringToFront();

      // The old instance lets go (its marker token leaves <html>): it noticed that its context is gone.
      await w.page.waitFor(
        ({ m, old }: { m: string; old: string }) => document.documentElement.getAttribute(m) !== old,
        { m: MARKER, old: before ?? '' },
        { timeout: CARD_TIMEOUT, message: 'the old content script to stop after the reload (its marker token gone)' },
      );
      // A new instance takes over (its own token on <html>), injected into the open tab by the new background.
      const after = await w.page.waitFor(
        ({ m, old }: { m: string; old: string }) => {
          const v = document.documentElement.getAttribute(m);
          return v && v !== old ? v : null;
        },
        { m: MARKER, old: before ?? '' },
        { timeout: CARD_TIMEOUT, message: 'a new content script in the open tab after the reload (new marker token)' },
      );
      expect(after).not.toBe(before);
      // …and never more than one card while the old one goes away (the liveness check runs every 3 s).
      expect(await maxHosts(w.page, 4000)).toBeLessThanOrEqual(1);
      await waitForArgumentIn(w.page, 'criticism');
      await expectTitleShown(w.page, 'criticism');
      expect(await w.page.evaluate(() => document.querySelectorAll('[data-argumentarium]').length)).toBe(1);

      // The card works with the new extension context: copying reaches the clipboard.
      const text = await copyFromCard(w.page, 'criticism');
      expect(
        claimsOf('criticism').some((c) => squash(text).includes(c)),
        `clipboard: ${JSON.stringify(text)}`,
      ).toBe(true);
      expect(ourErrors(w)).toEqual([]);
      expect(w.pageErrors).toEqual([]);
    });

    test('a page loaded after the reload gets exactly one card', async () => {
      const w = await openWatched(s, 'https://www.facebook.com/', pages);
      await waitForArgumentIn(w.page, 'criticism');
      await expectTitleShown(w.page, 'criticism');
      expect(await maxHosts(w.page, 1500)).toBe(1);
      expect(ourErrors(w)).toEqual([]);
    });
  });
}
