/**
 * `npm start` screenshots of the real toolbar popup: over a page, and over a Notion page (the destination's format,
 * an audience, the briefing composer).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NOTION_URL, OUT, sleep, warn } from './common.mjs';

/** The real toolbar popup over `url` as the user sees it after a click on the toolbar button; writes `out/<shot>`. */
export async function popupOverPage(browser, url, pattern, shot) {
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
export async function popupOnDestination(browser) {
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
export async function openRealPopup(browser, pattern) {
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
