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
 * Firefox does none): bad entries are dropped one by one with a reason, good ones are kept.
 */

import { type Argument, type ArgumentSource, type ArgumentText, type Audience, LANGS } from '../catalog/types';
import { parseMatchPattern, validateSitePattern } from '../match-patterns';
import { loadSettings } from '../platform/storage';
import { readManagedStorage } from '../platform/storage-areas';

/** Most arguments a policy may install; more are dropped (reported), so a broken policy cannot flood the popup. */
export const MAX_MANAGED_ARGUMENTS = 200;
/** Most intranet sites a policy may list. */
export const MAX_MANAGED_SITES = 100;
/** Prefix of managed argument ids, so they can never collide with built-in (`kebab-case`) or user (`user-…`) ids. */
export const MANAGED_ID_PREFIX = 'managed-';

/** Longest accepted string per field, in UTF-16 code units. */
const LIMITS = { title: 120, claim: 600, reasoning: 4000, word: 100, list: 100, source: 500 } as const;

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

function cleanString(v: unknown, max: number): string | null {
  if (typeof v !== 'string') return null;
  const s = v.normalize('NFC').trim();
  return s.length > 0 && s.length <= max ? s : null;
}

function stringList(v: unknown, path: string, problems: ManagedProblem[]): string[] | null {
  if (v === undefined) return [];
  if (!Array.isArray(v)) {
    problems.push({ path, message: 'must be a list of strings' });
    return null;
  }
  const out: string[] = [];
  for (const [i, item] of v.slice(0, LIMITS.list).entries()) {
    const s = cleanString(item, LIMITS.word);
    if (s) out.push(s);
    else problems.push({ path: `${path}[${i}]`, message: `must be a non-empty string of at most ${LIMITS.word} characters` });
  }
  return out;
}

function validateText(v: unknown, path: string, problems: ManagedProblem[]): ArgumentText | null {
  if (!isObj(v)) {
    problems.push({ path, message: 'must be an object with title, claim, reasoning and signals' });
    return null;
  }
  const title = cleanString(own(v, 'title'), LIMITS.title);
  const claim = cleanString(own(v, 'claim'), LIMITS.claim);
  const reasoning = cleanString(own(v, 'reasoning'), LIMITS.reasoning);
  const signals = stringList(own(v, 'signals'), `${path}.signals`, problems);
  const objections = stringList(own(v, 'objections'), `${path}.objections`, problems);
  let ok = true;
  for (const [field, value, max] of [
    ['title', title, LIMITS.title],
    ['claim', claim, LIMITS.claim],
    ['reasoning', reasoning, LIMITS.reasoning],
  ] as const) {
    if (value === null) {
      problems.push({ path: `${path}.${field}`, message: `must be a non-empty string of at most ${max} characters` });
      ok = false;
    }
  }
  if (signals !== null && signals.length === 0) {
    problems.push({ path: `${path}.signals`, message: 'needs at least one word' });
    ok = false;
  }
  if (!ok || !title || !claim || !reasoning || !signals || !objections) return null;
  const text: ArgumentText = { title, claim, reasoning, signals, objections };
  const audiences = own(v, 'audiences');
  if (isObj(audiences)) {
    const out: NonNullable<ArgumentText['audiences']> = {};
    for (const aud of ['management', 'hr', 'legal', 'it'] as const satisfies readonly Exclude<Audience, 'general'>[]) {
      const s = cleanString(own(audiences, aud), LIMITS.reasoning);
      if (s) out[aud] = s;
    }
    if (Object.keys(out).length) text.audiences = out;
  }
  return text;
}

function validateSources(v: unknown, path: string, problems: ManagedProblem[]): ArgumentSource[] {
  if (v === undefined) return [];
  if (!Array.isArray(v)) {
    problems.push({ path, message: 'must be a list of {title, url?, date?}' });
    return [];
  }
  const out: ArgumentSource[] = [];
  for (const [i, s] of v.slice(0, LIMITS.list).entries()) {
    const title = isObj(s) ? cleanString(own(s, 'title'), LIMITS.source) : null;
    if (!isObj(s) || !title) {
      problems.push({ path: `${path}[${i}]`, message: 'needs a title' });
      continue;
    }
    const source: ArgumentSource = { title };
    const url = cleanString(own(s, 'url'), LIMITS.source);
    if (url && /^https?:\/\//i.test(url)) source.url = url;
    else if (own(s, 'url') !== undefined) problems.push({ path: `${path}[${i}].url`, message: 'must start with http:// or https://' });
    const date = cleanString(own(s, 'date'), 10);
    if (date && /^\d{4}(-\d{2}-\d{2})?$/.test(date)) source.date = date;
    else if (own(s, 'date') !== undefined) problems.push({ path: `${path}[${i}].date`, message: 'must be YYYY or YYYY-MM-DD' });
    out.push(source);
  }
  return out;
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
    const rawText = own(entry, 'text');
    const text: Argument['text'] = {};
    if (isObj(rawText)) {
      for (const lang of LANGS) {
        const t = own(rawText, lang);
        if (t === undefined) continue;
        const valid = validateText(t, `${path}.text.${lang}`, problems);
        if (valid) text[lang] = valid;
      }
    }
    if (!text.de && !text.en) {
      problems.push({ path: `${path}.text`, message: 'needs a valid text in de or en' });
      continue;
    }
    seen.add(id);
    const arg: Argument = { id, origin: 'managed', text };
    const sources = validateSources(own(entry, 'sources'), `${path}.sources`, problems);
    if (sources.length) arg.sources = sources;
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
