/**
 * `npm start` screenshots of the extension's pages: the options page, the briefing page, the usage record, the
 * organisation defaults in Firefox; and the check that Firefox's usage record gets the copies.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extensionDir, launchFirefox } from '../e2e/index.mjs';
import { collapsedToggle, GECKO_ID, OUT, POLICY_FILE, sleep, warn, withEnv } from './common.mjs';

/**
 * Opens an extension page as a tab at the given viewport size, waits for `ready` (logs, does not throw, when it
 * times out) and writes `out/<shot>`; returns the path.
 */
export async function pageShot(browser, path, shot, viewport, ready) {
  const page = await browser.newPage();
  await /** @type {any} */ (page.raw).setViewportSize(viewport);
  await page.goto(browser.extensionUrl(path));
  await page.waitFor(ready, undefined, { timeout: 10_000, message: path }).catch((e) => warn(`${path}: ${e.message}`));
  const file = join(OUT, shot);
  await page.screenshot(file);
  await page.close();
  return file;
}

/**
 * The full-page briefing view: three arguments picked by clicking, the second cut to one line, the "X post (280)"
 * format with the note that not all fit, preview open; copied once (a usage-record entry per argument).
 */
export async function briefingPageShot(browser) {
  const page = await browser.newPage();
  const raw = /** @type {any} */ (page.raw);
  await raw.setViewportSize({ width: 900, height: 1000 });
  await page.goto(browser.extensionUrl('briefing.html'));
  // The briefing made in the popup is kept (storage.local) and restored here: start from an empty one, as the user's Clear.
  await raw.waitForSelector('[data-briefing-pick]', { timeout: 10_000 });
  if (await raw.locator('[data-action="clear-briefing"]:not([disabled])').count()) await raw.click('[data-action="clear-briefing"]');
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
 * Sets the times in the usage record made by this run to fixed ones, so the screenshot is the same on every run: the
 * counts stay as the copies made them; row by row (most copied first, then argument id and kind of site) the times
 * go back a minute from 09:30 UTC on 30 November 2026. Without it the rows' times, and with equal counts their order
 * (most recent first), changed on every run.
 * @param {any} raw a Playwright page of the extension (its `chrome.storage.local`)
 */
async function fixUsageTimes(raw) {
  await raw.evaluate(async () => {
    const area = chrome.storage.local;
    const { usage } = await area.get('usage');
    if (!usage?.byArgument) return;
    const rows = [];
    for (const [id, kinds] of Object.entries(usage.byArgument)) for (const [kind, c] of Object.entries(kinds)) rows.push({ id, kind, c });
    rows.sort((a, b) => b.c.count - a.c.count || a.id.localeCompare(b.id) || a.kind.localeCompare(b.kind));
    rows.forEach((r, i) => {
      const at = new Date(Date.UTC(2026, 10, 30, 9, 30) - i * 60_000).toISOString();
      r.c.first = at;
      r.c.last = at;
    });
    await area.set({ usage });
  });
}

/** The options page's private usage record (after the copies above), cropped to that section. */
export async function usageShot(browser) {
  const page = await browser.newPage();
  const raw = /** @type {any} */ (page.raw);
  await raw.setViewportSize({ width: 1000, height: 900 });
  await page.goto(browser.extensionUrl('options.html'));
  await fixUsageTimes(raw);
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
export async function managedShot(launch) {
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
 * In-page: the box (document px, as Puppeteer's `clip` wants) from the `<h3>` heading the list of `item` to the end of
 * that list, with a margin; null when no element matches `item`.
 */
export function managedBox(item) {
  const list = document.querySelector(item)?.parentElement;
  let h = list?.previousElementSibling;
  while (h && h.tagName !== 'H3') h = h.previousElementSibling;
  if (!list || !h) return null;
  const top = h.getBoundingClientRect().top + window.scrollY;
  const r = list.getBoundingClientRect();
  return { x: Math.max(0, r.left - 16), y: Math.max(0, top - 12), width: r.width + 32, height: r.bottom + window.scrollY - top + 24 };
}

/**
 * No screenshot, a check: the copy paths behind the briefing and the usage-record screenshots (made in Chromium) work
 * in Firefox too. Copies a briefing of two arguments on the briefing page and one argument from the card on X (real
 * clicks), then expects the options page's usage record to list all three; a shortfall is a problem of the run.
 */
export async function checkCopiesInFirefox(firefox) {
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
