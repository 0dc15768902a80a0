/**
 * LinkedIn: linkedin.com and its www. host.
 * Posts: feed updates (`.feed-shared-update-v2`), their text in `.update-components-text` (older markup:
 * `.feed-shared-text`, `.feed-shared-update-v2__description`). Compose: the Quill editor `.ql-editor`
 * (placeholder via `data-placeholder` + CSS `::before`, so never in the text) and `[role="textbox"]` editors.
 * Fixtures: `tests/fixtures/linkedin/`.
 */
import { onDomain, type SiteModule } from './types';

export const linkedin: SiteModule = {
  id: 'linkedin',
  group: 'social',
  kind: 'feed',
  matches: (url) => onDomain(url.hostname, 'linkedin.com'),
  selectors: {
    units: '.update-components-text, .feed-shared-text, .feed-shared-update-v2__description',
    compose: '.ql-editor[contenteditable="true"], [contenteditable="true"][role="textbox"]',
  },
};
