/**
 * Settings: one `defaults` object, the type derived from it, a schema version.
 * Small settings live in `storage.sync`; the user's arguments in `storage.local`
 * (see `src/platform/storage.ts`). Validation, repair and migrations: `./validate.ts`.
 */
import type { Audience, Lang } from '../catalog/types';
import type { SiteGroupId } from '../site-groups';

/** When the card appears on a site group's pages. */
export type HintMode = 'always' | 'composing' | 'never';

/**
 * The card on document pages (Confluence, SharePoint, Notion, Google Docs, intranet): `pill`: it stays the small pill
 * while the author writes (the side panel holds the arguments beside the text); `open`: it opens while writing, as on
 * the social sites.
 */
export type DocumentCard = 'pill' | 'open';

/** Copy format; `auto` follows the destination site. */
export type CopyFormat = 'auto' | 'plain' | 'markdown' | 'html';

/** Version of the stored settings schema; bump with a migration in `./validate.ts`. */
export const SETTINGS_VERSION = 1;

/** Every setting with its default. The stored object is validated and repaired against this, key by key. */
export const defaults = {
  version: SETTINGS_VERSION,
  /** UI language; `auto` follows the browser's UI language. */
  lang: 'auto' as 'auto' | Lang,
  /** Hint behaviour per site group. */
  hintMode: {
    social: 'always',
    confluence: 'always',
    sharepoint: 'always',
    notion: 'always',
    gdocs: 'always',
    intranet: 'always',
  } as Record<SiteGroupId, HintMode>,
  /** The card on document pages (see {@link DocumentCard}); feeds' cards are not affected. */
  documentCard: 'pill' as DocumentCard,
  /** Host names where hints are snoozed (no card), e.g. `x.com`. */
  snoozed: [] as string[],
  /** Ids of built-in arguments the user hid. */
  hidden: [] as string[],
  /** Audience whose reasoning variant is copied. */
  audience: 'general' as Audience,
  /** Copy format. */
  copyFormat: 'auto' as CopyFormat,
  /** Append an argument's sources as a citation line when copying. */
  includeSources: false,
  /** The user's intranet sites, as match patterns (validated). */
  intranetSites: [] as string[],
};

/** The settings type, derived from {@link defaults}. */
export type Settings = typeof defaults;
