/**
 * Which content scripts should be registered, given what the user granted: a pure
 * function of the site groups, the user's and the organisation's intranet patterns
 * and the granted origins, plus the diff against what is registered now.
 * The background applies the result with `scripting.*` (see `./reconcile.ts`).
 *
 * Rules (where the content script runs):
 * - An optional site group runs wherever its host permission is granted, however it was granted:
 *   the whole group (`https://*.atlassian.net/*`, also via a broad grant to every host), or
 *   single hosts of it (`https://acme.atlassian.net/*` from the browser's site-access menu), in which
 *   case the group's page patterns are narrowed to those hosts.
 * - Each intranet pattern (settings `intranetSites`, policy `intranetSites`) runs when its origin is granted.
 * - A single host the user granted through the browser's own menu that belongs to no group and no
 *   intranet pattern runs the generic reader too: the user asked for the extension on that site.
 *   A grant for every host does NOT make every site an intranet: that would put a card on every page.
 * - `social` is not registered here: the manifest's static content script covers it.
 */

import { isBroad, narrowTo, originCovers, originOf, parseMatchPattern } from '../match-patterns';
import { SITE_GROUPS, type SiteGroup, type SiteGroupId } from '../site-groups';

/** Prefix of every content-script registration id we own; anything else registered is left alone. */
export const REGISTRATION_PREFIX = 'argumentarium-';

/** The stable registration id of a site group: `argumentarium-<group>`. */
export function registrationId(group: SiteGroupId): string {
  return `${REGISTRATION_PREFIX}${group}`;
}

/** The content-script bundle: injected by the background (after the loader asks, into open tabs, on demand). */
export const CONTENT_SCRIPT = 'content.js';
/** The script file every registration and the manifest's static content script run: the loader (`content/loader.ts`). */
export const LOADER_SCRIPT = 'content-loader.js';

/** One registration, in the shape of `scripting.RegisteredContentScript` (only the fields we set). */
export interface Registration {
  id: string;
  matches: string[];
  js: string[];
  allFrames: boolean;
  runAt: 'document_idle';
  persistAcrossSessions: boolean;
  /**
   * Also run in `about:blank`/`about:srcdoc`/`blob:` frames whose origin matches (editors in blank iframes).
   * Chrome and Firefox allow it only when every pattern's path is `/*`, so it is `false` otherwise.
   */
  matchOriginAsFallback: boolean;
}

/** Inputs of {@link desiredRegistrations}. */
export interface RegistrationInput {
  /** Origins granted now (`permissions.getAll().origins`), any order; invalid entries are ignored. */
  granted: string[];
  /** The user's and the organisation's intranet match patterns; invalid ones are ignored. */
  intranet: string[];
  /** Site groups; defaults to {@link SITE_GROUPS}. */
  groups?: readonly SiteGroup[];
}

function uniqSorted(values: Iterable<string>): string[] {
  return [...new Set(values)].sort();
}

function registration(id: string, matches: string[]): Registration {
  return {
    id,
    matches,
    js: [LOADER_SCRIPT],
    allFrames: true,
    runAt: 'document_idle',
    persistAcrossSessions: true,
    matchOriginAsFallback: matches.every((m) => parseMatchPattern(m)?.path === '/*'),
  };
}

/** The page patterns of `group` that the `granted` origins allow, narrowed to granted hosts where needed. */
function grantedMatches(group: SiteGroup, granted: string[]): string[] {
  const out: string[] = [];
  for (const match of group.matches) {
    const origin = originOf(match);
    if (!origin) continue;
    if (granted.some((g) => originCovers(g, origin))) {
      out.push(match);
      continue;
    }
    for (const g of granted) {
      const narrowed = narrowTo(match, g);
      if (narrowed) out.push(narrowed);
    }
  }
  return uniqSorted(out);
}

/**
 * The registrations that should exist, sorted by id; a group with nothing granted has none.
 * Pure; never throws.
 */
export function desiredRegistrations({ granted, intranet, groups = SITE_GROUPS }: RegistrationInput): Registration[] {
  const web = granted.filter((g) => parseMatchPattern(g) !== null);
  const out: Registration[] = [];
  const groupOrigins: string[] = [];
  for (const group of groups) {
    if (group.id === 'intranet') continue;
    groupOrigins.push(...group.origins);
    if (!group.optional) continue;
    const matches = grantedMatches(group, web);
    if (matches.length) out.push(registration(registrationId(group.id), matches));
  }
  const intranetMatches: string[] = [];
  const validIntranet = intranet.filter((p) => parseMatchPattern(p) !== null);
  for (const pattern of validIntranet) {
    const origin = originOf(pattern);
    if (origin && web.some((g) => originCovers(g, origin))) intranetMatches.push(pattern);
  }
  for (const g of web) {
    if (isBroad(g)) continue;
    const known =
      groupOrigins.some((o) => originCovers(o, g) || originCovers(g, o)) || validIntranet.some((p) => originCovers(originOf(p) ?? '', g));
    if (!known) intranetMatches.push(g);
  }
  if (intranetMatches.length) out.push(registration(registrationId('intranet'), uniqSorted(intranetMatches)));
  return out.sort((a, b) => a.id.localeCompare(b.id));
}

/** What is registered now, as `scripting.getRegisteredContentScripts()` reports it (fields may be missing). */
export interface CurrentRegistration {
  id: string;
  matches?: string[];
  js?: string[];
  allFrames?: boolean;
  runAt?: string;
  matchOriginAsFallback?: boolean;
}

/** The steps that turn `current` into `desired`. Registrations whose id lacks our prefix are never touched. */
export interface ReconcilePlan {
  unregister: string[];
  register: Registration[];
  update: Registration[];
}

function same(a: CurrentRegistration, b: Registration): boolean {
  const eq = (x: string[] | undefined, y: string[]) => uniqSorted(x ?? []).join('\n') === uniqSorted(y).join('\n');
  return (
    eq(a.matches, b.matches) &&
    eq(a.js, b.js) &&
    (a.allFrames ?? false) === b.allFrames &&
    (a.runAt ?? 'document_idle') === b.runAt &&
    // A browser that does not report the field (or refused it, see reconcile.ts) is not "different".
    (a.matchOriginAsFallback === undefined || a.matchOriginAsFallback === b.matchOriginAsFallback)
  );
}

/** Diff of `current` against `desired`; an empty plan means nothing to do (reconciling is idempotent). */
export function planReconcile(current: CurrentRegistration[], desired: Registration[]): ReconcilePlan {
  const ours = current.filter((c) => c.id.startsWith(REGISTRATION_PREFIX));
  const byId = new Map(ours.map((c) => [c.id, c]));
  const wanted = new Set(desired.map((d) => d.id));
  return {
    unregister: ours.filter((c) => !wanted.has(c.id)).map((c) => c.id),
    register: desired.filter((d) => !byId.has(d.id)),
    update: desired.filter((d) => {
      const c = byId.get(d.id);
      return c !== undefined && !same(c, d);
    }),
  };
}

/** True when the plan changes nothing. */
export function isEmptyPlan(plan: ReconcilePlan): boolean {
  return plan.unregister.length === 0 && plan.register.length === 0 && plan.update.length === 0;
}
