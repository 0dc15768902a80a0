/**
 * The contract every site module follows (one module per site, an explicit registry in `./index.ts`,
 * and a convention test that each registered site has a fixture folder its selectors match).
 *
 * A site module is data plus two or three tiny functions: which pages it handles, where the readable
 * text units are (posts in a feed, blocks of a document), where the user types (compose boxes, editors),
 * what starts a section (headings, document mode) and whether the page can be read at all.
 * Everything about a site's markup lives in its module, so a change of the site's DOM is one place to mend.
 */
import type { SiteGroupId } from '../../src/site-groups';

/** Selectors of one site. All are CSS selector lists, matched with `Element.matches` / `querySelectorAll`. */
export interface SiteSelectors {
  /**
   * Containers whose contents are read (document bodies, web-part canvases). Omitted: the whole document
   * (feeds, whose posts can appear anywhere in the app's tree).
   */
  roots?: string;
  /**
   * Text units, each read once and scored once: a post's text in a feed, a block of a document.
   * A unit inside another unit is read as part of the outer one.
   */
  units: string;
  /** Editors the user types into (compose boxes). Their text is scored on `input`, debounced, never per keystroke. */
  compose?: string;
  /** Elements that start a section (document mode); each must also be reachable as or inside a unit. */
  headings?: string;
  /** Units inside these are ignored (navigation, footers, sidebars). */
  exclude?: string;
}

/** One site module. */
export interface SiteModule {
  /** Short id, also `PageReport.site`. */
  id: string;
  /** Fixture folder under `tests/fixtures/` whose pages prove the selectors; default {@link id}. */
  fixtures?: string;
  /** Site group whose `hintMode` applies (settings). */
  group: SiteGroupId;
  /** `feed`: posts accumulate as they pass; `document`: also ranked per section, editors read per block. */
  kind: 'feed' | 'document';
  /** True when this module handles the page at `url` (host and path only; no DOM access). */
  matches(url: URL): boolean;
  /**
   * For hosts the user added (Confluence Server, SharePoint on-premises on an intranet host): true when the
   * document's markup shows this tool. Only asked when no module {@link matches} the URL. Must stay cheap on any
   * page: element ids (`getElementById`, a hash lookup) and `<head>` only, because a selector that finds nothing
   * walks the whole document (on the 5 MB bench page, detection by selectors was 26 % of the content script's time
   * before the first card, `BENCH_TIMELINE=1 npm run bench -- --only intranet --dist` of a `--no-minify` build).
   */
  detect?(doc: Document): boolean;
  selectors: SiteSelectors;
  /**
   * Custom root finder, used instead of `selectors.roots` (the generic intranet reader picks the main content).
   * @returns the containers to read, in document order; never empty (fall back to `doc.body`).
   */
  roots?(doc: Document): Element[];
  /** `unreadable` when the page draws its text where the DOM cannot reach it (Google Docs' canvas). Default `ok`. */
  status?(doc: Document): 'ok' | 'unreadable';
  /** The document's title, when the site shows one better than `document.title`. */
  title?(doc: Document): string | undefined;
}

/** Host `host` equals `domain` or is a subdomain of it (`www.x.com` of `x.com`; never `notx.com`). */
export function onDomain(host: string, domain: string): boolean {
  const h = host.toLowerCase();
  return h === domain || h.endsWith(`.${domain}`);
}

/** Block-level elements that make a document's text units (paragraphs, list items, headings, cells, quotes). */
export const BLOCKS = 'p, li, h1, h2, h3, h4, h5, h6, blockquote, pre, td, th, dt, dd, figcaption';

/** HTML headings and ARIA headings. */
export const HEADINGS = 'h1, h2, h3, h4, h5, h6, [role="heading"]';
