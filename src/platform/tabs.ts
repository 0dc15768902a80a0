/**
 * The popup's view of the active tab: what page it is, and what Argumentarium can read there.
 *
 * {@link requestPageReport} first asks the tab's content script (`tabs.sendMessage` with
 * `{type:'page-report'}`, through `./messaging`); where none runs ("Receiving end does not exist"),
 * it reads the page once through `activeTab` + `scripting.executeScript` (the popup was opened
 * by the user, which grants `activeTab` for that tab) and has the background rank it
 * (`rank-page`: the relevance engine lives there, not in the popup's bundle).
 * Pages no extension may script (browser pages, extension stores, local files) are reported
 * as `restricted` without trying. It never hangs: after {@link REPORT_TIMEOUT_MS} it gives up.
 *
 * Also here: asking the background to search the catalog ({@link searchInBackground}), telling it
 * that an argument was copied (the private usage record), and opening extension pages, since these
 * are the small `browser.*` calls the popup needs.
 */
import type { Lang } from '../catalog/types';
import type { PageReport, PageSnippet } from '../messages';
import type { RankedArgument } from '../relevance/types';
import { browser } from './browser';
import { isRestrictedUrl, type PendingSelection, sendToBackground, sendToTab, takePendingSelection } from './messaging';

/** How long the popup waits for a page report, in milliseconds, before showing an error state. */
export const REPORT_TIMEOUT_MS = 1500;

/** Most characters of page text read by the injected fallback (UTF-16 code units, ~200 KB). */
export const MAX_PAGE_TEXT = 200_000;

/** What the popup learned about the active tab. `url` is present whenever the browser told us. */
export type PageReportResult =
  /**
   * A report: from the content script, or built from text read on demand (`text` then set, and `snippets`:
   * an excerpt around the matched words per ranked argument id, where they were found).
   */
  | { kind: 'report'; report: PageReport; text?: string; snippets?: Record<string, PageSnippet>; url?: string }
  /** A page no extension may read: `chrome://`, `about:`, extension stores, `file:`, view-source …. */
  | { kind: 'restricted'; url?: string }
  /** We may not read this page (no content script and `activeTab`/scripting refused). */
  | { kind: 'no-access'; url?: string }
  /** Something else went wrong (including the timeout); `message` is for the user, in English, from the browser. */
  | { kind: 'error'; message: string; url?: string };

/** The active tab of the current window, as far as the popup may see it. */
export interface ActiveTab {
  id?: number;
  url?: string;
  title?: string;
}

/** Re-exported so the popup asks one module; the rule lives in `./messaging`. */
export { isRestrictedUrl };

/** The active tab of the current window, or `undefined` when there is none. */
export async function getActiveTab(): Promise<ActiveTab | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (!tab) return undefined;
  return { id: tab.id, url: tab.url, title: tab.title };
}

/** True when `value` has the shape of a {@link PageReport} (the content script's answer crosses a boundary). */
export function isPageReport(value: unknown): value is PageReport {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Partial<PageReport>;
  return (
    typeof r.url === 'string' &&
    typeof r.site === 'string' &&
    (['ok', 'unreadable', 'empty', 'private', 'unrecognised'] as unknown[]).includes(r.status) &&
    (r.siteName === undefined || typeof r.siteName === 'string') &&
    Array.isArray(r.ranked) &&
    r.ranked.every((x) => typeof x?.id === 'string' && Array.isArray(x.matched))
  );
}

/**
 * Injected into the page by `scripting.executeScript`: must be self-contained (it is serialised).
 * Reads the rendered text (`innerText` skips hidden elements and scripts) and the title.
 */
function readPage(max: number): { text: string; title: string } {
  // biome-ignore lint/performance/useDomNodeTextContent: innerText is the rendered text (no hidden elements, no script source), which is what the user reads.
  const text = document.body?.innerText ?? '';
  return { text: text.length > max ? text.slice(0, max) : text, title: document.title };
}

function timeout(ms: number): { promise: Promise<'timeout'>; cancel(): void } {
  let id: ReturnType<typeof setTimeout> | undefined;
  const promise = new Promise<'timeout'>((resolve) => {
    id = setTimeout(() => resolve('timeout'), ms);
  });
  return { promise, cancel: () => clearTimeout(id) };
}

function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** A ranking of page text with its highlight snippets (by argument id), as {@link rankInBackground} returns it. */
export interface PageRanking {
  ranked: RankedArgument[];
  snippets: Record<string, PageSnippet>;
  /** Display labels of the objection ids in `ranked` (UI language). */
  objectionLabels?: Record<string, string>;
}

/**
 * Ranks text the popup read itself, in the background (`rank-page` over the effective catalog).
 * @throws Error with the background's message when it cannot answer (a failed send or a refused request)
 */
export async function rankInBackground(text: string): Promise<PageRanking> {
  const answer = await sendToBackground({ type: 'rank-page', text });
  if (!answer.ok) throw new Error(answer.message);
  if (!answer.value.ok) throw new Error(answer.value.error);
  return { ranked: answer.value.ranked, snippets: answer.value.snippets, objectionLabels: answer.value.objectionLabels };
}

/**
 * The arguments matching `query`, best first, from the background's `search` (the effective catalog;
 * `lang` breaks ties in favour of the UI language).
 * @returns ids with scores (comparable within one answer only)
 * @throws Error with the background's message when it cannot answer
 */
export async function searchInBackground(query: string, lang: Lang): Promise<{ id: string; score: number }[]> {
  const answer = await sendToBackground({ type: 'search', query, lang });
  if (!answer.ok) throw new Error(answer.message);
  if (!answer.value.ok) throw new Error(answer.value.error);
  return answer.value.ids;
}

/** Options of {@link requestPageReport}. */
export interface PageReportOptions {
  /** Ranks text read on demand (no content script); default {@link rankInBackground}. Tests pass a fake. */
  rank?: (text: string) => Promise<PageRanking>;
  /** Overall limit in ms; default {@link REPORT_TIMEOUT_MS}. */
  timeoutMs?: number;
  /** The tab to ask; default the active tab. */
  tab?: ActiveTab;
}

async function ask(tab: ActiveTab, rank: (text: string) => Promise<PageRanking>): Promise<PageReportResult> {
  const url = tab.url;
  if (url !== undefined && isRestrictedUrl(url)) return { kind: 'restricted', url };
  if (tab.id === undefined) return { kind: 'no-access', url };

  const answer = await sendToTab(tab.id, { type: 'page-report' });
  if (answer.ok && isPageReport(answer.value)) return { kind: 'report', report: answer.value, url };
  if (!answer.ok && answer.reason === 'restricted') return { kind: 'restricted', url };
  if (!answer.ok && answer.reason === 'no-tab') return { kind: 'error', message: answer.message, url };
  // No content script in this tab (or it answered something else): read the page on demand.

  let read: { text: string; title: string } | undefined;
  try {
    const [first] = await browser.scripting.executeScript({ target: { tabId: tab.id }, func: readPage, args: [MAX_PAGE_TEXT] });
    read = first?.result as { text: string; title: string } | undefined;
  } catch (e) {
    const message = errorMessage(e);
    // Chrome: "Cannot access contents of the page…" / "…must request permission…"; Firefox: "Missing host permission for the tab".
    if (/permission|cannot access|cannot be scripted|not allowed|restricted/i.test(message)) return { kind: 'no-access', url };
    return { kind: 'error', message, url };
  }
  if (!read || typeof read.text !== 'string') return { kind: 'no-access', url };
  const text = read.text;
  let ranking: PageRanking = { ranked: [], snippets: {} };
  if (text.trim()) {
    try {
      ranking = await rank(text);
    } catch (e) {
      return { kind: 'error', message: errorMessage(e), url };
    }
  }
  const report: PageReport = {
    url: url ?? '',
    site: 'generic',
    status: text.trim() ? 'ok' : 'empty',
    chars: text.length,
    ranked: ranking.ranked,
    title: read.title || tab.title,
    ...(ranking.objectionLabels ? { objectionLabels: ranking.objectionLabels } : {}),
  };
  return { kind: 'report', report, text, snippets: ranking.snippets, url };
}

/**
 * The report for a selection the user asked about from the context menu ("Find arguments for the selection") on a
 * page where no content script could show its card (a restricted page, or one without access): the background kept
 * it in `storage.session` and opened the popup; it is ranked here like text read on demand, and taken once.
 * @param rank ranks the text (default {@link rankInBackground})
 * @param take takes the pending selection (default `takePendingSelection`)
 * @returns `null` when no selection is pending; a report with `site: 'selection'`, or an error result when ranking failed
 */
export async function selectionReport(
  rank: (text: string) => Promise<PageRanking> = rankInBackground,
  take: () => Promise<PendingSelection | undefined> = takePendingSelection,
): Promise<PageReportResult | null> {
  const pending = await take();
  if (!pending) return null;
  let ranking: PageRanking;
  try {
    ranking = await rank(pending.text);
  } catch (e) {
    return { kind: 'error', message: errorMessage(e), url: pending.url };
  }
  const report: PageReport = {
    url: pending.url ?? '',
    site: 'selection',
    status: 'ok',
    chars: pending.text.length,
    ranked: ranking.ranked,
    ...(ranking.objectionLabels ? { objectionLabels: ranking.objectionLabels } : {}),
  };
  return { kind: 'report', report, text: pending.text, snippets: ranking.snippets, url: pending.url };
}

/**
 * What the active tab's page says, as a {@link PageReportResult}. Never rejects and never takes
 * longer than `options.timeoutMs` (then `{kind:'error', message:'timeout'}`).
 */
export async function requestPageReport(options: PageReportOptions = {}): Promise<PageReportResult> {
  const limit = timeout(options.timeoutMs ?? REPORT_TIMEOUT_MS);
  let url: string | undefined = options.tab?.url;
  const work = (async (): Promise<PageReportResult> => {
    const tab = options.tab ?? (await getActiveTab());
    if (!tab) return { kind: 'no-access' };
    url = tab.url;
    return ask(tab, options.rank ?? rankInBackground);
  })().catch((e: unknown): PageReportResult => ({ kind: 'error', message: errorMessage(e), url }));
  try {
    const result = await Promise.race([work, limit.promise]);
    return result === 'timeout' ? { kind: 'error', message: 'timeout', url } : result;
  } finally {
    limit.cancel();
  }
}

/**
 * Tells the background that argument `argumentId` was copied on a site of kind `siteKind`,
 * for the private usage record (kept in local storage only). Failures are ignored: the copy itself worked.
 */
export async function reportCopied(argumentId: string, siteKind: string): Promise<void> {
  // A failed send (no background during an update) costs the usage record one entry, nothing else.
  await sendToBackground({ type: 'copied', argumentId, siteKind });
}

/** Opens an extension page such as `briefing.html` in a new tab. */
export async function openExtensionPage(path: string): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(path) });
}

/** Opens the options page. */
export async function openOptions(): Promise<void> {
  await browser.runtime.openOptionsPage();
}
