/**
 * End-to-end checks of the side panel, run per browser by `sidepanel.chromium.test.ts` and `sidepanel.firefox.test.ts`
 * with the test build (`dist-test/`: the document groups granted up front) on the Confluence fixture.
 *
 * Neither browser lets a headless test drive its real side panel (Chrome's side panel and Firefox's sidebar are
 * browser UI, and `sidePanel.open` / `sidebarAction.open` need a user gesture in that UI), so the panel page is opened
 * as a tab with the document's tab id in its URL (`sidepanel.html?tab=<id>`, see `src/sidepanel/index.tsx`): the same
 * page, the same port to the document's content script, only pinned to that tab instead of following the active one.
 * The document's window is made short (420 px) so that the document scrolls.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { describe, expect, test } from 'vitest';
import type { BrowserName, E2EPage } from '../../scripts/e2e/index.mjs';
import { axe, describeViolations } from './axe';
import { CARD_TIMEOUT, OUT_DIR, type Session, useSession, waitForCard } from './helpers';

const DOC = 'https://example.atlassian.net/wiki/spaces/KOMM/pages/123456/Social+Media+Strategie';
/** The fixture's headings, in document order. */
const HEADINGS = ['Ausgangslage', 'Bedenken', 'Personalgewinnung', 'Nächste Schritte'];

/** Sets the viewport of `page` in either browser. */
async function setViewport(page: E2EPage, width: number, height: number): Promise<void> {
  if (page.browserName === 'chromium') await (page.raw as PlaywrightPage).setViewportSize({ width, height });
  else await (page.raw as PuppeteerPage).setViewport({ width, height });
}

/** What the panel lists: per section its heading (without the "in view" mark), argument ids and whether it is in view. */
interface Listed {
  heading: string;
  ids: string[];
  current: boolean;
  quotes: number;
}

/**
 * Opens the Confluence fixture in a short window and the panel page pinned to its tab.
 * @returns both pages
 */
async function openDocumentAndPanel(s: Session): Promise<{ doc: E2EPage; panel: E2EPage }> {
  const doc = await s.open(DOC);
  await setViewport(doc, 1000, 420);
  await waitForCard(doc);
  const panel = await s.open(s.browser.extensionUrl('sidepanel.html?tab=0'));
  const tabId = await panel.waitFor(
    async (url: string) => {
      type Tabs = { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } };
      const g = globalThis as unknown as { browser?: Tabs; chrome: Tabs };
      const tabs = await (g.browser ?? g.chrome).tabs.query({});
      return tabs.find((t) => t.url?.startsWith(url))?.id ?? null;
    },
    DOC,
    { message: 'the document tab’s id' },
  );
  await panel.goto(s.browser.extensionUrl(`sidepanel.html?tab=${tabId}`));
  return { doc, panel };
}

/** Defines the side-panel suite for one browser. */
export function defineSidePanelSuite(name: BrowserName): void {
  describe(`${name}: side panel on a document`, () => {
    const s: Session = useSession(name, { grantAll: true });

    test('lists the sections by heading; a quote scrolls the document to it; the section in view follows', async () => {
      const { doc, panel } = await openDocumentAndPanel(s);
      const sections = await panel.waitFor(
        (): Listed[] | null => {
          // In the page (serialised): nothing from outside this function is in scope.
          const l = Array.from(document.querySelectorAll<HTMLElement>('[data-section]'), (sec) => ({
            heading: sec.querySelector('h3 button, h3')?.firstChild?.textContent?.trim() ?? '',
            ids: Array.from(sec.querySelectorAll<HTMLElement>('[data-argument-id]'), (a) => a.dataset.argumentId ?? ''),
            current: sec.getAttribute('aria-current') === 'location',
            quotes: sec.querySelectorAll('[data-action="reveal"]').length,
          }));
          return l.some((x) => x.ids.includes('criticism')) ? l : null;
        },
        undefined,
        { timeout: CARD_TIMEOUT, message: 'the panel to list the document’s sections' },
      );
      expect(sections.map((x) => x.heading).filter((h) => HEADINGS.includes(h))).toEqual(HEADINGS);
      expect(sections.find((x) => x.heading === 'Bedenken')?.ids).toContain('criticism');
      // At the top of the document, the first section is the one in view.
      expect(sections.findIndex((x) => x.current)).toBe(0);

      // The last section with a quote lies below the fold of the 420 px window.
      const target = sections
        .map((x, i) => (x.quotes > 0 ? i : -1))
        .filter((i) => i >= 0)
        .at(-1)!;
      expect(target).toBeGreaterThan(0);
      const quote = await panel.evaluate(
        (i: number) => document.querySelector(`[data-section="${i}"] [data-action="reveal"]`)?.textContent ?? '',
        target,
      );
      expect(await doc.evaluate(() => window.scrollY)).toBe(0);
      await panel.clickDeep([`[data-section="${target}"] [data-action="reveal"]`]);
      // The real side panel sits beside a visible document (the scroll position is checked in front either way).
      await doc.bringToFront();
      const shown = await doc.waitFor(
        (q: string) => {
          const el = Array.from(document.querySelectorAll('.ak-renderer-document p, .ak-renderer-document li')).find((e) =>
            (e.textContent ?? '').replace(/\s+/g, ' ').includes(q.replace(/…$/, '').trim()),
          );
          const r = el?.getBoundingClientRect();
          return r && window.scrollY > 0 && r.top >= 0 && r.bottom <= window.innerHeight ? { y: window.scrollY } : null;
        },
        quote,
        { timeout: 5000, message: `the document to scroll to “${quote}”` },
      );
      expect(shown.y).toBeGreaterThan(0);
      const current = await panel.waitFor(
        (i: number) => {
          const c = document.querySelector('[aria-current="location"]')?.getAttribute('data-section');
          return c === String(i) ? c : null;
        },
        target,
        { timeout: 5000, message: `section ${target} marked as the one in view` },
      );
      expect(current).toBe(String(target));
    });

    if (name === 'chromium') {
      test.each(['light', 'dark'] as const)('axe finds no violations in the panel (%s)', async (scheme) => {
        const { panel } = await openDocumentAndPanel(s);
        await (panel.raw as PlaywrightPage).emulateMedia({ colorScheme: scheme });
        await panel.waitFor(() => document.querySelectorAll('[data-argument-id]').length > 0, undefined, {
          timeout: CARD_TIMEOUT,
          message: 'the panel to list arguments',
        });
        mkdirSync(join(OUT_DIR, '..', 'a11y'), { recursive: true });
        await panel.screenshot(join(OUT_DIR, '..', 'a11y', `sidepanel-${scheme}.png`));
        const { violations, contrastPasses } = await axe(panel);
        expect(violations, describeViolations(violations)).toEqual([]);
        expect(contrastPasses, 'axe computed the contrast of some text').toBeGreaterThan(0);
        // The briefing tab, with one argument added from the document tab.
        await panel.clickDeep(['[data-argument-id="criticism"] [data-action="brief"]']);
        await panel.clickDeep(['#ptab-briefing']);
        const briefing = await axe(panel);
        expect(briefing.violations, describeViolations(briefing.violations)).toEqual([]);
      });
    }
  });
}
