/**
 * The site groups Argumentarium runs on, as data shared by the background
 * (content-script registration), the options page and onboarding (access state),
 * and the content script (which reader to use). The one list of groups: a group added here without its other
 * pieces (hint default, strings, fixture route, manifest permissions) fails `tests/unit/site-groups.test.ts`,
 * which names the missing piece.
 *
 * Match patterns follow the WebExtensions match-pattern grammar
 * (https://developer.chrome.com/docs/extensions/develop/concepts/match-patterns).
 */

/** Ids of the built-in site groups. `intranet` holds the user's own sites. */
export type SiteGroupId = 'social' | 'confluence' | 'sharepoint' | 'notion' | 'gdocs' | 'intranet';

/** Kind of site, used to choose a copy format and to label the usage record. */
export type SiteKind = 'social' | 'document' | 'intranet' | 'other';

/** One site group. */
export interface SiteGroup {
  id: SiteGroupId;
  kind: SiteKind;
  /**
   * Host permissions (origins) the group needs. For `social` they come with the
   * manifest's static content script; for the others they are optional and requested on a click.
   */
  origins: string[];
  /** Match patterns of the pages where the content script runs (may be narrower than `origins`). */
  matches: string[];
  /** True when access must be requested at run time (`optional_host_permissions`). */
  optional: boolean;
  /** Default copy format on this group's pages (destination-aware copy, `src/copy/destination.ts`). */
  copyFormat: 'plain' | 'markdown' | 'html';
  /** Key of the group's display name in `_locales/<lang>/messages.json` (options page, onboarding). */
  labelKey: string;
}

/** All built-in groups, in display order. `intranet` has no fixed origins: they are the user's. */
export const SITE_GROUPS: readonly SiteGroup[] = [
  {
    id: 'social',
    kind: 'social',
    origins: [
      'https://x.com/*',
      'https://*.x.com/*',
      'https://twitter.com/*',
      'https://*.twitter.com/*',
      'https://facebook.com/*',
      'https://*.facebook.com/*',
      'https://linkedin.com/*',
      'https://*.linkedin.com/*',
    ],
    matches: [
      'https://x.com/*',
      'https://*.x.com/*',
      'https://twitter.com/*',
      'https://*.twitter.com/*',
      'https://facebook.com/*',
      'https://*.facebook.com/*',
      'https://linkedin.com/*',
      'https://*.linkedin.com/*',
    ],
    optional: false,
    copyFormat: 'plain',
    labelKey: 'optionsGroupSocial',
  },
  {
    id: 'confluence',
    kind: 'document',
    origins: ['https://*.atlassian.net/*'],
    matches: ['https://*.atlassian.net/wiki/*'],
    optional: true,
    copyFormat: 'markdown',
    labelKey: 'optionsGroupConfluence',
  },
  {
    id: 'sharepoint',
    kind: 'document',
    origins: ['https://*.sharepoint.com/*'],
    matches: ['https://*.sharepoint.com/*'],
    optional: true,
    copyFormat: 'html',
    labelKey: 'optionsGroupSharepoint',
  },
  {
    id: 'notion',
    kind: 'document',
    origins: ['https://www.notion.so/*', 'https://*.notion.site/*'],
    matches: ['https://www.notion.so/*', 'https://*.notion.site/*'],
    optional: true,
    copyFormat: 'markdown',
    labelKey: 'optionsGroupNotion',
  },
  {
    id: 'gdocs',
    kind: 'document',
    origins: ['https://docs.google.com/*'],
    matches: ['https://docs.google.com/document/*'],
    optional: true,
    copyFormat: 'plain',
    labelKey: 'optionsGroupGdocs',
  },
  {
    id: 'intranet',
    kind: 'intranet',
    origins: [],
    matches: [],
    optional: true,
    copyFormat: 'html',
    labelKey: 'optionsGroupIntranet',
  },
];

/** The group with `id`. @throws Error for an unknown id. */
export function siteGroup(id: SiteGroupId): SiteGroup {
  const g = SITE_GROUPS.find((x) => x.id === id);
  if (!g) throw new Error(`unknown site group ${id}`);
  return g;
}
