/**
 * X (Twitter): x.com, twitter.com and their mobile hosts.
 *
 * Posts, by independent routes: the text `[data-testid="tweetText"]` of a post cell (names, handles and counters are
 * left out), and, by structure, the one element of a post `article[role="article"]` that carries the post's `lang`
 * (`div[lang][dir]`, the same element on today's X). Compose: the Draft.js editor
 * `[data-testid="tweetTextarea_0"]` / `.public-DraftEditor-content`; its placeholder is a sibling
 * `.public-DraftEditorPlaceholder-root`. Private: direct messages (`/messages`, the drawer `DMDrawer` on every page,
 * whose Draft.js editor `dmComposerTextInput` would otherwise be a compose box) and X Chat (`/i/chat`, its
 * `dm-composer-textarea`). Articles on `/status/` pages are read by `./x-article.ts`.
 * Fixtures: `tests/fixtures/x/`.
 */
import { onDomain, type SiteModule } from './types';

/** Hosts of X. */
export function onX(url: URL): boolean {
  return onDomain(url.hostname, 'x.com') || onDomain(url.hostname, 'twitter.com');
}

/** X's private messages (shared with `./x-article.ts`, whose pages have the same drawer). */
export const X_PRIVATE = {
  paths: /^\/(messages|i\/chat)(\/|$)/,
  areas: [
    '[data-testid="DMDrawer" i]',
    '[data-testid="DmActivityContainer"]',
    '[data-testid="DmScrollerContainer"]',
    '[data-testid="dmComposerTextInput"]',
    '[data-testid="dm-composer-textarea"]',
    '[data-testid="dm-conversation-panel"]',
  ].join(', '),
};

export const x: SiteModule = {
  id: 'x',
  name: 'X',
  group: 'social',
  kind: 'feed',
  matches: onX,
  // Timelines, posts, profiles, search, lists and bookmarks show posts; settings and the composer page do not.
  expectsUnits: (url) => !/^\/(settings|compose|messages|i\/chat)(\/|$)/.test(url.pathname),
  selectors: {
    units: '[data-testid="tweetText"], article[role="article"] div[lang][dir]',
    compose: '[data-testid^="tweetTextarea_"][contenteditable="true"], .public-DraftEditor-content[contenteditable="true"]',
    posts: 'article[data-testid="tweet"]',
  },
  private: X_PRIVATE,
};
