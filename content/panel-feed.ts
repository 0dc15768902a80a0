/**
 * The content script's side of the side panel: while a panel is connected to this tab (a port named
 * {@link PANEL_PORT}, opened by the panel with `tabs.connect`), it gets what the content script has already found
 * (the sections of a document by its headings, each with its arguments and the quote that carries each), a new
 * copy whenever that changes, and the section in view as the user scrolls; a `panel-reveal` scrolls the document to
 * a quote or a heading. Nothing is read again for the panel: the rankings are the page reader's (`./reader.ts`), and
 * the headings are only looked up to order the sections and to follow the scroll position.
 *
 * Costs nothing while no panel is connected: no observer, no listener but `runtime.onConnect`. While one is, the
 * headings are watched with an `IntersectionObserver` and `scrollend` (never `scroll`, `wheel` or pointer events,
 * see `LIVENESS_EVENTS` in `./index.ts`), and changes are sent at most every {@link FEED_THROTTLE_MS}.
 * The page's own elements are only scrolled, never changed.
 */
import type { ContentToPanel, PageReport, PanelFeed, PanelSection } from '../src/messages';
import { isMessage, PANEL_PORT } from '../src/messages';
import type { RankedArgument } from '../src/relevance/types';
import { CARD_ATTR, findQuoted, readText } from './text';

/** Least time between two feeds sent to a panel, in milliseconds: a feed being read changes every ~300 ms batch. */
export const FEED_THROTTLE_MS = 250;

/** Longest heading text kept (UTF-16 code units), as the page reader keys its sections (`readText(h, 300)`). */
const HEADING_CHARS = 300;

/**
 * A heading is the one in view when its top is above this share of the viewport's height (the middle, where the
 * panel's reveal centres a quote: its section's heading is then above it), or above {@link MIN_LINE_PX} on a short window.
 */
const VIEW_LINE = 1 / 2;
const MIN_LINE_PX = 80;

/** The port as both browsers hand it to `runtime.onConnect` (the subset used here). */
export interface PanelPort {
  name: string;
  sender?: { id?: string };
  postMessage(message: ContentToPanel): void;
  onMessage: { addListener(cb: (message: unknown) => void): void };
  onDisconnect: { addListener(cb: () => void): void };
  disconnect(): void;
}

/** `runtime.onConnect` (the subset used here). */
export interface ConnectEvent {
  addListener(cb: (port: PanelPort) => void): void;
  removeListener(cb: (port: PanelPort) => void): void;
}

/** What the feed asks the running content script (`./index.ts`) for; everything it already holds. */
export interface PanelFeedSource {
  /** What the popup gets for `page-report` (status, site, title, page ranking, objection labels). */
  report(): PageReport;
  /** The page reader's sections with something relevant, in order of first appearance (`PageReader.sections`). */
  sections(): { heading: string; ranked: RankedArgument[] }[];
  /** `document`: ranked per section; `feed`: the page is one section. */
  kind(): 'feed' | 'document';
  /** The site's selectors: `units` (where quotes are found), `headings` (what starts a section), `exclude`. */
  selectors(): { units: string; headings?: string; exclude?: string };
  /** The containers the reader reads (`PageReader.roots`), in document order. */
  roots(): Element[];
  /** The ranking of what the user is writing (`[]` while nothing is), when the content script scores an editor. */
  draft?(): RankedArgument[];
}

/** Options of {@link startPanelFeed}. */
export interface PanelFeedOptions {
  /** The page's window (top frame). */
  window: Window;
  /** `runtime.onConnect`. */
  onConnect: ConnectEvent;
  /** Our extension's id (`runtime.id`): a port from anyone else is refused. */
  extensionId(): string | undefined;
  source: PanelFeedSource;
  /** Ends the feed: listeners, observers, ports. */
  signal: AbortSignal;
  /** Default {@link FEED_THROTTLE_MS}. */
  throttle?: number;
}

/** A running feed. */
export interface PanelFeedHandle {
  /** What was found changed (a batch ranked, new settings, another page): connected panels get it soon. */
  changed(): void;
  /** Number of panels connected now. */
  readonly connections: number;
}

/** The heading elements of the roots, in document order: not hidden by markup, not excluded, not in our card. */
export function headingElements(source: PanelFeedSource): Element[] {
  const { headings, exclude } = source.selectors();
  if (!headings) return [];
  const skip = ['[hidden]', '[aria-hidden="true"]', `[${CARD_ATTR}]`, exclude].filter(Boolean).join(', ');
  const out: Element[] = [];
  for (const root of source.roots()) {
    for (const h of root.querySelectorAll(headings)) if (!h.closest(skip)) out.push(h);
  }
  return out;
}

/**
 * The feed for the page now. A document's sections follow its headings in document order (every heading, with
 * `[]` where nothing in its section is relevant, so the panel can follow the scroll through all of them); a section
 * the reader ranked whose heading left the DOM (a virtualised document) stays, after them. The text before the first
 * heading is a section of its own when something in it is relevant. A feed is one section, headed by the page title.
 * @param headingEls the headings as {@link headingElements} returns them (passed in: one DOM walk per feed)
 */
export function buildFeed(source: PanelFeedSource, headingEls: readonly Element[], current: number): PanelFeed {
  const report = source.report();
  const kind = source.kind();
  const draft = source.draft?.() ?? [];
  const base = {
    url: report.url,
    site: report.site,
    status: report.status,
    kind,
    current,
    ...(report.siteName ? { siteName: report.siteName } : {}),
    ...(report.title ? { title: report.title } : {}),
    ...(draft.length ? { draft } : {}),
  };
  const labels = { ...(report.objectionLabels ?? {}) };
  if (kind === 'feed') {
    // The page's ranking leads with the draft's arguments (`mergeRankings`): listed under the draft, not twice.
    const drafted = new Set(draft.map((r) => r.id));
    const page = report.ranked.filter((r) => !drafted.has(r.id));
    const sections = page.length ? [{ heading: '', ranked: page }] : [];
    return { ...base, current: sections.length ? 0 : -1, sections, objectionLabels: labels };
  }
  const ranked = new Map(source.sections().map((s) => [s.heading, s.ranked]));
  const sections: PanelSection[] = [];
  const seen = new Set<string>();
  const push = (heading: string): void => {
    if (seen.has(heading)) return;
    seen.add(heading);
    sections.push({ heading, ranked: ranked.get(heading) ?? [] });
  };
  if (ranked.has('')) push('');
  for (const h of headingEls) {
    const text = readText(h, HEADING_CHARS);
    if (text) push(text);
  }
  for (const heading of ranked.keys()) push(heading);
  // A document the reader found no headings in: its page ranking is its one section.
  if (sections.every((s) => s.ranked.length === 0) && report.ranked.length && !ranked.size) {
    sections.unshift({ heading: '', ranked: report.ranked });
  }
  return { ...base, sections, objectionLabels: labels };
}

/**
 * Index into `sections` of the section in view: the last heading whose top is above the view line (see
 * {@link VIEW_LINE}); before the first heading, the section of the text before it when there is one, else the first.
 * -1 when there are no sections.
 */
export function sectionInView(win: Window, headingEls: readonly Element[], sections: readonly PanelSection[]): number {
  if (sections.length === 0) return -1;
  const line = Math.max(MIN_LINE_PX, win.innerHeight * VIEW_LINE);
  let heading: string | null = null;
  for (const h of headingEls) {
    if (h.getBoundingClientRect().top > line) break;
    heading = readText(h, HEADING_CHARS);
  }
  if (heading !== null) {
    const i = sections.findIndex((s) => s.heading === heading);
    if (i >= 0) return i;
  }
  return 0;
}

/**
 * Answers side-panel ports on this page until `signal` aborts.
 * @returns the handle the content script tells of changes
 */
export function startPanelFeed(options: PanelFeedOptions): PanelFeedHandle {
  const { window: win, source, signal } = options;
  const doc = win.document;
  const throttle = options.throttle ?? FEED_THROTTLE_MS;
  const ports = new Set<PanelPort>();
  let headings: Element[] = [];
  let last: PanelFeed | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastSent = -Infinity;
  let io: IntersectionObserver | null = null;
  let watching: AbortController | null = null;

  const post = (message: ContentToPanel): void => {
    for (const port of ports) {
      try {
        port.postMessage(message);
      } catch {
        // A port whose panel closed between its disconnect and our send.
        ports.delete(port);
      }
    }
  };

  /** Watches the headings (scroll position) while a panel is connected. */
  const watch = (): void => {
    io?.disconnect();
    if (ports.size === 0) return;
    if ('IntersectionObserver' in win) {
      const IO = (win as Window & typeof globalThis).IntersectionObserver;
      // Any heading crossing the view line (rootMargin keeps the band above it) re-reads the section in view.
      io = new IO(() => inView(), { rootMargin: `0px 0px -${Math.round((1 - VIEW_LINE) * 100)}% 0px` });
      for (const h of headings) io.observe(h);
    }
  };

  const send = (): void => {
    timer = undefined;
    if (signal.aborted || ports.size === 0) return;
    lastSent = performance.now();
    headings = headingElements(source);
    const draft = buildFeed(source, headings, -1);
    const feed = { ...draft, current: draft.kind === 'feed' ? draft.current : sectionInView(win, headings, draft.sections) };
    last = feed;
    post({ type: 'panel-feed', feed });
    watch();
  };

  const inView = (): void => {
    if (!last || ports.size === 0 || last.kind !== 'document') return;
    const current = sectionInView(win, headings, last.sections);
    if (current === last.current) return;
    last = { ...last, current };
    post({ type: 'panel-in-view', current });
  };

  const changed = (): void => {
    if (signal.aborted || ports.size === 0 || timer !== undefined) return;
    timer = setTimeout(send, Math.max(0, lastSent + throttle - performance.now()));
  };

  const reveal = (seq: number, quote: unknown, heading: unknown): void => {
    let target: Element | null = null;
    if (typeof quote === 'string' && quote.trim()) target = findQuoted(doc, source.selectors().units, quote);
    else if (typeof heading === 'string') target = headingElements(source).find((h) => readText(h, HEADING_CHARS) === heading) ?? null;
    // Smooth only where someone sees it move: a hidden document (a background tab) may never run the animation
    // (Firefox drops it), and a user who asked for reduced motion gets the jump.
    const smooth = !doc.hidden && !win.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    target?.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'instant' });
    post({ type: 'panel-revealed', seq, ok: target !== null });
  };

  const onConnect = (port: PanelPort): void => {
    if (signal.aborted || port.name !== PANEL_PORT || !port.sender?.id || port.sender.id !== options.extensionId()) return;
    ports.add(port);
    port.onDisconnect.addListener(() => {
      ports.delete(port);
      if (ports.size === 0) {
        io?.disconnect();
        io = null;
        watching?.abort();
        watching = null;
      }
    });
    port.onMessage.addListener((message) => {
      if (signal.aborted || !isMessage(message) || (message as { type: string }).type !== 'panel-reveal') return;
      const m = message as { seq?: unknown; quote?: unknown; heading?: unknown };
      if (typeof m.seq === 'number') reveal(m.seq, m.quote, m.heading);
    });
    if (!watching) {
      watching = new (win as Window & typeof globalThis).AbortController();
      // `scrollend` costs nothing in Chromium (see `LIVENESS_EVENTS` in `./index.ts`) and catches what the observer's
      // band misses (a jump over several headings within one frame).
      win.addEventListener('scrollend', inView, { passive: true, signal: watching.signal });
    }
    send();
  };

  options.onConnect.addListener(onConnect);
  signal.addEventListener(
    'abort',
    () => {
      clearTimeout(timer);
      io?.disconnect();
      watching?.abort();
      options.onConnect.removeListener(onConnect);
      for (const port of ports) {
        try {
          port.disconnect();
        } catch {
          // already gone
        }
      }
      ports.clear();
    },
    { once: true },
  );

  return {
    changed,
    get connections() {
      return ports.size;
    },
  };
}
