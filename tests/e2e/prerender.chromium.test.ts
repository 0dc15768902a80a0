/**
 * A real prerender in Chromium: a page with speculation rules (`tests/fixtures/hostile/prerender.html`) makes Chromium
 * prerender the next page (`prerendered.html`); the user follows the link, Chromium shows the prerendered page, and
 * the card must appear on it. Before the loader waited for activation, its `load-content` message came from a
 * prerendered frame (non-zero `frameId`, `documentLifecycle: "prerender"`), the background refused it for good,
 * and the page never got a card.
 *
 * Why Puppeteer here, not the suite's Playwright launcher: Chromium does not prerender for a page that has a
 * DevTools session attached without tab-target support (`devtools_instrumentation::IsPrerenderAllowed` checks
 * `HasSessionsWithoutTabTargetSupport()`; the prerender ends with the final status `PrerenderingDisabledByDevTools`,
 * seen with Playwright 1.65 and Chromium 156, whose sessions attach to pages directly). Puppeteer attaches through
 * tab targets, and with it Chromium prerenders. After the activation Puppeteer's page object no longer answers
 * (its frame was swapped), so the test reads the shown page through a new CDP session on its target.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type CDPSession } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CHROMIUM_PATH, extensionDir, type Harness, startHarness } from '../../scripts/e2e/index.mjs';
import { CARD_TIMEOUT, type CardProbe, probeCard } from './helpers';

const START = '/hostile/prerender.html';
const NEXT = '/hostile/prerendered.html';
const NEXT_SCRIPT = '/hostile/prerendered.js';

/** What `prerendered.html` recorded about itself, and its navigation entry's `activationStart` (ms). */
interface PrerenderRecord {
  atStart: boolean;
  cardAtActivation: boolean | null;
  activationStart: number;
}

/** Evaluates `fn(arg)` in the page of `session` and returns its JSON value. */
async function evaluateIn<R, A>(session: CDPSession, fn: (arg: A) => R, arg: A): Promise<R> {
  const r = await session.send('Runtime.evaluate', { expression: `(${fn.toString()})(${JSON.stringify(arg)})`, returnByValue: true });
  if (r.exceptionDetails) throw new Error(`in the page: ${r.exceptionDetails.exception?.description ?? r.exceptionDetails.text}`);
  return r.result.value as R;
}

/** Polls `read` until it gives a value (not null) for which `ok` holds; throws after `timeout` ms with the last value. */
async function pollUntil<T>(read: () => Promise<T | null>, ok: (v: T) => boolean, message: string, timeout = CARD_TIMEOUT): Promise<T> {
  const deadline = Date.now() + timeout;
  let last: T | null = null;
  for (;;) {
    last = await read().catch(() => null);
    if (last !== null && ok(last)) return last;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${message}; last: ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

/** In-page: the centre of the card's toggle in viewport pixels, or null while there is none. */
function toggleCentre(): { x: number; y: number } | null {
  const t = document.querySelector('[data-argumentarium]')?.shadowRoot?.querySelector('[data-action="toggle"]');
  const r = t?.getBoundingClientRect();
  return r && r.width > 0 ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
}

describe('chromium: a prerendered page', () => {
  let harness: Harness;
  let browser: Browser;
  let profile: string;

  beforeAll(async () => {
    harness = await startHarness();
    // Every `*.html` under /hostile/ is served from tests/fixtures/hostile/ (see routes.mjs).
    harness.server.addRoute({ host: 'x.com', prefix: '/hostile/', file: 'hostile/index.html' });
    profile = mkdtempSync(join(tmpdir(), 'argumentarium-prerender-'));
    browser = await puppeteer.launch({
      browser: 'chrome',
      executablePath: CHROMIUM_PATH,
      headless: true,
      pipe: true,
      enableExtensions: [resolve(extensionDir('chromium'))],
      userDataDir: profile,
      defaultViewport: { width: 1280, height: 800 },
      // The flags of the suite's Chromium launcher (scripts/e2e/browsers.mjs), for the same reasons.
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-dev-shm-usage',
        `--proxy-server=http://127.0.0.1:${harness.proxy.port}`,
        '--ignore-certificate-errors',
        '--lang=en-US',
      ],
      protocolTimeout: 60_000,
      timeout: 60_000,
    });
    // The install opens the onboarding tab in front. A prerender shown in a background tab is cancelled
    // (`ActivatedInBackground`), so it is closed before the test's tab comes to the front.
    const onboarding = await browser.waitForTarget((t) => t.url().endsWith('/onboarding.html'), { timeout: 20_000 }).catch(() => null);
    await (await onboarding?.page())?.close();
  });

  afterAll(async () => {
    await browser?.close().catch(() => {});
    await harness?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  test('the page Chromium prerendered gets the card once it is shown, and nothing ran in it before', async () => {
    const page = await browser.newPage();
    await page.bringToFront();
    await page.goto(harness.server.url('x.com', START), { waitUntil: 'load' });
    const requestsOfNext = () => harness.server.log.filter((r) => r.host === 'x.com' && r.path === NEXT).length;
    // prerendered.js asks for itself with `?loaded` once the prerendered page has loaded (and is still hidden).
    const loaded = () => harness.server.log.some((r) => r.path === NEXT_SCRIPT && r.search === '?loaded');
    await pollUntil(async () => loaded(), Boolean, `Chromium to prerender ${NEXT} and load it`);
    // A real click on the link: the navigation the speculation rule foresaw.
    const link = await page.$eval('#next', (a) => {
      const r = a.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    await page.mouse.click(link.x, link.y);

    const tab = await pollUntil(
      async () => (await browser.pages()).find((p) => p.url().endsWith(NEXT)) ?? null,
      Boolean,
      `the tab to show ${NEXT}`,
    );
    const shown = await tab.target().createCDPSession();
    const card: CardProbe = await pollUntil(() => evaluateIn(shown, probeCard, true), Boolean, 'the card on the shown page');
    if (card.ids.length === 0) {
      const at = await pollUntil(() => evaluateIn(shown, toggleCentre, undefined), Boolean, 'the card toggle');
      for (const type of ['mousePressed', 'mouseReleased'] as const) {
        await shown.send('Input.dispatchMouseEvent', { type, x: at.x, y: at.y, button: 'left', clickCount: 1 });
      }
    }
    const ids = await pollUntil(
      async () => (await evaluateIn(shown, probeCard, false))?.ids ?? [],
      (list) => list.includes('criticism'),
      'criticism in the card',
    );
    const record = await evaluateIn(
      shown,
      () => {
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming & { activationStart: number };
        const seen = (window as unknown as { __prerender: Omit<PrerenderRecord, 'activationStart'> }).__prerender;
        return { ...seen, activationStart: nav.activationStart };
      },
      undefined,
    );

    // Really prerendered: loaded while prerendering, shown later, and not loaded again by the click.
    expect(record.atStart).toBe(true);
    expect(record.activationStart).toBeGreaterThan(0);
    expect(requestsOfNext()).toBe(1);
    // The content script waited until the page was shown, and the card came then.
    expect(record.cardAtActivation).toBe(false);
    expect(ids).toContain('criticism');
  });
});
