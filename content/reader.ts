/**
 * The page reader: finds a site's text units (posts, document blocks) and reads each once, collecting the new
 * texts of the current batch for the background to rank (`takeBatch`), and summing the rankings that come back
 * (`apply`), so scores accumulate as a virtualised feed or document scrolls by while nothing of the nodes is
 * kept (a `WeakSet` of elements read, and a bounded set of 32-bit text hashes so a re-rendered or recycled post
 * is not counted twice). In document mode each unit also belongs to a section, the nearest heading before it
 * in document order, whose texts and ranking are kept apart too.
 *
 * Read-only on the page. No timers and no messaging: `content/page-watch.ts` decides when to read and sends.
 */
import type { RankText } from '../src/messages';
import type { RankedArgument } from '../src/relevance/types';
import { PageRanking } from './page-ranking';
import { isPrivatePage, type SiteModule } from './sites/types';
import { CARD_ATTR, frameDocument, readText, SKIP } from './text';

/**
 * Joins the units of one batch into one text per key. A line break ends a sentence for the relevance scanner,
 * so no phrase spans two units, and unit texts never contain one (`readText` collapses whitespace). It does not
 * end a language block (about 48 words): short units of one text share one detected language, so batches are
 * kept from getting short by timing alone (`EARLY_CHARS` in `./index.ts`).
 */
export const UNIT_SEPARATOR = '\n';

/** Key of the whole page's text in a batch; sections are `s0`, `s1`, … in order of first appearance. */
export const PAGE_KEY = 'page';

/** Options of {@link PageReader}. */
export interface PageReaderOptions {
  /** Text hashes remembered for de-duplication before the set is cleared (memory bound). Default 10 000. */
  maxKeys?: number;
  /** Sections kept per page; the units of further headings go to the last one. Default 40. */
  maxSections?: number;
  /** Characters (UTF-16) read per unit at most. Default 20 000. */
  unitLimit?: number;
}

/** One section of a document: its heading (`''` before the first heading), its ranking so far and its unsent texts. */
interface Section {
  heading: string;
  sum: PageRanking;
  batch: string[];
}

/** FNV-1a 32-bit hash (http://www.isthe.com/chongo/tech/comp/fnv/): a cheap identity for a unit's text. */
export function hashText(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Reads one page for one site module. See the module comment. */
export class PageReader {
  /** Characters of unit text read since the last reset. */
  chars = 0;
  /** Units read since the last reset (tests count reads with it). */
  reads = 0;
  /** Units whose text could not be read (skipped; the first is logged). */
  failures = 0;
  /** Characters of the texts read but not yet taken by {@link takeBatch}. */
  pendingChars = 0;
  private seen = new WeakSet<Element>();
  private keys = new Set<number>();
  private sectionList: Section[] = [];
  /** Roots of the current batch (see {@link scanAll}, {@link unitsFrom}; cleared by {@link endBatch}). */
  private rootCache: Element[] | null = null;
  /** The heading of the section being read (`''` before the first heading). */
  private lastHeading = '';
  private readonly maxKeys: number;
  private readonly maxSections: number;
  private readonly unitLimit: number;
  /** Selector of a unit or ancestor that is not read: hidden, excluded, private, or a feed's compose box. */
  private readonly skip: string;
  /** The page's ranking: the sum of the batches' rankings. */
  readonly sum = new PageRanking();
  /** Texts read for the page since the last {@link takeBatch}. */
  private batch: string[] = [];

  /**
   * @param doc the top document
   * @param site the site module whose selectors apply
   */
  constructor(
    private readonly doc: Document,
    readonly site: SiteModule,
    options: PageReaderOptions = {},
  ) {
    this.maxKeys = options.maxKeys ?? 10_000;
    this.maxSections = options.maxSections ?? 40;
    this.unitLimit = options.unitLimit ?? 20_000;
    // One ancestor walk for every reason to skip a unit (on a 5 MB page, three walks were 11 % of our time).
    const { exclude, compose } = site.selectors;
    this.skip = [
      '[hidden]',
      '[aria-hidden="true"]',
      `[${CARD_ATTR}]`,
      exclude,
      site.private?.areas,
      site.kind === 'feed' ? compose : undefined,
    ]
      .filter(Boolean)
      .join(', ');
  }

  /** Forgets everything read and every ranking (in-app navigation to a new page, or a new catalog). */
  reset(): void {
    this.sum.reset();
    this.batch = [];
    this.pendingChars = 0;
    this.seen = new WeakSet();
    this.keys.clear();
    this.sectionList = [];
    this.rootCache = null;
    this.lastHeading = '';
    this.chars = 0;
    this.reads = 0;
  }

  /**
   * True when the page is one of the site's private pages (its messaging app), where nothing is read. Asked at each
   * read, not once: an app moves to its messaging page by `pushState`, and the reader may learn of it late.
   */
  privatePage(): boolean {
    return isPrivatePage(this.site, this.doc.location?.href ?? '');
  }

  /**
   * The compose box `node` is in, when its text may be scored: `null` outside every compose box, on a private page,
   * and in a private area (a chat window's editor matches the compose selectors of most sites).
   */
  editorFor(node: Node): Element | null {
    const sel = this.site.selectors.compose;
    const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
    const editor = sel ? el?.closest(sel) : null;
    if (!editor || this.privatePage()) return null;
    const areas = this.site.private?.areas;
    return areas && editor.closest(areas) ? null : editor;
  }

  /** True when `el` is one of the roots or inside one (a document's own editor, not a reply box beside it). */
  inRoots(el: Element): boolean {
    return this.roots().some((r) => r === el || r.contains(el));
  }

  /**
   * The containers read now, in document order: the site's own `roots()`, or `selectors.roots` (a same-origin
   * iframe among them stands for its document's body), or the whole document; none on a private page.
   */
  roots(): Element[] {
    const { site, doc } = this;
    if (this.privatePage()) return [];
    const sel = site.selectors.roots;
    const base = site.roots ? site.roots(doc) : sel ? [...doc.querySelectorAll(sel)] : [doc.documentElement];
    const out: Element[] = [];
    for (const el of base) {
      // A root inside another (two routes to one body) is read as part of it, once.
      if (out.some((r) => r.contains(el))) continue;
      const inner = frameDocument(el);
      if (inner?.body) out.push(inner.body);
      else if (!inner && el.tagName !== 'IFRAME') out.push(el);
      // Documents: editors in same-origin frames inside a root are part of it (iframes).
      if (site.kind === 'document' && !inner) {
        for (const frame of el.querySelectorAll('iframe')) {
          const body = frameDocument(frame)?.body;
          if (body) out.push(body);
        }
      }
    }
    return out;
  }

  /** The same-origin documents of iframes in the roots (observed and listened to like the top document). */
  frameDocuments(): Document[] {
    const out: Document[] = [];
    // A live collection: Blink keeps it until the DOM changes, where querySelectorAll walks a 5 MB page every flush.
    for (const el of this.doc.getElementsByTagName('iframe')) {
      const inner = frameDocument(el);
      if (inner?.documentElement) out.push(inner);
    }
    return out;
  }

  /** True when `unit` is to be read: not read yet, in a root, not excluded, hidden, nested, or a feed's compose box. */
  private wanted(unit: Element): boolean {
    const roots = this.rootCache ?? this.roots();
    if (!roots.some((r) => r === unit || r.contains(unit))) return false;
    if (unit.parentElement?.closest(this.site.selectors.units)) return false;
    return !unit.closest(this.skip);
  }

  /**
   * Every unit to read in the roots, in document order, lazily (start, resume after a hidden tab, after
   * navigation): a depth-first walk that yields a unit without entering it (nested units are not read) and never
   * enters what is not read (hidden, excluded, a feed's compose box, script, style, …), so what it yields needs
   * none of {@link read}'s checks (`read(unit, true)`). Lazy so the caller can slice it: on a 5 MB page one
   * `querySelectorAll` over all units and the ancestor checks per unit were a long task of their own.
   *
   * The walk resumes from the last unit it yielded. When that unit left the page in the meantime the walk cannot
   * go on from it: it ends, and {@link interrupted} is set (scan again later; what was read is not read twice).
   */
  *scan(): Generator<Element, void, undefined> {
    this.interrupted = false;
    const roots = this.roots();
    this.rootCache = roots;
    const { units } = this.site.selectors;
    for (const root of roots) {
      if (root.closest(this.skip)) continue;
      if (root.matches(units)) {
        if (!this.seen.has(root)) yield root;
        continue;
      }
      let el: Element | null = root.firstElementChild;
      while (el) {
        let enter = false;
        // Elements that never hold readable content (`./text.ts`) hold no unit either.
        if (el.matches(this.skip) || SKIP.has(el.tagName.toUpperCase())) {
          // not read, nor anything inside
        } else if (el.matches(units)) {
          if (!this.seen.has(el)) {
            yield el;
            if (!el.isConnected) {
              this.interrupted = true;
              return;
            }
          }
        } else enter = true;
        if (enter && el.firstElementChild) {
          el = el.firstElementChild;
          continue;
        }
        while (el && el !== root && !el.nextElementSibling) el = el.parentElement;
        el = el && el !== root ? el.nextElementSibling : null;
      }
    }
  }

  /** True when the last {@link scan} ended early because the page removed the unit it had stopped at. */
  interrupted = false;

  /** Ends a batch: forgets its roots, so nothing of the page is held between batches. */
  endBatch(): void {
    this.rootCache = null;
  }

  /**
   * The unit candidates that contain or lie inside `nodes` (nodes added to the page), not read yet.
   * Cost grows with the added nodes only.
   */
  unitsFrom(nodes: Iterable<Node>): Element[] {
    this.rootCache = this.roots();
    const sel = this.site.selectors.units;
    const out = new Set<Element>();
    for (const node of nodes) {
      const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
      if (!el?.isConnected) continue;
      const outer = el.closest(sel);
      if (outer) {
        if (!this.seen.has(outer)) out.add(outer);
        continue;
      }
      for (const u of el.querySelectorAll(sel)) if (!this.seen.has(u)) out.add(u);
    }
    return [...out];
  }

  /**
   * Reads `unit` once: marks it read, and unless its text is empty or was seen before (a re-rendered copy),
   * adds the text to the page's batch and, in document mode, to its section's.
   * @param scanned true when `unit` came from {@link scan}, which already knows it is to be read
   * @returns the number of characters added (0 when nothing new).
   */
  read(unit: Element, scanned = false): number {
    if (this.seen.has(unit) || (!scanned && !this.wanted(unit))) return 0;
    let text: string;
    try {
      text = readText(unit, this.unitLimit);
    } catch (e) {
      // One unit the page made unreadable must not stop the rest of the page: it is skipped for good.
      this.seen.add(unit);
      if (this.failures++ === 0) console.warn('Argumentarium: a part of the page could not be read', e);
      return 0;
    }
    // An empty unit is not marked: the app often inserts the shell first and fills it in a later mutation.
    if (!text) return 0;
    this.seen.add(unit);
    this.reads++;
    const key = hashText(text);
    if (this.keys.has(key)) return 0;
    if (this.keys.size >= this.maxKeys) this.keys.clear();
    this.keys.add(key);
    this.chars += text.length;
    this.pendingChars += text.length;
    // A unit that reached the limit was cut (one huge text node, see `readText`): it goes out in post-sized runs of
    // sentences, so the on-topic start of a pasted wall of text is ranked rather than drowned in the rest of it.
    const pieces = text.length >= this.unitLimit - 200 ? sentenceRuns(text) : [text];
    this.batch.push(...pieces);
    if (this.site.kind === 'document') this.sectionFor(unit).batch.push(...pieces);
    return text.length;
  }

  /**
   * The section of `unit`: a heading unit starts one; other units belong to the last heading read. Units are
   * read in document order (a scan, or nodes as the page appends them), so no position comparisons are needed
   * (Blink's `compareDocumentPosition` walks sibling lists: too slow for 50 000 paragraphs). In a virtualised
   * document the heading that scrolled away stays the current one.
   */
  private sectionFor(unit: Element): Section {
    const sel = this.site.selectors.headings;
    const h = sel ? (unit.matches(sel) ? unit : unit.querySelector(sel)) : null;
    if (h) this.lastHeading = readText(h, 300);
    const heading = this.lastHeading;
    let section = this.sectionList.find((s) => s.heading === heading);
    if (!section) {
      if (this.sectionList.length >= this.maxSections) return this.sectionList[this.sectionList.length - 1]!;
      section = { heading, sum: new PageRanking(), batch: [] };
      this.sectionList.push(section);
    }
    return section;
  }

  /**
   * Takes the texts read since the last call, one per key, the units joined by {@link UNIT_SEPARATOR}: on a feed,
   * {@link PAGE_KEY} with the page's text; in document mode `s<i>` for each section with new text, then
   * {@link PAGE_KEY} as their `join` (the background joins them: the text is sent once).
   * @returns `[]` when nothing new was read
   */
  takeBatch(): RankText[] {
    if (this.batch.length === 0) return [];
    const out: RankText[] = [];
    this.sectionList.forEach((s, i) => {
      if (s.batch.length) out.push({ key: `s${i}`, text: s.batch.join(UNIT_SEPARATOR) });
      s.batch = [];
    });
    // A document's page text is its sections' texts (every unit read is in one section), joined in the background.
    out.push(out.length ? { key: PAGE_KEY, join: out.map((t) => t.key) } : { key: PAGE_KEY, text: this.batch.join(UNIT_SEPARATOR) });
    this.batch = [];
    this.pendingChars = 0;
    return out;
  }

  /**
   * Adds the rankings of a batch taken by {@link takeBatch} (by key; unknown keys are ignored) to the page's
   * and the sections' sums.
   */
  apply(results: Readonly<Record<string, RankedArgument[] | undefined>>): void {
    const page = results[PAGE_KEY];
    if (Array.isArray(page)) this.sum.add(page);
    this.sectionList.forEach((s, i) => {
      const r = results[`s${i}`];
      if (Array.isArray(r)) s.sum.add(r);
    });
  }

  /** The page's ranking (the sum over every batch applied since the last reset). */
  ranking(): RankedArgument[] {
    return this.sum.ranking();
  }

  /** Per-section rankings in order of first appearance, only sections with something relevant. */
  sections(): { heading: string; ranked: RankedArgument[] }[] {
    return this.sectionList.map((s) => ({ heading: s.heading, ranked: s.sum.ranking() })).filter((s) => s.ranked.length > 0);
  }

  /** Number of sections seen (for tests and the report). */
  get sectionCount(): number {
    return this.sectionList.length;
  }

  /** Number of text hashes held (bounded by `maxKeys`). */
  get keyCount(): number {
    return this.keys.size;
  }
}

/**
 * Characters of a run of sentences cut from a huge unit: about a feed post's length (some 50 words), the length of
 * the texts the relevance model learned from, so a run carries a whole point and a run of a log or spam wall does not
 * drown it.
 */
export const RUN_CHARS = 320;

/**
 * `text` cut into runs of whole sentences (at `.`, `!` or `?` and white space) of about {@link RUN_CHARS}: sentences
 * join a run until it reaches that length; a longer sentence is a run of its own.
 * @returns the runs in text order, each trimmed; their concatenation with single spaces is `text` (white space aside)
 */
export function sentenceRuns(text: string): string[] {
  const runs: string[] = [];
  let run = '';
  for (const sentence of text.split(/(?<=[.!?])\s+/)) {
    if (run && (run.length >= RUN_CHARS || sentence.length > RUN_CHARS)) {
      runs.push(run);
      run = '';
    }
    run = run ? `${run} ${sentence}` : sentence;
  }
  if (run) runs.push(run);
  return runs;
}
