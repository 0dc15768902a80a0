/**
 * The clipboard from the context menu and the `copy-best` keyboard command, end to end ("Clipboard from the
 * popup, the card, the context menu and the keyboard command, in both browsers; never from the service worker; a
 * fallback where the async clipboard is refused; a visible result every time"). Written once and run per browser
 * by `clipboard.chromium.test.ts` and `clipboard.firefox.test.ts` on the `dist-test/` build.
 *
 * Headless browsers cannot open a native context menu or press a browser-level shortcut, so each test sends the
 * test build's trigger message (`src/background/actions/test-trigger.ts`) from an extension page in a background
 * tab; the trigger calls `onMenuClicked(info, tab)` / `onCommand(command, tab)`, the functions the real listeners
 * call, and everything after it is the shipped path. The tab acted on is in front (focused), as it is when the user
 * right-clicks in it or presses the shortcut, and it has had no click or key press (no transient user activation):
 * a menu click or a shortcut gives the page none either.
 *
 * The clipboard is read back for real through a page of another origin (`sport.example.com`, where the extension
 * does not run): Chromium grants clipboard-read to that origin only, so the page acted on never gets a
 * clipboard grant from the test; Firefox reads with `dom.events.testing.asyncClipboard`. Before each copy the
 * clipboard is set to a fresh sentinel, so a stale text cannot pass.
 *
 * Expected texts come from the catalog and the fixtures: the X timeline fixture's posts voice the fear of public
 * criticism (→ `criticism`); the Confluence page is a social-media strategy whose text the documents suite expects
 * to show `criticism` too. Formats by destination: plain text for X (title, claim, reasoning separated by blank
 * lines, no markup), Markdown for Confluence (the title in `**…**`).
 */

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { type BrowserName, type E2EPage, extensionDir, ROOT } from '../../scripts/e2e/index.mjs';
import { catalog } from '../../src/catalog/index';
import { type Argument, type ArgumentText, LANGS, type Lang } from '../../src/catalog/types';
import { CARD_TIMEOUT, type Session, useSession } from './helpers';
import { expectRank, squash, uiStrings, waitForArgumentIn, waitForSettledArgument } from './hostile-helpers';
import { setFirefoxPref } from './hostile-pixels';

/** The test build's trigger message type (`TEST_ACTION_TYPE` in `src/background/actions/test-trigger.ts`). */
const TEST_ACTION = 'argumentarium-test-action';
/** Context-menu item ids (`MENU_IDS` in `src/background/actions/index.ts`). */
const MENU = { rankSelection: 'argumentarium-rank-selection', copyBest: 'argumentarium-copy-best' };

/** The page the clipboard is read through: an origin the extension does not run on and the test never acts on. */
const READER_URL = 'https://sport.example.com/';

/** Written for these tests: a selection about attracting young applicants (→ employer-branding). */
const EMPLOYER_SELECTION =
  'Wir finden kaum noch Auszubildende. Wie werden wir als Arbeitgeber für junge Bewerberinnen und Bewerber sichtbar und attraktiv?';

/**
 * How long a test leaves the page acted on alone before the trigger, in ms. Both drivers run `evaluate` with a user
 * gesture (Playwright: CDP `userGesture: true`; Puppeteer over BiDi: `userActivation: true`; seen on Firefox ESR 153:
 * `navigator.userActivation.isActive` is true in a page nobody clicked), and transient activation lasts 5 s
 * (HTML Standard "transient activation duration": Chromium's 5 s, Firefox's `dom.user_activation.transient.timeout`
 * 5 s). After 6 s the page has none, as after a real menu click or shortcut.
 */
const ACTIVATION_EXPIRY_MS = 6000;

/** Answer of the trigger: what the handler resolved to. */
type TriggerAnswer = { ok: true; result: unknown } | { ok: false; error: string };

/** The `SendResult<Responses['copy-best']>` that `copyBest` resolves to. */
type CopyBestResult =
  | { ok: true; value: { ok: boolean; argumentId?: string; error?: string } }
  | { ok: false; reason: string; message?: string };

function argument(id: string): Argument {
  const arg = catalog.find((a) => a.id === id);
  if (!arg) throw new Error(`argument ${id} is not in the catalog (src/catalog/index.ts)`);
  return arg;
}

/** The catalog text of `id` in `lang`. */
function textIn(id: string, lang: Lang): ArgumentText {
  const text = argument(id).text[lang];
  if (!text) throw new Error(`argument ${id} has no ${lang} text`);
  return text;
}

/** The language whose title and claim of `id` the copied text holds (the card's language follows the settings). */
function langOf(id: string, text: string): Lang | undefined {
  return LANGS.find((l) => {
    const t = argument(id).text[l];
    return t !== undefined && squash(text).includes(squash(t.title)) && squash(text).includes(squash(t.claim));
  });
}

/** In-page (extension page): sends the trigger and returns the handler's answer. */
function sendTrigger(msg: Record<string, unknown>): Promise<TriggerAnswer> {
  const g = globalThis as unknown as { browser?: { runtime: { sendMessage(m: unknown): Promise<unknown> } }; chrome?: unknown };
  const api = (g.browser ?? g.chrome) as { runtime: { sendMessage(m: unknown): Promise<unknown> } };
  return api.runtime.sendMessage(msg) as Promise<TriggerAnswer>;
}

/** In-page (extension page): the id of the active tab of this window, or null. */
async function activeTabId(): Promise<number | null> {
  const g = globalThis as unknown as { browser?: unknown; chrome?: unknown };
  const api = (g.browser ?? g.chrome) as { tabs: { query(q: object): Promise<{ id?: number }[]> } };
  const [tab] = await api.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** In-page (extension page): the toolbar button's badge text and title for tab `tabId`. */
async function badgeOf(tabId: number): Promise<{ text: string; title: string }> {
  const g = globalThis as unknown as { browser?: unknown; chrome?: unknown };
  const api = (g.browser ?? g.chrome) as {
    action: { getBadgeText(d: object): Promise<string>; getTitle(d: object): Promise<string> };
  };
  const [text, title] = await Promise.all([api.action.getBadgeText({ tabId }), api.action.getTitle({ tabId })]);
  return { text, title };
}

/** In-page (extension page): the selection the background left for the popup in `storage.session`. */
async function pendingSelection(): Promise<{ text?: string; url?: string } | null> {
  const g = globalThis as unknown as { browser?: unknown; chrome?: unknown };
  const api = (g.browser ?? g.chrome) as { storage: { session: { get(k: string): Promise<Record<string, unknown>> } } };
  const got = await api.storage.session.get('pendingSelection');
  return (got.pendingSelection as { text?: string; url?: string } | undefined) ?? null;
}

/** In-page (extension page): keeps a selection for the popup as the background does (`storage.session`). */
async function keepSelection(arg: { text: string; url: string }): Promise<void> {
  const g = globalThis as unknown as { browser?: unknown; chrome?: unknown };
  const api = (g.browser ?? g.chrome) as { storage: { session: { set(v: Record<string, unknown>): Promise<void> } } };
  await api.storage.session.set({ pendingSelection: { text: arg.text, url: arg.url, at: new Date().toISOString() } });
}

/** Defines the clipboard suite for one browser. */
export function defineClipboardSuite(name: BrowserName): void {
  describe(`${name}: clipboard from the context menu and the copy-best command`, () => {
    const s: Session = useSession(name, { grantAll: true });
    let sentinelCount = 0;

    beforeAll(() => {
      // The timeline again, served with a Permissions-Policy that refuses the async clipboard to the page.
      s.harness.server.addRoute({
        host: 'x.com',
        prefix: '/no-clipboard',
        file: 'x/timeline.html',
        headers: { 'permissions-policy': 'clipboard-write=(), clipboard-read=()' },
      });
    });

    /**
     * Firefox only: sets `dom.events.testing.asyncClipboard`. The harness turns it on so tests can read the
     * clipboard, but it also lifts the user-activation requirement for writing, which would hide exactly what this
     * suite measures: it is off while the extension copies.
     */
    async function setTestingClipboard(on: boolean): Promise<void> {
      if (name === 'firefox') await setFirefoxPref(s.browser, 'dom.events.testing.asyncClipboard', on);
    }

    /** Opens the reader page and puts a fresh sentinel on the clipboard (after a real click: activation). */
    async function freshClipboard(): Promise<{ reader: E2EPage; sentinel: string }> {
      const reader = await s.open(READER_URL);
      const sentinel = `sentinel ${name} ${++sentinelCount} ${Date.now()}`;
      if (name === 'chromium') {
        const ctx = s.browser.raw as { grantPermissions(p: string[], o: { origin: string }): Promise<void> };
        await ctx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(READER_URL).origin });
      }
      await reader.bringToFront();
      await reader.clickAt(5, 5);
      await reader.evaluate((t: string) => navigator.clipboard.writeText(t), sentinel);
      expect(await reader.readClipboard()).toBe(sentinel);
      return { reader, sentinel };
    }

    /** Reads the clipboard through the reader page until it is no longer the sentinel (or 5 s passed). */
    async function clipboardAfter(reader: E2EPage, sentinel: string): Promise<string> {
      const deadline = Date.now() + 5000;
      for (;;) {
        const text = await reader.readClipboard();
        if (text !== sentinel || Date.now() > deadline) return text;
        await new Promise((r) => setTimeout(r, 200));
      }
    }

    /** Opens the extension page the triggers are sent from (options page; left in the background). */
    async function openTrigger(): Promise<E2EPage> {
      return s.open(s.browser.extensionUrl('options.html'));
    }

    /** The toolbar button of the acted-on tab, read as soon as the last trigger answered (it resets after 6 s). */
    let lastBadge: { text: string; title: string } | undefined;

    /**
     * Brings `page` to the front and fires the trigger from `from`, with Firefox's testing clipboard pref off while
     * the handler runs (see {@link setTestingClipboard}); then reads the button of tab `msg.tab.id` into `lastBadge`
     * (the handler has set it before answering; `BADGE_MS` later it is cleared).
     */
    async function fire(
      from: E2EPage,
      page: E2EPage,
      msg: { tab: { id: number; url?: string } } & Record<string, unknown>,
    ): Promise<TriggerAnswer> {
      lastBadge = undefined;
      await setTestingClipboard(false);
      try {
        await page.bringToFront();
        const answer = await from.evaluate(sendTrigger, { type: TEST_ACTION, ...msg });
        lastBadge = await from.evaluate(badgeOf, msg.tab.id);
        return answer;
      } finally {
        await setTestingClipboard(true);
      }
    }

    function firedBadge(): { text: string; title: string } {
      if (!lastBadge) throw new Error('no trigger was fired in this test');
      return lastBadge;
    }

    /** The tab id of `page`: the active tab once `page` is in front (no `tabs` permission needed to see it). */
    async function tabOf(from: E2EPage, page: E2EPage): Promise<number> {
      await page.bringToFront();
      return from.waitFor(activeTabId, undefined, { message: `the tab of ${page.url()}` });
    }

    /** The trigger's copy-best result, checked to be a content-script answer. */
    function copyAnswer(answer: TriggerAnswer): { ok: boolean; argumentId?: string; error?: string } {
      expect(answer.ok, JSON.stringify(answer)).toBe(true);
      const result = (answer as { result: CopyBestResult }).result;
      expect(result.ok, JSON.stringify(result)).toBe(true);
      return (result as { value: { ok: boolean; argumentId?: string; error?: string } }).value;
    }

    /** Opens `url`, waits for the card to list `id`, and leaves the page alone until any activation has expired. */
    async function openActedOn(url: string, id: string): Promise<{ page: E2EPage; ids: string[] }> {
      const page = await s.open(url);
      // Twice the usual wait: Firefox's first page after the install has needed over 20 s on a loaded 2-core machine.
      const ids = await waitForArgumentIn(page, id, 2 * CARD_TIMEOUT);
      await new Promise((r) => setTimeout(r, ACTIVATION_EXPIRY_MS));
      return { page, ids };
    }

    test('copy-best command on the X timeline: the best argument, as plain text, on the clipboard; ✓ on the button', async () => {
      const { reader, sentinel } = await freshClipboard();
      const trigger = await openTrigger();
      const { page, ids } = await openActedOn('https://x.com/home', 'criticism');
      const tabId = await tabOf(trigger, page);
      const value = copyAnswer(await fire(trigger, page, { kind: 'command', command: 'copy-best', tab: { id: tabId } }));
      // The timeline is about fear of public criticism; it is also what the card shows first.
      expect(value.argumentId).toBe('criticism');
      expect(ids[0]).toBe('criticism');
      expect(value.ok, JSON.stringify(value)).toBe(true);
      const text = await clipboardAfter(reader, sentinel);
      const lang = langOf('criticism', text);
      expect(lang, `clipboard: ${JSON.stringify(text)}`).toBeDefined();
      const arg = textIn('criticism', lang as Lang);
      // Plain text for X: the title, then the claim after a blank line; no Markdown, no HTML.
      expect(text.startsWith(arg.title), `clipboard: ${JSON.stringify(text)}`).toBe(true);
      expect(text).toContain(`\n\n${arg.claim}`);
      expect(text).not.toMatch(/\*\*|<\/?[a-z]/i);
      const badge = firedBadge();
      expect(badge.text).toBe('✓');
      expect(uiStrings('bgBadgeCopied', arg.title)).toContain(badge.title);
    });

    test('menu "Copy the best argument" on a Confluence page: the card\'s first argument, as Markdown', async () => {
      const { reader, sentinel } = await freshClipboard();
      const trigger = await openTrigger();
      const url = 'https://example.atlassian.net/wiki/spaces/KOMM/pages/123456/Social+Media+Strategie';
      const { page, ids } = await openActedOn(url, 'criticism');
      const tabId = await tabOf(trigger, page);
      const value = copyAnswer(
        await fire(trigger, page, { kind: 'menu', info: { menuItemId: MENU.copyBest, pageUrl: url }, tab: { id: tabId, url } }),
      );
      // The strategy page names three concerns (criticism, young applicants, the staff newspaper); the copy is the
      // one the card ranks first.
      expect(['criticism', 'employer-branding', 'internal-communication']).toContain(value.argumentId);
      expect(value.argumentId).toBe(ids[0]);
      expect(value.ok, JSON.stringify(value)).toBe(true);
      const id = value.argumentId as string;
      const text = await clipboardAfter(reader, sentinel);
      const lang = langOf(id, text);
      expect(lang, `clipboard: ${JSON.stringify(text)}`).toBeDefined();
      const arg = textIn(id, lang as Lang);
      // Markdown for Confluence: the title in bold as the first paragraph.
      expect(text.startsWith(`**${arg.title}**\n\n`), `clipboard: ${JSON.stringify(text)}`).toBe(true);
      const badge = firedBadge();
      expect(badge.text).toBe('✓');
    });

    test('a page whose Permissions-Policy refuses the async clipboard: the fallback still copies, ✓ on the button', async () => {
      const { reader, sentinel } = await freshClipboard();
      const trigger = await openTrigger();
      const page = await s.open('https://x.com/no-clipboard');
      await waitForArgumentIn(page, 'criticism');
      if (name === 'chromium') {
        // The header is in force (Firefox implements no `clipboard-write` policy feature; it has nothing to check).
        const allowed = await page.evaluate(() =>
          (document as Document & { featurePolicy: { allowsFeature(f: string): boolean } }).featurePolicy.allowsFeature('clipboard-write'),
        );
        expect(allowed).toBe(false);
      }
      await new Promise((r) => setTimeout(r, ACTIVATION_EXPIRY_MS));
      const tabId = await tabOf(trigger, page);
      const value = copyAnswer(await fire(trigger, page, { kind: 'command', command: 'copy-best', tab: { id: tabId } }));
      expect(value.argumentId).toBe('criticism');
      expect(value.ok, JSON.stringify(value)).toBe(true);
      const text = await clipboardAfter(reader, sentinel);
      expect(langOf('criticism', text), `clipboard: ${JSON.stringify(text)}`).toBeDefined();
      expect(firedBadge().text).toBe('✓');
    });

    test('a page the extension may not read: nothing copied, "!" and a clear title on the button', async () => {
      const { reader, sentinel } = await freshClipboard();
      const trigger = await openTrigger();
      // sport.example.com is in no granted group, and the trigger gives no activeTab: injection is refused.
      const page = await s.open('https://sport.example.com/cake');
      await new Promise((r) => setTimeout(r, ACTIVATION_EXPIRY_MS));
      const tabId = await tabOf(trigger, page);
      const answer = await fire(trigger, page, { kind: 'command', command: 'copy-best', tab: { id: tabId } });
      expect(answer.ok).toBe(true);
      const result = (answer as { result: CopyBestResult }).result;
      expect(result).toMatchObject({ ok: false, reason: 'restricted' });
      const badge = firedBadge();
      expect(badge.text).toBe('!');
      expect(uiStrings('bgBadgeRestricted')).toContain(badge.title);
      expect(await reader.readClipboard()).toBe(sentinel);
    });

    test('menu "Find arguments for the selection": the card on the page ranks the selection', async () => {
      const trigger = await openTrigger();
      const page = await s.open('https://x.com/sport');
      // The sport page alone gives no card; the selection about young applicants must.
      await page.waitFor(() => document.readyState === 'complete');
      const tabId = await tabOf(trigger, page);
      const answer = await fire(trigger, page, {
        kind: 'menu',
        info: { menuItemId: MENU.rankSelection, selectionText: EMPLOYER_SELECTION, pageUrl: page.url() },
        tab: { id: tabId, url: page.url() },
      });
      expect(answer).toEqual({ ok: true, result: 'card' });
      const ids = await waitForSettledArgument(page, 'employer-branding', CARD_TIMEOUT);
      expectRank(ids, 'employer-branding');
    });

    test('menu "Find arguments for the selection" where no content script may run: kept for the popup, visible result', async () => {
      const trigger = await openTrigger();
      const page = await s.open('https://sport.example.com/cake');
      const tabId = await tabOf(trigger, page);
      const answer = await fire(trigger, page, {
        kind: 'menu',
        info: { menuItemId: MENU.rankSelection, selectionText: EMPLOYER_SELECTION, pageUrl: page.url() },
        tab: { id: tabId, url: page.url() },
      });
      expect(answer.ok, JSON.stringify(answer)).toBe(true);
      const outcome = (answer as { result: unknown }).result;
      expect(['popup', 'badge']).toContain(outcome);
      if (outcome === 'popup') {
        // The popup the background opened takes the kept selection as it starts (src/platform/tabs.ts selectionReport).
        await trigger.waitFor(
          async () => {
            const g = globalThis as unknown as { browser?: unknown; chrome?: unknown };
            const api = (g.browser ?? g.chrome) as { storage: { session: { get(k: string): Promise<Record<string, unknown>> } } };
            return (await api.storage.session.get('pendingSelection')).pendingSelection === undefined;
          },
          undefined,
          { message: 'the opened popup to take the kept selection' },
        );
      } else {
        // openPopup refused (no user action, or no focused window): the selection waits, and the button asks for a click.
        const pending = await trigger.evaluate(pendingSelection);
        expect(pending?.text).toBe(EMPLOYER_SELECTION);
        expect(pending?.url).toBe(page.url());
        const badge = firedBadge();
        expect(badge.text).toBe('1');
        expect(uiStrings('bgBadgeSelection')).toContain(badge.title);
      }
      // What a popup shows for a kept selection (the drivers cannot reach a popup the browser opened): keep it again
      // as the background does, and open the popup; it shows the selection's arguments and uses the selection up.
      await trigger.evaluate(keepSelection, { text: EMPLOYER_SELECTION, url: page.url() });
      const popup = await s.open(s.browser.extensionUrl('popup.html'));
      const forSelection = uiStrings('popupForSelection');
      // The heading reads "For this page" until the ranking of the kept selection arrives.
      const heading = await popup.waitFor(
        (names: string[]) => {
          const h = document.querySelector('#h-page')?.textContent ?? '';
          return names.includes(h) ? h : null;
        },
        forSelection,
        { message: 'the popup headed "For your selection"' },
      );
      expect(uiStrings('popupForSelection')).toContain(heading);
      const first = await popup.evaluate(() =>
        document.querySelector('#h-page ~ * [data-argument-id], [data-argument-id]')?.getAttribute('data-argument-id'),
      );
      expect(first).toBe('employer-branding');
      expect(await trigger.evaluate(pendingSelection)).toBeNull();
    });

    test('the shipped build has no test trigger', () => {
      const shipped = join(ROOT, 'dist', name === 'chromium' ? 'chrome' : 'firefox', 'background.js');
      const testBuild = join(extensionDir(name, { grantAll: true }), 'background.js');
      expect(readFileSync(testBuild, 'utf8')).toContain(TEST_ACTION);
      if (existsSync(shipped)) expect(readFileSync(shipped, 'utf8')).not.toContain(TEST_ACTION);
    });
  });
}
