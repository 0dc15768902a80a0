/**
 * Pages that fight back, end to end (run per browser by `hostile-pages.chromium.test.ts` and
 * `hostile-pages.firefox.test.ts`); each fixture rebuilds a failure kind from public bug reports of other extensions:
 * - a server-rendered React 18 app that hydrates the whole document (`hydrateRoot(document, …)`) after the user has
 *   typed: the draft survives, hydration reports no mismatch, and the card is still there;
 * - a page that rewrites itself with `document.open()` / `document.write()` after load: the card comes back working
 *   (Copy writes the clipboard, a click on it leaves the focus in the compose box, typing reaches it);
 * - a post that is one text node of 1.2 million characters: its on-topic first sentence brings the card, and the
 *   background refuses nothing ("ranking unavailable" would be logged);
 * - mobile.x.com at 360×640: the card, collapsed and while the user writes (when it stays a pill: the window is
 *   narrower than `NARROW_PX`), covers none of the site's controls (the tab bar, the floating Post button, the header's
 *   Post button, the compose box) and stays in the window.
 */
import { build } from 'esbuild';
import { beforeAll, describe, expect, test } from 'vitest';
import type { BrowserName } from '../../scripts/e2e/index.mjs';
import { CARD_TIMEOUT, type Session, typeInto, useSession } from './helpers';
import { claimsOf, copyFromCard, openWatched, ourErrors, peekCard, squash, useWatchedPages, waitForArgumentIn } from './hostile-helpers';

/** The React page: the server-rendered document with the bundled client (React 18, production build) at the end of <body>. */
async function reactPage(): Promise<string> {
  const bundle = await build({
    entryPoints: ['tests/fixtures/hostile/react-hydrate.mjs'],
    bundle: true,
    write: false,
    format: 'iife',
    minify: true,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  const script = bundle.outputFiles[0]?.text ?? '';
  // Loaded by name: React is a devDependency for this fixture only, without its type packages.
  const specs = ['react', 'react-dom/server', '../fixtures/hostile/react-app.mjs'];
  const [react, server, app] = (await Promise.all(specs.map((m) => import(m)))) as [
    { createElement(type: unknown): unknown },
    { renderToString(node: unknown): string },
    { App: unknown },
  ];
  const html = server.renderToString(react.createElement(app.App));
  // `</script` cannot occur in the minified bundle's strings here; checked so a React upgrade cannot break the page silently.
  if (script.includes('</script')) throw new Error('the bundle contains </script');
  return `<!doctype html>${html.replace('</body>', `<script>${script}</script></body>`)}`;
}

const DRAFT = 'A draft the user typed before the app hydrated';

export function definePagesSuite(name: BrowserName): void {
  describe(`${name}: pages that fight back`, () => {
    const s: Session = useSession(name);
    const pages = useWatchedPages(name);
    beforeAll(async () => {
      s.harness.server.addRoute({ host: 'x.com', prefix: '/hostile-react/', body: await reactPage() });
      // Every `*.html` and `*.js` under /hostile/ is served from tests/fixtures/hostile/ (see routes.mjs).
      s.harness.server.addRoute({ host: 'x.com', prefix: '/hostile/', file: 'hostile/index.html' });
    });
    const open = (url: string) => openWatched(s, url, pages);

    test('React 18 hydrating the whole document after the user typed: the draft survives, no mismatch, the card stays', async () => {
      const w = await open('https://x.com/hostile-react/home');
      await waitForArgumentIn(w.page, 'criticism');
      await typeInto(w.page, '[data-testid="tweetTextarea_0"]', DRAFT);
      await w.page.evaluate(() => (window as unknown as { __hydrate(): void }).__hydrate());
      await w.page.waitFor(() => (window as unknown as { __hydrated: boolean }).__hydrated, undefined, {
        timeout: CARD_TIMEOUT,
        message: 'React to commit the hydration',
      });
      // A failed hydration re-renders on the client in a later task: give it time to show.
      await new Promise((r) => setTimeout(r, 1000));
      const after = await w.page.evaluate(() => ({
        draft: document.querySelector<HTMLTextAreaElement>('[data-testid="tweetTextarea_0"]')?.value,
        errors: (window as unknown as { __hydrationErrors: string[] }).__hydrationErrors,
      }));
      expect(after.errors).toEqual([]);
      expect(after.draft).toBe(DRAFT);
      expect((await w.page.evaluate(peekCard)).hosts).toBe(1);
    });

    test('document.open() and document.write() after load: the card starts over on the new document and works', async () => {
      const w = await open('https://x.com/hostile/rewrite.html');
      await waitForArgumentIn(w.page, 'criticism');
      await w.page.evaluate(() => (window as unknown as { __rewrite(): void }).__rewrite());
      await w.page.waitFor(() => document.title.startsWith('After'), undefined, { message: 'the rewritten document' });
      await waitForArgumentIn(w.page, 'criticism');
      expect((await w.page.evaluate(peekCard)).hosts).toBe(1);
      // Copy works: the click reaches a live listener, which writes the clipboard.
      const text = await copyFromCard(w.page, 'criticism');
      expect(
        claimsOf('criticism').some((c) => squash(text).includes(c)),
        `clipboard: ${JSON.stringify(text)}`,
      ).toBe(true);
      // The focus guard works: a click on the pill leaves the focus (and the caret) in the compose box.
      await typeInto(w.page, '[data-testid="tweetTextarea_0"]', 'We want to show our employees as the faces of the company. ');
      await w.page.clickDeep(['[data-argumentarium]', '[data-action="toggle"]']);
      expect(await w.page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('tweetTextarea_0');
      // Typing reaches the content script: what the user writes is ranked into the card.
      await waitForArgumentIn(w.page, 'faces');
      expect(w.pageErrors).toEqual([]);
    });

    test('one post of a single 1.2 MB text node: its on-topic opening brings the card, no request is refused', async () => {
      const w = await open('https://x.com/hostile/huge-post.html');
      expect(await w.page.evaluate(() => document.getElementById('huge')?.firstChild?.nodeValue?.length ?? 0)).toBeGreaterThan(1_000_000);
      await waitForArgumentIn(w.page, 'criticism');
      expect(w.console.filter((l) => /ranking unavailable|characters in one request/i.test(l))).toEqual([]);
      expect(ourErrors(w)).toEqual([]);
    });

    test('phone-sized window (360×640, mobile.x.com): the card covers no tab, Post button or compose box', async () => {
      const page = await s.browser.newPage();
      const raw = page.raw as {
        setViewportSize?(size: { width: number; height: number }): Promise<void>;
        setViewport?(size: { width: number; height: number }): Promise<void>;
      };
      await (raw.setViewportSize ?? raw.setViewport)?.call(raw, { width: 360, height: 640 });
      await page.close();
      const w = await open('https://x.com/hostile/mobile-x.html');
      const r = w.page.raw as typeof raw;
      await (r.setViewportSize ?? r.setViewport)?.call(r, { width: 360, height: 640 });
      expect(await w.page.evaluate(() => [innerWidth, innerHeight])).toEqual([360, 640]);
      await waitForArgumentIn(w.page, 'criticism');
      const overlaps = () => {
        const host = document.querySelector('[data-argumentarium]');
        const shadow = host?.shadowRoot;
        // The panel counts where it shows; a panel without room is laid out unseen (visibility: hidden) behind the pill.
        const parts = [shadow?.querySelector('.bar'), shadow?.querySelector('.panel:not([hidden])')].filter(
          (e): e is Element => !!e && getComputedStyle(e).visibility === 'visible',
        );
        const controls = [
          ...document.querySelectorAll(
            'nav a, [data-testid="FloatingActionButtons_Tweet_Button"], [data-testid="tweetButton"], [data-testid="tweetTextarea_0"]',
          ),
        ];
        const hits: string[] = [];
        for (const p of parts) {
          const a = p.getBoundingClientRect();
          if (a.left < 0 || a.top < 0 || a.right > innerWidth || a.bottom > innerHeight) hits.push(`${p.className} outside the window`);
          for (const c of controls) {
            const b = c.getBoundingClientRect();
            if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom)
              hits.push(`${p.className} over ${c.getAttribute('aria-label') ?? c.getAttribute('data-testid')}`);
          }
        }
        return { hits, parts: parts.length };
      };
      const collapsed = await w.page.evaluate(overlaps);
      expect(collapsed.hits).toEqual([]);
      // Writing would open the card (composing), but below NARROW_PX there is no side with room: it stays the pill,
      // its panel unseen, and clear of the controls.
      await typeInto(w.page, '[data-testid="tweetTextarea_0"]', 'Unsere Mitarbeitenden sollen die Gesichter des Unternehmens sein. ');
      await w.page.waitFor(
        () => !!document.querySelector('[data-argumentarium]')?.shadowRoot?.querySelector('.panel:not([hidden]) [data-argument-id]'),
        undefined,
        { timeout: CARD_TIMEOUT, message: 'the card asked to open by the draft' },
      );
      await new Promise((res) => setTimeout(res, 500));
      const writing = await w.page.evaluate(overlaps);
      expect(writing.parts).toBe(1);
      expect(writing.hits).toEqual([]);
      expect(await w.page.evaluate(() => document.querySelector('[data-argumentarium]')?.getAttribute('data-room'))).toBe('pill');
      // The site's own buttons are still what a tap reaches.
      const reach = await w.page.evaluate(() =>
        [
          '[data-testid="FloatingActionButtons_Tweet_Button"]',
          '[data-testid="AppTabBar_Notifications_Link"]',
          '[data-testid="tweetButton"]',
        ].map((sel) => {
          const b = document.querySelector(sel)?.getBoundingClientRect();
          return b ? document.elementFromPoint(b.left + b.width / 2, b.top + b.height / 2)?.closest(sel) !== null : false;
        }),
      );
      expect(reach).toEqual([true, true, true]);
    });
  });
}
