/**
 * UI strings in the background (context-menu titles, badge titles): the user's chosen language
 * (`settings.lang`), which may differ from the browser's UI language that `i18n.getMessage` uses.
 * The other language's `messages.json` is read from the extension package (`runtime.getURL`, no network).
 * Loaded once per worker lifetime and again when the setting changes.
 */
import { baseLang, langFor, useBrowserI18n, useMessages } from '../i18n';
import { browserMessage, loadMessages, uiLanguage } from '../platform/i18n';
import { loadSettings } from '../platform/storage';

let ready: Promise<void> | null = null;

async function load(): Promise<void> {
  useBrowserI18n(browserMessage);
  const tag = uiLanguage();
  const { settings } = await loadSettings();
  const lang = langFor(settings.lang, tag);
  if (lang === baseLang(tag)) {
    useMessages(null);
    return;
  }
  try {
    useMessages(await loadMessages(lang));
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
