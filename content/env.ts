/**
 * The real dependencies of the content script ({@link ContentEnv}): webextension-polyfill's `runtime`,
 * settings and arguments from `src/platform/storage.ts`, the card, the clipboard writer and relevance.
 * Imported only by the bundle entry in `./index.ts`; DOM tests pass fakes instead.
 */

import { effectiveCatalog } from '../src/catalog/effective';
import { catalog as builtins } from '../src/catalog/index';
import type { Lang } from '../src/catalog/types';
import { type MessagesFile, useBrowserI18n, useMessages } from '../src/i18n/index';
import { browser } from '../src/platform/browser';
import { writeClipboard } from '../src/platform/clipboard';
import { loadSettings, loadUserArguments, onSettingsChanged, onUserArgumentsChanged } from '../src/platform/storage';
import { createScorer, rankArguments } from '../src/relevance/index';
import { allIntranetPatterns, loadManaged } from '../src/settings/managed';
import { mountCard } from './card/index';
import type { ContentEnv, RuntimeLike, SessionFlags } from './index';

/**
 * Session flags in `storage.session` when the content script may use it (Chrome exposes it to content scripts
 * only after the background calls `setAccessLevel('TRUSTED_AND_UNTRUSTED_CONTEXTS')`), else in memory for this page.
 * The page's own `sessionStorage` is the page's, never ours.
 */
function sessionFlags(): SessionFlags {
  const memory = new Set<string>();
  const area = (browser.storage as { session?: typeof browser.storage.local }).session;
  return {
    async get(key) {
      if (memory.has(key)) return true;
      try {
        return !!area && (await area.get(key))[key] === true;
      } catch {
        return false;
      }
    },
    async set(key) {
      memory.add(key);
      try {
        await area?.set({ [key]: true });
      } catch {
        // Not exposed to content scripts: memory only.
      }
    },
  };
}

/** Card strings in the language the user chose when it is not the browser's: asked from the background. */
async function loadUiMessages(lang: Lang): Promise<void> {
  if (lang === (browser.i18n.getUILanguage().toLowerCase().startsWith('de') ? 'de' : 'en')) return useMessages(null);
  try {
    const res = (await browser.runtime.sendMessage({ type: 'get-messages', lang })) as
      | { ok?: boolean; messages?: MessagesFile }
      | undefined;
    if (res?.ok && res.messages) useMessages(res.messages);
  } catch {
    // The browser's language stays: readable, if not the chosen one.
  }
}

/** The content script's dependencies in the browser. */
export function realEnv(): ContentEnv {
  useBrowserI18n((key, subs) => browser.i18n.getMessage(key, subs));
  return {
    window,
    runtime: browser.runtime as unknown as RuntimeLike,
    async loadSettings() {
      const { settings } = await loadSettings();
      void loadUiMessages(
        settings.lang === 'auto' ? (browser.i18n.getUILanguage().toLowerCase().startsWith('de') ? 'de' : 'en') : settings.lang,
      );
      return settings;
    },
    async loadCatalog(settings) {
      const [user, managed] = await Promise.all([loadUserArguments(), loadManaged()]);
      return effectiveCatalog(builtins, settings, user, managed.arguments);
    },
    intranetPatterns: () => allIntranetPatterns(),
    onSettingsChanged(cb, signal) {
      onSettingsChanged(() => cb(), signal);
      onUserArgumentsChanged(() => cb(), signal);
    },
    session: sessionFlags(),
    mountCard,
    writeClipboard: (payload) =>
      writeClipboard(payload, { clipboard: navigator.clipboard, ClipboardItem: globalThis.ClipboardItem, document }),
    createScorer,
    rankArguments,
    uiLanguage: browser.i18n.getUILanguage(),
  };
}
