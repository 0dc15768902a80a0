#!/usr/bin/env node
/**
 * `npm start`: builds the extension and opens Chromium with it loaded on the bundled demo pages (an X-like
 * timeline and a Facebook-like feed from `tests/fixtures/`), served locally under their real host names through the
 * e2e harness (a local HTTPS server and a proxy; nothing goes to the internet, the proxy refuses every other host).
 *
 * With a display (`DISPLAY` set) the browser window stays open until Ctrl-C. Without one it runs headless and writes
 * one screenshot per feature into `out/` (see `shootAll`): the card on X, Facebook, LinkedIn (German), a dark page and a
 * Confluence strategy page (the latter from the `--grant-all` build in `dist-test/`, since a real user grants that site
 * group with a click); the real toolbar popup over a Notion page (audience chosen, Markdown as the destination's
 * format) and its briefing composer; the full-page briefing view (X-post variant); the options page, its usage record
 * after copies made through the UI, and, in Firefox, the organisation defaults from managed storage (plus a check that
 * copying a briefing and from the card fills Firefox's usage record too). It copies them
 * to `tests/screenshots/` (the README shows them from there, so they stay current), prints each with its size, and
 * exits. When a step goes wrong (a card that does not open, a popup that does not rank the page) it names the step,
 * copies nothing to `tests/screenshots/` and exits with code 1. About 100 s with both builds on a 2-core machine.
 *
 * Options: --no-build (use the existing dist/chrome), --headless (force headless even with a display).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { extensionDir, launchChromium, launchFirefox, ROOT, startHarness } from './e2e/index.mjs';

const started = Date.now();
const args = process.argv.slice(2);
const headless = args.includes('--headless') || !process.env.DISPLAY;
const OUT = join(ROOT, 'out');
/** Where the README's screenshots live (committed). */
const README_SHOTS = join(ROOT, 'tests', 'screenshots');

/** The demo pages and the screenshot each gets. */
const DEMOS = [
  { name: 'X timeline', url: 'https://x.com/home', shot: 'card-x.png' },
  { name: 'Facebook feed', url: 'https://www.facebook.com/', shot: 'card-facebook.png' },
];

function build(extra = []) {
  console.log(`Building the extension (scripts/build.mjs ${extra.join(' ')}) …`);
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs'), ...extra], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error('The build failed; see the messages above.');
    process.exit(1);
  }
}

/** In-page: centre of the card's toggle while the card is collapsed (no argument elements yet), else null. */
function collapsedToggle() {
  const root = document.querySelector('[data-argumentarium]')?.shadowRoot;
  if (!root || root.querySelector('[data-argument-id]')) return null;
  const t = root.querySelector('[data-action="toggle"]');
  if (!t) return null;
  const r = t.getBoundingClientRect();
  return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
}

async function main() {
  if (!args.includes('--no-build')) build();
  const dir = extensionDir('chromium');
  const harness = await startHarness();
  let browser;
  const shutdown = async () => {
    await browser?.close();
    await harness.close();
  };
  try {
    browser = await launchChromium({ proxyPort: harness.proxy.port, extensionDir: dir, headless });
    if (!headless) {
      for (const demo of DEMOS) await browser.newPage(demo.url);
      await browser.newPage(browser.extensionUrl('popup.html'));
      console.log(`\nChromium is open with Argumentarium loaded (${dir}).`);
      console.log('Demo pages: https://x.com/home and https://www.facebook.com/ (served from tests/fixtures/ on this machine);');
      console.log('the popup is open as a tab. Other sites are blocked in this profile. Press Ctrl-C to quit.');
      await new Promise((resolve) => {
        process.once('SIGINT', resolve);
        process.once('SIGTERM', resolve);
        /** @type {any} */ (browser.raw).on('close', resolve);
      });
      return;
    }

    mkdirSync(OUT, { recursive: true });
    const written = await shootAll(browser, harness);
    browser = undefined; // shootAll closes it and launches the others itself

    const list = written.map((f) => `  ${f} (${Math.round(statSync(f).size / 1024)} KB)`).join('\n');
    const seconds = ((Date.now() - started) / 1000).toFixed(0);
    if (problems.length) {
      // A screenshot of a failed step must not replace the README's good one.
      console.error(`\nNo display: ran headless in ${seconds} s. Screenshots in out/ (NOT copied to tests/screenshots/):\n${list}`);
      console.error(`${problems.length} step(s) went wrong:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
      process.exitCode = 1;
    } else {
      mkdirSync(README_SHOTS, { recursive: true });
      for (const f of written) copyFileSync(f, join(README_SHOTS, basename(f)));
      console.log(`\nNo display: ran headless in ${seconds} s. Screenshots (copied to tests/screenshots/ for the README):\n${list}`);
    }
    console.log('With a display (DISPLAY set), `npm start` opens the browser window instead.');
  } finally {
    await shutdown();
  }
}

/**
 * Opens `demo.url`, opens the card, writes `out/<demo.shot>` cropped to the card and the page beside it; returns
 * the file path. `demo.context`: px of page shown left of the card (default 690). `demo.dark`: the page is shown with `prefers-color-scheme: dark` and a dark page style (as X's own
 * dark theme), so the card's dark colours show.
 */
async function cardShot(browser, demo) {
  const page = await browser.newPage();
  const raw = /** @type {any} */ (page.raw);
  if (demo.dark) await raw.emulateMedia({ colorScheme: 'dark' });
  await page.goto(demo.url);
  if (demo.dark) {
    await raw.addStyleTag({
      content:
        'body, main, header { background: #000 !important; color: #e7e9ea !important; } main, article, .compose { border-color: #2f3336 !important; }',
    });
  }
  try {
    await page.waitFor(() => !!document.querySelector('[data-argumentarium]')?.shadowRoot, undefined, {
      timeout: 20_000,
      message: `the card on ${demo.url}`,
    });
    const toggle = await page.evaluate(collapsedToggle);
    if (toggle) await page.clickAt(toggle.x, toggle.y);
    await page.waitFor(() => !!document.querySelector('[data-argumentarium]')?.shadowRoot?.querySelector('[data-argument-id]'), undefined, {
      timeout: 10_000,
      message: `the opened card on ${demo.url}`,
    });
  } catch (e) {
    warn(`${demo.name}: ${e instanceof Error ? e.message : e}; the screenshot shows the page as it is.`);
  }
  await sleep(400); // let the opening transition finish
  const file = join(OUT, demo.shot);
  const card = await page.evaluate(cardBox);
  const vw = raw.viewportSize()?.width ?? 1280;
  const vh = raw.viewportSize()?.height ?? 800;
  // The card and `demo.context` px (default 690) of the page to its left (the posts it is about); the whole viewport when there is no card.
  const clip = card
    ? { x: Math.max(0, card.left - (demo.context ?? 690)), y: Math.max(0, card.top - 90), width: 0, height: 0 }
    : { x: 0, y: 0, width: vw, height: vh };
  if (card) {
    clip.width = Math.min(vw, card.right + 16) - clip.x;
    clip.height = Math.min(vh, card.bottom + 16) - clip.y;
  }
  await raw.screenshot({ path: file, clip });
  await page.close();
  return file;
}

/** In-page: the bounding box (viewport px) of everything drawn in the card's shadow root, or null without a card. */
function cardBox() {
  const root = document.querySelector('[data-argumentarium]')?.shadowRoot;
  if (!root) return null;
  let box = null;
  for (const el of root.querySelectorAll('*')) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    box = box
      ? {
          left: Math.min(box.left, r.left),
          top: Math.min(box.top, r.top),
          right: Math.max(box.right, r.right),
          bottom: Math.max(box.bottom, r.bottom),
        }
      : { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
  }
  return box;
}

/** The Confluence strategy page of the test build (the site group granted, as after the user's click in onboarding). */
const CONFLUENCE = {
  name: 'Confluence page',
  url: 'https://example.atlassian.net/wiki/spaces/KOMM/pages/123456/Social+Media+Strategie',
  shot: 'card-confluence.png',
  // Less of the page beside the card: a document's long lines make a large PNG.
  context: 500,
};
/** A Notion strategy page: the destination whose default copy format is Markdown (`src/copy/destination.ts`). */
const NOTION_URL = 'https://www.notion.so/Social-Media-Strategie-4f1c2a';
/** The organisation policy the managed-settings shot installs (the same file a test or an admin can use). */
const POLICY_FILE = join(ROOT, 'tests', 'fixtures', 'managed', 'policy.json');
/** Firefox add-on id of the build (`scripts/build.mjs`): the managed-storage manifest is named after it. */
const GECKO_ID = 'argumentarium@argumentarium.app';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** What went wrong while shooting: a screenshot that may show the wrong state. */
const problems = [];
/** Logs a problem and keeps it, so the run ends with a non-zero exit code and leaves `tests/screenshots/` alone. */
function warn(message) {
  problems.push(message);
  console.warn(message);
}

/**
 * Every headless screenshot, in four browser sessions (each a fresh profile): the shipped build in English, the
 * `--grant-all` test build (document tools granted) for the strategy-page, popup, briefing and usage shots, the
 * shipped build with a German UI (and a dark page), and Firefox with an organisation policy in managed storage.
 * Closes `first` and every browser it launches, also on failure.
 * @param {import('./e2e/index.d.mts').E2EBrowser} first Chromium with `dist/chrome`, already running
 * @param {import('./e2e/index.d.mts').Harness} harness
 * @returns {Promise<string[]>} the files written under `out/`
 */
async function shootAll(first, harness) {
  const written = [];
  const browsers = [first];
  const launch = async (fn, options) => {
    const b = await fn({ proxyPort: harness.proxy.port, headless: true, ...options });
    browsers.push(b);
    return b;
  };
  try {
    // 1. As shipped, English UI: the cards on X and Facebook, the popup over X, the options page.
    for (const demo of DEMOS) written.push(await cardShot(first, demo));
    written.push(await popupOverPage(first, 'https://x.com/home', 'https://x.com/*', 'popup.png'));
    written.push(
      await pageShot(first, 'options.html', 'options.png', { width: 1000, height: 900 }, () => !!document.querySelector('[data-group]')),
    );
    await first.close();

    // 2. The test build: strategy documents are readable without the permission prompt a user answers with a click.
    if (!args.includes('--no-build')) build(['--grant-all', '--out', 'dist-test']);
    const test = await launch(launchChromium, { extensionDir: extensionDir('chromium', { grantAll: true }) });
    await closeOnboarding(test);
    written.push(await cardShot(test, CONFLUENCE));
    written.push(await selectionShot(test));
    written.push(...(await popupOnDestination(test)));
    written.push(await briefingPageShot(test));
    await copyFromCard(test, 'https://x.com/home');
    written.push(await usageShot(test));
    await test.close();

    // 3. German: the language chosen on the options page, as a user does (headless Chromium keeps the extension's
    // strings in English whatever `--lang` says, so "same as the browser" would mix the languages here).
    // Also the card on a dark page.
    const de = await launch(launchChromium, { extensionDir: extensionDir('chromium'), locale: 'de-DE' });
    await closeOnboarding(de);
    await chooseLanguage(de, 'de');
    written.push(
      await cardShot(de, { name: 'LinkedIn feed (German UI)', url: 'https://www.linkedin.com/feed/', shot: 'card-linkedin-de.png' }),
    );
    written.push(await cardShot(de, { name: 'X timeline, dark', url: 'https://x.com/home', shot: 'card-dark.png', dark: true }));
    await de.close();

    // 4. Firefox with organisation defaults in managed storage.
    written.push(...(await managedShot(launch)));
    return written;
  } finally {
    for (const b of browsers) await b.close();
  }
}

/**
 * Runs `fn` with extra environment variables, restored afterwards. The browser launchers pass our environment
 * to the browser (Firefox finds managed storage under `HOME`).
 */
async function withEnv(vars, fn) {
  const saved = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]));
  Object.assign(process.env, vars);
  try {
    return await fn();
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

/** Picks the extension's language on its options page (`#opt-lang`), through the page's own select. */
async function chooseLanguage(browser, lang) {
  const page = await browser.newPage(browser.extensionUrl('options.html'));
  const raw = /** @type {any} */ (page.raw);
  await raw.selectOption('#opt-lang', lang);
  await page.waitFor((l) => document.querySelector('main.options')?.getAttribute('lang') === l, lang, {
    timeout: 5000,
    message: `the options page in ${lang}`,
  });
  await page.close();
}

/** Closes the onboarding tab the extension opens on install, so it is not the tab the popup belongs to. */
async function closeOnboarding(browser) {
  await sleep(500);
  for (const p of browser.pages()) if (p.url().endsWith('/onboarding.html')) await p.close();
}

/**
 * Opens an extension page as a tab at the given viewport size, waits for `ready` (logs, does not throw, when it
 * times out) and writes `out/<shot>`; returns the path.
 */
async function pageShot(browser, path, shot, viewport, ready) {
  const page = await browser.newPage();
  await /** @type {any} */ (page.raw).setViewportSize(viewport);
  await page.goto(browser.extensionUrl(path));
  await page.waitFor(ready, undefined, { timeout: 10_000, message: path }).catch((e) => warn(`${path}: ${e.message}`));
  const file = join(OUT, shot);
  await page.screenshot(file);
  await page.close();
  return file;
}

/** The real toolbar popup over `url` as the user sees it after a click on the toolbar button; writes `out/<shot>`. */
async function popupOverPage(browser, url, pattern, shot) {
  const tab = await browser.newPage(url);
  await sleep(1000);
  const popup = await openRealPopup(browser, pattern);
  const file = join(OUT, shot);
  try {
    await popup
      .waitFor(`document.querySelectorAll('.page-section [data-argument-id]').length > 0`, `the popup to rank ${url}`)
      .catch((e) => warn(`popup: ${e.message}`));
    await popup.screenshot(file);
  } finally {
    await popup.close();
    await tab.close();
  }
  return file;
}

/**
 * The real toolbar popup (`action.openPopup`) over a Notion page, driven like a user would: audience chosen,
 * an argument opened and copied; then the Briefing tab with the page's three best arguments, one cut to one
 * line, sources on, preview open, and the briefing copied. The copies go into the private usage record.
 * @returns {Promise<string[]>} `out/popup-destination.png` and `out/popup-briefing.png`
 */
async function popupOnDestination(browser) {
  const tab = await browser.newPage(NOTION_URL);
  await sleep(1000); // the content script reads the page after load
  const popup = await openRealPopup(browser, 'https://www.notion.so/*');
  try {
    await popup.waitFor(
      `document.querySelector('[data-setting="format"] option[value="auto"]')?.textContent.includes('Markdown') && document.querySelectorAll('.page-section [data-argument-id]').length > 0`,
      'the popup to rank the Notion page',
    );
    await popup.select('[data-setting="audience"]', 'management');
    await popup.click('.page-section [data-argument-id] .arg-toggle');
    await sleep(300);
    const destination = join(OUT, 'popup-destination.png');
    await popup.screenshot(destination);

    await popup.click('#tab-briefing');
    // The composer starts with the page's best arguments (up to three); pick more by hand until there are three.
    await popup.waitFor(
      `document.querySelectorAll('#panel-briefing [data-briefing-id]').length > 0`,
      "the page's arguments in the composer",
    );
    const picked = Number(await popup.evaluate(`document.querySelectorAll('#panel-briefing [data-briefing-id]').length`));
    for (let n = picked; n < 3; n++) await popup.click('#panel-briefing [data-briefing-pick]:not(:checked)');
    await popup.waitFor(`document.querySelectorAll('#panel-briefing [data-briefing-id]').length >= 3`, 'three arguments in the composer');
    await popup.select('#panel-briefing [data-briefing-id]:nth-child(2) select', 'line');
    await popup.click('.popup-check input[type="checkbox"]');
    await popup.click('#panel-briefing .composer-preview summary');
    await popup.waitFor(`!!document.querySelector('#panel-briefing .composer-preview[open]')`, 'the preview to open');
    await popup.evaluate(`document.querySelector('#composer-order').scrollIntoView({ block: 'start' })`);
    await sleep(300);
    const briefing = join(OUT, 'popup-briefing.png');
    await popup.screenshot(briefing);
    await popup.click('#panel-briefing [data-action="copy-briefing"]');
    await sleep(500);

    await popup.click('#tab-arguments');
    await popup.click('.page-section [data-argument-id] [data-action="copy"]');
    await popup.waitFor(`/copied|kopiert/i.test(document.querySelector('.popup-status')?.textContent ?? '')`, 'the copy to be announced');
    return [destination, briefing];
  } finally {
    await popup.close();
    await tab.close();
  }
}

/**
 * Opens the extension's real popup for the tab whose URL matches `pattern` (Chromium: `action.openPopup` from the
 * service worker) and attaches to it over the DevTools protocol; Playwright does not list extension popups as pages.
 * Commands go through `Target.sendMessageToTarget` on the browser session (flat sessions are not exposed by it).
 * @throws {Error} when no tab matches or the popup does not appear within 10 s
 */
async function openRealPopup(browser, pattern) {
  const context = /** @type {any} */ (browser.raw);
  let worker = context.serviceWorkers().find((w) => w.url().startsWith(browser.extensionOrigin));
  if (!worker) {
    // A stopped worker starts again for any extension event; a page of ours asking it something is one.
    const helper = await browser.newPage(browser.extensionUrl('options.html'));
    worker = await context.waitForEvent('serviceworker', { timeout: 10_000 }).catch(() => null);
    await helper.close();
    if (!worker) throw new Error('the extension service worker is not running');
  }
  await worker.evaluate(async (p) => {
    const [tab] = await chrome.tabs.query({ url: p });
    if (!tab?.id) throw new Error(`no tab matches ${p}`);
    await chrome.tabs.update(tab.id, { active: true });
    await chrome.windows.update(tab.windowId, { focused: true });
    await chrome.action.openPopup({ windowId: tab.windowId });
  }, pattern);
  const cdp = await context.browser().newBrowserCDPSession();
  const popupUrl = browser.extensionUrl('popup.html');
  let target;
  for (let i = 0; i < 100 && !target; i++) {
    const { targetInfos } = await cdp.send('Target.getTargets');
    target = targetInfos.find((t) => t.type === 'page' && t.url === popupUrl);
    if (!target) await sleep(100);
  }
  if (!target) throw new Error('the popup did not open');
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
  let seq = 0;
  const pending = new Map();
  cdp.on('Target.receivedMessageFromTarget', (e) => {
    const m = JSON.parse(e.message);
    pending.get(m.id)?.(m);
    pending.delete(m.id);
  });
  /** One DevTools command in the popup; rejects with the protocol's error. */
  const send = (method, params = {}) =>
    new Promise((resolve, reject) => {
      const id = ++seq;
      pending.set(id, (m) => (m.error ? reject(new Error(`${method}: ${m.error.message}`)) : resolve(m.result)));
      cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) }).catch(reject);
    });
  const evaluate = async (expression) => {
    const r = await send('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true });
    if (r.exceptionDetails) throw new Error(`in the popup: ${r.exceptionDetails.exception?.description ?? r.exceptionDetails.text}`);
    return r.result.value;
  };
  const at = (selector) =>
    evaluate(`(() => {
      const el = document.querySelector(${JSON.stringify(selector)});
      if (!el) return null;
      el.scrollIntoView({ block: 'center' });
      const r = el.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    })()`);
  return {
    evaluate,
    async waitFor(expression, message) {
      for (let i = 0; i < 100; i++) {
        if (await evaluate(expression).catch(() => false)) return;
        await sleep(100);
      }
      throw new Error(`timed out waiting for ${message}`);
    },
    /** A real mouse click (trusted, with user activation) on the element's centre. */
    async click(selector) {
      const p = await at(selector);
      if (!p) throw new Error(`popup: no element ${selector}`);
      await send('Input.dispatchMouseEvent', { type: 'mouseMoved', x: p.x, y: p.y });
      await send('Input.dispatchMouseEvent', { type: 'mousePressed', x: p.x, y: p.y, button: 'left', clickCount: 1 });
      await send('Input.dispatchMouseEvent', { type: 'mouseReleased', x: p.x, y: p.y, button: 'left', clickCount: 1 });
    },
    /** Picks an option as the keyboard would: focus the select, set it, fire `input` and `change` (a native select's list cannot be shown headless). */
    async select(selector, value) {
      const ok = await evaluate(`(() => {
        const el = document.querySelector(${JSON.stringify(selector)});
        if (!el) return false;
        el.focus();
        el.value = ${JSON.stringify(value)};
        el.dispatchEvent(new Event('input', { bubbles: true }));
        el.dispatchEvent(new Event('change', { bubbles: true }));
        return el.value === ${JSON.stringify(value)};
      })()`);
      if (!ok) throw new Error(`popup: cannot choose ${value} in ${selector}`);
    },
    async screenshot(file) {
      const { data } = await send('Page.captureScreenshot', { format: 'png' });
      writeFileSync(file, Buffer.from(data, 'base64'));
    },
    async close() {
      await evaluate('window.close()').catch(() => {});
      await cdp.detach().catch(() => {});
    },
  };
}

/**
 * The full-page briefing view: three arguments picked by clicking, the second cut to one line, the "X post (280)"
 * format with the note that not all fit, preview open; copied once (a usage-record entry per argument).
 */
async function briefingPageShot(browser) {
  const page = await browser.newPage();
  const raw = /** @type {any} */ (page.raw);
  await raw.setViewportSize({ width: 900, height: 1000 });
  await page.goto(browser.extensionUrl('briefing.html'));
  for (const id of ['criticism', 'transparency', 'employer-branding']) await raw.click(`[data-briefing-pick="${id}"]`);
  await raw.selectOption('[data-briefing-id="transparency"] select', 'line');
  await raw.selectOption('.briefing-page header select:not([data-setting])', 'x');
  await raw.click('.composer-preview summary');
  await raw.waitForSelector('.composer-note', { timeout: 5000 }).catch(() => warn('briefing: no "fits in one post" note'));
  await raw.click('[data-action="copy-briefing"]');
  await sleep(300);
  const file = join(OUT, 'briefing.png');
  const end = await raw.locator('[data-action="copy-briefing"]').boundingBox();
  // From the page's heading to the Copy button and its announcement.
  await raw.screenshot({ path: file, clip: { x: 0, y: 0, width: 900, height: Math.min(1000, (end?.y ?? 900) + 60) } });
  await page.close();
  return file;
}

/**
 * "Find arguments for the selection" on the Confluence page: a paragraph about recruiting is selected and the
 * context-menu handler runs. A headless browser has no native context menu, so the click is replaced by the test
 * build's trigger message (`src/background/actions/test-trigger.ts`), sent from an extension page; it calls the same
 * `onMenuClicked(info, tab)` the real menu click calls, and the card then shows the selection's arguments.
 */
async function selectionShot(browser) {
  const page = await browser.newPage(CONFLUENCE.url);
  const file = join(OUT, 'card-selection.png');
  try {
    await page.waitFor(() => !!document.querySelector('[data-argumentarium]')?.shadowRoot, undefined, {
      timeout: 20_000,
      message: 'the card',
    });
    const text = await page.evaluate(() => {
      const p = [...document.querySelectorAll('p')].find((e) => /Nachwuchs/.test(e.textContent ?? ''));
      if (!p) return '';
      p.scrollIntoView({ block: 'center' });
      const range = document.createRange();
      range.selectNodeContents(p);
      const selection = getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      return selection?.toString() ?? '';
    });
    if (!text) throw new Error('no paragraph about recruiting on the Confluence fixture');
    const trigger = await browser.newPage(browser.extensionUrl('options.html'));
    const answer = await trigger.evaluate(
      async ({ selectionText, pattern }) => {
        const [tab] = await chrome.tabs.query({ url: pattern });
        if (!tab?.id) return { ok: false, error: `no tab matches ${pattern}` };
        return chrome.runtime.sendMessage({
          type: 'argumentarium-test-action',
          kind: 'menu',
          info: { menuItemId: 'argumentarium-rank-selection', selectionText, pageUrl: tab.url },
          tab: { id: tab.id, url: tab.url },
        });
      },
      { selectionText: text, pattern: 'https://example.atlassian.net/*' },
    );
    await trigger.close();
    if (!answer?.ok || answer.result !== 'card') throw new Error(`the menu handler answered ${JSON.stringify(answer)}`);
    await page.bringToFront();
    const toggle = await page.evaluate(collapsedToggle);
    if (toggle) await page.clickAt(toggle.x, toggle.y);
    await page.waitFor(() => !!document.querySelector('[data-argumentarium]')?.shadowRoot?.querySelector('[data-argument-id]'), undefined, {
      timeout: 10_000,
      message: "the card with the selection's arguments",
    });
  } catch (e) {
    warn(`selection: ${e instanceof Error ? e.message : e}; the screenshot shows the page as it is.`);
  }
  await sleep(400);
  const raw = /** @type {any} */ (page.raw);
  // The selected paragraph and the card, together.
  const card = await page.evaluate(cardBox);
  const sel = await page.evaluate(() => {
    const s = getSelection();
    if (!s || s.rangeCount === 0) return null;
    const r = s.getRangeAt(0).getBoundingClientRect();
    return r.width > 0 ? { left: r.left, top: r.top, right: r.right, bottom: r.bottom } : null;
  });
  const boxes = [card, sel].filter((b) => b !== null);
  const clip = { x: 0, y: 0, width: 1280, height: 800 };
  if (boxes.length) {
    clip.x = Math.max(0, Math.min(...boxes.map((b) => b.left)) - 16);
    clip.y = Math.max(0, Math.min(...boxes.map((b) => b.top)) - 16);
    clip.width = Math.min(1280, Math.max(...boxes.map((b) => b.right)) + 16) - clip.x;
    clip.height = Math.min(800, Math.max(...boxes.map((b) => b.bottom)) + 16) - clip.y;
  }
  await raw.screenshot({ path: file, clip });
  await page.close();
  return file;
}

/** Opens the card on `url` and clicks its first Copy button (a real click): one more usage-record entry, from a social site. */
async function copyFromCard(browser, url) {
  const page = await browser.newPage(url);
  try {
    await page.waitFor(() => !!document.querySelector('[data-argumentarium]')?.shadowRoot, undefined, {
      timeout: 20_000,
      message: 'the card',
    });
    const toggle = await page.evaluate(collapsedToggle);
    if (toggle) await page.clickAt(toggle.x, toggle.y);
    await page.clickDeep(['[data-argumentarium]', '[data-argument-id] [data-action="copy"]']);
    await sleep(500);
  } catch (e) {
    warn(`copy from the card on ${url}: ${e instanceof Error ? e.message : e}`);
  } finally {
    await page.close();
  }
}

/** The options page's private usage record (after the copies above), cropped to that section. */
async function usageShot(browser) {
  const page = await browser.newPage();
  const raw = /** @type {any} */ (page.raw);
  await raw.setViewportSize({ width: 1000, height: 900 });
  await page.goto(browser.extensionUrl('options.html'));
  const file = join(OUT, 'options-usage.png');
  await raw
    .waitForSelector('#usage table', { timeout: 10_000 })
    .catch(() => warn('options: the usage record is empty (did the copies above fail?)'));
  await raw.locator('#usage').screenshot({ path: file });
  await page.close();
  return file;
}

/**
 * Firefox reads managed storage from a "managed storage manifest" at `~/.mozilla/managed-storage/<add-on id>.json`
 * on Linux (MDN, Native manifests). Firefox gets a temporary HOME holding only that file, so nothing outside this
 * run is touched; the options page then shows the organisation's arguments and intranet sites marked as managed.
 * @returns {Promise<string[]>} `out/options-managed.png` (arguments) and `out/options-managed-sites.png` (intranet sites)
 */
async function managedShot(launch) {
  const home = mkdtempSync(join(tmpdir(), 'argumentarium-home-'));
  const dir = join(home, '.mozilla', 'managed-storage');
  mkdirSync(dir, { recursive: true });
  const data = JSON.parse(readFileSync(POLICY_FILE, 'utf8'));
  writeFileSync(
    join(dir, `${GECKO_ID}.json`),
    JSON.stringify({ name: GECKO_ID, description: 'Argumentarium organisation defaults', type: 'storage', data }),
  );
  try {
    const firefox = await withEnv({ HOME: home }, () => launch(launchFirefox, { extensionDir: extensionDir('firefox') }));
    const page = await firefox.newPage();
    const raw = /** @type {any} */ (page.raw);
    await raw.setViewport({ width: 1000, height: 900 });
    await page.goto(firefox.extensionUrl('options.html'));
    await page
      .waitFor(() => document.querySelectorAll('[data-argument-id^="managed-"]').length > 0, undefined, {
        timeout: 15_000,
        message: 'managed arguments',
      })
      .catch((e) => warn(`Firefox options: ${e.message}`));
    const files = [];
    for (const [shot, item] of [
      ['options-managed.png', '[data-argument-id^="managed-"]'],
      ['options-managed-sites.png', '#sites li[data-site]'],
    ]) {
      const clip = await page.evaluate(managedBox, item);
      if (!clip) warn(`Firefox options: nothing matches ${item}; the screenshot shows the top of the page`);
      const file = join(OUT, shot);
      await raw.screenshot({ path: file, ...(clip ? { clip } : {}) });
      files.push(file);
    }
    await checkCopiesInFirefox(firefox);
    await firefox.close();
    return files;
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}

/**
 * No screenshot, a check: the copy paths behind the briefing and the usage-record screenshots (made in Chromium) work
 * in Firefox too. Copies a briefing of two arguments on the briefing page and one argument from the card on X (real
 * clicks), then expects the options page's usage record to list all three; a shortfall is a problem of the run.
 */
async function checkCopiesInFirefox(firefox) {
  try {
    const briefing = await firefox.newPage(firefox.extensionUrl('briefing.html'));
    const raw = /** @type {any} */ (briefing.raw);
    await briefing.waitFor(() => !!document.querySelector('[data-briefing-pick]'), undefined, { message: 'the briefing page' });
    for (const id of ['criticism', 'transparency']) await raw.click(`[data-briefing-pick="${id}"]`);
    await raw.click('[data-action="copy-briefing"]');
    await sleep(500);
    await briefing.close();
    const x = await firefox.newPage('https://x.com/home');
    await x.waitFor(() => !!document.querySelector('[data-argumentarium]')?.shadowRoot, undefined, {
      timeout: 20_000,
      message: 'the card on X',
    });
    const toggle = await x.evaluate(collapsedToggle);
    if (toggle) await x.clickAt(toggle.x, toggle.y);
    await x.clickDeep(['[data-argumentarium]', '[data-argument-id] [data-action="copy"]']);
    await sleep(500);
    await x.close();
    const options = await firefox.newPage(firefox.extensionUrl('options.html'));
    const rows = await options
      .waitFor(
        () => document.querySelectorAll('#usage tbody tr').length >= 3 && document.querySelectorAll('#usage tbody tr').length,
        undefined,
        {
          message: 'three rows in the usage record',
        },
      )
      .catch(() => 0);
    if (!rows) warn('Firefox: the usage record lacks the copies made on the briefing page and from the card');
    await options.close();
  } catch (e) {
    warn(`Firefox copies: ${e instanceof Error ? e.message : e}`);
  }
}

/**
 * In-page: the box (document px, as Puppeteer's `clip` wants) from the `<h3>` heading the list of `item` to the end of
 * that list, with a margin; null when no element matches `item`.
 */
function managedBox(item) {
  const list = document.querySelector(item)?.parentElement;
  let h = list?.previousElementSibling;
  while (h && h.tagName !== 'H3') h = h.previousElementSibling;
  if (!list || !h) return null;
  const top = h.getBoundingClientRect().top + window.scrollY;
  const r = list.getBoundingClientRect();
  return { x: Math.max(0, r.left - 16), y: Math.max(0, top - 12), width: r.width + 32, height: r.bottom + window.scrollY - top + 24 };
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
