/**
 * The user's shortcuts into Argumentarium from outside the popup: the two context-menu items
 * ("Find arguments for the selection", "Copy the best argument for this page") and the keyboard
 * command `copy-best`. Each routes to the tab's content script; where none runs, it injects one
 * with `activeTab` + `scripting` (the menu click or key press grants `activeTab` for that tab) and
 * tries again; where the page cannot be scripted, it falls back as described per function.
 *
 * The clipboard is written by the content script, in the page (a service worker has no clipboard),
 * with no transient user activation in the page: a menu click or a key press in the browser UI gives
 * the page none. Measured by `tests/e2e/clipboard.*.test.ts` (the test build's trigger,
 * `./test-trigger.ts`, calls the same handlers as the real listeners):
 * - Chromium 156 lets an extension's content script in the focused tab write without activation and
 *   without `clipboardWrite` (the page's own scripts are refused), even where the page's
 *   Permissions-Policy refuses `clipboard-write`;
 * - Firefox ESR 153 refuses all three paths ("Clipboard write was blocked due to lack of user
 *   activation") unless the extension holds `clipboardWrite`, which the Firefox build therefore asks for
 *   (`scripts/build.mjs`, `manifestFor`).
 * The outcome is always shown on the toolbar button of that tab: badge text (`✓` copied, `!` not
 * copied) and a title that says what happened.
 */
import { t } from '../../i18n';
import type { Responses } from '../../messages';
import { activeTab, injectScript, openPopup, replaceMenus, setBadge } from '../../platform/extension';
import { isRestrictedUrl, type PendingSelection, type SendResult, savePendingSelection, sendToTab } from '../../platform/messaging';
import { OPEN_PANEL_COMMAND, openSidePanel } from '../../platform/panel';
import { rankSelectionText, type ShowSelection } from '../ranking';
import { CONTENT_SCRIPT } from '../registrations';
import { stringsReady } from '../strings';

/** Context-menu item ids; stable, since Chrome keeps created items across worker restarts. */
export const MENU_IDS = {
  rankSelection: 'argumentarium-rank-selection',
  copyBest: 'argumentarium-copy-best',
  openPanel: 'argumentarium-open-panel',
} as const;

/** The keyboard command (manifest `commands`) that copies the best argument. */
export const COPY_BEST_COMMAND = 'copy-best';

/** Longest selection passed on, in UTF-16 code units; the ranking needs far less than a whole document. */
export const MAX_SELECTION = 20_000;

/** How long the badge shows a result, in milliseconds. Best effort: a worker stopped earlier leaves it until the tab closes. */
export const BADGE_MS = 6000;

/**
 * (Re)creates the context-menu items with titles in the user's chosen language (`./strings.ts`).
 * `removeAll` first makes it idempotent (Chrome errors on a duplicate id). Never rejects.
 */
export function createMenus(): Promise<void> {
  // Queued: two overlapping runs (install and a language change) would create each id twice.
  menuQueue = menuQueue.then(makeMenus);
  return menuQueue;
}

let menuQueue: Promise<void> = Promise.resolve();

async function makeMenus(): Promise<void> {
  try {
    await stringsReady();
    await replaceMenus([
      { id: MENU_IDS.rankSelection, title: t('bgMenuRankSelection'), contexts: ['selection'] },
      { id: MENU_IDS.copyBest, title: t('bgMenuCopyBest'), contexts: ['page'] },
      { id: MENU_IDS.openPanel, title: t('bgMenuOpenPanel'), contexts: ['page', 'selection'] },
    ]);
  } catch (e) {
    console.warn('Argumentarium: context menu not created', e);
  }
}

/** Sends `msg` to the tab; when no content script answers, injects one (activeTab) and sends again. */
async function sendOrInject<M extends { type: 'copy-best' } | ShowSelection>(
  tabId: number,
  msg: M,
): Promise<SendResult<Responses[M['type']]>> {
  const first = await sendToTab(tabId, msg);
  if (first.ok || first.reason !== 'no-receiver') return first;
  try {
    await injectScript({ tabId }, CONTENT_SCRIPT);
  } catch (e) {
    // No activeTab (e.g. a command fired while another window was focused) or a page we may not script.
    return { ok: false, reason: 'restricted', message: String((e as Error)?.message ?? e) };
  }
  // The injected script registers its listener once it has started (after a microtask or two), so
  // a message sent right after `executeScript` resolves can still find nobody: try a few times.
  let result = await sendToTab(tabId, msg);
  for (const wait of INJECT_RETRY_MS) {
    if (result.ok || result.reason !== 'no-receiver') break;
    await new Promise((r) => setTimeout(r, wait));
    result = await sendToTab(tabId, msg);
  }
  return result;
}

/** Pauses between sends to a just-injected content script, in milliseconds (about 0.6 s in all). */
const INJECT_RETRY_MS = [50, 150, 400];

/** Shows a result on the toolbar button of tab `tabId` for {@link BADGE_MS}. Never rejects. */
export async function showBadge(tabId: number, text: string, title: string | (() => string), color: string): Promise<void> {
  try {
    await stringsReady();
    if (typeof title === 'function') title = title();
    await setBadge(tabId, { text, color, title });
    setTimeout(() => {
      // Back to the manifest's title: Chrome refuses `null` (Firefox's way to reset), so it is set again.
      void setBadge(tabId, { text: '', title: t('actionTitle') }).catch(() => undefined);
    }, BADGE_MS);
  } catch {
    // The tab closed meanwhile.
  }
}

/** Badge colours: green for done, amber for "look at the popup". WCAG contrast with white text ≥ 4.5:1. */
const OK_COLOR = '#1e7a34';
const WARN_COLOR = '#a15c00';

/** The name the badge gives the copied argument: the title the content script copied it under, else its id. */
function titleOf(answer: Responses['copy-best']): string {
  return answer.title || answer.argumentId || '';
}

/**
 * Copies the best argument for tab `tabId` (context menu "Copy the best argument" and the
 * `copy-best` command): the content script picks and copies; the outcome goes to the badge.
 * @returns the content script's answer, or the failure.
 */
export async function copyBest(tabId: number): Promise<SendResult<Responses['copy-best']>> {
  const result = await sendOrInject(tabId, { type: 'copy-best' });
  if (!result.ok) {
    await showBadge(tabId, '!', () => t('bgBadgeRestricted'), WARN_COLOR);
  } else if (result.value.ok && result.value.argumentId) {
    const title = titleOf(result.value);
    await showBadge(tabId, '✓', () => t('bgBadgeCopied', title), OK_COLOR);
  } else if (result.value.argumentId) {
    // The argument was chosen but the page refused the clipboard (Firefox: no user activation).
    const title = titleOf(result.value);
    await showBadge(tabId, '!', () => t('bgBadgeCopyFailed', title), WARN_COLOR);
  } else {
    await showBadge(tabId, '!', () => t('bgBadgeNothing'), WARN_COLOR);
  }
  return result;
}

/** What {@link rankSelection} did with the selection. */
export type SelectionOutcome = 'card' | 'popup' | 'badge';

/**
 * "Find arguments for the selection": the selection is ranked here (`rankSelectionText`) and the tab's content script
 * shows the ranking on its card. Where nothing fits the selection (the card would say nothing about what the user
 * asked), or no content script can run (a restricted page, injection refused), the selection is kept in
 * `storage.session` under {@link PENDING_SELECTION_KEY} for the popup, which ranks it when it opens and says what it
 * found; the popup is opened with `action.openPopup()` where the browser allows it (Chrome 127+; Firefox only
 * synchronously inside the click handler, see `onMenuClicked`), else the badge asks for a click.
 */
export async function rankSelection(tabId: number | undefined, text: string, url?: string): Promise<SelectionOutcome> {
  const selection = text.slice(0, MAX_SELECTION);
  if (tabId !== undefined && (await showOnCard(tabId, selection, url))) return 'card';
  await storePendingSelection(selection, url);
  try {
    await openPopup();
    return 'popup';
  } catch {
    if (tabId !== undefined) await showBadge(tabId, '1', () => t('bgBadgeSelection'), WARN_COLOR);
    return 'badge';
  }
}

/**
 * Ranks `selection` and has the card of tab `tabId` show it (injecting the content script where none runs).
 * @returns true when the card shows it; false when nothing fits, the ranking failed, or no card can show it
 */
async function showOnCard(tabId: number, selection: string, url: string | undefined): Promise<boolean> {
  let message: ShowSelection | null;
  try {
    message = await rankSelectionText(selection, url);
  } catch (e) {
    console.error('Argumentarium: ranking the selection failed', e);
    return false;
  }
  if (!message) return false;
  const result = await sendOrInject(tabId, message);
  return result.ok && result.value.ok;
}

/** Stores the selection for the popup (`storage.session`: in memory, gone when the browser closes). Never rejects. */
export function storePendingSelection(text: string, url?: string): Promise<void> {
  const pending: PendingSelection = { text: text.slice(0, MAX_SELECTION), at: new Date().toISOString(), ...(url ? { url } : {}) };
  return savePendingSelection(pending);
}

/**
 * Handles a context-menu click. On a page no extension may script (known from the URL without
 * waiting), the selection goes straight to the popup: `openPopup` is called synchronously, since
 * Firefox only allows it while the click is being handled.
 */
export function onMenuClicked(
  info: { menuItemId: string | number; selectionText?: string; pageUrl?: string },
  tab?: { id?: number; url?: string; windowId?: number },
): Promise<unknown> {
  const tabId = tab?.id !== undefined && tab.id >= 0 ? tab.id : undefined;
  const url = tab?.url ?? info.pageUrl;
  // Synchronously, while the browser still counts the click as the user's action (see `openSidePanel`).
  if (info.menuItemId === MENU_IDS.openPanel) return openPanelFor(tabId, tab?.windowId);
  if (info.menuItemId === MENU_IDS.rankSelection) {
    const text = (info.selectionText ?? '').trim();
    if (!text) return Promise.resolve('badge');
    if (isRestrictedUrl(url)) {
      const stored = storePendingSelection(text, url);
      const opened = openPopup().then(
        () => true,
        () => false,
      );
      return Promise.all([stored, opened]).then(async ([, ok]): Promise<SelectionOutcome> => {
        if (ok) return 'popup';
        if (tabId !== undefined) await showBadge(tabId, '1', () => t('bgBadgeSelection'), WARN_COLOR);
        return 'badge';
      });
    }
    return rankSelection(tabId, text, url);
  }
  if (info.menuItemId === MENU_IDS.copyBest && tabId !== undefined) return copyBest(tabId);
  return Promise.resolve(undefined);
}

/**
 * Opens the side panel for tab `tabId` in window `windowId` (a menu click, the `open-panel` command, the card's
 * message), synchronously inside the user's action. A refusal shows on the toolbar button of that tab.
 * @returns true when the panel opened
 */
export function openPanelFor(tabId: number | undefined, windowId: number | undefined): Promise<boolean> {
  return openSidePanel({ tabId, windowId }).then(
    () => true,
    async (e: unknown) => {
      console.warn('Argumentarium: side panel not opened', e);
      if (tabId !== undefined) await showBadge(tabId, '!', () => t('popupOpenPanelFailed', String((e as Error)?.message ?? e)), WARN_COLOR);
      return false;
    },
  );
}

/**
 * Handles a keyboard command; `tab` is given by Chrome and Firefox 126+, else the active tab is looked up.
 * `open-panel` (Chrome; Firefox opens its sidebar by its own `_execute_sidebar_action`) opens the side panel before
 * anything is awaited, while the key press still counts as the user's action.
 */
export async function onCommand(command: string, tab?: { id?: number; windowId?: number }): Promise<unknown> {
  if (command === OPEN_PANEL_COMMAND) return openPanelFor(tab?.id, tab?.windowId);
  if (command !== COPY_BEST_COMMAND) return undefined;
  let tabId = tab?.id;
  if (tabId === undefined) {
    tabId = (await activeTab())?.id;
  }
  return tabId === undefined ? undefined : copyBest(tabId);
}
