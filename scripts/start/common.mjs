/**
 * What the `npm start` screenshot steps share: where they write, the problems they collect, the demo pages of the
 * test build, and small steps every session takes (choosing the language, closing onboarding).
 */
import { join } from 'node:path';
import { ROOT } from '../e2e/index.mjs';

/** Where the screenshots are written first (`tests/screenshots/` gets them only after a run without problems). */
export const OUT = join(ROOT, 'out');

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** What went wrong while shooting: a screenshot that may show the wrong state. */
export const problems = [];
/** Logs a problem and keeps it, so the run ends with a non-zero exit code and leaves `tests/screenshots/` alone. */
export function warn(message) {
  problems.push(message);
  console.warn(message);
}

/** The Confluence strategy page of the test build (the site group granted, as after the user's click in onboarding). */
export const CONFLUENCE = {
  name: 'Confluence page',
  url: 'https://example.atlassian.net/wiki/spaces/KOMM/pages/123456/Social+Media+Strategie',
  shot: 'card-confluence.png',
  // Less of the page beside the card: a document's long lines make a large PNG.
  context: 500,
};
/** A Notion strategy page: the destination whose default copy format is Markdown (`src/copy/destination.ts`). */
export const NOTION_URL = 'https://www.notion.so/Social-Media-Strategie-4f1c2a';
/** The organisation policy the managed-settings shot installs (the same file a test or an admin can use). */
export const POLICY_FILE = join(ROOT, 'tests', 'fixtures', 'managed', 'policy.json');
/** Firefox add-on id of the build (`scripts/build.mjs`): the managed-storage manifest is named after it. */
export const GECKO_ID = 'argumentarium@argumentarium.app';

/** In-page: centre of the card's toggle while the card is collapsed (no argument elements yet), else null. */
export function collapsedToggle() {
  const root = document.querySelector('[data-argumentarium]')?.shadowRoot;
  if (!root || root.querySelector('[data-argument-id]')) return null;
  const t = root.querySelector('[data-action="toggle"]');
  if (!t) return null;
  const r = t.getBoundingClientRect();
  return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
}

/**
 * Runs `fn` with extra environment variables, restored afterwards. The browser launchers pass our environment
 * to the browser (Firefox finds managed storage under `HOME`).
 */
export async function withEnv(vars, fn) {
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
export async function chooseLanguage(browser, lang) {
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
export async function closeOnboarding(browser) {
  await sleep(500);
  for (const p of browser.pages()) if (p.url().endsWith('/onboarding.html')) await p.close();
}
