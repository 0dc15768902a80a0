/**
 * User-interface strings. Every visible string of the popup, options page,
 * onboarding and card comes from `_locales/<lang>/messages.json`.
 *
 * In the browser's own UI language the strings come from `browser.i18n.getMessage`.
 * When the user picked the other language, its `messages.json` is loaded once
 * (extension pages: `fetch(runtime.getURL(...))`; content scripts: through the
 * background, which fetches it) and passed to {@link useMessages}.
 * Unit tests pass a dictionary to {@link useMessages} directly.
 */
import type { Lang } from '../catalog/types';

/** The shape of a `messages.json` file (Chrome i18n format). */
export type MessagesFile = Record<string, { message: string; description?: string; placeholders?: Record<string, { content: string }> }>;

let dictionary: MessagesFile | null = null;
let getMessage: ((key: string, subs?: string[]) => string) | null = null;

/**
 * Answers of the browser's i18n API, by key and substitutions. Its strings cannot change while a page lives, and
 * each lookup is a call into the browser: the card re-renders its texts as a feed's rankings change, and those calls
 * were 15 % of the content script's time on the bench's endless feed. Bounded: cleared at {@link MEMO_LIMIT} entries.
 */
const memo = new Map<string, string>();
const MEMO_LIMIT = 500;

/** Use the browser's i18n API (`browser.i18n.getMessage`) for lookups not covered by a loaded dictionary. */
export function useBrowserI18n(fn: (key: string, subs?: string[]) => string): void {
  getMessage = fn;
  memo.clear();
}

/** Use `file` (a parsed messages.json) for all lookups; `null` returns to the browser's i18n API. */
export function useMessages(file: MessagesFile | null): void {
  dictionary = file;
}

/** Replaces `$1`…`$9` and named placeholders the way Chrome's i18n does (named placeholders map to `$n`). */
function substitute(entry: MessagesFile[string], subs: string[]): string {
  let text = entry.message;
  if (entry.placeholders) {
    for (const [name, ph] of Object.entries(entry.placeholders)) {
      text = text.replace(new RegExp(`\\$${name}\\$`, 'gi'), ph.content);
    }
  }
  return text.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '').replace(/\$\$/g, '$');
}

/**
 * The UI string `key` with `subs` substituted for `$1`, `$2`, ….
 * Returns the key itself (visible, so a missing string is noticed in review) when no string exists.
 */
export function t(key: string, ...subs: string[]): string {
  const entry = dictionary?.[key];
  if (entry) return substitute(entry, subs);
  if (!getMessage) return key;
  const id = subs.length ? `${key}\u0000${subs.join('\u0000')}` : key;
  let text = memo.get(id);
  if (text === undefined) {
    text = getMessage(key, subs) || key;
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(id, text);
  }
  return text;
}

/** Base language of a BCP 47 tag: `de-AT` → `de`; anything not German → `en`. */
export function baseLang(tag: string | undefined): Lang {
  return tag?.toLowerCase().startsWith('de') ? 'de' : 'en';
}

/**
 * The language the extension speaks for the setting `setting`: itself, or for `auto` the base language of the
 * browser's UI language tag `uiLanguageTag` (`de-AT` → `de`, anything not German → `en`). The only place where
 * `lang: 'auto'` is resolved; every context passes its browser's `i18n.getUILanguage()`.
 */
export function langFor(setting: 'auto' | Lang, uiLanguageTag: string | undefined): Lang {
  return setting === 'auto' ? baseLang(uiLanguageTag) : setting;
}

/** True when `v` has the shape of a parsed `messages.json`: an object of entries, each with a string `message`. */
export function isMessagesFile(v: unknown): v is MessagesFile {
  return (
    typeof v === 'object' &&
    v !== null &&
    !Array.isArray(v) &&
    Object.values(v).every((e) => typeof e === 'object' && e !== null && typeof (e as { message?: unknown }).message === 'string')
  );
}
