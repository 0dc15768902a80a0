/**
 * Facebook: facebook.com and its www., m. and web. hosts.
 * Posts: `[role="feed"]` > `[role="article"]`, the message in `[data-ad-rendering-role="story_message"]`
 * (older markup: `[data-ad-comet-preview="message"]` / `[data-ad-preview="message"]`). Compose: Lexical editors,
 * `[contenteditable="true"][role="textbox"]`, with `aria-placeholder` and an `aria-hidden` placeholder sibling.
 * Fixtures: `tests/fixtures/facebook/`.
 */
import { onDomain, type SiteModule } from './types';

export const facebook: SiteModule = {
  id: 'facebook',
  group: 'social',
  kind: 'feed',
  matches: (url) => onDomain(url.hostname, 'facebook.com'),
  selectors: {
    units: '[data-ad-rendering-role="story_message"], [data-ad-comet-preview="message"], [data-ad-preview="message"]',
    compose: '[contenteditable="true"][role="textbox"]',
  },
};
