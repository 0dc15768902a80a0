/**
 * SharePoint Online and OneDrive (`*.sharepoint.com`) and SharePoint Server on a user-added host (detected
 * by its markup). Modern pages: the canvas's text web parts `[data-sp-feature-tag="Rich Text Editor"]` /
 * `[data-automation-id="textBox"]`; in edit mode the CKEditor body `.cke_editable` (also the compose box).
 * Fixtures: `tests/fixtures/sharepoint/`.
 */
import { BLOCKS, HEADINGS, onDomain, type SiteModule } from './types';

export const sharepoint: SiteModule = {
  id: 'sharepoint',
  name: 'SharePoint',
  group: 'sharepoint',
  kind: 'document',
  matches: (url) => onDomain(url.hostname, 'sharepoint.com'),
  // A modern page's canvas. Classic (Server) pages, `#s4-workspace`, stay with the generic reader: the roots below
  // are the modern page's, and a classic page claimed here would be read as empty.
  detect: (doc) => doc.getElementById('spPageCanvasContent') !== null,
  selectors: {
    roots: '[data-automation-id="pageTitle"], [data-sp-feature-tag="Rich Text Editor"], [data-automation-id="textBox"], .cke_editable',
    units: `${BLOCKS}, [role="heading"]`,
    headings: HEADINGS,
    compose: '.cke_editable[contenteditable="true"], [data-automation-id="textBox"] [contenteditable="true"]',
  },
  title: (doc) =>
    doc.querySelector('[data-automation-id="pageHeader"] [role="heading"], [data-automation-id="pageTitle"]')?.textContent?.trim() ||
    undefined,
};
