/**
 * What the content script knows about the page it is on: the configuration from the background, the site module and
 * its reader, the page's URL, the rankings of the page, the compose box and the user's selection, and the counters
 * that tell an answer for this page from one for a page that was left (or a compose scoring the user typed past).
 * It decides nothing about timing or the card; {@link PageState.reset} starts it over for a new page.
 */
import type { Lang } from '../src/catalog/types';
import { matchesPattern } from '../src/copy/destination';
import { baseLang } from '../src/i18n/index';
import type { ContentConfig, PageReport } from '../src/messages';
import type { RankedArgument } from '../src/relevance/types';
import { pageStatus } from './layout';
import { mergeRankings } from './policy';
import { PageReader } from './reader';
import { siteFor } from './sites/index';
import type { SiteModule } from './sites/types';
import type { ContentEnv } from './types';

/** The URL without its fragment: hash-only changes are not navigation. */
export function pageUrl(href: string): string {
  const i = href.indexOf('#');
  return i < 0 ? href : href.slice(0, i);
}

/** The page's state; one per running instance, started over by {@link reset}. */
export class PageState {
  /** The settings the card policy needs (`content-config`); `null` until they arrived (or when they could not). */
  config: ContentConfig | null = null;
  /** The card's language: the browser's until the configuration names the user's choice. */
  lang: Lang;
  /** The user's and the organisation's intranet patterns: a generic page outside them shows no card unless asked. */
  intranet: string[] = [];
  site: SiteModule;
  reader: PageReader;
  /** The URL (without fragment) of the page being read. */
  url: string;
  /** When the current page's reading started (`performance.now()`), for the popup's "layout not recognised". */
  pageStart = performance.now();
  /** Increases on every reset: answers for an older page are dropped. */
  epoch = 0;
  /** Increases on every compose scoring and on every reset: only the latest answer counts. */
  composeSeq = 0;
  /** The ranking of the selection the user asked about (context menu); empty when none. */
  selectionRanked: RankedArgument[] = [];
  /** The ranking of the compose box's latest scoring; empty when it is empty. */
  composeRanked: RankedArgument[] = [];
  /** True while the compose box holds text that was scored. */
  composing = false;
  /** The user asked explicitly (the selection): the card shows regardless of mode, snooze and dismissal. */
  forced = false;

  private readonly win: Window;
  private readonly doc: Document;

  constructor(private readonly env: ContentEnv) {
    this.win = env.window;
    this.doc = env.window.document;
    this.lang = baseLang(env.uiLanguage);
    this.site = siteFor(this.win.location.href, this.doc);
    this.reader = new PageReader(this.doc, this.site, env.reader);
    this.url = pageUrl(this.win.location.href);
  }

  /**
   * Loads the configuration from the background and takes its language and intranet patterns, unless `stopped()` is
   * true by the time it arrives.
   * @throws as `ContentEnv.loadConfig`
   */
  async loadConfig(stopped: () => boolean): Promise<void> {
    const c = await this.env.loadConfig();
    if (stopped()) return;
    this.config = c;
    this.intranet = c.intranet;
    this.lang = c.lang;
  }

  /** Starts over for a new page (in-app navigation) or new settings: a new reader, nothing ranked, newer counters. */
  reset(): void {
    const next = siteFor(this.win.location.href, this.doc);
    if (next !== this.site) this.site = next;
    this.reader = new PageReader(this.doc, this.site, this.env.reader);
    this.pageStart = performance.now();
    this.epoch++;
    this.composeSeq++;
    this.selectionRanked = [];
    this.composeRanked = [];
    this.composing = false;
    this.forced = false;
  }

  /** The page's ranking: what the user types first, then what the page says. */
  ranking(): RankedArgument[] {
    return mergeRankings(this.composeRanked, this.reader.ranking());
  }

  /** What the card shows: the selection the user asked about, else {@link ranking}. */
  cardRanking(): RankedArgument[] {
    return this.selectionRanked.length ? this.selectionRanked : this.ranking();
  }

  /** The site module's word on whether the page's text can be read (Google Docs' canvas cannot). */
  status(): 'ok' | 'unreadable' {
    return this.site.status?.(this.doc) ?? 'ok';
  }

  /** True on a page outside every site group (read for the popup): no card unless the user asks. */
  onDemand(): boolean {
    return this.site.group === 'intranet' && !this.intranet.some((p) => matchesPattern(p, this.win.location.href));
  }

  /**
   * What the popup gets for `page-report`.
   * @param labels objection labels by id, as the background sent them with the rankings
   * @param cardRemoved true when the page kept removing the card
   */
  report(labels: ReadonlyMap<string, string>, cardRemoved: boolean): PageReport {
    const { site, reader, doc } = this;
    const ranked = this.ranking();
    const out: PageReport = {
      url: this.url,
      site: site.id,
      status: pageStatus({
        site,
        reader,
        doc,
        url: this.win.location.href,
        siteStatus: this.status(),
        composing: this.composing,
        elapsed: performance.now() - this.pageStart,
      }),
      siteName: site.name,
      chars: reader.chars,
      ranked,
      title: site.title?.(doc) ?? (doc.title.trim() || undefined),
    };
    if (cardRemoved) out.cardRemoved = true;
    const ids = new Set(ranked.flatMap((r) => r.objections ?? []));
    if (ids.size) out.objectionLabels = Object.fromEntries([...ids].map((o) => [o, labels.get(o) ?? o]));
    if (site.kind === 'document') {
      const sections = reader.sections();
      if (reader.sectionCount > 1) out.sections = sections;
      out.objections = ranked.flatMap((r) => (r.objections ?? []).map((o) => ({ objection: labels.get(o) ?? o, argumentId: r.id })));
    }
    return out;
  }
}
