/**
 * The side panel's calls into the browser: opening it (Chrome's `sidePanel`, Firefox's `sidebarAction`), the tab it
 * follows, and its port to that tab's content script (`tabs.connect`, typed by `src/messages.ts`).
 *
 * Opening needs a user action in both browsers, and each counts it differently:
 * - Chrome (`sidePanel.open`, Chrome 116): allowed while a user gesture is being handled in an extension page (the
 *   popup's button), a context-menu click, a keyboard command, or a message a content script sent from its own click
 *   handler (the card). The call must happen before any `await` in that handler, or the gesture is spent.
 * - Firefox (`sidebarAction.open`): only inside the handler of a user action on an extension page, menu or command
 *   (MDN, `sidebarAction.open`); a content script's click does not count, so the card tells the shortcut instead.
 *   Its own `_execute_sidebar_action` command opens and closes the sidebar without any code.
 * Which API exists is the only test of which browser this is; it stays in this module.
 */
import type { ContentToPanel, PanelToContent } from '../messages';
import { isMessage, PANEL_PORT } from '../messages';
import { browser } from './browser';
import { sendToBackground } from './messaging';

/** Chrome's `sidePanel` (the polyfill has no types for it). */
interface ChromeSidePanel {
  open(options: { tabId?: number; windowId?: number }): Promise<void>;
}

/** Firefox's `sidebarAction` (the parts used here). */
interface FirefoxSidebarAction {
  open(): Promise<void>;
}

function sidePanelApi(): ChromeSidePanel | undefined {
  return (browser as unknown as { sidePanel?: ChromeSidePanel }).sidePanel;
}

function sidebarApi(): FirefoxSidebarAction | undefined {
  return (browser as unknown as { sidebarAction?: FirefoxSidebarAction }).sidebarAction;
}

/** Which kind of side panel this browser has: Chrome's side panel, Firefox's sidebar, or none (an old browser). */
export function panelKind(): 'side-panel' | 'sidebar' | 'none' {
  if (sidePanelApi()) return 'side-panel';
  if (sidebarApi()) return 'sidebar';
  return 'none';
}

/**
 * Opens the side panel (Chrome: for window `windowId`, else for tab `tabId`; Firefox: the sidebar of the window
 * in front). Call it synchronously inside the user's action (see the module comment); it is not `async` so that the
 * browser call itself happens before the caller's first `await`.
 * @throws (rejects) when the browser refuses: no user action, no such tab or window, or no side panel at all
 */
export function openSidePanel(target: { tabId?: number; windowId?: number }): Promise<void> {
  const chrome = sidePanelApi();
  if (chrome) {
    if (target.windowId !== undefined) return chrome.open({ windowId: target.windowId });
    if (target.tabId !== undefined) return chrome.open({ tabId: target.tabId });
    return Promise.reject(new Error('sidePanel.open needs a tab or a window'));
  }
  const firefox = sidebarApi();
  if (firefox) return firefox.open();
  return Promise.reject(new Error('this browser has no side panel'));
}

/**
 * The keyboard shortcut the user set for opening the side panel (`commands.getAll`; Chrome: the `open-panel`
 * command, Firefox: `_execute_sidebar_action`), e.g. `Alt+Shift+S`, or `''` when none is set. Never rejects.
 */
export async function panelShortcut(): Promise<string> {
  try {
    const commands = await browser.commands.getAll();
    const command = commands.find((c) => c.name === OPEN_PANEL_COMMAND || c.name === '_execute_sidebar_action');
    return command?.shortcut ?? '';
  } catch {
    return '';
  }
}

/** The keyboard command (Chrome's manifest `commands`) that opens the side panel; Firefox uses `_execute_sidebar_action`. */
export const OPEN_PANEL_COMMAND = 'open-panel';

/** The tab the panel shows: its id, URL (when the browser lets us see it) and window. */
export interface PanelTab {
  id: number;
  url?: string;
  windowId?: number;
}

/** The active tab of the panel's own window (`currentWindow` is the window the panel is in), or `undefined`. */
export async function activePanelTab(): Promise<PanelTab | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return undefined;
  return { id: tab.id, url: tab.url, windowId: tab.windowId };
}

/** The tab `tabId`, or `undefined` when it is gone. Never rejects. */
export async function panelTab(tabId: number): Promise<PanelTab | undefined> {
  try {
    const tab = await browser.tabs.get(tabId);
    return tab.id === undefined ? undefined : { id: tab.id, url: tab.url, windowId: tab.windowId };
  } catch {
    return undefined;
  }
}

/** What {@link watchTabs} reports. */
export type TabEvent =
  /** Another tab became the active one in window `windowId`. */
  | { kind: 'activated'; tabId: number; windowId: number }
  /** Tab `tabId` navigated (`url` changed) or finished loading (`complete`). */
  | { kind: 'updated'; tabId: number; url?: string; complete: boolean }
  /** Tab `tabId` closed. */
  | { kind: 'removed'; tabId: number };

/** Calls `fn` for tab activations, navigations, loads and closings until `signal` aborts. */
export function watchTabs(fn: (event: TabEvent) => void, signal: AbortSignal): void {
  const activated = (info: { tabId: number; windowId: number }): void =>
    fn({ kind: 'activated', tabId: info.tabId, windowId: info.windowId });
  const updated = (tabId: number, change: { url?: string; status?: string }): void => {
    if (change.url === undefined && change.status !== 'complete') return;
    fn({ kind: 'updated', tabId, complete: change.status === 'complete', ...(change.url ? { url: change.url } : {}) });
  };
  const removed = (tabId: number): void => fn({ kind: 'removed', tabId });
  browser.tabs.onActivated.addListener(activated);
  browser.tabs.onUpdated.addListener(updated);
  browser.tabs.onRemoved.addListener(removed);
  signal.addEventListener(
    'abort',
    () => {
      browser.tabs.onActivated.removeListener(activated);
      browser.tabs.onUpdated.removeListener(updated);
      browser.tabs.onRemoved.removeListener(removed);
    },
    { once: true },
  );
}

/** A connection to a tab's content script for the side panel. */
export interface PanelConnection {
  /** Sends a message to the content script; `false` when the port is closed. */
  send(message: PanelToContent): boolean;
  /** Closes the port. Idempotent. */
  close(): void;
}

/**
 * Opens the side panel's port to the content script of tab `tabId` (top frame). `onMessage` gets what the content
 * script sends (anything without a string `type` is dropped), `onClose` is called once when the port closes from the
 * other side: no content script in that tab (at once), the page navigated, or the content script stopped; with the
 * browser's reason when it gave one.
 */
export function connectPanel(
  tabId: number,
  onMessage: (message: ContentToPanel) => void,
  onClose: (reason: string | undefined) => void,
): PanelConnection {
  let closed = false;
  let port: ReturnType<typeof browser.tabs.connect>;
  try {
    port = browser.tabs.connect(tabId, { name: PANEL_PORT, frameId: 0 });
  } catch (e) {
    queueMicrotask(() => onClose(e instanceof Error ? e.message : String(e)));
    return { send: () => false, close: () => undefined };
  }
  port.onMessage.addListener((message: unknown) => {
    if (!closed && isMessage(message)) onMessage(message as unknown as ContentToPanel);
  });
  port.onDisconnect.addListener((p) => {
    if (closed) return;
    closed = true;
    // Chrome reports the reason in `runtime.lastError` (read here, or it is logged as unchecked), Firefox in `error`.
    const chromeError = (globalThis as { chrome?: { runtime?: { lastError?: { message?: string } } } }).chrome?.runtime?.lastError;
    const reason = chromeError?.message ?? (p as { error?: { message?: string } }).error?.message;
    onClose(reason);
  });
  return {
    send(message) {
      if (closed) return false;
      try {
        port.postMessage(message);
        return true;
      } catch {
        return false;
      }
    },
    close() {
      if (closed) return;
      closed = true;
      port.disconnect();
    },
  };
}

/** Opens the options page at section `section` (an element id such as `sites`), through the background. Never rejects. */
export async function openOptionsSection(section: string): Promise<void> {
  await sendToBackground({ type: 'open-options', section });
}
