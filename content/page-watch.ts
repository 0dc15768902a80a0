/**
 * Following the page: one MutationObserver on the document (and on same-origin frames' documents), new nodes only,
 * batched to at most one update every ~300 ms; each text unit read once (a unit added and removed again within one
 * batch is not read: it was on screen too briefly to matter, and reading it would mean work per mutation); in-app
 * navigation (pushState) detected by comparing `location.href` without its fragment when mutations arrive and on
 * `popstate`; paused while the tab is hidden (catching up on `visibilitychange`); big batches read in slices that
 * yield to the page, so no long task.
 *
 * Each batch's new text goes out in one `rank` message (a big batch in pieces of {@link SEND_CHARS}, the first piece
 * early so a big page gets its first hint soon); the answer is added to the reader's ranking (`./page-ranking.ts`)
 * and shown, unless the page was left since.
 */
import type { CardHost } from './card-host';
import type { Life } from './lifecycle';
import { type PageState, pageUrl } from './page-state';
import type { RankClient } from './rank-client';
import type { PageReader } from './reader';
import { siteFor } from './sites/index';
import { CARD_ATTR } from './text';

/** Pending added nodes above this count are dropped for one full scan instead (bounded memory). */
const MAX_PENDING = 5000;
/**
 * A batch's text is sent once this many characters (UTF-16 code units) are pending, so one message stays small:
 * the browser serialises a message on the page's main thread (about 45 ms per million characters measured by
 * `npm run bench` on the 5 MB intranet page), so 50,000 characters keep one send to a few milliseconds, well
 * inside a slice's share of a 50 ms task, and far under the background's limit of 1,000,000 per request.
 */
export const SEND_CHARS = 50_000;
/**
 * Longest wait for the answer to the first early piece of a big page before reading on, in milliseconds. While
 * nothing is relevant yet, reading pauses for that answer, so the first card is drawn from the first piece instead
 * of waiting behind the whole page's reading (the answer's task cannot run while our slices keep the thread).
 */
export const FIRST_ANSWER_WAIT_MS = 250;
/**
 * Characters (UTF-16 code units) that must be pending before a slice's text goes out early (the first-hint rule in
 * `flush`). Below it a page goes out in one batch however short the slices are (a loaded machine), so its ranking
 * does not depend on timing: the background ranks each batch text on its own, and the relevance engine detects the
 * language per block of about 48 words within one text, so a short batch that joins an English and a German unit
 * is one block of one language, and the other unit's signals are looked up in the wrong lexicon (the SharePoint
 * fixture's criticism paragraph next to its German paragraph ranked nothing for `criticism`). 2,000 characters are
 * about 300 words, several blocks: a cut only touches the blocks at its edges, and a page this short is read in
 * a few slices anyway.
 */
export const EARLY_CHARS = 2_000;
/**
 * Characters (UTF-16 code units) of a big page's first piece: sent as soon as they are read, before the slice ends.
 * The background's first answer takes time in proportion to its text while the page still loads its resources and
 * every word is new to the stemmers' caches: 56 ms for 6 KB, 71 ms for 15 KB, 130–180 ms for 30 KB (one slice's
 * reading) on the 5 MB bench page, where a warm 50 KB took 10–30 ms. A few paragraphs, several language blocks (see
 * {@link EARLY_CHARS}); the rest follows in doubling pieces.
 */
export const FIRST_PIECE_CHARS = 3_000;

/**
 * Gives the page a turn: a new task behind those already queued, `scheduler.postTask` (no 4 ms clamp as nested
 * `setTimeout`s get) or else a `setTimeout(0)`. Not `scheduler.yield()`: its continuation jumps ahead of queued
 * tasks, and one of them is the background's answer to our first piece, so on a 5 MB page the first card waited
 * for the whole page's reading (2.9 s after `load`, `npm run bench`). Input and rendering still come first.
 */
function yieldToPage(): Promise<void> {
  const s = (globalThis as { scheduler?: { postTask?: (cb: () => void, o?: { priority?: string }) => Promise<void> } }).scheduler;
  return s?.postTask ? s.postTask(() => undefined, { priority: 'user-visible' }) : new Promise((resolve) => setTimeout(resolve, 0));
}

/** What the watch works with besides the page state. */
export interface PageWatchParts {
  life: Life;
  state: PageState;
  ranks: RankClient;
  card: CardHost;
  /** The compose box's `input` listener, added to same-origin frames' documents as they appear. */
  onInput: (e: Event) => void;
  /** Starts over for a new page: the page state, the card data and this watch's batch. */
  resetPage: () => void;
  /** Least time between two batches, and longest slice of reading before yielding, in milliseconds. */
  throttle: number;
  slice: number;
}

/** The observer and the batcher of one instance. */
export class PageWatch {
  private pending: Node[] = [];
  private fullScan = true;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running = false;
  private lastFlush = -Infinity;
  private readonly frames = new WeakSet<Document>();
  private readonly observer: MutationObserver;
  private readonly win: Window & typeof globalThis;
  private readonly doc: Document;

  constructor(
    win: Window,
    private readonly p: PageWatchParts,
  ) {
    this.win = win as Window & typeof globalThis;
    this.doc = win.document;
    const { life } = p;
    const on = { signal: life.signal } as const;
    this.observer = new this.win.MutationObserver((records) => this.onMutations(records));
    life.signal.addEventListener(
      'abort',
      () => {
        clearTimeout(this.timer);
        this.observer.disconnect();
      },
      { once: true },
    );
    this.doc.addEventListener('input', p.onInput, { capture: true, signal: life.signal });
    this.win.addEventListener('popstate', () => void this.checkUrl(), on);
    this.doc.addEventListener('visibilitychange', () => this.onVisibility(), on);
    // A frame that finished loading may hold an editor (Confluence Server's TinyMCE).
    this.doc.addEventListener(
      'load',
      (e) => {
        if ((e.target as Element | null)?.tagName === 'IFRAME') {
          this.fullScan = true;
          this.schedule();
        }
      },
      { capture: true, signal: life.signal },
    );
  }

  /** Starts following the page: observes it and schedules the first full scan (on a hidden tab, once it shows). */
  begin(): void {
    if (!this.doc.hidden) {
      this.observe();
      this.schedule();
    } else this.fullScan = true;
  }

  /** Drops the pending batch: the next one is a full scan. */
  reset(): void {
    this.pending = [];
    this.fullScan = true;
  }

  /** Schedules a full read now (new settings), whatever batch was waiting for its turn. */
  rescan(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.schedule();
  }

  /** Compares the URL (without fragment) with the last one; on a change, starts over. @returns true on navigation */
  private checkUrl(): boolean {
    const { state } = this.p;
    const now = pageUrl(this.win.location.href);
    if (now === state.url) return false;
    state.url = now;
    this.p.resetPage();
    this.schedule();
    return true;
  }

  private observe(): void {
    this.observer.observe(this.doc, { childList: true, subtree: true });
  }

  private onMutations(records: MutationRecord[]): void {
    const { life } = this.p;
    if (life.stopped) return;
    if (!life.alive()) {
      life.stop();
      return;
    }
    if (this.checkUrl()) return;
    for (const rec of records) {
      for (const node of rec.addedNodes) {
        if (node.nodeType === 1 && (node as Element).hasAttribute(CARD_ATTR)) continue;
        if (node.nodeType === 1 || node.nodeType === 3) this.pending.push(node);
      }
    }
    if (this.pending.length > MAX_PENDING) {
      this.pending = [];
      this.fullScan = true;
    }
    if (this.pending.length || this.fullScan) this.schedule();
  }

  private onVisibility(): void {
    const { life } = this.p;
    if (life.stopped) return;
    if (!life.alive()) {
      life.stop();
      return;
    }
    if (this.doc.hidden) {
      this.observer.disconnect();
      clearTimeout(this.timer);
      this.timer = undefined;
      this.pending = [];
      this.fullScan = true;
    } else {
      this.observe();
      this.checkUrl();
      this.fullScan = true;
      this.schedule();
    }
  }

  /** Observes and listens to same-origin iframes' documents (editors in `about:blank` frames). */
  private attachFrames(): void {
    for (const fd of this.p.state.reader.frameDocuments()) {
      this.observer.observe(fd, { childList: true, subtree: true });
      if (this.frames.has(fd)) continue;
      this.frames.add(fd);
      fd.addEventListener('input', this.p.onInput, { capture: true, signal: this.p.life.signal });
    }
  }

  private schedule(): void {
    if (this.p.life.stopped || this.timer !== undefined || this.running || !this.p.state.config) return;
    const wait = Math.max(0, this.lastFlush + this.p.throttle - performance.now());
    this.timer = setTimeout(() => void this.flush().catch(this.p.life.fail), wait);
  }

  /**
   * Sends the texts `r` read since its last batch; adds the answer to `r` and shows it, unless the page changed.
   * @returns the answer's handling (never rejects), or `null` when there was nothing to send
   */
  private sendBatch(r: PageReader): Promise<void> | null {
    const { ranks, state, card } = this.p;
    const texts = r.takeBatch();
    if (texts.length === 0) return null;
    const done = ranks.rank(texts).then((results) => {
      if (!results || r !== state.reader) return;
      r.apply(results);
      card.releaseHold();
      card.render();
    });
    ranks.track(done);
    return done.catch(() => undefined);
  }

  /** Reads the new units (or all unread ones after a reset or resume), in slices that yield to the page. */
  private async flush(): Promise<void> {
    const { life, state, card } = this.p;
    const { doc, win } = this;
    this.timer = undefined;
    if (life.stopped) return;
    if (!life.alive()) {
      life.stop();
      return;
    }
    if (doc.hidden) {
      this.pending = [];
      this.fullScan = true;
      return;
    }
    this.running = true;
    let r: PageReader | null = null;
    try {
      // Same URL, other content: a module that `shows` it takes over once it is drawn (an X Article on /status/).
      if (!this.checkUrl() && siteFor(win.location.href, doc) !== state.site) this.p.resetPage();
      if (state.site.kind === 'document') this.attachFrames();
      r = state.reader;
      const reader = r;
      const scanning = this.fullScan;
      // A full scan walks the page lazily (a 5 MB page is walked in slices too); new nodes are a short list.
      const units: Iterator<Element> = scanning ? r.scan() : r.unitsFrom(this.pending)[Symbol.iterator]();
      this.fullScan = false;
      this.pending = [];
      let t0 = performance.now();
      let sentChars = 0;
      const send = (): Promise<void> | null => {
        const n = reader.pendingChars;
        const sent = this.sendBatch(reader);
        if (sent) sentChars += n;
        return sent;
      };
      let next = units.next();
      while (!next.done) {
        const unit = next.value;
        if (scanning) r.read(unit, true);
        else if (unit.isConnected) r.read(unit);
        if (r.pendingChars >= SEND_CHARS) send();
        // The first piece of a big page goes out as soon as it is FIRST_PIECE_CHARS long, not at the slice's end.
        const firstPiece = sentChars === 0 && r.sum.size === 0 && r.pendingChars >= FIRST_PIECE_CHARS;
        if (firstPiece || performance.now() - t0 >= this.p.slice) {
          // First hint early on a big page: until something is relevant, each slice's text goes out once it is
          // at least as much as all sent before (doubling, so a few messages however big the page), and at least
          // EARLY_CHARS (short batches change the ranking, see there); reading waits a moment for its answer.
          const early = r.sum.size === 0 && r.pendingChars >= Math.max(EARLY_CHARS, sentChars) ? send() : null;
          if (early) await Promise.race([early, new Promise<void>((resolve) => setTimeout(resolve, FIRST_ANSWER_WAIT_MS))]);
          // Also after the answer: its card was just drawn in a microtask, and the browser paints it only once this
          // task ends, not after the next slice of reading.
          await yieldToPage();
          if (life.stopped || r !== state.reader) return;
          if (doc.hidden) {
            this.fullScan = true;
            return;
          }
          t0 = performance.now();
        }
        next = units.next();
      }
      if (scanning && r.interrupted) this.fullScan = true;
      // Nothing new to rank (Google Docs' canvas, a quiet page): the card shows the current state right away.
      if (!this.sendBatch(r)) {
        card.releaseHold();
        card.render();
      }
    } finally {
      // What was read goes out even when the batch stopped early (hidden tab); never for a page left since.
      if (r && r === state.reader && !life.stopped) this.sendBatch(r);
      state.reader.endBatch();
      this.running = false;
      this.lastFlush = performance.now();
      if (!life.stopped && (this.pending.length || this.fullScan) && !doc.hidden) this.schedule();
    }
  }
}
