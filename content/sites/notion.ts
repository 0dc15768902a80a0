/**
 * Notion: `www.notion.so` and published pages on `*.notion.site`.
 * The page body `.notion-page-content` holds blocks `[data-block-id]`, virtualised: only the blocks near the
 * viewport exist, so text accumulates as the user scrolls. Headings are `.notion-header-block` and its
 * sub-levels. Each block's text is a `[contenteditable]` leaf (empty ones show a `placeholder` attribute via
 * CSS, never as text). Fixtures: `tests/fixtures/notion/`.
 */
import { onDomain, type SiteModule } from './types';

export const notion: SiteModule = {
  id: 'notion',
  name: 'Notion',
  group: 'notion',
  kind: 'document',
  matches: (url) => url.hostname.toLowerCase() === 'www.notion.so' || onDomain(url.hostname, 'notion.site'),
  selectors: {
    roots: '.notion-page-content',
    units: '[data-block-id]',
    headings: '.notion-header-block, .notion-sub_header-block, .notion-sub_sub_header-block',
    compose: '.notion-page-content [contenteditable="true"]',
  },
  title: (doc) => doc.querySelector('.notion-page-block h1, .notion-frame h1')?.textContent?.trim() || undefined,
};
