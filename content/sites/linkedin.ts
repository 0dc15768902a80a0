/**
 * LinkedIn: linkedin.com and its www. host.
 *
 * Posts, by independent routes, most stable first (class names of the 2026 feed are hashed, `_495513b8`, and useless):
 * - test id: the text box `span[data-testid="expandable-text-box"]` of posts and comments (2026);
 * - component keys: the `<p componentkey>` around it, `feed-commentary_…` / `translatable-commentary-…` for posts,
 *   `comment-commentary_…` / `comment-reply-commentary_…` for comments (July 2026);
 * - structure: a `<p componentkey>` inside a feed item `[role="listitem"]` of the feed (the May 2026 feed keyed them
 *   by a bare UUID; only the post's commentary paragraph carries a key there), the feed found by its test id or as the
 *   page's `<main>`, so list items elsewhere (the messaging overlay is an `<aside>`) are never taken for posts;
 * - the older markup that still occurs: `.update-components-text`, `.feed-shared-text`,
 *   `.feed-shared-update-v2__description`.
 * Compose: the post and comment editor `div.tiptap.ProseMirror[contenteditable][role="textbox"]` (2026), the Quill
 * editor `.ql-editor` (placeholder via `data-placeholder` + CSS `::before`, so never in the text) and other
 * `[role="textbox"]` editors. Private: the messaging app (`/messaging/`) and its overlay on every page (its editor
 * `.msg-form__contenteditable` is a `[role="textbox"]` too).
 * Fixtures: `tests/fixtures/linkedin/`.
 */
import { onDomain, type SiteModule } from './types';

export const linkedin: SiteModule = {
  id: 'linkedin',
  name: 'LinkedIn',
  group: 'social',
  kind: 'feed',
  matches: (url) => onDomain(url.hostname, 'linkedin.com'),
  // The feed, a post, a member's or company's activity, a group, content search: pages that show posts.
  expectsUnits: (url) =>
    /^\/(feed|posts|groups|search\/results\/content)(\/|$)|^\/(in|company)\/[^/]+\/(recent-activity|posts)(\/|$)/.test(url.pathname),
  selectors: {
    units: [
      'span[data-testid="expandable-text-box"]',
      'p[componentkey^="feed-commentary_"]',
      'p[componentkey^="translatable-commentary-"]',
      'p[componentkey^="comment-commentary_"]',
      'p[componentkey^="comment-reply-commentary_"]',
      '[data-testid="mainFeed"] [role="listitem"] p[componentkey]',
      'main [role="listitem"] p[componentkey]',
      '.update-components-text',
      '.feed-shared-text',
      '.feed-shared-update-v2__description',
    ].join(', '),
    compose: [
      '.tiptap.ProseMirror[contenteditable="true"]',
      '.ql-editor[contenteditable="true"]',
      '[contenteditable="true"][role="textbox"]',
    ].join(', '),
    posts: '[data-testid="mainFeed"] [role="listitem"], main [role="listitem"]:has(p[componentkey]), .feed-shared-update-v2',
  },
  private: {
    paths: /^\/messaging(\/|$)/,
    areas: [
      '#msg-overlay',
      'aside[aria-label="Messaging"]',
      '.msg-overlay-list-bubble',
      '.msg-overlay-conversation-bubble',
      '.msg-convo-wrapper',
      '.msg-s-message-list',
      '.msg-form',
      '.msg-form__contenteditable',
      '[role="textbox"][aria-label^="Write a message"]',
    ].join(', '),
  },
};
