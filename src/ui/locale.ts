/**
 * Choosing the UI language of an extension page: the user's setting, or the browser's UI language,
 * and loading the matching strings into `src/i18n` before the page renders.
 */
import type { Lang } from '../catalog/types';
import { baseLang, langFor, useBrowserI18n, useMessages } from '../i18n/index';
import { browserMessage, loadMessages, uiLanguage } from '../platform/i18n';

/** The language to show for the setting `setting` (`auto`: the browser's UI language, German or else English; see `langFor`). */
export function resolveLang(setting: 'auto' | Lang): Lang {
  return langFor(setting, uiLanguage());
}

/**
 * Makes `t()` answer in `lang`. In the browser's own UI language the browser's i18n API serves the
 * strings; for the other language its `_locales/<lang>/messages.json` is loaded from the extension.
 * @returns `true` when `lang` is in effect; `false` when its file could not be loaded (the browser's
 *   language stays in effect, so the page still has words).
 */
export async function applyLanguage(lang: Lang): Promise<boolean> {
  useBrowserI18n(browserMessage);
  if (baseLang(uiLanguage()) === lang) {
    useMessages(null);
    return true;
  }
  try {
    useMessages(await loadMessages(lang));
    return true;
  } catch {
    useMessages(null);
    return false;
  }
}
