/**
 * Helpers for the e2e suites: one browser per suite with the built extension loaded behind the recording proxy,
 * pages tracked per test (screenshot to `out/e2e/` when a test fails, closed afterwards), and in-page probes of the
 * card that follow its testing contract:
 * - the card's host element has `data-argumentarium` and an open shadow root;
 * - each argument is an element with `data-argument-id` containing its `data-action="copy"` button;
 * - a collapsed card opens with `data-action="toggle"` (while collapsed it may hold no argument elements);
 * - the popup's search box is its first `input[type="search"]`.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll } from 'vitest';
import {
  type BrowserName,
  type E2EBrowser,
  type E2EPage,
  extensionDir,
  type Harness,
  launchBrowser,
  makeStubExtension,
  ROOT,
  type ServedRequest,
  startHarness,
} from '../../scripts/e2e/index.mjs';

/**
 * How long to wait for the card to appear or change, in ms. The content script updates at most every ~300 ms, so
 * on an idle machine it takes about a second; the margin is for CI machines under load (seen: a 2-core machine
 * with a load average of 18 needed over 10 s for Firefox's first page after the install).
 */
export const CARD_TIMEOUT = 20_000;

/** Where failure screenshots go. */
export const OUT_DIR = join(ROOT, 'out', 'e2e');

/** What the card shows, as read from the page. */
export interface CardProbe {
  /** Number of `[data-argumentarium]` hosts in the document (exactly one when a card is shown). */
  hosts: number;
  /** The host has an open shadow root. */
  open: boolean;
  /** The card is rendered (host present and not `display: none` / zero-sized). */
  visible: boolean;
  /** `data-argument-id` of the argument elements, in document order (best first). */
  ids: string[];
  /** A `data-action="toggle"` control exists. */
  hasToggle: boolean;
}

/**
 * In-page: reads the card. Self-contained, because it is serialised into the page (no eval there: pages under a
 * strict CSP would refuse it).
 * @param requireVisible when true, returns null unless a card is shown (for polling)
 */
export function probeCard(requireVisible = false): CardProbe | null {
  const hosts = document.querySelectorAll('[data-argumentarium]');
  const host = hosts[0] as HTMLElement | undefined;
  const root = host?.shadowRoot ?? null;
  let visible = false;
  if (host) {
    const r = host.getBoundingClientRect();
    const inner = root ? Array.from(root.querySelectorAll('*')).some((e) => e.getBoundingClientRect().width > 0) : false;
    visible = getComputedStyle(host).display !== 'none' && (r.width > 0 || inner);
  }
  const ids = root ? Array.from(root.querySelectorAll('[data-argument-id]')).map((e) => e.getAttribute('data-argument-id') ?? '') : [];
  const probe = { hosts: hosts.length, open: root !== null, visible, ids, hasToggle: !!root?.querySelector('[data-action="toggle"]') };
  if (requireVisible && !(probe.hosts > 0 && probe.open && probe.visible)) return null;
  return probe;
}

/** Selector chain (through the shadow root) of the card's toggle control. */
export const TOGGLE = ['[data-argumentarium]', '[data-action="toggle"]'];

/** Selector chain of the copy button of argument `id` in the card. */
export function cardCopy(id: string): string[] {
  return ['[data-argumentarium]', `[data-argument-id="${id}"] [data-action="copy"]`];
}

/** Waits for a visible card and returns what it shows. */
export async function waitForCard(page: E2EPage, timeout = CARD_TIMEOUT): Promise<CardProbe> {
  return page.waitFor(probeCard, true, { timeout, message: 'the card ([data-argumentarium] with an open shadow root) to appear' });
}

/** Reads the card once. */
export function readCard(page: E2EPage): Promise<CardProbe> {
  return page.evaluate(probeCard, false) as Promise<CardProbe>;
}

/**
 * Makes sure the card lists its arguments: opens it with the toggle when it is collapsed.
 * @returns the argument ids shown, best first
 */
export async function openCard(page: E2EPage): Promise<string[]> {
  const first = await waitForCard(page);
  if (first.ids.length > 0) return first.ids;
  if (!first.hasToggle) throw new Error('the card shows no arguments and has no [data-action="toggle"] control');
  await page.clickDeep(TOGGLE);
  const opened = await waitForIds(page, (ids) => ids.length > 0, 'the opened card to list arguments');
  return opened;
}

/** Waits until the card's argument ids satisfy `ok` (the card may be re-rendered meanwhile). */
export async function waitForIds(
  page: E2EPage,
  ok: (ids: string[]) => boolean,
  message: string,
  timeout = CARD_TIMEOUT,
): Promise<string[]> {
  const deadline = Date.now() + timeout;
  let last: CardProbe | undefined;
  for (;;) {
    last = await readCard(page).catch(() => undefined);
    if (last && ok(last.ids)) return last.ids;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${message}; card: ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

/**
 * Waits until no card is shown, then keeps checking for `settleMs` (the content script batches updates every ~300 ms,
 * so a card could appear late): resolves only if none appeared in that window.
 */
export async function expectNoCard(page: E2EPage, settleMs = 1500): Promise<CardProbe> {
  const end = Date.now() + settleMs;
  let last = await readCard(page);
  while (Date.now() < end) {
    if (last.visible && last.ids.length + (last.hasToggle ? 1 : 0) > 0) return last;
    await new Promise((r) => setTimeout(r, 150));
    last = await readCard(page);
  }
  return last;
}

/** Puts the caret into an editor (by a real click) and types `text` with real key events. */
export async function typeInto(page: E2EPage, selector: string, text: string): Promise<void> {
  await page.clickDeep([selector]);
  await page.waitFor((sel: string) => document.activeElement?.closest(sel) != null, selector, { message: `focus in ${selector}` });
  await page.type(text);
}

/** Clicks an in-app navigation link of the fixture app (history.pushState) and waits for the URL. */
export async function navigateInApp(page: E2EPage, href: string): Promise<void> {
  await page.clickDeep([`a[data-nav][href="${href}"]`]);
  await page.waitFor((h: string) => location.pathname === h, href, { message: `in-app navigation to ${href}` });
}

/** The clipboard's text read through a web page, after giving the copy a moment to land. */
export async function readClipboardSoon(page: E2EPage, ok: (text: string) => boolean, timeout = 5000): Promise<string> {
  const deadline = Date.now() + timeout;
  let text = '';
  for (;;) {
    text = await page.readClipboard().catch(() => '');
    if (ok(text) || Date.now() > deadline) return text;
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** What the baseline browser (same browser, a do-nothing extension, its own proxy) asked for. */
export interface BaselineRecord {
  /** Hosts its proxy saw, sorted. */
  hosts: string[];
  /** Requests its fixture server answered. */
  served: ServedRequest[];
}

/** What the no-request proof found: everything here is a request the extension made. */
export interface Leaks {
  /** Hosts asked for with the extension but not by the baseline browser. */
  hosts: string[];
  /** `host/path` of requests the fixture server answered only with the extension (favicons aside). */
  requests: string[];
  /** Requests whose Origin or Referer is an extension page. */
  fromExtensionPages: string[];
}

/**
 * Compares what a browser asked for with the extension against the baseline (the same browser and page visits with
 * a do-nothing extension). The proxy's host record catches requests to any other host; the fixture server's log
 * catches requests to the pages' own hosts (a content script calling `https://x.com/…`).
 */
export function findLeaks(withExtension: BaselineRecord, baseline: BaselineRecord): Leaks {
  const key = (r: ServedRequest) => `${r.host}${r.path}`;
  const baselineKeys = new Set(baseline.served.map(key));
  return {
    hosts: withExtension.hosts.filter((h) => !baseline.hosts.includes(h)),
    requests: [...new Set(withExtension.served.filter((r) => !baselineKeys.has(key(r)) && r.path !== '/favicon.ico').map(key))],
    fromExtensionPages: withExtension.served
      .filter((r) => [r.origin, r.referer].some((v) => v !== undefined && /^(chrome|moz)-extension:/.test(v)))
      .map((r) => `${key(r)} from ${r.origin ?? r.referer}`),
  };
}

/** One browser with the extension for a whole suite, plus per-test page tracking. */
export interface Session {
  readonly browser: E2EBrowser;
  readonly harness: Harness;
  /** Every URL loaded with `open` during the suite (replayed in the baseline browser). */
  readonly visited: string[];
  /** Opens a tab (tracked: screenshotted on failure, closed after the test). */
  open(url: string): Promise<E2EPage>;
  /**
   * Loads `urls` in the baseline browser, each for `dwellMs`, then closes it and returns what it asked for.
   * The baseline browser was started together with the extension's browser and lived as long, so the browser's
   * own timed traffic (Chromium's update checks, Firefox's settings sync) falls into both records alike.
   * @throws {Error} when the session was made without `baseline: true`, or on a second call
   */
  runBaseline(urls: string[], dwellMs?: number): Promise<BaselineRecord>;
}

/**
 * Registers beforeAll/afterEach/afterAll hooks that start the harness and the browser with the built extension,
 * and returns the session (usable inside tests).
 * @param name browser to run
 * @param options `grantAll`: load the `dist-test/` build (document-tool groups granted up front);
 *   `baseline`: also start the same browser with a do-nothing extension behind its own proxy, for the no-request proof
 */
export function useSession(name: BrowserName, options: { grantAll?: boolean; baseline?: boolean } = {}): Session {
  let browser: E2EBrowser | undefined;
  let harness: Harness | undefined;
  let base: { browser: E2EBrowser; harness: Harness; stub: { remove(): void } } | undefined;
  const visited: string[] = [];
  let pages: E2EPage[] = [];

  const closeBaseline = async () => {
    if (!base) return;
    const b = base;
    base = undefined;
    await b.browser.close();
    await b.harness.close();
    b.stub.remove();
  };

  beforeAll(async () => {
    harness = await startHarness();
    // Both browsers start at once; whatever happens, each one that started is kept where afterAll closes it.
    const launched = launchBrowser(name, { proxyPort: harness.proxy.port, extensionDir: extensionDir(name, options) }).then((b) => {
      browser = b;
    });
    const baseline = options.baseline
      ? (async () => {
          const h = await startHarness();
          const stub = makeStubExtension(name);
          try {
            base = { browser: await launchBrowser(name, { proxyPort: h.proxy.port, extensionDir: stub.dir }), harness: h, stub };
          } catch (e) {
            await h.close();
            stub.remove();
            throw e;
          }
        })()
      : Promise.resolve();
    const [a, b] = await Promise.allSettled([launched, baseline]);
    if (a.status === 'rejected') throw a.reason;
    if (b.status === 'rejected') throw b.reason;
  });

  afterEach(async (ctx) => {
    if (ctx.task.result?.state === 'fail') {
      mkdirSync(OUT_DIR, { recursive: true });
      const slug = `${name}-${ctx.task.name}`.replace(/[^a-z0-9]+/gi, '-').slice(0, 100);
      let i = 0;
      for (const p of pages) {
        await p.screenshot(join(OUT_DIR, `${slug}-${i++}.png`)).catch(() => {});
      }
    }
    for (const p of pages) await p.close();
    pages = [];
  });

  afterAll(async () => {
    await browser?.close();
    await harness?.close();
    await closeBaseline();
  });

  return {
    get browser() {
      if (!browser) throw new Error('the browser did not start (see the beforeAll error)');
      return browser;
    },
    get harness() {
      if (!harness) throw new Error('the harness did not start (see the beforeAll error)');
      return harness;
    },
    visited,
    async open(url: string) {
      if (!browser) throw new Error('the browser did not start (see the beforeAll error)');
      const page = await browser.newPage();
      pages.push(page);
      visited.push(url);
      await page.goto(url);
      return page;
    },
    async runBaseline(urls: string[], dwellMs = 1500) {
      if (!base) throw new Error('no baseline browser: make the session with useSession(name, { baseline: true }) (once per session)');
      const b = base;
      try {
        for (const url of urls) {
          const page = await b.browser.newPage(url);
          // Type where the suite typed: a browser fetches things of its own when the user types (Chromium
          // downloads its spell-check dictionary from redirector.gvt1.com on the first keystroke in a
          // spell-checked field, whatever the prefs say; checked on Chromium 156), and that must be on both sides.
          const editor = await page.evaluate(() => {
            const e = document.querySelector('[contenteditable="true"], textarea, input[type="search"], input[type="text"]');
            if (!e) return null;
            const tag = e.tagName.toLowerCase();
            return e.id
              ? `#${CSS.escape(e.id)}`
              : e.getAttribute('data-testid')
                ? `[data-testid="${e.getAttribute('data-testid')}"]`
                : tag === 'div'
                  ? '[contenteditable="true"]'
                  : tag;
          });
          if (editor) {
            await page.clickDeep([editor]).catch(() => {});
            await page.type('Hallo Welt').catch(() => {});
          }
          await new Promise((r) => setTimeout(r, dwellMs));
          await page.close();
        }
        return { hosts: b.harness.proxy.hosts(), served: [...b.harness.server.log] };
      } finally {
        await closeBaseline();
      }
    },
  };
}
