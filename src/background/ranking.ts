/**
 * Ranking for content scripts (kept off the page for the size and speed budgets of `npm run bench`): the background answers `rank` (the page's new text,
 * a compose box, a selection) and `content-config` (what the card policy needs from the settings), so the
 * content script carries no catalog, lexicon, relevance engine or settings validators, and the lexicon build
 * runs on the background's thread instead of the page's main thread.
 *
 * The effective context (validated settings, built-ins minus hidden + managed + the user's arguments, intranet
 * patterns) is cached in a module variable and dropped on every relevant `storage.onChanged` (see
 * {@link invalidateRanking}). That cache is only a cache: a stopped and restarted worker rebuilds it from
 * storage on the next request, so nothing that matters lives only in memory. The catalog array keeps its
 * identity while cached, which keeps the relevance module's per-catalog lexicon cache warm.
 *
 * Handlers are registered by `./index.ts` through `listen` (one `runtime.onMessage` listener, sender checked:
 * only our own content scripts are answered).
 */
import { effectiveCatalog } from '../catalog/effective';
import { catalog as builtins } from '../catalog/index';
import { type Argument, LANGS, type Lang, textOf } from '../catalog/types';
import type { MessagesFile } from '../i18n/index';
import { parseMatchPattern } from '../match-patterns';
import type { BackgroundToContent, Responses } from '../messages';
import type { Runtime } from '../platform/extension';
import { loadMessages, uiLanguage } from '../platform/i18n';
import type { Handlers } from '../platform/messaging';
import { panelKind, panelShortcut } from '../platform/panel';
import { loadSettings, loadUserArguments, USER_ARGUMENTS_KEY } from '../platform/storage';
import { lexiconFor } from '../relevance/lexicon';
import { loadManaged, type ManagedDefaults } from '../settings/managed';
import {
  answerCopies,
  answerRank,
  cardMessages,
  checkCopiesRequest,
  checkRankRequest,
  contentConfigOf,
  pageUrlFor,
  type RankContext,
  uiLangOf,
} from './rank-answer';

/**
 * How long a context build waits for `storage.managed` before going on without the policy, in milliseconds.
 * The first `storage.managed.get` after a browser start took 5.7 s in Chromium 156 (see `loadManagedWithin`);
 * a card should not wait that long. When the policy arrives later with content, the cache is dropped again.
 */
export const MANAGED_WAIT_MS = 1000;

let cached: { generation: number; context: Promise<RankContext> } | null = null;
let generation = 0;
/** Card strings per language, read from the package once per worker lifetime (package files do not change while it runs). */
const messagesCache = new Map<Lang, Promise<MessagesFile | undefined>>();

/** Counts of context builds, for tests and diagnostics (how often the cache was missed). */
export const rankingStats = { builds: 0 };

/**
 * The policy read, shared by every context build until the policy itself changes: a settings change (which drops
 * the context) does not read `storage.managed` again. `waited`: a build already waited {@link MANAGED_WAIT_MS} for
 * this read in vain, so later builds do not wait for it again (a 5 MB intranet page's first card waited 750 ms for a
 * second slow read after the user added the site, `npm run bench`).
 */
interface ManagedRead {
  value: Promise<ManagedDefaults>;
  settled: boolean;
  waited: boolean;
}
let managedRead: ManagedRead | null = null;

function sharedManagedRead(): ManagedRead {
  if (!managedRead) {
    const read: ManagedRead = { value: loadManaged(), settled: false, waited: false };
    void read.value.then(() => {
      read.settled = true;
    });
    managedRead = read;
  }
  return managedRead;
}

/**
 * The policy, or `null` when it has not arrived within {@link MANAGED_WAIT_MS} (at once when an earlier build already
 * waited for this read); a late policy with content drops the cache, so the next build has it.
 */
async function managedOrLate(build: number): Promise<ManagedDefaults | null> {
  const read = sharedManagedRead();
  const full = read.value;
  if (read.waited && !read.settled) {
    void full.then((m) => {
      if ((m.arguments.length || m.intranetSites.length) && generation === build) dropCache();
    });
    return null;
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), MANAGED_WAIT_MS);
  });
  const first = await Promise.race([full, timeout]).finally(() => clearTimeout(timer));
  if (first === null) {
    read.waited = true;
    void full.then((m) => {
      if ((m.arguments.length || m.intranetSites.length) && generation === build) dropCache();
    });
  }
  return first;
}

/** The catalog of the last context built: kept while an equal one is built (see {@link sameCatalog}). */
let lastCatalog: Argument[] | null = null;

/**
 * Whether two effective catalogs hold the same arguments in the same order: the same objects (the built-ins), or
 * equal JSON (the user's and the policy's arguments are parsed anew from storage on every build). The relevance
 * lexicons are cached per catalog array, so keeping the old array when a settings change left the catalog as it was
 * (an intranet site added, the language switched) saves their rebuild, 100–375 ms per language on the background's
 * thread, which the next page's first card waited for (`npm run bench`, the 5 MB intranet page right after its site
 * was added).
 */
export function sameCatalog(a: readonly Argument[], b: readonly Argument[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i] || JSON.stringify(x) === JSON.stringify(b[i]));
}

async function buildContext(build: number): Promise<RankContext> {
  rankingStats.builds++;
  const [{ settings }, user, managed] = await Promise.all([loadSettings(), loadUserArguments(), managedOrLate(build)]);
  const userSites = settings.intranetSites.filter((s) => parseMatchPattern(s) !== null);
  const fresh = effectiveCatalog(builtins, settings, user, managed?.arguments ?? []);
  const catalog = lastCatalog && sameCatalog(lastCatalog, fresh) ? lastCatalog : fresh;
  lastCatalog = catalog;
  return {
    settings,
    catalog,
    intranet: [...new Set([...userSites, ...(managed?.intranetSites ?? [])])],
  };
}

function dropCache(): void {
  generation++;
  cached = null;
}

/**
 * The cached effective context, built from storage when there is none (first request, a restarted worker, or
 * after {@link invalidateRanking}). Never rejects: the storage readers fall back to defaults.
 */
export function rankContext(): Promise<RankContext> {
  if (cached?.generation === generation) return cached.context;
  const build = generation;
  const context = buildContext(build);
  cached = { generation: build, context };
  return context;
}

/**
 * Drops the cached context when `changes` in `area` can change it: any setting (`sync`), the user's arguments
 * (`local`, not the usage record), or the policy (`managed`). Call from the background's `storage.onChanged` listener.
 * @returns true when the cache was dropped
 */
export function invalidateRanking(changes: Record<string, unknown>, area: string): boolean {
  if (area === 'managed') managedRead = null;
  if (area === 'sync' || area === 'managed' || (area === 'local' && USER_ARGUMENTS_KEY in changes)) {
    dropCache();
    return true;
  }
  return false;
}

/** The card strings of `lang` from the package (`_locales/<lang>/messages.json`; no network). `undefined` when unreadable. */
function readCardMessages(lang: Lang): Promise<MessagesFile | undefined> {
  let p = messagesCache.get(lang);
  if (!p) {
    p = loadMessages(lang)
      .then(cardMessages)
      .catch((e: unknown) => {
        console.error('Argumentarium: reading UI strings failed', e);
        messagesCache.delete(lang);
        return undefined;
      });
    messagesCache.set(lang, p);
  }
  return p;
}

/** The browser's UI language tag (`i18n.getUILanguage()`), `en` when it cannot be read. */
export function browserUiLanguage(): string {
  return uiLanguage();
}

/**
 * Builds the effective context and the relevance lexicons ahead of the first `rank` request: called when the worker
 * starts (whatever woke it, often a static loader's `load-content`), since the content script's evaluation,
 * configuration and first slice of reading take longer than that message, and a cold lexicon build took 250–375 ms per language on
 * the background's thread (measured on the bench machine, 2 shared CPUs). The UI language goes first; the other one
 * in a later task, so a `rank` request that arrives meanwhile is not held up by it. Never rejects.
 */
export async function warmRanking(): Promise<void> {
  try {
    const ctx = await rankContext();
    const first = uiLangOf(ctx.settings, browserUiLanguage());
    void readCardMessages(first);
    for (const lang of [first, ...LANGS.filter((l) => l !== first)]) {
      lexiconFor(ctx.catalog, lang);
      // One ranking of the catalog's own claims, as a page's text would be ranked: the scorer, stemmers and card
      // formatting run once here instead of cold (interpreted, caches empty) for the first page's first piece, whose
      // answer took 56–130 ms for 6–30 KB that way against 8–20 ms for 50 KB warm (the 5 MB bench page).
      const sample = ctx.catalog.map((a) => textOf(a, lang).claim).join('\n');
      answerRank({ texts: [{ key: 'warm', text: sample }], lang }, undefined, ctx, browserUiLanguage());
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  } catch (e) {
    console.error('Argumentarium: preparing the ranking failed', e);
  }
}

/** The message that shows a ranked selection on a tab's card. */
export type ShowSelection = Extract<BackgroundToContent, { type: 'show-selection' }>;

/**
 * Ranks a selection the user asked about (the context menu's "Find arguments for the selection") here, as a content
 * script's `rank` request with the key `selection` would be ranked: the card language of the settings, the card data
 * of every argument in the ranking, copies formatted for the page at `url`. The background has the text from the
 * menu click, so it does not send it to the page to have it sent back.
 * @param text the selection (at most `MAX_SELECTION` of `./actions/index.ts`)
 * @param url the page it was selected on (the copy format follows it); `undefined` when unknown
 * @returns the `show-selection` message for the tab's content script, or `null` when nothing fits the selection
 * @throws when the context or the ranking fails
 */
export async function rankSelectionText(text: string, url: string | undefined): Promise<ShowSelection | null> {
  const ctx = await rankContext();
  const answer = answerRank({ texts: [{ key: 'selection', text }] }, url, ctx, browserUiLanguage());
  if (!answer.ok) throw new Error(answer.error);
  const ranked = answer.results.selection ?? [];
  if (ranked.length === 0) return null;
  return { type: 'show-selection', ranked, cards: answer.cards, objectionLabels: answer.objectionLabels };
}

async function handleRank(
  msg: { texts?: unknown; url?: unknown; lang?: unknown },
  sender: Runtime.MessageSender,
): Promise<Responses['rank']> {
  const checked = checkRankRequest(msg);
  if (!checked.ok) return checked;
  try {
    const ctx = await rankContext();
    return answerRank(checked.value, pageUrlFor(msg.url, sender.url ?? sender.tab?.url), ctx, browserUiLanguage());
  } catch (e) {
    console.error('Argumentarium: ranking failed', e);
    return { ok: false, error: `rank: ${e instanceof Error ? e.message : String(e)}` };
  }
}

async function handleCopies(
  msg: { ids?: unknown; url?: unknown; lang?: unknown },
  sender: Runtime.MessageSender,
): Promise<Responses['copies']> {
  const checked = checkCopiesRequest(msg);
  if (!checked.ok) return checked;
  try {
    const ctx = await rankContext();
    return answerCopies(checked.value, pageUrlFor(msg.url, sender.url ?? sender.tab?.url), ctx, browserUiLanguage());
  } catch (e) {
    console.error('Argumentarium: formatting copies failed', e);
    return { ok: false, error: `copies: ${e instanceof Error ? e.message : String(e)}` };
  }
}

async function handleConfig(): Promise<Responses['content-config']> {
  try {
    const ctx = await rankContext();
    const ui = browserUiLanguage();
    const lang = uiLangOf(ctx.settings, ui);
    // Always, not only when `lang` differs from the browser's: `i18n.getMessage` in a content script was about a
    // quarter of drawing the first card on the 5 MB bench page (a few dozen calls through the extension bindings),
    // where a lookup in this object is free.
    const messages = LANGS.includes(lang) ? await readCardMessages(lang) : undefined;
    const kind = panelKind();
    const panel =
      kind === 'side-panel'
        ? { open: 'message' as const }
        : kind === 'sidebar'
          ? { open: 'shortcut' as const, shortcut: await panelShortcut() }
          : undefined;
    return { ok: true, config: { ...contentConfigOf(ctx, ui, messages), ...(panel ? { panel } : {}) } };
  } catch (e) {
    console.error('Argumentarium: content configuration failed', e);
    return { ok: false, error: `content-config: ${e instanceof Error ? e.message : String(e)}` };
  }
}

/** The `rank`, `copies` and `content-config` handlers, for content scripts only (spread into the background's `listen`). */
export const rankingHandlers: Pick<Handlers, 'rank' | 'copies' | 'content-config'> = {
  rank: { from: ['content-script'], handle: (msg, sender) => handleRank(msg, sender) },
  copies: { from: ['content-script'], handle: (msg, sender) => handleCopies(msg, sender) },
  'content-config': { from: ['content-script'], handle: () => handleConfig() },
};
