/**
 * The contract every site module follows (one module per site, an explicit registry in `./index.ts`,
 * and a convention test, `tests/dom/sites.test.ts`, that each registered site has a fixture folder and that every
 * route of every selector list it declares matches one of its fixture pages).
 *
 * A site module is data plus two or three tiny functions: which pages it handles, where the readable
 * text units are (posts in a feed, blocks of a document), where the user types (compose boxes, editors),
 * what starts a section (headings, document mode), whether the page can be read at all, and, for a social site,
 * where its private messages are (never read). Everything about a site's markup lives in its module, so a change of
 * the site's DOM is one place to mend. Sites change their markup without notice: a selector list names several
 * independent routes to the same units (test ids and ARIA structure first, then structure, then older class names),
 * so one route gone does not blind the module, and a page where all of them fail says so in the popup
 * (`../layout.ts`).
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
  /**
   * A feed's post boxes, each around a post's text unit (feeds only): the opened card keeps off them as a whole, not
   * only off their text, so it never lies over the edge of a post. Never read: where the text is comes from `units`.
   */
  posts?: string;
}

/**
 * Where a site keeps private messages. Nothing there is ever read: no unit inside a private area or on a private
 * page is read, and an editor there is never a compose box (its text is not scored, nor sent to the background).
 * Required for sites of the `social` group (`tests/dom/sites.test.ts` fails without it), each selector proven by a
 * fixture of the site's messaging markup.
 */
export interface PrivateAreas {
  /** Paths (`URL.pathname`) of pages that are private as a whole: the messaging app (`/messaging/`, `/messages/`). */
  paths: RegExp;
  /**
   * Regions of any page that are private (a chat overlay on the feed, a conversation, a message editor), as a CSS
   * selector list with several independent routes (test ids, ARIA labels, the sites' own class names), so a renamed
   * one still leaves the others.
   */
  areas: string;
}

/** One site module. */
export interface SiteModule {
  /** Short id, also `PageReport.site`. */
  id: string;
  /** The site's name as its users know it (`LinkedIn`); the popup names the site with it. */
  name: string;
  /** Fixture folder under `tests/fixtures/` whose pages prove the selectors; default {@link id}. */
  fixtures?: string;
  /** Site group whose `hintMode` applies (settings). */
  group: SiteGroupId;
  /** `feed`: posts accumulate as they pass; `document`: also ranked per section, editors read per block. */
  kind: 'feed' | 'document';
  /** True when this module handles the page at `url` (host and path only; no DOM access). */
  matches(url: URL): boolean;
  /**
   * For a module that shares its URLs with another (an X Article on a `/status/` page, where other posts show a
   * thread): true when the page shows this module's content now. Asked after {@link matches}, on every batch of
   * reading (the content arrives after the URL does), so it must stay cheap: one selector on pages {@link matches}
   * already narrowed down.
   */
  shows?(doc: Document): boolean;
  /**
   * For a module that reads units (every social site, most documents): true when a page at `url` normally shows
   * some. A page that does, shows text and still yields no unit after a while has a layout this module does not
   * recognise, and the popup says so (`content/layout.ts`). Default: every page of the module.
   */
  expectsUnits?(url: URL): boolean;
  /** Private messages on this site (see {@link PrivateAreas}); required for the `social` group. */
  private?: PrivateAreas;
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

/**
 * The top-level selectors of a selector list (`a, b[x="1,2"], :is(c, d)` → three), so tests can check each route
 * of a module on its own. Commas inside brackets, parentheses and quotes do not split.
 */
export function splitSelectors(list: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === ',' && depth === 0) {
      out.push(list.slice(start, i).trim());
      start = i + 1;
    }
  }
  out.push(list.slice(start).trim());
  return out.filter(Boolean);
}

/** True when the page at `url` is one of `site`'s private pages (its messaging app). */
export function isPrivatePage(site: SiteModule, url: string | URL): boolean {
  const paths = site.private?.paths;
  if (!paths) return false;
  try {
    return paths.test(new URL(url).pathname);
  } catch {
    return false;
  }
}

/** HTML headings and ARIA headings. */
export const HEADINGS = 'h1, h2, h3, h4, h5, h6, [role="heading"]';
