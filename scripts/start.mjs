#!/usr/bin/env node
/**
 * `npm start`: builds the extension and opens Chromium with it loaded on the bundled demo pages (an X-like
 * timeline and a Facebook-like feed from `tests/fixtures/`), served locally under their real host names through the
 * e2e harness (a local HTTPS server and a proxy; nothing goes to the internet, the proxy refuses every other host).
 *
 * With a display (`DISPLAY` set) the browser window stays open until Ctrl-C. Without one it runs headless, writes
 * screenshots of the opened card on each demo page (X, Facebook, and a Confluence strategy page, the latter from the
 * `--grant-all` build in `dist-test/`, since a real user grants that site group with a click), of the popup and of the
 * options page into `out/`, copies them to `tests/screenshots/` (the README shows them from there, so they stay
 * current), prints where, and exits.
 *
 * Options: --no-build (use the existing dist/chrome), --headless (force headless even with a display).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { extensionDir, launchChromium, ROOT, startHarness } from './e2e/index.mjs';

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
    const written = [];
    for (const demo of DEMOS) written.push(await cardShot(browser, demo));
    const popup = await browser.newPage();
    await /** @type {any} */ (popup.raw).setViewportSize({ width: 420, height: 600 });
    await popup.goto(browser.extensionUrl('popup.html'));
    await popup
      .waitFor(() => document.querySelectorAll('[data-argument-id]').length > 0, undefined, { timeout: 10_000, message: 'the popup list' })
      .catch((e) => console.warn(`popup: ${e.message}`));
    const popupFile = join(OUT, 'popup.png');
    await popup.screenshot(popupFile);
    written.push(popupFile);
    const options = await browser.newPage();
    await /** @type {any} */ (options.raw).setViewportSize({ width: 1000, height: 900 });
    await options.goto(browser.extensionUrl('options.html'));
    await options
      .waitFor(() => !!document.querySelector('[data-group]'), undefined, { timeout: 10_000, message: 'the options page' })
      .catch((e) => console.warn(`options: ${e.message}`));
    const optionsFile = join(OUT, 'options.png');
    await options.screenshot(optionsFile);
    written.push(optionsFile);
    await browser.close();
    browser = undefined;

    // A strategy document: Confluence, with the site group granted (as after the user's click in onboarding).
    if (!args.includes('--no-build')) build(['--grant-all', '--out', 'dist-test']);
    browser = await launchChromium({ proxyPort: harness.proxy.port, extensionDir: extensionDir('chromium', { grantAll: true }), headless });
    written.push(
      await cardShot(browser, {
        name: 'Confluence page',
        url: 'https://example.atlassian.net/wiki/spaces/KOMM/pages/123456/Social+Media+Strategie',
        shot: 'card-confluence.png',
      }),
    );

    mkdirSync(README_SHOTS, { recursive: true });
    for (const f of written) copyFileSync(f, join(README_SHOTS, f.slice(OUT.length + 1)));
    console.log(
      `\nNo display: ran headless. Screenshots (copied to tests/screenshots/ for the README):\n${written.map((f) => `  ${f}`).join('\n')}`,
    );
    console.log('With a display (DISPLAY set), `npm start` opens the browser window instead.');
  } finally {
    await shutdown();
  }
}

/** Opens `demo.url`, opens the card, writes `out/<demo.shot>`; returns the file path. */
async function cardShot(browser, demo) {
  const page = await browser.newPage(demo.url);
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
    console.warn(`${demo.name}: ${e instanceof Error ? e.message : e}; the screenshot shows the page as it is.`);
  }
  await new Promise((r) => setTimeout(r, 400)); // let the opening transition finish
  const file = join(OUT, demo.shot);
  await page.screenshot(file);
  await page.close();
  return file;
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
