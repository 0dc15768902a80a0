/**
 * `npm start` screenshot of the side panel beside a document: the Confluence strategy page (test build, the group
 * granted) in a window of 1000 × 800 and the panel page pinned to its tab (`sidepanel.html?tab=<id>`, as the e2e
 * tests open it: a headless browser draws no side panel) at 400 × 800, after a click on the quote of the last
 * section's argument scrolled the document there; the two are put side by side in one picture, as the browser
 * shows them.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { CONFLUENCE, OUT, sleep, warn } from './common.mjs';

const DOC_VIEWPORT = { width: 1000, height: 800 };
const PANEL_VIEWPORT = { width: 400, height: 800 };

/** `left` and `right` (PNG files of the same height) side by side, with a 1 px divider, written to `file`. */
function sideBySide(left, right, file) {
  const a = PNG.sync.read(readFileSync(left));
  const b = PNG.sync.read(readFileSync(right));
  const out = new PNG({ width: a.width + 1 + b.width, height: Math.max(a.height, b.height) });
  out.data.fill(0x99);
  PNG.bitblt(a, out, 0, 0, a.width, a.height, 0, 0);
  PNG.bitblt(b, out, 0, 0, b.width, b.height, a.width + 1, 0);
  writeFileSync(file, PNG.sync.write(out));
}

/**
 * The side panel beside the Confluence page, in the extension's current language; writes `out/<shot>`.
 * @param {import('../e2e/index.d.mts').E2EBrowser} browser Chromium with the `--grant-all` build
 * @param {string} shot file name
 * @returns {Promise<string>} the path written
 */
export async function sidePanelShot(browser, shot) {
  const doc = await browser.newPage();
  await /** @type {any} */ (doc.raw).setViewportSize(DOC_VIEWPORT);
  await doc.goto(CONFLUENCE.url);
  const panel = await browser.newPage();
  await /** @type {any} */ (panel.raw).setViewportSize(PANEL_VIEWPORT);
  await panel.goto(browser.extensionUrl('sidepanel.html?tab=0'));
  const tabId = await panel.waitFor(
    async (url) => (await chrome.tabs.query({})).find((t) => t.url?.startsWith(url))?.id ?? null,
    CONFLUENCE.url,
    { timeout: 10_000, message: 'the Confluence tab' },
  );
  await panel.goto(browser.extensionUrl(`sidepanel.html?tab=${tabId}`));
  const last = await panel
    .waitFor(
      () => {
        const sections = [...document.querySelectorAll('[data-section]')];
        const withQuote = sections.filter((s) => s.querySelector('[data-action="reveal"]'));
        return withQuote.length >= 2 ? withQuote.at(-1)?.getAttribute('data-section') : null;
      },
      undefined,
      { timeout: 20_000, message: 'the panel to list the sections' },
    )
    .catch((e) => warn(`side panel (${shot}): ${e.message}`));
  if (last) {
    await panel.clickDeep([`[data-section="${last}"] [data-action="reveal"]`]);
    await doc.bringToFront();
    await doc
      .waitFor(() => window.scrollY > 0, undefined, { timeout: 5000, message: 'the document to scroll to the quote' })
      .catch((e) => warn(`side panel (${shot}): ${e.message}`));
    await panel
      .waitFor((i) => document.querySelector('[aria-current="location"]')?.getAttribute('data-section') === i, last, {
        timeout: 5000,
        message: 'the section in view marked',
      })
      .catch((e) => warn(`side panel (${shot}): ${e.message}`));
  }
  await sleep(300);
  const left = join(OUT, `.${shot}.doc.png`);
  const right = join(OUT, `.${shot}.panel.png`);
  await doc.screenshot(left);
  await panel.screenshot(right);
  const file = join(OUT, shot);
  sideBySide(left, right, file);
  rmSync(left);
  rmSync(right);
  await panel.close();
  await doc.close();
  return file;
}
