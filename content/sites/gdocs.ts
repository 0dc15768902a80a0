/**
 * Google Docs (`docs.google.com/document/…`). The document is drawn on a canvas, so its text is not in the DOM:
 * the status is `unreadable` and the card says so plainly. What can be read: the title (`.docs-title-input`,
 * an `<input>`) and the user's selection, which arrives from the background's context-menu item as a
 * `show-selection` message (ranked there). Should a document still use the older DOM rendering (`.kix-paragraphrenderer`), it is read.
 * Fixtures: `tests/fixtures/gdocs/`.
 */
import type { SiteModule } from './types';

export const gdocs: SiteModule = {
  id: 'gdocs',
  name: 'Google Docs',
  group: 'gdocs',
  kind: 'document',
  matches: (url) => url.hostname.toLowerCase() === 'docs.google.com' && url.pathname.startsWith('/document/'),
  selectors: {
    roots: '.kix-appview-editor',
    units: '.kix-paragraphrenderer',
  },
  status: (doc) => (doc.querySelector('.kix-paragraphrenderer') ? 'ok' : 'unreadable'),
  title: (doc) => (doc.querySelector('.docs-title-input') as HTMLInputElement | null)?.value.trim() || undefined,
};
