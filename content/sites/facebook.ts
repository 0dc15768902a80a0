/**
 * Facebook: facebook.com and its www., m. and web. hosts.
 * Posts: `[role="feed"]` > `[role="article"]`, the message in `[data-ad-rendering-role="story_message"]` (2025)
 * or, in older markup that still occurs, `[data-ad-comet-preview="message"]` (2022) / `[data-ad-preview="message"]`.
 * Compose: Lexical editors, `[contenteditable="true"][role="textbox"]`, with `aria-placeholder` and an `aria-hidden`
 * placeholder sibling. Private: Messenger, both the app at `/messages/` and the chat windows it opens on every page,
 * whose input (`[aria-label="Message"]`, a Lexical `[role="textbox"]` with the placeholder "Aa") would otherwise be a
 * compose box. Text behind the photo viewer (`<div hidden>`) is skipped as hidden.
 * Fixtures: `tests/fixtures/facebook/`.
 */
import { onDomain, type SiteModule } from './types';

export const facebook: SiteModule = {
  id: 'facebook',
  name: 'Facebook',
  group: 'social',
  kind: 'feed',
  matches: (url) => onDomain(url.hostname, 'facebook.com'),
  // Feeds, groups, pages and profiles show posts; Messenger, settings, Marketplace and the like do not.
  expectsUnits: (url) => !/^\/(messages|settings|marketplace|gaming|notifications|friends|bookmarks)(\/|$)/.test(url.pathname),
  selectors: {
    units: '[data-ad-rendering-role="story_message"], [data-ad-comet-preview="message"], [data-ad-preview="message"]',
    compose: '[contenteditable="true"][role="textbox"]',
    posts: '[role="feed"] [aria-posinset]',
  },
  private: {
    paths: /^\/messages(\/|$)/,
    areas: [
      '[role="main"][aria-label^="Conversation"]',
      '[aria-label^="Messages in conversation"]',
      '[contenteditable="true"][aria-label="Message"]',
      '[contenteditable="true"][aria-placeholder="Aa"]',
      '[aria-label="Chats"]',
    ].join(', '),
  },
};
