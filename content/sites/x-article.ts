/**
 * X Articles: long-form posts on X's `/status/` pages (and `/<user>/article/<id>`), read as a document with sections
 * by the article's headings, as on Confluence.
 *
 * The article: the read view `[data-testid="twitterArticleReadView"]` with the title
 * `[data-testid="twitter-article-title"]` and the body `[data-testid="twitterArticleRichTextView"]`, a read-only
 * Draft.js editor `.public-DraftEditor-content[data-testid="longformRichTextComponent"][contenteditable="false"]`
 * whose blocks are `.public-DraftStyleDefault-block` inside `longform-…` blocks (`h1.longform-header-one`,
 * `h2.longform-header-two`, `div.longform-unstyled`, list items, quotes). Only the article is read here, not the
 * replies under it. The reply box stays a compose box (read whole, as on the timeline).
 * Fixtures: `tests/fixtures/x/article.html`.
 */
import { HEADINGS, type SiteModule } from './types';
import { onX, X_PRIVATE } from './x';

/** The article's body, by test id and by Draft.js class (read-only, so never the user's own editor). */
const BODY = '[data-testid="twitterArticleRichTextView"], .public-DraftEditor-content[contenteditable="false"]';

export const xArticle: SiteModule = {
  id: 'x-article',
  name: 'X',
  fixtures: 'x',
  group: 'social',
  kind: 'document',
  matches: (url) => onX(url) && /^\/[^/]+\/(status|article)\/\d+/.test(url.pathname),
  shows: (doc) => doc.querySelector(BODY) !== null,
  selectors: {
    roots: `[data-testid="twitter-article-title"], ${BODY}`,
    units: '[data-testid="twitter-article-title"], .public-DraftStyleDefault-block, [class*="longform-"]',
    headings: `${HEADINGS}, [class*="longform-header"]`,
    compose: '[data-testid^="tweetTextarea_"][contenteditable="true"], .public-DraftEditor-content[contenteditable="true"]',
  },
  title: (doc) => doc.querySelector('[data-testid="twitter-article-title"]')?.textContent?.trim() || undefined,
  private: X_PRIVATE,
};
