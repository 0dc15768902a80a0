/**
 * The browser's i18n and the extension package's string files: the UI language, the browser's own message lookup,
 * and reading `_locales/<lang>/messages.json` for a language other than the browser's.
 */
import type { Lang } from '../catalog/types';
import { isMessagesFile, type MessagesFile } from '../i18n/index';
import { browser } from './browser';

/** The browser's UI language as a BCP 47 tag (e.g. `de-DE`); `en` when the browser cannot say. */
export function uiLanguage(): string {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return 'en';
  }
}

/** Looks up `key` in the browser's own i18n (the UI language's messages.json). */
export function browserMessage(key: string, subs?: string[]): string {
  return browser.i18n.getMessage(key, subs);
}

/** Loads an extension file's JSON (e.g. `_locales/de/messages.json`). @throws on a missing or invalid file. */
export async function loadExtensionJson(path: string): Promise<unknown> {
  const res = await fetch(browser.runtime.getURL(path));
  if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
  return res.json();
}

/**
 * The UI strings of `lang` from the extension package (`_locales/<lang>/messages.json`, read with `runtime.getURL`:
 * no network). The only place that reads a `messages.json`; extension pages and the background call it, content
 * scripts get the file through the background. Not cached here: callers that need it often keep the promise.
 * @throws when the file is missing or is not a messages file
 */
export async function loadMessages(lang: Lang): Promise<MessagesFile> {
  const path = `_locales/${lang}/messages.json`;
  const file = await loadExtensionJson(path);
  if (!isMessagesFile(file)) throw new Error(`${path}: not a messages file`);
  return file;
}
