/**
 * UI strings in the background (context-menu titles, badge titles): the user's chosen language
 * (`settings.lang`), which may differ from the browser's UI language that `i18n.getMessage` uses.
 * The other language's `messages.json` is read from the extension package (`runtime.getURL`, no network).
 * Loaded once per worker lifetime and again when the setting changes.
 */
import { baseLang, type MessagesFile, useBrowserI18n, useMessages } from '../i18n';
import { browser } from '../platform/browser';
import { loadSettings } from '../platform/storage';

let ready: Promise<void> | null = null;

async function load(): Promise<void> {
  useBrowserI18n((key, subs) => browser.i18n.getMessage(key, subs));
  const ui = baseLang(browser.i18n.getUILanguage());
  const { settings } = await loadSettings();
  const lang = settings.lang === 'auto' ? ui : settings.lang;
  if (lang === ui) {
    useMessages(null);
    return;
  }
  try {
    const res = await fetch(browser.runtime.getURL(`_locales/${lang}/messages.json`));
    useMessages((await res.json()) as MessagesFile);
  } catch {
    // The browser's language is a readable fallback.
    useMessages(null);
  }
}

/** Resolves when `t()` gives strings in the user's language. Never rejects. */
export function stringsReady(): Promise<void> {
  ready ??= load().catch(() => undefined);
  return ready;
}

/** Loads the strings again (after `settings.lang` changed). */
export function reloadStrings(): Promise<void> {
  ready = null;
  return stringsReady();
}
