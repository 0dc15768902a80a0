/**
 * `npm start` screenshots of the hint card: on a page, on a Confluence strategy page, for a selection; and a copy
 * from the card (a usage-record entry from a social site).
 */
import { join } from 'node:path';
import { CONFLUENCE, collapsedToggle, OUT, sleep, warn } from './common.mjs';

/**
 * Opens `demo.url`, opens the card, writes `out/<demo.shot>` cropped to the card and the page beside it; returns
 * the file path. `demo.context`: px of page shown left of the card (default 690). `demo.dark`: the page is shown with `prefers-color-scheme: dark` and a dark page style (as X's own
 * dark theme), so the card's dark colours show.
 */
export async function cardShot(browser, demo) {
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
export function cardBox() {
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

/**
 * "Find arguments for the selection" on the Confluence page: a paragraph about recruiting is selected and the
 * context-menu handler runs. A headless browser has no native context menu, so the click is replaced by the test
 * build's trigger message (`src/background/actions/test-trigger.ts`), sent from an extension page; it calls the same
 * `onMenuClicked(info, tab)` the real menu click calls, and the card then shows the selection's arguments.
 */
export async function selectionShot(browser) {
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
export async function copyFromCard(browser, url) {
  const page = await browser.newPage(url);
  try {
    await page.waitFor(() => !!document.querySelector('[data-argumentarium]')?.shadowRoot, undefined, {
      timeout: 20_000,
      message: 'the card',
    });
    const toggle = await page.evaluate(collapsedToggle);
    if (toggle) await page.clickAt(toggle.x, toggle.y);
    // The feed is ranked in batches: copy the first argument once the card's list has stood still for 1.5 s, so every
    // run copies the same one (the usage screenshot counts it).
    const ids = () =>
      page.evaluate(() => {
        const root = document.querySelector('[data-argumentarium]')?.shadowRoot;
        return Array.from(root?.querySelectorAll('[data-argument-id]') ?? [], (e) => e.getAttribute('data-argument-id')).join(',');
      });
    let last = await ids();
    let since = Date.now();
    for (const end = Date.now() + 15_000; Date.now() - since < 1500 && Date.now() < end; ) {
      await sleep(250);
      const now = await ids();
      if (now !== last) [last, since] = [now, Date.now()];
    }
    await page.clickDeep(['[data-argumentarium]', '[data-argument-id] [data-action="copy"]']);
    await sleep(500);
  } catch (e) {
    warn(`copy from the card on ${url}: ${e instanceof Error ? e.message : e}`);
  } finally {
    await page.close();
  }
}
