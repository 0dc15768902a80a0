/**
 * X (Twitter): x.com, twitter.com and their mobile hosts.
 * Posts: `article[data-testid="tweet"]` cells whose text is `[data-testid="tweetText"]` (names, handles and
 * counters are left out). Compose: the Draft.js editor `[data-testid="tweetTextarea_0"]` /
 * `.public-DraftEditor-content`; its placeholder is a sibling `.public-DraftEditorPlaceholder-root`.
 * Fixtures: `tests/fixtures/x/`.
 */
import { onDomain, type SiteModule } from './types';

export const x: SiteModule = {
  id: 'x',
  group: 'social',
  kind: 'feed',
  matches: (url) => onDomain(url.hostname, 'x.com') || onDomain(url.hostname, 'twitter.com'),
  selectors: {
    units: '[data-testid="tweetText"]',
    compose: '[data-testid^="tweetTextarea_"][contenteditable="true"], .public-DraftEditor-content[contenteditable="true"]',
  },
};
