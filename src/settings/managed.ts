/**
 * Organisation defaults: arguments and intranet sites an IT department pre-installs through
 * browser policy, read from `storage.managed`.
 *
 * Chrome reads the policy against `managed-schema.json` (copied by the build and named in the
 * manifest's `storage.managed_schema`); on Windows it comes from the registry
 * (`Software\Policies\Google\Chrome\3rdparty\extensions\<id>\policy`), on Linux from
 * `/etc/opt/chrome/policies/managed/*.json` under `3rdparty.extensions.<id>`
 * (https://www.chromium.org/administrators/configuring-policy-for-extensions/).
 * Firefox reads `3rdparty.Extensions.<id>` from its `policies.json`; without one,
 * `storage.managed.get` rejects ("Managed storage manifest not found"), which here means "no defaults".
 *
 * Whatever the policy says is validated again here (the browser's schema check is lenient and
 * Firefox does none), each argument by the same rules as the user's own (`./arguments.ts`, lenient mode): bad
 * entries are dropped one by one with a reason, good ones are kept.
 */

import type { Argument } from '../catalog/types';
import { parseMatchPattern, validateSitePattern } from '../match-patterns';
import { loadSettings } from '../platform/storage';
import { readManagedStorage } from '../platform/storage-areas';
import { formatPath, Problems, validateArgumentBody } from './arguments';

/** Most arguments a policy may install; more are dropped (reported), so a broken policy cannot flood the popup. */
export const MAX_MANAGED_ARGUMENTS = 200;
/** Most intranet sites a policy may list. */
export const MAX_MANAGED_SITES = 100;
/** Prefix of managed argument ids, so they can never collide with built-in (`kebab-case`) or user (`user-…`) ids. */
export const MANAGED_ID_PREFIX = 'managed-';

/** One entry the policy got wrong: where (`arguments[3].text.de.title`) and what. For the IT admin's console, not for the UI. */
export interface ManagedProblem {
  path: string;
  message: string;
}

/** The validated organisation defaults. Both lists are empty when there is no policy. */
export interface ManagedDefaults {
  /** Arguments with `origin: 'managed'` and ids `managed-<id>`. */
  arguments: Argument[];
  /** Valid match patterns (host names become `https://<host>/*`), deduplicated. */
  intranetSites: string[];
  /** Entries that were dropped, with the reason. */
  problems: ManagedProblem[];
}

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Own property only: a policy's `__proto__` or `constructor` key must not reach the prototype chain. */
function own(o: Obj, key: string): unknown {
  return Object.hasOwn(o, key) ? o[key] : undefined;
}

/**
 * A host name or match pattern as a match pattern for web pages, or `null`, by the same rule as the
 * user's own intranet sites (`validateSitePattern`): `intranet.example.com` → `https://intranet.example.com/*`.
 */
export function normaliseSite(input: string): string | null {
  const r = validateSitePattern(input);
  return r.ok && parseMatchPattern(r.pattern) ? r.pattern : null;
}

/**
 * Validates a policy object (what `storage.managed.get()` returned). Pure; never throws.
 * @returns the valid arguments and sites, and one problem per dropped entry.
 */
export function validateManaged(raw: unknown): ManagedDefaults {
  const problems: ManagedProblem[] = [];
  const args: Argument[] = [];
  const sites: string[] = [];
  const policy = isObj(raw) ? raw : {};
  if (!isObj(raw) && raw !== undefined) problems.push({ path: '', message: 'policy must be an object' });

  const rawArgs = own(policy, 'arguments');
  if (rawArgs !== undefined && !Array.isArray(rawArgs)) problems.push({ path: 'arguments', message: 'must be a list' });
  const argList = Array.isArray(rawArgs) ? rawArgs : [];
  if (argList.length > MAX_MANAGED_ARGUMENTS) {
    problems.push({ path: 'arguments', message: `more than ${MAX_MANAGED_ARGUMENTS} entries; the rest are ignored` });
  }
  const seen = new Set<string>();
  for (const [i, entry] of argList.slice(0, MAX_MANAGED_ARGUMENTS).entries()) {
    const path = `arguments[${i}]`;
    if (!isObj(entry)) {
      problems.push({ path, message: 'must be an object' });
      continue;
    }
    const rawId = own(entry, 'id');
    const idPart =
      typeof rawId === 'string'
        ? rawId
            .trim()
            .toLowerCase()
            .replace(/^managed-/, '')
        : '';
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(idPart) || idPart.length > 64) {
      problems.push({ path: `${path}.id`, message: 'must be lower-case letters, digits and single hyphens, at most 64 characters' });
      continue;
    }
    const id = `${MANAGED_ID_PREFIX}${idPart}`;
    if (seen.has(id)) {
      problems.push({ path: `${path}.id`, message: `duplicate id ${idPart}` });
      continue;
    }
    // The same rules as the user's own arguments, entry by entry (`validateArgumentBody`, lenient).
    const p = new Problems(formatPath, true);
    const body = validateArgumentBody(entry, ['arguments', i], p);
    problems.push(...p.list.map((x) => ({ path: formatPath(x.path), message: x.message })));
    if (!body) {
      if (!p.list.length) problems.push({ path: `${path}.text`, message: 'needs a valid text in de or en' });
      continue;
    }
    seen.add(id);
    const arg: Argument = { id, origin: 'managed', text: body.text };
    if (body.sources) arg.sources = body.sources;
    args.push(arg);
  }

  const rawSites = own(policy, 'intranetSites');
  if (rawSites !== undefined && !Array.isArray(rawSites)) problems.push({ path: 'intranetSites', message: 'must be a list' });
  const siteList = Array.isArray(rawSites) ? rawSites : [];
  if (siteList.length > MAX_MANAGED_SITES) {
    problems.push({ path: 'intranetSites', message: `more than ${MAX_MANAGED_SITES} entries; the rest are ignored` });
  }
  for (const [i, s] of siteList.slice(0, MAX_MANAGED_SITES).entries()) {
    const pattern = typeof s === 'string' ? normaliseSite(s) : null;
    if (!pattern) {
      problems.push({ path: `intranetSites[${i}]`, message: 'must be a host name or an http(s) match pattern for one host' });
      continue;
    }
    if (!sites.includes(pattern)) sites.push(pattern);
  }
  return { arguments: args, intranetSites: sites, problems };
}

/**
 * The organisation defaults from `storage.managed`, validated.
 * @returns empty lists where managed storage is unavailable (Firefox without policies, tests) or empty.
 *   Never rejects.
 */
export async function loadManaged(): Promise<ManagedDefaults> {
  const result = validateManaged(await readManagedStorage());
  if (result.problems.length) console.warn('Argumentarium: policy entries ignored', result.problems);
  return result;
}

/**
 * {@link loadManaged}, but `null` when it takes longer than `ms` milliseconds. Measured in Chromium 156
 * on Linux: the first `storage.managed.get` after a browser start took 5.7 s (the policy service is
 * still loading) while every other storage call took under 10 ms, so callers that must not wait
 * that long (registering content scripts at install) go on without and catch up later.
 */
export function loadManagedWithin(ms: number): Promise<ManagedDefaults | null> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), ms);
  });
  return Promise.race([loadManaged(), timeout]).finally(() => clearTimeout(timer));
}

/** The user's intranet patterns from settings (validated by `loadSettings`). Never rejects. */
export async function userIntranetSites(): Promise<string[]> {
  const { settings } = await loadSettings();
  return settings.intranetSites.filter((s) => parseMatchPattern(s) !== null);
}

/** The user's and the organisation's intranet patterns, deduplicated, user's first. Never rejects. */
export async function allIntranetPatterns(): Promise<string[]> {
  const [user, managed] = await Promise.all([userIntranetSites(), loadManaged()]);
  return [...new Set([...user, ...managed.intranetSites])];
}
