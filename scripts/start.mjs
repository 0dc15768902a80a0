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
 * format) and its briefing composer; the full-page briefing view (X-post variant); the side panel beside the Confluence
 * page in English and German; the options page, its usage record
 * after copies made through the UI, and, in Firefox, the organisation defaults from managed storage (plus a check that
 * copying a briefing and from the card fills Firefox's usage record too). It copies them
 * to `tests/screenshots/` (the README shows them from there, so they stay current), prints each with its size, and
 * exits. When a step goes wrong (a card that does not open, a popup that does not rank the page) it names the step,
 * copies nothing to `tests/screenshots/` and exits with code 1. A screenshot that shows the same picture as the tracked one
 * (see `samePicture`) is not copied, so a run that changed nothing leaves `git status` clean.
 *
 * Options: --no-build (use the existing dist/chrome), --headless (force headless even with a display).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { PNG } from 'pngjs';
import { extensionDir, launchChromium, ROOT, startHarness } from './e2e/index.mjs';
import { cardShot, copyFromCard, selectionShot } from './start/cards.mjs';
import { CONFLUENCE, chooseLanguage, closeOnboarding, OUT, problems } from './start/common.mjs';
import { briefingPageShot, managedShot, pageShot, usageShot } from './start/pages.mjs';
import { popupOnDestination, popupOverPage } from './start/popup.mjs';
import { sidePanelShot } from './start/sidepanel.mjs';

const started = Date.now();
const args = process.argv.slice(2);
const headless = args.includes('--headless') || !process.env.DISPLAY;
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

/** Differing pixels up to which two screenshots count as the same picture: text anti-aliasing varies between runs. */
const SAME_PICTURE_PIXELS = 64;

/**
 * True when the PNG at `fresh` shows what the PNG at `tracked` shows: the same size and at most
 * {@link SAME_PICTURE_PIXELS} pixels different. Then the tracked file is left as it is, so `npm start` leaves
 * `git status` clean unless a screenshot really changed.
 */
function samePicture(fresh, tracked) {
  if (!existsSync(tracked)) return false;
  const a = PNG.sync.read(readFileSync(fresh));
  const b = PNG.sync.read(readFileSync(tracked));
  if (a.width !== b.width || a.height !== b.height) return false;
  let differing = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    if (a.data[i] !== b.data[i] || a.data[i + 1] !== b.data[i + 1] || a.data[i + 2] !== b.data[i + 2] || a.data[i + 3] !== b.data[i + 3]) {
      if (++differing > SAME_PICTURE_PIXELS) return false;
    }
  }
  return true;
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
      for (const f of written) if (!samePicture(f, join(README_SHOTS, basename(f)))) copyFileSync(f, join(README_SHOTS, basename(f)));
      console.log(`\nNo display: ran headless in ${seconds} s. Screenshots (copied to tests/screenshots/ for the README):\n${list}`);
    }
    console.log('With a display (DISPLAY set), `npm start` opens the browser window instead.');
  } finally {
    await shutdown();
  }
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
    // The side panel beside the Confluence page, in English and in German.
    written.push(await sidePanelShot(test, 'sidepanel.png'));
    await chooseLanguage(test, 'de');
    written.push(await sidePanelShot(test, 'sidepanel-de.png'));
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

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
