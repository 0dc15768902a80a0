/**
 * Today's markup of the social sites end to end in a real browser (run per browser by `real-markup.chromium.test.ts`
 * and `real-markup.firefox.test.ts`), on fixture pages served under the real host names:
 * - LinkedIn's 2026 feeds (July and May shapes) and an X Article bring the card with the right argument;
 * - typing into a private message box (Messenger on facebook.com, LinkedIn's messaging page and overlay, X's direct
 *   messages, drawer and Chat) brings no card and nothing of it reaches the background: the page report, which holds
 *   the compose box's ranking whenever it was scored, stays empty; the same keys in an ordinary comment box do bring
 *   the card (the control);
 * - a LinkedIn page whose posts are in markup the extension does not know: the popup says the layout is not
 *   recognised, the card says nothing, and the page's host gets no request.
 *
 * The page report is asked from an extension page with `tabs.sendMessage`, as the popup asks it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { type BrowserName, type E2EPage, FIXTURES } from '../../scripts/e2e/index.mjs';
import type { PageReport } from '../../src/messages';
import { CARD_TIMEOUT, expectNoCard, type Session, typeInto, useSession } from './helpers';
import { expectRank, uiStrings, waitForArgumentIn, waitForSettledArgument } from './hostile-helpers';

/** On-topic words for the message boxes (the fear of public criticism, and recruiting). */
const SECRET = 'Unser Chef fuerchtet einen Shitstorm und Kritik, und wir finden keine Bewerber mehr';

/** In-page (extension page): the content script's page report for the tab at `url`, as the popup asks for it. */
async function askReport(url: string): Promise<PageReport | null> {
  const g = globalThis as unknown as { browser?: unknown; chrome?: unknown };
  const api = (g.browser ?? g.chrome) as {
    tabs: { query(q: object): Promise<{ id?: number; url?: string }[]>; sendMessage(id: number, m: unknown): Promise<unknown> };
  };
  const tab = (await api.tabs.query({})).find((t) => t.url === url);
  if (tab?.id === undefined) return null;
  return (await api.tabs.sendMessage(tab.id, { type: 'page-report' })) as PageReport;
}

/** In-page (extension page): makes the tab at `url` the active one of its window (the popup reports on that tab). */
async function activate(url: string): Promise<boolean> {
  const g = globalThis as unknown as { browser?: unknown; chrome?: unknown };
  const api = (g.browser ?? g.chrome) as {
    tabs: { query(q: object): Promise<{ id?: number; url?: string }[]>; update(id: number, p: object): Promise<unknown> };
  };
  const tab = (await api.tabs.query({})).find((t) => t.url === url);
  if (tab?.id === undefined) return false;
  await api.tabs.update(tab.id, { active: true });
  return true;
}

/** Opens `url` and waits until the content script runs there (its marker on `<html>`). */
async function openRead(s: Session, url: string): Promise<E2EPage> {
  const page = await s.open(url);
  await page.waitFor(() => document.documentElement.hasAttribute('data-argumentarium-content'), undefined, {
    timeout: CARD_TIMEOUT,
    message: 'the content script to start',
  });
  return page;
}

/** The private message boxes: the page, the box, and the page's status for the popup afterwards. */
const PRIVATE: { name: string; url: string; editor: string; status: PageReport['status'][] }[] = [
  {
    name: 'Messenger chat window on facebook.com',
    url: 'https://www.facebook.com/kiosk.demo',
    editor: '[aria-label="Message"]',
    status: ['ok'],
  },
  {
    name: 'Messenger at facebook.com/messages/',
    url: 'https://www.facebook.com/messages/t/100000000000001/',
    editor: '[aria-label="Message"]',
    status: ['private'],
  },
  { name: 'LinkedIn messaging overlay', url: 'https://www.linkedin.com/jobs/', editor: '.msg-form__contenteditable', status: ['empty'] },
  {
    name: 'LinkedIn /messaging/',
    url: 'https://www.linkedin.com/messaging/thread/2-example/',
    editor: '.msg-form__contenteditable',
    status: ['private'],
  },
  { name: 'X direct messages', url: 'https://x.com/messages/100-200', editor: '[data-testid="dmComposerTextInput"]', status: ['private'] },
  { name: 'X message drawer', url: 'https://x.com/kiosk_demo', editor: '[data-testid="dmComposerTextInput"]', status: ['ok'] },
  { name: 'X Chat', url: 'https://x.com/i/chat/100-200', editor: '[data-testid="dm-composer-textarea"]', status: ['private'] },
];

/** Defines the suite for one browser. */
export function defineRealMarkupSuite(name: BrowserName): void {
  describe(`${name}: today's markup of the social sites`, () => {
    const s: Session = useSession(name);

    async function report(url: string): Promise<PageReport> {
      const ext = await s.open(s.browser.extensionUrl('options.html'));
      const r = await ext.evaluate(askReport, url);
      if (!r) throw new Error(`no tab at ${url}`);
      return r;
    }

    test.each([
      ['LinkedIn feed, July 2026 shape', 'https://www.linkedin.com/feed/following/', 'employer-branding'],
      ['LinkedIn feed, May 2026 shape', 'https://www.linkedin.com/feed/recent/', 'criticism'],
      ['X Article on a /status/ page', 'https://x.com/stadtwerk_demo/status/1900000000000000001', 'criticism'],
    ])('%s: the card shows the right argument', async (_label, url, id) => {
      const page = await openRead(s, url);
      expectRank(await waitForSettledArgument(page, id), id);
    });

    test('X Article: read as a document, the popup gets its sections', async () => {
      const url = 'https://x.com/stadtwerk_demo/status/1900000000000000001';
      const page = await openRead(s, url);
      await waitForArgumentIn(page, 'criticism');
      const r = await report(url);
      expect(r.site).toBe('x-article');
      expect(r.title).toBe('Why we finally opened our company account');
      expect(r.sections?.map((x) => x.heading)).toContain('The fear of the comments');
      expect(r.objections?.some((o) => o.argumentId === 'criticism')).toBe(true);
    });

    for (const c of PRIVATE) {
      test(`${c.name}: typing a message brings no card and nothing of it reaches the background`, async () => {
        const page = await openRead(s, c.url);
        await typeInto(page, c.editor, SECRET);
        // The compose box is scored 400 ms after the last key; give it that several times over.
        await new Promise((r) => setTimeout(r, 2500));
        const probe = await expectNoCard(page, 1500);
        expect(probe.hosts).toBe(0);
        const r = await report(c.url);
        expect(r.ranked).toEqual([]);
        expect(c.status).toContain(r.status);
        // The message is still there: the browser took the keys, the extension left them alone.
        const typed = await page.evaluate((sel: string) => {
          const el = document.querySelector(sel);
          return el instanceof HTMLTextAreaElement ? el.value : (el?.textContent ?? '');
        }, c.editor);
        expect(typed).toContain('Shitstorm');
      });
    }

    test('the control: the same keys in the LinkedIn 2026 comment box bring the card with the argument they call for', async () => {
      const page = await openRead(s, 'https://www.linkedin.com/feed/following/');
      await waitForArgumentIn(page, 'employer-branding');
      await typeInto(page, '[aria-label="Text editor for creating comment"]', SECRET);
      // The typed text makes two cases, criticism and recruiting: the card shows both first, in the model's order.
      const ids = await waitForSettledArgument(page, 'criticism');
      expect(ids.length).toBeLessThanOrEqual(3);
      expect([...ids.slice(0, 2)].sort()).toEqual(['criticism', 'employer-branding']);
    });

    test('a LinkedIn layout the extension does not know: the popup says so, the card does not, no request goes out', async () => {
      // Today's feed with every route of the LinkedIn module taken away: test ids, component keys, list items.
      const body = readFileSync(join(FIXTURES, 'linkedin', 'feed-2026.html'), 'utf8').replace(
        /\s(data-testid|componentkey)="[^"]*"|\srole="listitem"/g,
        '',
      );
      s.harness.server.addRoute({ host: 'www.linkedin.com', prefix: '/feed/tomorrow/', body });
      const url = 'https://www.linkedin.com/feed/tomorrow/';
      const page = await openRead(s, url);
      const served = s.harness.server.log.length;
      // Reported once the page has been followed for a while (3 s) without a post found.
      const deadline = Date.now() + CARD_TIMEOUT;
      let r = await report(url);
      while (r.status !== 'unrecognised' && Date.now() < deadline) {
        await new Promise((res) => setTimeout(res, 500));
        r = await report(url);
      }
      expect(r.status).toBe('unrecognised');
      expect(r.siteName).toBe('LinkedIn');
      expect((await expectNoCard(page, 500)).hosts).toBe(0);

      // The popup over that tab: opened in the same window, the LinkedIn tab made active, the popup loaded again.
      const popupUrl = s.browser.extensionUrl('popup.html');
      const popup = await s.open(popupUrl);
      expect(await popup.evaluate(activate, url)).toBe(true);
      await popup.goto(popupUrl);
      const wanted = uiStrings('popupPageUnrecognised', 'LinkedIn');
      const text = await popup.waitFor(
        (w: string[]) => {
          const t = document.querySelector('[data-page-state]')?.textContent ?? '';
          return w.includes(t) ? t : null;
        },
        wanted,
        { timeout: CARD_TIMEOUT, message: 'the popup to say the layout is not recognised' },
      );
      expect(wanted).toContain(text);
      // Nothing was asked of the page's host after it loaded (a favicon aside).
      const after = s.harness.server.log.slice(served).filter((q) => q.host === 'www.linkedin.com' && q.path !== '/favicon.ico');
      expect(after).toEqual([]);
    });
  });
}
