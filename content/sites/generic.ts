/**
 * Any other page: the user's intranet sites (and pages read on demand). Reads the main content: the largest
 * of `main`, `[role="main"]`, `article` (and common content ids), else the body; never navigation, banners,
 * footers or sidebars. Fixtures: `tests/fixtures/intranet/`.
 */
import { BLOCKS, HEADINGS, type SiteModule } from './types';

/** Candidates for the main content, in order of preference when equally large. */
const MAIN = 'main, [role="main"], article, #content, #main-content, .main-content';

/** A main-content candidate needs at least this many characters (UTF-16) to beat the body; below, teasers win. */
const MIN_MAIN_CHARS = 200;

export const generic: SiteModule = {
  id: 'generic',
  fixtures: 'intranet',
  group: 'intranet',
  kind: 'document',
  matches: () => true,
  selectors: {
    units: BLOCKS,
    headings: HEADINGS,
    compose: 'textarea, [contenteditable="true"]',
    exclude: 'nav, aside, footer, body > header, [role="navigation"], [role="banner"], [role="contentinfo"], [role="complementary"], [role="search"]',
  },
  roots(doc) {
    let best: Element | null = null;
    let bestLen = MIN_MAIN_CHARS - 1;
    for (const el of doc.querySelectorAll(MAIN)) {
      // textContent is computed natively without layout; cheap even on large pages.
      const len = el.textContent?.length ?? 0;
      if (len > bestLen) {
        best = el;
        bestLen = len;
      }
    }
    const root = best ?? doc.body ?? doc.documentElement;
    return [root];
  },
};
