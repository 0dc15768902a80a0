/**
 * Destination-aware copy: the default copy format follows the site the user is on.
 * Markdown for Notion and Confluence, plain text for X, Facebook and LinkedIn, HTML for SharePoint,
 * the user's intranet sites and web mail; the site groups' `copyFormat` in `src/site-groups.ts` is the source.
 * Pure functions; no browser APIs.
 */

import { matchesPattern } from '../match-patterns';
import type { CopyFormat } from '../settings/index';
import { SITE_GROUPS, type SiteGroup, type SiteKind } from '../site-groups';

/** Re-exported for the content script, which tells the user's intranet pages apart with it. */
export { matchesPattern };

/** A concrete format a destination asks for (the `x` post variant is only ever chosen by hand). */
export type DestinationFormat = Exclude<CopyFormat, 'auto'>;

/**
 * Web mail hosts, which take rich HTML from the clipboard. Not a site group: the extension never runs
 * on them, only the popup looks at their address to choose a format.
 */
const WEB_MAIL: readonly string[] = [
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
  'https://outlook.live.com/*',
  'https://mail.google.com/*',
  'https://*.mail.yahoo.com/*',
  'https://*.proton.me/*',
];

/** Format when nothing is known about the destination: HTML + plain serve both rich and plain fields. */
const FALLBACK: DestinationFormat = 'html';

/**
 * The site group whose origins cover `url` (for `intranet`: one of `intranetSites`), or `undefined`.
 */
export function siteGroupForUrl(url: string | undefined, intranetSites: readonly string[] = []): SiteGroup | undefined {
  if (!url) return undefined;
  return SITE_GROUPS.find((group) => (group.id === 'intranet' ? intranetSites : group.origins).some((p) => matchesPattern(p, url)));
}

/** The kind of site at `url` (for the private usage record): its group's kind, else `other`. */
export function siteKindForUrl(url: string | undefined, intranetSites: readonly string[] = []): SiteKind {
  return siteGroupForUrl(url, intranetSites)?.kind ?? 'other';
}

/**
 * The copy format the page at `url` wants: its site group's `copyFormat`, HTML for web mail and for
 * the user's `intranetSites` (match patterns), else HTML. An empty or unparsable URL gives the fallback.
 */
export function formatForUrl(url: string | undefined, intranetSites: readonly string[] = []): DestinationFormat {
  if (!url) return FALLBACK;
  const group = siteGroupForUrl(url, intranetSites);
  if (group) return group.copyFormat;
  if (WEB_MAIL.some((p) => matchesPattern(p, url))) return 'html';
  return FALLBACK;
}

/** The setting `setting` resolved for `url`: itself unless `auto`, then {@link formatForUrl}. */
export function resolveFormat(setting: CopyFormat, url: string | undefined, intranetSites: readonly string[] = []): DestinationFormat {
  return setting === 'auto' ? formatForUrl(url, intranetSites) : setting;
}
