/**
 * Host permissions for the optional site groups and the user's intranet sites: which origins
 * a group or pattern needs, whether they are granted, and asking for or giving them up.
 * The options page and onboarding call these; the background listens to `permissions.onAdded`
 * / `onRemoved` and (un)registers content scripts (see `src/background/reconcile.ts`).
 *
 * Browser differences: Chrome and Firefox both accept any origin covered by the manifest's
 * `optional_host_permissions`; Firefox MV3 also lets the user revoke host permissions that the
 * manifest lists as required (`host_permissions`), so nothing may assume a manifest grant lasts.
 */
import { originOf } from '../match-patterns';
import { allIntranetPatterns } from '../settings/managed';
import { SITE_GROUPS, type SiteGroupId } from '../site-groups';
import { browser } from './browser';

/** A site group id, or one intranet match pattern such as `https://intranet.example.com/*`. */
export type AccessKey = SiteGroupId | string;

function isGroupId(key: string): key is SiteGroupId {
  return SITE_GROUPS.some((g) => g.id === key);
}

/**
 * The origin patterns (`scheme://host/*`) that `key` needs.
 * A group id gives the group's origins (`intranet` has none of its own: its sites are patterns);
 * a match pattern gives its origin (host permissions ignore paths).
 * @returns `[]` for a string that is neither a group id nor a valid match pattern.
 */
export function originsFor(key: AccessKey): string[] {
  if (isGroupId(key)) return SITE_GROUPS.find((g) => g.id === key)?.origins.slice() ?? [];
  const origin = originOf(key);
  return origin ? [origin] : [];
}

/** True when every origin in `origins` is granted; `false` for an empty list (nothing to grant is not "granted"). */
export async function hasAccess(origins: string[]): Promise<boolean> {
  if (origins.length === 0) return false;
  return browser.permissions.contains({ origins });
}

/**
 * Asks the user for `origins` (the browser shows its permission prompt).
 *
 * MUST be called synchronously inside a user-gesture handler (a click or key handler), before any
 * `await`: both browsers refuse `permissions.request` once the gesture's task has ended
 * ("This function must be called during a user gesture" in Chrome, "permissions.request may only be
 * called from a user input handler" in Firefox). So compute `originsFor(...)` beforehand, then call
 * this first thing in the handler and await its promise afterwards.
 *
 * @returns `true` when granted (including when already granted), `false` when the user declined or
 *   `origins` is empty. Rejects only for origins the manifest does not list as optional.
 */
export function requestAccess(origins: string[]): Promise<boolean> {
  if (origins.length === 0) return Promise.resolve(false);
  return browser.permissions.request({ origins });
}

/**
 * Gives up `origins`. The background then unregisters the content scripts that needed them.
 * @returns `true` when removed, `false` when the browser refused (Chrome refuses to remove
 *   origins the manifest requires) or `origins` is empty. Never rejects.
 */
export async function removeAccess(origins: string[]): Promise<boolean> {
  if (origins.length === 0) return false;
  try {
    return await browser.permissions.remove({ origins });
  } catch {
    return false;
  }
}

/** All origins granted now, however they were granted (manifest, our prompt, the browser's site-access menu). */
export async function grantedOrigins(): Promise<string[]> {
  const all = await browser.permissions.getAll();
  return all.origins ?? [];
}

/**
 * Access per optional site group and per intranet pattern: `true` when all of its origins are granted.
 * A group granted only for single hosts (e.g. one `*.atlassian.net` site through the browser's menu)
 * reads `false` here, although its content script runs on those hosts.
 * @param patterns  intranet patterns to report; default: the user's `intranetSites` and the policy's sites.
 * @returns e.g. `{ confluence: true, sharepoint: false, …, 'https://intranet.example.com/*': true }`.
 */
export async function accessState(patterns?: string[]): Promise<Record<AccessKey, boolean>> {
  const keys: AccessKey[] = [
    ...SITE_GROUPS.filter((g) => g.optional && g.id !== 'intranet').map((g) => g.id),
    ...(patterns ?? (await allIntranetPatterns())),
  ];
  const state: Record<AccessKey, boolean> = {};
  await Promise.all(
    keys.map(async (key) => {
      state[key] = await hasAccess(originsFor(key));
    }),
  );
  return state;
}
