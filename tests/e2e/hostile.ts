/**
 * Hostile pages end to end, written once and run per browser by `hostile.chromium.test.ts` and
 * `hostile.firefox.test.ts`. The fixtures of `tests/fixtures/hostile/` are served under x.com and
 * www.facebook.com paths (where the manifest's static content script runs), the frames page under a Confluence
 * Cloud path with the test build that grants the Confluence group.
 *
 * On every page the card must appear with the argument the page's text calls for (read from the fixture texts:
 * they voice the fear of public criticism unless said otherwise), be readable (title and button ≥ 12 px, a title
 * colour with WCAG contrast ≥ 4.5 against the card's own background), be on top (`elementFromPoint` at the copy
 * button is our host), be clickable (the copy puts the claim on the clipboard), and nothing of ours may show up in
 * the page's errors or console.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { type BrowserName, type E2EPage, STRICT_CSP } from '../../scripts/e2e/index.mjs';
import { CARD_TIMEOUT, type Session, useSession } from './helpers';
import {
  claimsOf,
  copyFromCard,
  emulateColorScheme,
  expectRank,
  FOREIGN_TAGS,
  foreignInCard,
  idsOf,
  inspectArgument,
  luminance,
  openWatched,
  ourErrors,
  peekCard,
  squash,
  useWatchedPages,
  type Watched,
  waitForArgumentIn,
  waitForSettledArgument,
} from './hostile-helpers';
import { channelDistance, inverted, paintedColours, restoreFirefoxPref, setFirefoxPref } from './hostile-pixels';

/** Minimum readable font size in CSS px (the page's `font-size: 1px !important` must not reach the card). */
const MIN_PX = 12;
/** WCAG 2.x AA contrast for normal text. */
const MIN_CONTRAST = 4.5;

/** Adds the hostile routes to a session's fixture server (each test opens pages by these URLs). */
function addHostileRoutes(s: Session): void {
  for (const host of ['x.com', 'www.facebook.com']) {
    // Every `*.html`, `*.css`, `*.js` under /hostile/ is served from tests/fixtures/hostile/ (see routes.mjs).
    s.harness.server.addRoute({ host, prefix: '/hostile/', file: 'hostile/index.html' });
  }
  // The same CSP page with the strict policy as a response header (csp.js adds it as a meta tag on top).
  s.harness.server.addRoute({
    host: 'x.com',
    prefix: '/hostile-csp/',
    file: 'hostile/csp.html',
    headers: { 'content-security-policy': STRICT_CSP },
  });
}

/**
 * The common checks: the card lists `id`, exactly one host, readable, on top, copy works, no errors of ours.
 * @returns the ids the card showed
 */
async function expectUsableCard(w: Watched, id: string): Promise<string[]> {
  const { page } = w;
  const ids = await waitForSettledArgument(page, id);
  expectRank(ids, id);
  const peek = await page.evaluate(peekCard);
  expect(peek.hosts).toBe(1);
  const look = await page.waitFor(inspectArgument, id, { timeout: CARD_TIMEOUT, message: `argument ${id} measurable in the card` });
  expect(look.titlePx, 'title font-size (px)').toBeGreaterThanOrEqual(MIN_PX);
  expect(look.buttonPx, 'copy button font-size (px)').toBeGreaterThanOrEqual(MIN_PX);
  expect(look.titleColor).not.toMatch(/^(transparent|rgba\([^)]*,\s*0\))$/);
  expect(look.contrast, `title ${look.titleColor} on ${look.background || 'no background'}`).toBeGreaterThanOrEqual(MIN_CONTRAST);
  expect(look.inViewport).toBe(true);
  expect(look.onTop, `elementFromPoint at the copy button is ${look.topTag}`).toBe(true);
  const text = await copyFromCard(page, id);
  expect(
    claimsOf(id).some((c) => squash(text).includes(c)),
    `clipboard: ${JSON.stringify(text)}`,
  ).toBe(true);
  expect(ourErrors(w)).toEqual([]);
  expect(w.dialogs).toEqual([]);
  return ids;
}

/** CSP refusals in the console: an inline style or script of ours would show up here. */
function cspRefusals(w: Watched): string[] {
  return w.console.filter((l) => /inline style|style-src|refused to apply|script-src/i.test(l));
}

/** Defines the hostile-page suite for one browser. */
export function defineHostileSuite(name: BrowserName): void {
  describe(`${name}: hostile pages`, () => {
    const s: Session = useSession(name);
    const pages = useWatchedPages(name);
    beforeAll(() => addHostileRoutes(s));
    const open = (url: string) => openWatched(s, url, pages);

    test('CSS aimed at every element, html font-size 10px, letter-spacing, text-transform, html filter: invert(1)', async () => {
      const w = await open('https://x.com/hostile/css.html');
      await expectUsableCard(w, 'criticism');
      // The page's own rules still apply to the page (we changed nothing of it).
      const pageFont = await w.page.evaluate(() => getComputedStyle(document.querySelector('[data-testid="tweetText"]')!).fontSize);
      expect(pageFont).toBe('1px');
      expect(w.pageErrors).toEqual([]);
    });

    /**
     * `html { filter: invert(1) }`, colours as painted: the screenshot's colours of the card's background and title
     * equal the card's own (computed) theme colours, not their inversions. Tolerances: the background is a flat
     * fill (±6 per channel for colour management); the title's strongest stroke is taken, which anti-aliasing can
     * leave short of the full colour (±24).
     */
    async function expectOwnColours(w: Watched, scheme: 'light' | 'dark'): Promise<void> {
      await waitForArgumentIn(w.page, 'criticism');
      const c = await paintedColours(w.page, 'criticism');
      const own = `own ${c.own.background} / ${c.own.text}, painted ${c.painted.background} / ${c.painted.text}`;
      if (scheme === 'light') expect(luminance(`rgb(${c.own.background.join(',')})`), own).toBeGreaterThan(0.5);
      else expect(luminance(`rgb(${c.own.background.join(',')})`), own).toBeLessThan(0.2);
      expect(channelDistance(c.painted.background, c.own.background), own).toBeLessThanOrEqual(6);
      expect(channelDistance(c.painted.text, c.own.text), own).toBeLessThanOrEqual(24);
      // The page's inversion would be far off (≥ 200 per channel for these themes); the check above excludes it.
      expect(channelDistance(c.painted.background, inverted(c.own.background)), own).toBeGreaterThan(100);
      expect(ourErrors(w)).toEqual([]);
    }

    test("html filter: invert(1): the card's colours on screen are its own light theme's, not inverted", async () => {
      const w = await open('https://x.com/hostile/css.html');
      expect(await w.page.evaluate(() => getComputedStyle(document.documentElement).filter)).toBe('invert(1)');
      await expectOwnColours(w, 'light');
    });

    test("html filter: invert(1), dark user: the card's colours on screen are its own dark theme's", async () => {
      if (name === 'chromium') {
        const w = await open('https://x.com/hostile/css.html');
        await emulateColorScheme(w.page, 'dark');
        await expectOwnColours(w, 'dark');
        return;
      }
      // Firefox over WebDriver BiDi has no media emulation: the content's colour scheme is set by preference
      // (`layout.css.prefers-color-scheme.content-override`: 0 dark, 1 light, 2 browser theme).
      const pref = 'layout.css.prefers-color-scheme.content-override';
      const before = await setFirefoxPref(s.browser, pref, 0);
      try {
        const w = await open('https://x.com/hostile/css.html');
        expect(await w.page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
        await expectOwnColours(w, 'dark');
      } finally {
        await restoreFirefoxPref(s.browser, pref, before);
      }
    });

    test('dark RTL page: the card sets its own direction (ltr) and colours', async () => {
      const w = await open('https://www.facebook.com/hostile/dialog.html');
      expect(await w.page.evaluate(() => getComputedStyle(document.documentElement).direction)).toBe('rtl');
      await expectUsableCard(w, 'criticism');
      const look = await w.page.evaluate(inspectArgument, 'criticism');
      expect(look?.direction).toBe('ltr');
      // The card's background is its own, not the page's dark one (#18191a / #242526).
      expect(look?.background).not.toMatch(/^rgba?\((24, 25, 26|36, 37, 38)/);
    });

    test("dark page, light user: the card follows the user's colour scheme (light), not the page's", async () => {
      // Both headless browsers report prefers-color-scheme: light by default.
      const w = await open('https://www.facebook.com/hostile/dialog.html');
      expect(await w.page.evaluate(() => matchMedia('(prefers-color-scheme: light)').matches)).toBe(true);
      await waitForArgumentIn(w.page, 'criticism');
      const light = await w.page.waitFor(inspectArgument, 'criticism', { message: 'the card measurable' });
      expect(luminance(light.background), `card background ${light.background}`).toBeGreaterThan(0.5);
      expect(light.contrast).toBeGreaterThanOrEqual(MIN_CONTRAST);
      expect(ourErrors(w)).toEqual([]);
    });

    // Switching the scheme needs media emulation: Playwright has it for Chromium; Puppeteer's needs CDP, which
    // Firefox over WebDriver BiDi lacks, so Firefox has only the light-scheme test above.
    if (name === 'chromium') {
      test("dark user: the card turns dark with the user's colour scheme, still readable", async () => {
        const w = await open('https://www.facebook.com/hostile/dialog.html');
        await emulateColorScheme(w.page, 'dark');
        await waitForArgumentIn(w.page, 'criticism');
        const dark = await w.page.waitFor(inspectArgument, 'criticism', { message: 'the card measurable' });
        expect(luminance(dark.background), `card background ${dark.background}`).toBeLessThan(0.2);
        expect(dark.contrast).toBeGreaterThanOrEqual(MIN_CONTRAST);
        expect(ourErrors(w)).toEqual([]);
      });
    }

    test('compose box in a modal <dialog> (showModal, top layer) under a max-z-index overlay: card visible and clickable', async () => {
      const w = await open('https://www.facebook.com/hostile/dialog.html');
      await waitForArgumentIn(w.page, 'criticism');
      await w.page.clickDeep(['[data-open-composer]']);
      await w.page.waitFor(() => (document.getElementById('composer') as HTMLDialogElement | null)?.open === true, undefined, {
        message: 'the modal dialog to open',
      });
      await w.page.type('Hallo ');
      await expectUsableCard(w, 'criticism');
      // The copy left the caret in the dialog's editor and the dialog open: the page keeps working.
      const state = await w.page.evaluate(() => ({
        open: (document.getElementById('composer') as HTMLDialogElement).open,
        focusInDialog: !!document.activeElement?.closest('dialog [contenteditable]'),
        typed: document.querySelector('dialog [contenteditable]')?.textContent ?? '',
      }));
      expect(state.open).toBe(true);
      expect(state.focusInDialog).toBe(true);
      expect(state.typed).toContain('Hallo');
      expect(w.pageErrors).toEqual([]);
    });

    test('blocking full-screen overlay at the maximum z-index: the card is above it and the overlay still works', async () => {
      const w = await open('https://x.com/hostile/overlay.html');
      await expectUsableCard(w, 'criticism');
      // Clicks on the card did not reach the page's overlay; the overlay's own button still works.
      expect(await w.page.evaluate(() => (window as unknown as { __wallClicks: number }).__wallClicks)).toBe(0);
      await w.page.clickDeep(['#wall-button']);
      expect(await w.page.evaluate(() => (window as unknown as { __wallButton: number }).__wallButton)).toBe(1);
    });

    test('strict CSP as a response header: the card is styled (no inline styles refused)', async () => {
      const w = await open('https://x.com/hostile-csp/csp.html');
      const csp = await w.page.evaluate(() => (window as unknown as { __cspAdded?: boolean }).__cspAdded === true);
      expect(csp).toBe(true);
      await expectUsableCard(w, 'criticism');
      expect(cspRefusals(w)).toEqual([]);
    });

    test('strict CSP added later as a meta tag: the card is styled', async () => {
      const w = await open('https://x.com/hostile/csp.html');
      await w.page.waitFor(() => !!document.querySelector('meta[http-equiv="Content-Security-Policy"]'));
      await expectUsableCard(w, 'criticism');
      expect(cspRefusals(w)).toEqual([]);
    });

    test('framework that re-renders every 500 ms and removes foreign nodes: a few tries, then the card stays off', async () => {
      const w = await open('https://x.com/hostile/rerender.html');
      // The page removes our card within 500 ms of each attachment, so a poll can miss every one under load: an
      // observer in the page counts the attachments instead.
      await w.page.evaluate(() => {
        const page = window as unknown as { __attached: number };
        page.__attached = document.querySelectorAll('[data-argumentarium]').length;
        new MutationObserver((records) => {
          for (const r of records)
            for (const n of r.addedNodes) if (n instanceof Element && n.hasAttribute('data-argumentarium')) page.__attached++;
        }).observe(document.documentElement, { childList: true, subtree: true });
      });
      await w.page.waitFor(() => (window as unknown as { __attached: number }).__attached > 0, undefined, {
        timeout: CARD_TIMEOUT,
        message: 'our card attached at least once',
      });
      const renders = await w.page.evaluate(() => (window as unknown as { __renders: number }).__renders);
      // Put back after 1, 2 and 4 s and removed each time: by 20 renders (10 s) later the card has given up.
      await w.page.waitFor((n: number) => (window as unknown as { __renders: number }).__renders >= n + 20, renders, {
        timeout: CARD_TIMEOUT,
        message: 'twenty more re-renders',
      });
      const seen = await w.page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            let n = 0;
            const timer = setInterval(() => {
              n += document.querySelectorAll('[data-argumentarium]').length;
            }, 50);
            setTimeout(() => {
              clearInterval(timer);
              resolve(n);
            }, 3000);
          }),
      );
      expect(seen, 'samples with our card on the page in the last 3 s').toBe(0);
      // The page still renders: its own nodes are there, ours never inside its root.
      const root = await w.page.evaluate(() => ({
        posts: document.querySelectorAll('#root [data-testid="tweetText"]').length,
        oursInRoot: document.querySelectorAll('#root [data-argumentarium]').length,
      }));
      expect(root).toEqual({ posts: 3, oursInRoot: 0 });
      expect(w.pageErrors).toEqual([]);
    });

    test('editor that reverts foreign changes: we never touch it, and what the user types is scored', async () => {
      const w = await open('https://www.facebook.com/hostile/revert.html');
      await w.page.clickDeep(['[data-lexical-editor]']);
      await w.page.type('Wir haben Angst vor Kritik und einem Shitstorm, wenn Kunden uns öffentlich kritisieren.');
      await expectUsableCard(w, 'criticism');
      const state = await w.page.evaluate(() => ({
        reverts: (window as unknown as { __reverts: number }).__reverts,
        text: document.querySelector('[data-lexical-editor]')?.textContent ?? '',
      }));
      expect(state.reverts).toBe(0);
      expect(state.text).toContain('Angst vor Kritik');
      expect(w.pageErrors).toEqual([]);
    });

    test('page that replaces Array.prototype.map, JSON.stringify, history.pushState … and swallows our hello: content script unaffected', async () => {
      const w = await open('https://x.com/hostile/builtins.html');
      // The page's replacements are in force in its own world.
      const replaced = await w.page.evaluate(() => [1, 2].map((x) => x).length === 0 && JSON.stringify({ a: 1 }) === '{}');
      expect(replaced).toBe(true);
      await expectUsableCard(w, 'criticism');
      // The page cancelled and swallowed our start-up notice, and the card is there all the same.
      expect(await w.page.evaluate(() => (window as unknown as { __hellos: number }).__hellos)).toBeGreaterThanOrEqual(1);
      // In-app navigation through the page's wrapped pushState is still detected.
      await w.page.clickDeep(['a[data-nav][href="/hostile/builtins/jobs"]']);
      await w.page.waitFor(() => location.pathname === '/hostile/builtins/jobs', undefined, { message: 'in-app navigation' });
      const ids = await waitForSettledArgument(w.page, 'employer-branding');
      expectRank(ids, 'employer-branding');
      const pushes = await w.page.evaluate(() => (window as unknown as { __pushes: string[] }).__pushes.join(' '));
      expect(pushes).toContain('/hostile/builtins/jobs');
      expect(ourErrors(w)).toEqual([]);
    });

    test('user-written markup in posts is only text: no foreign element in our shadow root, no alert', async () => {
      const w = await open('https://x.com/hostile/markup.html');
      await expectUsableCard(w, 'criticism');
      expect(await w.page.evaluate(foreignInCard, FOREIGN_TAGS)).toBe('');
      // The page's escaped markup is still text on the page too (we did not turn it into elements).
      const page = await w.page.evaluate(() => ({
        imgs: document.querySelectorAll('img, svg, main script').length,
        text: document.querySelector('main')?.textContent ?? '',
      }));
      expect(page.imgs).toBe(0);
      expect(page.text).toContain('<img src=x onerror=alert(1)>');
      // Give any injected handler time to fire (onerror of a broken image fires within a task).
      await new Promise((r) => setTimeout(r, 500));
      expect(w.dialogs).toEqual([]);
      expect(w.pageErrors).toEqual([]);
    });

    test('the combined hostile page (global CSS, escaped markup, replaced built-ins) gets one usable card', async () => {
      const w = await open('https://x.com/hostile/index.html');
      await expectUsableCard(w, 'criticism');
      expect(await w.page.evaluate(foreignInCard, FOREIGN_TAGS)).toBe('');
    });
  });

  describe(`${name}: editors in iframes (Confluence group granted up front)`, () => {
    const s: Session = useSession(name, { grantAll: true });
    const pages = useWatchedPages(name);
    beforeAll(() => {
      s.harness.server.addRoute({ host: 'example.atlassian.net', prefix: '/wiki/hostile/', file: 'hostile/frames-confluence.html' });
    });

    test('an about:blank editor frame and a same-origin frame are read; exactly one card, from the top frame', async () => {
      const w = await openWatched(s, 'https://example.atlassian.net/wiki/hostile/frames', pages);
      const page: E2EPage = w.page;
      // The page's own text is neutral; criticism comes from the same-origin frame, internal-communication from the
      // about:blank editor (frames-inner.html and frames.js).
      await waitForArgumentIn(page, 'criticism');
      const ids = await waitForArgumentIn(page, 'internal-communication');
      expect(ids).toEqual(expect.arrayContaining(['criticism', 'internal-communication']));
      // Let every frame's content script start, then count cards in the top document and in both frames.
      await new Promise((r) => setTimeout(r, 1500));
      const counts = await page.evaluate(() => {
        const frames = document.querySelectorAll('iframe');
        let inFrames = 0;
        for (let i = 0; i < frames.length; i++) {
          inFrames += frames[i]!.contentDocument?.querySelectorAll('[data-argumentarium]').length ?? 0;
        }
        return { top: document.querySelectorAll('[data-argumentarium]').length, inFrames, frames: frames.length };
      });
      expect(counts).toEqual({ top: 1, inFrames: 0, frames: 2 });
      // The one card still shows what both frames said.
      expect(idsOf(await page.evaluate(peekCard))).toEqual(expect.arrayContaining(['criticism', 'internal-communication']));
      expect(ourErrors(w)).toEqual([]);
    });
  });
}
