/**
 * The end-to-end suite of the cards and the popup, and the proof that the extension sends no request, written once and run per browser by
 * `chromium.test.ts` and `firefox.test.ts` (two files so vitest runs the browsers in parallel workers).
 *
 * Pages are the fixtures of `tests/fixtures/` served under the real host names (x.com, www.facebook.com) through
 * the recording proxy; the extension is the real build (`dist/`). Expected arguments come from reading the fixture
 * texts, not from the ranking code: the timeline's posts are about fear of public criticism, the recruiting route
 * about attracting young applicants, the Facebook group about the staff newspaper, the LinkedIn feed's first post
 * about being visible as an employer to young talent; sport, weather and recipes must give no card.
 */
import { describe, expect, test } from 'vitest';
import type { BrowserName, E2EPage } from '../../scripts/e2e/index.mjs';
import { catalog } from '../../src/catalog/index';
import {
  cardCopy,
  expectNoCard,
  findLeaks,
  navigateInApp,
  openCard,
  readCard,
  readClipboardSoon,
  type Session,
  typeInto,
  useSession,
  waitForCard,
  waitForIds,
} from './helpers';
import { claimsOf, expectRank, squash, waitForArgumentIn, waitForSettledArgument } from './hostile-helpers';

/** X's Draft.js compose box (`data-testid="tweetTextarea_0"`). */
const X_EDITOR = '[data-testid="tweetTextarea_0"]';
/** Facebook's Lexical composer. */
const FB_EDITOR = '[data-lexical-editor][role="textbox"]';

/** Written for these tests: a compose-box text about attracting young applicants (→ employer-branding). */
const EMPLOYER_TEXT = 'Wir suchen dringend Nachwuchs. Wie werden wir als Arbeitgeber attraktiv für junge Bewerberinnen und Bewerber?';

/** Is the focus (the caret) still inside the editor matched by `selector`? */
function focusIn(page: E2EPage, selector: string): Promise<boolean> {
  return page.evaluate((sel: string) => document.activeElement?.closest(sel) != null, selector);
}

/** Defines the whole suite for one browser. */
export function defineExtensionSuite(name: BrowserName): void {
  describe(`${name}: Argumentarium end to end`, () => {
    const s: Session = useSession(name, { baseline: true });

    describe('x.com', () => {
      test('the card appears on the timeline with the criticism argument', async () => {
        const page = await s.open('https://x.com/home');
        const first = await waitForCard(page);
        expect(first.hosts).toBe(1);
        expect(first.open).toBe(true);
        const ids = await openCard(page);
        // The timeline's posts are about fear of public criticism: it comes first, and the card shows at most three.
        expect(ids[0]).toBe('criticism');
        expect(ids.length).toBeLessThanOrEqual(3);
        // The card never changes the page's own elements: it is the last child of <body>, outside the app root (where
        // a React 18 whole-document hydration tolerates it).
        const parent = await page.evaluate(() => document.querySelector('[data-argumentarium]')?.parentElement?.tagName);
        expect(parent).toBe('BODY');
      });

      test('no card on an irrelevant page (sport, weather, recipe)', async () => {
        const page = await s.open('https://x.com/sport');
        await page.waitFor(() => document.readyState === 'complete');
        const probe = await expectNoCard(page, 2000);
        expect(probe.ids).toEqual([]);
        expect(probe.visible && probe.hasToggle).toBe(false);
      });

      test('typing in the Draft.js compose box updates the card and keeps the caret', async () => {
        const page = await s.open('https://x.com/sport');
        await expectNoCard(page, 1000);
        await typeInto(page, X_EDITOR, EMPLOYER_TEXT);
        const ids = await waitForSettledArgument(page, 'employer-branding');
        expectRank(ids, 'employer-branding');
        expect(await focusIn(page, X_EDITOR)).toBe(true);
      });

      test('in-app navigation (pushState) updates the card', async () => {
        const page = await s.open('https://x.com/home');
        await waitForArgumentIn(page, 'criticism');
        await navigateInApp(page, '/recruiting/status/1790000000000000002');
        const ids = await waitForSettledArgument(page, 'employer-branding');
        expectRank(ids, 'employer-branding');
        await navigateInApp(page, '/sport');
        const after = await waitForIds(page, (i) => !i.includes('employer-branding'), 'the card to drop the previous page');
        expect(after).not.toContain('employer-branding');
        const gone = await expectNoCard(page, 1500);
        expect(gone.ids).toEqual([]);
      });

      test('copy from the card puts the argument on the clipboard', async () => {
        const page = await s.open('https://x.com/home');
        const ids = await openCard(page);
        expect(ids).toContain('criticism');
        await page.clickDeep(cardCopy('criticism'));
        const claims = claimsOf('criticism');
        const text = await readClipboardSoon(page, (t) => claims.some((c) => squash(t).includes(c)));
        expect(
          claims.some((c) => squash(text).includes(c)),
          `clipboard: ${JSON.stringify(text)}`,
        ).toBe(true);
      });

      test('copy from the card leaves the caret in the compose box', async () => {
        const page = await s.open('https://x.com/home');
        await typeInto(page, X_EDITOR, 'Angst vor Kritik? ');
        const ids = await waitForSettledArgument(page, 'criticism');
        expectRank(ids, 'criticism');
        await page.clickDeep(cardCopy('criticism'));
        await page.waitFor((sel: string) => document.activeElement?.closest(sel) != null, X_EDITOR, {
          timeout: 3000,
          message: 'the caret back in the compose box after the copy',
        });
        const claims = claimsOf('criticism');
        const text = await readClipboardSoon(page, (t) => claims.some((c) => squash(t).includes(c)));
        expect(
          claims.some((c) => squash(text).includes(c)),
          `clipboard: ${JSON.stringify(text)}`,
        ).toBe(true);
        // The copy changed nothing in the editor the user typed in.
        const typed = await page.evaluate((sel: string) => document.querySelector(sel)?.textContent ?? '', X_EDITOR);
        expect(squash(typed)).toBe('Angst vor Kritik?');
      });
    });

    describe('www.facebook.com', () => {
      test('the card appears on the feed with the criticism argument', async () => {
        const page = await s.open('https://www.facebook.com/');
        const ids = await openCard(page);
        expect(ids).toContain('criticism');
        const probe = await readCard(page);
        expect(probe.hosts).toBe(1);
      });

      test('in-app navigation to a group about the staff newspaper shows internal-communication', async () => {
        const page = await s.open('https://www.facebook.com/');
        await waitForArgumentIn(page, 'criticism');
        await navigateInApp(page, '/groups/kommunikation');
        const ids = await waitForSettledArgument(page, 'internal-communication');
        expectRank(ids, 'internal-communication');
      });

      test('no card on Marketplace; typing in the Lexical composer brings one, caret kept', async () => {
        const page = await s.open('https://www.facebook.com/');
        await waitForCard(page);
        await navigateInApp(page, '/marketplace');
        const none = await expectNoCard(page, 1500);
        expect(none.ids).toEqual([]);
        await typeInto(page, FB_EDITOR, EMPLOYER_TEXT);
        const ids = await waitForSettledArgument(page, 'employer-branding');
        expectRank(ids, 'employer-branding');
        expect(await focusIn(page, FB_EDITOR)).toBe(true);
      });
    });

    describe('www.linkedin.com', () => {
      test('the card appears on the feed with the employer-branding argument', async () => {
        const page = await s.open('https://www.linkedin.com/feed/');
        const first = await waitForCard(page);
        expect(first.hosts).toBe(1);
        const ids = await waitForSettledArgument(page, 'employer-branding');
        // Two posts make an argument, each beyond doubt (the staff newspaper, being visible as an employer): both lead
        // the card, in an order their near-equal totals decide, and the post about a certification adds nothing.
        expect(ids.length, `card: ${ids.join(',')}`).toBeLessThanOrEqual(3);
        expect(ids.slice(0, 2).sort(), `card: ${ids.join(',')}`).toEqual(['employer-branding', 'internal-communication']);
      });
    });

    describe('popup', () => {
      test('search "Kritik" puts criticism first, and its Copy button puts it on the clipboard', async () => {
        const popup = await s.open(s.browser.extensionUrl('popup.html'));
        const all = await popup.waitFor(
          () => {
            const ids = Array.from(document.querySelectorAll('[data-argument-id]')).map((e) => e.getAttribute('data-argument-id'));
            return ids.length > 0 ? ids : null;
          },
          undefined,
          { message: 'the popup to list arguments' },
        );
        for (const a of catalog) expect(all).toContain(a.id);
        await popup.clickDeep(['input[type="search"]']);
        await popup.type('Kritik');
        await popup.waitFor(
          () => document.querySelector('[data-argument-id]')?.getAttribute('data-argument-id') === 'criticism',
          undefined,
          {
            message: 'criticism first after searching "Kritik"',
          },
        );
        await popup.clickDeep(['[data-argument-id="criticism"] [data-action="copy"]']);
        // The clipboard is read through a web page (extension origins cannot be granted clipboard-read in Chromium).
        const reader = await s.open('https://x.com/sport');
        const claims = claimsOf('criticism');
        const text = await readClipboardSoon(reader, (t) => claims.some((c) => squash(t).includes(c)));
        expect(
          claims.some((c) => squash(text).includes(c)),
          `clipboard: ${JSON.stringify(text)}`,
        ).toBe(true);
      });
    });

    describe('privacy', () => {
      // Runs last: by then the proxy has recorded every host this browser asked for during the whole suite.
      test('the extension sends no request anywhere (hosts with it ⊆ hosts without it)', async () => {
        // Exercise the content script and the extension pages once more, so this test proves something when run alone.
        for (const url of [
          'https://x.com/home',
          'https://www.facebook.com/',
          s.browser.extensionUrl('popup.html'),
          s.browser.extensionUrl('options.html'),
        ]) {
          const p = await s.open(url).catch(() => undefined);
          if (p) await new Promise((r) => setTimeout(r, 1000));
        }
        const urls = [...new Set(s.visited.filter((u) => u.startsWith('https://')))];
        const baseline = await s.runBaseline(urls);
        // Read after the baseline run, so both browsers have lived equally long.
        const withExtension = { hosts: s.harness.proxy.hosts(), served: [...s.harness.server.log] };
        const leaks = findLeaks(withExtension, baseline);
        expect(leaks.hosts, `hosts asked for only with the extension (baseline: ${baseline.hosts.join(', ')})`).toEqual([]);
        // Nothing asked the pages' own hosts for anything either.
        expect(leaks.requests).toEqual([]);
        expect(leaks.fromExtensionPages).toEqual([]);
      });
    });
  });
}
