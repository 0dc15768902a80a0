#!/usr/bin/env node
/**
 * `npm start`: builds the extension and opens Chromium with it loaded on the bundled demo pages (an X-like
 * timeline and a Facebook-like feed from `tests/fixtures/`), served locally under their real host names through the
 * e2e harness (a local HTTPS server and a proxy; nothing goes to the internet, the proxy refuses every other host).
 *
 * With a display (`DISPLAY` set) the browser window stays open until Ctrl-C. Without one it runs headless, writes
 * screenshots of the opened card on each demo page and of the popup into `out/`, prints where, and exits.
 *
 * Options: --no-build (use the existing dist/chrome), --headless (force headless even with a display).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { extensionDir, launchChromium, ROOT, startHarness } from './e2e/index.mjs';

const args = process.argv.slice(2);
const headless = args.includes('--headless') || !process.env.DISPLAY;
const OUT = join(ROOT, 'out');

/** The demo pages and the screenshot each gets. */
const DEMOS = [
  { name: 'X timeline', url: 'https://x.com/home', shot: 'card-x.png' },
  { name: 'Facebook feed', url: 'https://www.facebook.com/', shot: 'card-facebook.png' },
];

function build() {
  console.log('Building the extension (npm run build) …');
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: 'inherit' });
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
    const written = [];
    for (const demo of DEMOS) {
      const page = await browser.newPage(demo.url);
      try {
        await page.waitFor(() => !!document.querySelector('[data-argumentarium]')?.shadowRoot, undefined, {
          timeout: 20_000,
          message: `the card on ${demo.url}`,
        });
        const toggle = await page.evaluate(collapsedToggle);
        if (toggle) await page.clickAt(toggle.x, toggle.y);
        await page.waitFor(
          () => !!document.querySelector('[data-argumentarium]')?.shadowRoot?.querySelector('[data-argument-id]'),
          undefined,
          {
            timeout: 10_000,
            message: `the opened card on ${demo.url}`,
          },
        );
      } catch (e) {
        console.warn(`${demo.name}: ${e instanceof Error ? e.message : e}; the screenshot shows the page as it is.`);
      }
      await new Promise((r) => setTimeout(r, 400)); // let the opening transition finish
      const file = join(OUT, demo.shot);
      await page.screenshot(file);
      written.push(file);
      await page.close();
    }
    const popup = await browser.newPage();
    await /** @type {any} */ (popup.raw).setViewportSize({ width: 420, height: 600 });
    await popup.goto(browser.extensionUrl('popup.html'));
    await popup
      .waitFor(() => document.querySelectorAll('[data-argument-id]').length > 0, undefined, { timeout: 10_000, message: 'the popup list' })
      .catch((e) => console.warn(`popup: ${e.message}`));
    const popupFile = join(OUT, 'popup.png');
    await popup.screenshot(popupFile);
    written.push(popupFile);
    console.log(`\nNo display: ran headless. Screenshots:\n${written.map((f) => `  ${f}`).join('\n')}`);
    console.log('With a display (DISPLAY set), `npm start` opens the browser window instead.');
  } finally {
    await shutdown();
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
