/**
 * Confluence: Cloud (`*.atlassian.net/wiki/…`) and Server/Data Center on the user's own host (detected by
 * its markup). Read: the page renderer `.ak-renderer-document` (Cloud), `#main-content.wiki-content` (Server),
 * and the editor `.ProseMirror` (Cloud) or TinyMCE's `#tinymce` body in a same-origin iframe (Server); both
 * editors are also the compose boxes, read per block. Fixtures: `tests/fixtures/confluence/`.
 */
import { BLOCKS, HEADINGS, onDomain, type SiteModule } from './types';

export const confluence: SiteModule = {
  id: 'confluence',
  name: 'Confluence',
  group: 'confluence',
  kind: 'document',
  matches: (url) => onDomain(url.hostname, 'atlassian.net') && /^\/wiki(\/|$)/.test(url.pathname),
  // Not `ajs-base-url`: Jira and Bitbucket Server carry it too, and a Jira page claimed here would be read as empty.
  detect: (doc) => !!doc.getElementById('com-atlassian-confluence') || !!doc.head?.querySelector('meta[name="confluence-base-url"]'),
  selectors: {
    roots: '[data-testid="title-text"], .ak-renderer-document, .ProseMirror, #main-content.wiki-content, iframe#wysiwygTextarea_ifr',
    units: BLOCKS,
    headings: HEADINGS,
    compose: '.ProseMirror[contenteditable="true"], #tinymce[contenteditable="true"]',
  },
  title: (doc) => doc.querySelector('[data-testid="title-text"], #title-text, h1#heading-title-text')?.textContent?.trim() || undefined,
};
