/**
 * Where the card sits, end to end (run per browser by `placement.chromium.test.ts` and `placement.firefox.test.ts`):
 * on every site fixture (X, Facebook, LinkedIn, Confluence, SharePoint, Notion, an intranet page) at 1366×768,
 * 1024×768 and 400×800, the card, asked to open, covers none of the main column's text elements, no compose box and
 * no send button (rectangles computed in the page, after the card settled); below 480 px it is a pill; where a side
 * of the window has room it opens there. The side button moves it to the other side, and the side is remembered for
 * the site (a reload keeps it).
 *
 * One browser (the `--grant-all` build, so the document groups run) and one tab for all sizes and sites; the intranet
 * page is the fixture served on a granted host that is one of the user's intranet sites (`intranetSites`), where the
 * generic reader runs.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { NARROW_PX } from '../../content/card/room';
import { columnOf } from '../../content/card-host';
import { confluence } from '../../content/sites/confluence';
import { facebook } from '../../content/sites/facebook';
import { generic } from '../../content/sites/generic';
import { linkedin } from '../../content/sites/linkedin';
import { notion } from '../../content/sites/notion';
import { sharepoint } from '../../content/sites/sharepoint';
import type { SiteModule } from '../../content/sites/types';
import { x } from '../../content/sites/x';
import type { BrowserName, E2EPage } from '../../scripts/e2e/index.mjs';
import { CARD_TIMEOUT, type Session, useSession } from './helpers';

/** The intranet page on a host the test build may read (`docs.google.com` outside `/document/`: the generic reader). */
const INTRANET_URL = 'https://docs.google.com/intranet/news/social-media';

interface Fixture {
  name: string;
  url: string;
  site: SiteModule;
  /** Send buttons of the fixture's compose box, when it has one. */
  send?: string;
}

const FIXTURES: Fixture[] = [
  { name: 'X', url: 'https://x.com/home', site: x, send: '[data-testid="tweetButtonInline"]' },
  { name: 'Facebook', url: 'https://www.facebook.com/', site: facebook },
  { name: 'LinkedIn', url: 'https://www.linkedin.com/feed/', site: linkedin },
  { name: 'Confluence', url: 'https://example.atlassian.net/wiki/spaces/KOMM/pages/123456/Social+Media+Strategie', site: confluence },
  { name: 'SharePoint', url: 'https://contoso.sharepoint.com/sites/Communications/SitePages/Social-Media.aspx', site: sharepoint },
  { name: 'Notion', url: 'https://www.notion.so/Kommunikationsstrategie-0123456789abcdef', site: notion },
  { name: 'intranet', url: INTRANET_URL, site: generic, send: 'form button, form [type="submit"]' },
];

const SIZES = [
  { width: 1366, height: 768 },
  { width: 1024, height: 768 },
  { width: 400, height: 800 },
] as const;

/** What {@link measure} finds: the card's shape and side, and what of the page it covers. */
interface Measured {
  room: string | null;
  side: string;
  /** The panel shows (visible, not just laid out for measuring). */
  panelShown: boolean;
  /** `text|compose|send <description>` for each covered element. */
  covered: string[];
  /** Elements of the main column found, in the window or not (a check that the selectors found the column). */
  measured: number;
  /** The card lies inside the window. */
  inside: boolean;
}

/**
 * In-page: the card's box (its host, which spans the bar, the status line and a shown panel) against the boxes of
 * the main column's text elements (the innermost matches of the site's text selector, outside what it excludes), its
 * compose boxes and their send buttons. Self-contained (serialised into the page).
 */
function measure(arg: {
  text: string;
  compose: string | null;
  exclude: string | null;
  send: string | null;
  posts: string | null;
}): Measured {
  const host = document.querySelector('[data-argumentarium]') as HTMLElement | null;
  const panel = host?.shadowRoot?.querySelector('.panel') as HTMLElement | null;
  const card = host?.getBoundingClientRect();
  const vw = document.documentElement.clientWidth;
  const vh = document.documentElement.clientHeight;
  const out: Measured = {
    room: host?.getAttribute('data-room') ?? null,
    side: host?.getAttribute('data-side') ?? 'right',
    panelShown: !!panel && !panel.hidden && getComputedStyle(panel).visibility === 'visible',
    covered: [],
    measured: 0,
    inside: !!card && card.left >= 0 && card.top >= 0 && card.right <= vw && card.bottom <= vh,
  };
  if (!card) return out;
  const check = (kind: string, el: Element): void => {
    out.measured++;
    const b = el.getBoundingClientRect();
    if (b.width <= 0 || b.height <= 0 || b.bottom <= 0 || b.top >= vh || b.right <= 0 || b.left >= vw) return;
    if (card.left < b.right && b.left < card.right && card.top < b.bottom && b.top < card.bottom) {
      const r = (n: number) => Math.round(n);
      out.covered.push(
        `${kind} <${el.localName}> ${(el.textContent ?? '').trim().slice(0, 40)} [${r(b.left)},${r(b.top)},${r(b.right)},${r(b.bottom)}]`,
      );
    }
  };
  const all = [...document.querySelectorAll(arg.text)];
  all.forEach((el, i) => {
    const next = all[i + 1];
    if (next && el.contains(next)) return;
    if (arg.exclude && el.closest(arg.exclude)) return;
    check('text', el);
  });
  if (arg.compose) for (const el of document.querySelectorAll(arg.compose)) check('compose', el);
  if (arg.send) for (const el of document.querySelectorAll(arg.send)) check('send', el);
  // The opened card keeps off a feed's whole post boxes, not only their text.
  if (arg.posts && out.room === 'open') for (const el of document.querySelectorAll(arg.posts)) check('post', el);
  return out;
}

async function setSize(page: E2EPage, size: { width: number; height: number }): Promise<void> {
  const raw = page.raw as {
    setViewportSize?(size: { width: number; height: number }): Promise<void>;
    setViewport?(size: { width: number; height: number }): Promise<void>;
  };
  await (raw.setViewportSize ?? raw.setViewport)?.call(raw, size);
}

/** Waits for the card, asks it to open (its pill), and waits until its placement has settled (same decision twice, 400 ms apart). */
async function openAndSettle(page: E2EPage): Promise<void> {
  await page.waitFor(
    () => !!document.querySelector('[data-argumentarium]')?.shadowRoot?.querySelector('[data-action="toggle"]'),
    undefined,
    {
      timeout: CARD_TIMEOUT,
      message: 'the card',
    },
  );
  const expanded = () =>
    document.querySelector('[data-argumentarium]')?.shadowRoot?.querySelector('.panel')?.hasAttribute('hidden') === false;
  if (!(await page.evaluate(expanded))) await page.clickDeep(['[data-argumentarium]', '[data-action="toggle"]']);
  await page.waitFor(expanded, undefined, { message: 'the card asked to open' });
  const decision = () => {
    const h = document.querySelector('[data-argumentarium]');
    const r = h?.getBoundingClientRect();
    return `${h?.getAttribute('data-room')}|${h?.getAttribute('data-side')}|${r && [r.left, r.top, r.right, r.bottom].map(Math.round).join(',')}`;
  };
  let last = '';
  for (let i = 0; i < 20; i++) {
    await new Promise((r) => setTimeout(r, 400));
    const now = await page.evaluate(decision);
    if (now === last) return;
    last = now;
  }
}

export function definePlacementSuite(name: BrowserName): void {
  describe(`${name}: where the card sits`, () => {
    const s: Session = useSession(name, { grantAll: true });
    let page: E2EPage;

    beforeAll(async () => {
      s.harness.server.addRoute({ host: 'docs.google.com', prefix: '/intranet/', file: 'intranet/page.html' });
      // The intranet page's host becomes one of the user's intranet sites, as the options page stores it.
      const options = await s.browser.newPage(s.browser.extensionUrl('options.html'));
      await options.evaluate(async () => {
        type Sync = { storage: { sync: { set(items: Record<string, unknown>): Promise<void> } } };
        const g = globalThis as unknown as { browser?: Sync; chrome: Sync };
        const api = g.browser ?? g.chrome;
        await api.storage.sync.set({ intranetSites: ['https://docs.google.com/intranet/*'] });
      });
      await options.close();
      page = await s.browser.newPage();
    });

    for (const size of SIZES) {
      test(`${size.width}×${size.height}: on every site the card covers no text of the main column, no compose box, no send button`, async () => {
        await setSize(page, size);
        const shapes: string[] = [];
        const problems: string[] = [];
        for (const f of FIXTURES) {
          await page.goto(f.url);
          await openAndSettle(page);
          const col = columnOf(f.site);
          const m = await page.evaluate(measure, {
            text: col.text,
            compose: col.compose ?? null,
            exclude: col.exclude ?? null,
            send: f.send ?? null,
            posts: col.posts ?? null,
          });
          shapes.push(`${f.name}: ${m.room} ${m.side}`);
          if (m.measured === 0) problems.push(`${f.name}: no element of the main column measured`);
          if (!m.inside) problems.push(`${f.name}: the card is not inside the window`);
          if ((m.room === 'open') !== m.panelShown) problems.push(`${f.name}: data-room ${m.room} but panel shown ${m.panelShown}`);
          for (const c of m.covered) problems.push(`${f.name} (${m.room} ${m.side}): covers ${c}`);
        }
        console.log(`${name} ${size.width}×${size.height}: ${shapes.join('; ')}`);
        expect(problems, shapes.join('; ')).toEqual([]);
        if (size.width < NARROW_PX) expect(shapes.filter((sh) => !sh.includes(' pill '))).toEqual([]);
        // Where the feed's column leaves a wide margin, the card opens beside it rather than standing back as a pill.
        if (size.width === 1366) expect(shapes.filter((sh) => /^(X|Facebook|LinkedIn):/.test(sh) && !sh.includes(' open '))).toEqual([]);
      });
    }

    test('the side button moves the card to the other side, and the side is remembered for the site', async () => {
      await setSize(page, { width: 1366, height: 768 });
      await page.goto('https://www.facebook.com/');
      await openAndSettle(page);
      const side = () => document.querySelector('[data-argumentarium]')?.getAttribute('data-side') ?? 'right';
      expect(await page.evaluate(side)).toBe('right');
      await page.clickDeep(['[data-argumentarium]', '[data-action="side"]']);
      await page.waitFor(() => document.querySelector('[data-argumentarium]')?.getAttribute('data-side') === 'left', undefined, {
        message: 'the card on the left',
      });
      // Still clear of the column on its new side.
      const col = columnOf(facebook);
      await openAndSettle(page);
      const there = await page.evaluate(measure, {
        text: col.text,
        compose: col.compose ?? null,
        exclude: null,
        send: null,
        posts: col.posts ?? null,
      });
      expect(there.covered).toEqual([]);
      // A new page of the same site: the card comes back on the left.
      await page.goto('https://www.facebook.com/');
      await openAndSettle(page);
      expect(await page.evaluate(side)).toBe('left');
      // Another site keeps its own side.
      await page.goto('https://www.linkedin.com/feed/');
      await openAndSettle(page);
      expect(await page.evaluate(side)).toBe('right');
      // And back: the button works by keyboard too (Enter on the focused button).
      await page.goto('https://www.facebook.com/');
      await openAndSettle(page);
      await page.evaluate(() =>
        (document.querySelector('[data-argumentarium]')?.shadowRoot?.querySelector('[data-action="side"]') as HTMLElement | null)?.focus(),
      );
      await page.press('Enter');
      await page.waitFor(() => document.querySelector('[data-argumentarium]')?.getAttribute('data-side') !== 'left', undefined, {
        message: 'the card back on the right after Enter on the side button',
      });
    });
  });
}
