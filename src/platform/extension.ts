/**
 * The background's calls into the browser: its lifecycle and input events, the toolbar button, the context menu,
 * content-script injection and registration, and the tabs it looks up. Thin wrappers with the shapes the background
 * needs, so that no module outside `src/platform/` touches `browser.*` (`tests/unit/platform-seam.test.ts`) and unit
 * tests swap the one `./browser` module for a fake.
 */

import { ALIVE_CSS } from '../card-alive';
import { browser, type Runtime } from './browser';

export type { Runtime };

/** Why the extension was installed or updated (`runtime.onInstalled`'s `reason`). */
export type InstallReason = Runtime.OnInstalledReason;

/** Calls `fn` when the extension is installed, updated, or the browser is updated (`runtime.onInstalled`). */
export function onInstalled(fn: (reason: InstallReason) => void): void {
  browser.runtime.onInstalled.addListener((details) => fn(details.reason));
}

/** Calls `fn` when a browser profile with the extension starts (`runtime.onStartup`). */
export function onStartup(fn: () => void): void {
  browser.runtime.onStartup.addListener(fn);
}

/** Calls `added` / `removed` when the user grants or takes away a permission or host permission. */
export function onPermissionsChanged(added: () => void, removed: () => void): void {
  browser.permissions.onAdded.addListener(added);
  browser.permissions.onRemoved.addListener(removed);
}

/** Calls `fn` with the keys that changed and the storage area (`sync`, `local`, `session`, `managed`). */
export function onStorageChanged(fn: (changes: Record<string, unknown>, area: string) => void): void {
  browser.storage.onChanged.addListener(fn);
}

/** The parts of a context-menu click the background reads. */
export interface MenuClick {
  menuItemId: string | number;
  selectionText?: string;
  pageUrl?: string;
}

/** The parts of a tab the background reads. */
export interface TabRef {
  id?: number;
  url?: string;
  /** The tab's window (the side panel opens per window in Chrome). */
  windowId?: number;
}

/** Calls `fn` on a click on one of the extension's context-menu items. */
export function onMenuClicked(fn: (info: MenuClick, tab?: TabRef) => void): void {
  browser.contextMenus.onClicked.addListener((info, tab) => fn(info, tab));
}

/** Calls `fn` when one of the manifest's keyboard commands is pressed (`tab`: Chrome, Firefox 126+). */
export function onCommand(fn: (command: string, tab?: TabRef) => void): void {
  browser.commands.onCommand.addListener((command, tab) => fn(command, tab));
}

/** One context-menu item: its id, its title, and where it shows (`selection`, `page`). */
export interface MenuItem {
  id: string;
  title: string;
  contexts: ('selection' | 'page')[];
}

/** Replaces all of the extension's context-menu items with `items`. */
export async function replaceMenus(items: readonly MenuItem[]): Promise<void> {
  await browser.contextMenus.removeAll();
  for (const item of items) browser.contextMenus.create({ ...item, contexts: [...item.contexts] });
}

/** Sets the toolbar button's badge text, colour (CSS colour) and title for tab `tabId`. */
export async function setBadge(tabId: number, badge: { text: string; color?: string; title: string }): Promise<void> {
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: badge.text }),
    ...(badge.color ? [browser.action.setBadgeBackgroundColor({ tabId, color: badge.color })] : []),
    browser.action.setTitle({ tabId, title: badge.title }),
  ]);
}

/**
 * Opens the toolbar popup (`action.openPopup`). Firefox allows it only while a user action is being handled, Chrome
 * from version 127.
 * @throws where the browser refuses
 */
export async function openPopup(): Promise<void> {
  await browser.action.openPopup();
}

/** Where {@link injectScript} runs a script: a tab, and in it documents, frames or all frames. */
export interface InjectionTarget {
  tabId: number;
  documentIds?: string[];
  frameIds?: number[];
  allFrames?: boolean;
}

/**
 * Runs the extension's script file `file` (e.g. `content.js`) in `target` (`scripting.executeScript`), after
 * inserting the sheet that keeps the card visible while the extension runs ({@link ALIVE_CSS}, user origin; the
 * browser removes it with the extension, and a card left behind then hides itself).
 * @throws when the tab is gone or the page may not be scripted
 */
export async function injectScript(target: InjectionTarget, file: string): Promise<void> {
  await browser.scripting.insertCSS({ target: target as { tabId: number }, css: ALIVE_CSS, origin: 'USER' });
  await browser.scripting.executeScript({ target: target as { tabId: number }, files: [file] });
}

/**
 * The dynamic content-script registration API (`scripting.registerContentScripts` and its siblings), typed by the
 * caller's registration shape `R`: the polyfill's types lag the browsers' (`matchOriginAsFallback`, `world`).
 */
export interface ContentScriptRegistry<R> {
  registerContentScripts(scripts: object[]): Promise<void>;
  updateContentScripts(scripts: object[]): Promise<void>;
  unregisterContentScripts(filter?: { ids?: string[] }): Promise<void>;
  getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<R[]>;
}

/** The browser's content-script registry (see {@link ContentScriptRegistry}). */
export function contentScriptRegistry<R>(): ContentScriptRegistry<R> {
  return browser.scripting as unknown as ContentScriptRegistry<R>;
}

/** Open tabs whose URL matches one of the match patterns `urls`. @throws on a pattern the browser refuses */
export async function tabsMatching(urls: string[]): Promise<{ id?: number; discarded?: boolean }[]> {
  return browser.tabs.query({ url: urls });
}

/** The active tab of the current window, or `undefined`. */
export async function activeTab(): Promise<TabRef | undefined> {
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active;
}

/** The match patterns of the manifest's static content scripts. */
export function manifestContentScriptMatches(): string[] {
  const scripts = (browser.runtime.getManifest().content_scripts ?? []) as { matches?: string[] }[];
  return scripts.flatMap((s) => s.matches ?? []);
}

/**
 * Registers a `runtime.onMessage` listener that hears only this extension's own pages (sender id ours, sender URL
 * under `runtime.getURL('')`), never a content script. `handle` returns `undefined` for messages it does not answer,
 * so other listeners keep theirs.
 */
export function onOwnPageMessage(handle: (message: unknown) => Promise<unknown> | undefined): void {
  const ownPages = browser.runtime.getURL('');
  browser.runtime.onMessage.addListener(((message: unknown, sender: Runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id || !sender.url?.startsWith(ownPages)) return undefined;
    return handle(message);
  }) as never);
}
