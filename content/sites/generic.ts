/**
 * Any other page: the user's intranet sites (and pages read on demand). Reads the main content: the largest
 * of `main`, `[role="main"]`, `article` (and common content ids), else the body; never navigation, banners,
 * footers or sidebars. Fixtures: `tests/fixtures/intranet/`.
 */
import { BLOCKS, HEADINGS, type SiteModule } from './types';

/** The page's declared main content. */
const MAIN = 'main, [role="main"]';

/** Candidates when there is no (useful) main element, in order of preference when equally large. */
const CONTENT = 'article, #content, #main-content, .main-content';

/** A content candidate needs at least this many characters (UTF-16) to beat the body; below, teasers win. */
const MIN_CONTENT_CHARS = 200;

export const generic: SiteModule = {
  id: 'generic',
  name: 'Intranet',
  fixtures: 'intranet',
  group: 'intranet',
  kind: 'document',
  matches: () => true,
  // Any page of any layout: nothing to recognise, so the popup never calls its layout unknown.
  expectsUnits: () => false,
  selectors: {
    units: BLOCKS,
    headings: HEADINGS,
    compose: 'textarea, [contenteditable="true"]',
    exclude:
      'nav, aside, footer, body > header, [role="navigation"], [role="banner"], [role="contentinfo"], [role="complementary"], [role="search"]',
  },
  roots(doc) {
    // A main element with any block of text is the answer, whatever its size: measuring it would mean
    // building its whole text (5 MB intranet pages).
    const main = doc.querySelector(MAIN);
    if (main?.querySelector(BLOCKS)) return [main];
    let best: Element | null = null;
    let bestLen = MIN_CONTENT_CHARS - 1;
    for (const el of doc.querySelectorAll(CONTENT)) {
      const len = el.textContent?.length ?? 0;
      if (len > bestLen) {
        best = el;
        bestLen = len;
      }
    }
    return [best ?? doc.body ?? doc.documentElement];
  },
};
