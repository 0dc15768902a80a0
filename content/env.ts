/**
 * The real dependencies of the content script ({@link ContentEnv}): the browser's `runtime`, session storage and
 * storage events through `src/platform/content.ts`, its i18n through `src/platform/i18n.ts`, the
 * configuration and the rankings from the background (`content-config`, `rank`: the catalog, the relevance
 * engine and the settings validators stay out of this bundle), the card, and the clipboard writer.
 * Imported only by the bundle entry in `./index.ts`; DOM tests pass fakes instead.
 */

import { useBrowserI18n, useMessages } from '../src/i18n/index';
import { writeClipboard } from '../src/platform/clipboard';
import { contentRuntime, localValues, onStorageChangedUntil, sessionArea } from '../src/platform/content';
import { browserMessage, uiLanguage } from '../src/platform/i18n';
import { type SendResult, sendToBackground } from '../src/platform/messaging';
import { mountCard } from './card/index';
import type { ConnectEvent } from './panel-feed';
import { settingsChangeOf } from './settings-change';
import type { ContentEnv, RuntimeLike, SessionFlags } from './types';

/**
 * Session flags in `storage.session` when the content script may use it (Chrome exposes it to content scripts
 * only after the background calls `setAccessLevel('TRUSTED_AND_UNTRUSTED_CONTEXTS')`), else in memory for this page.
 * The page's own `sessionStorage` is the page's, never ours.
 */
function sessionFlags(): SessionFlags {
  const memory = new Set<string>();
  const area = sessionArea();
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

/**
 * The value of a background answer, or throws: a lost context as "Extension context invalidated" (the content
 * script tears down on it), anything else with the reason.
 */
function answerOf<R>(result: SendResult<R>): R {
  if (result.ok) return result.value;
  throw new Error(result.reason === 'context-gone' ? 'Extension context invalidated' : `${result.reason}: ${result.message}`);
}

/** The content script's dependencies in the browser. */
export function realEnv(): ContentEnv {
  useBrowserI18n(browserMessage);
  return {
    window,
    runtime: contentRuntime() as RuntimeLike,
    async loadConfig() {
      const answer = answerOf(await sendToBackground({ type: 'content-config' }));
      if (!answer.ok) throw new Error(answer.error);
      // The card's strings in the chosen language when it is not the browser's; else the browser's own.
      useMessages(answer.config.messages ?? null);
      return answer.config;
    },
    rank: async (request) => answerOf(await sendToBackground(request)),
    copies: async (request) => answerOf(await sendToBackground(request)),
    onSettingsChanged(cb, signal) {
      onStorageChangedUntil((changes, area) => {
        const change = settingsChangeOf(changes, area);
        if (change && !signal.aborted) cb(change);
      }, signal);
    },
    session: sessionFlags(),
    sides: {
      async get(key) {
        const side = await localValues.get(key);
        return side === 'left' || side === 'right' ? side : null;
      },
      set: (key, side) => localValues.set(key, side),
    },
    onPanelConnect: (contentRuntime() as { onConnect: ConnectEvent }).onConnect,
    mountCard,
    writeClipboard: (payload) =>
      writeClipboard(payload, { clipboard: navigator.clipboard, ClipboardItem: globalThis.ClipboardItem, document }),
    uiLanguage: uiLanguage(),
  };
}
