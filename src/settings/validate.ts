/**
 * Validate-and-repair for stored settings, run on every read, and the versioned
 * migrations. Follows the habit of refined-github's options storage and Dark
 * Reader's settings validation: whatever is in storage (another version's data,
 * a sync conflict, a hand edit), reading never crashes; each key that fails
 * validation falls back to its default on its own and is named in `repaired`,
 * so the options page can say so. Nothing here writes; no browser APIs.
 *
 * Two modes share one set of rules:
 * - `repair` (stored data): drop bad list entries, reset bad keys to defaults;
 * - `strict` (a patch from the UI, an import file): any problem is an error with its path.
 */

import type { Audience } from '../catalog/types';
import { validateSitePattern } from '../match-patterns';
import { SITE_GROUPS } from '../site-groups';
import { isRecord, type Problem, Problems } from './arguments';
import { type CopyFormat, defaults, type HintMode, SETTINGS_VERSION, type Settings } from './index';

export { type SitePatternResult, validateSitePattern } from '../match-patterns';

/** Limits on list settings (entries), so the largest sync item stays well under Chrome's 8,192-byte `QUOTA_BYTES_PER_ITEM`. */
export const SETTINGS_LIMITS = {
  snoozed: 200,
  hidden: 300,
  intranetSites: 50,
} as const;

type Key = keyof Settings;
type Mode = 'strict' | 'repair';

/** Outcome of checking one key: the value to use, and whether anything had to be changed or dropped. */
type Checked<T> = { value: T; fixed: boolean } | undefined;

const HINT_MODES: readonly HintMode[] = ['always', 'composing', 'never'];
const COPY_FORMATS: readonly CopyFormat[] = ['auto', 'plain', 'markdown', 'html'];
const AUDIENCES: readonly Audience[] = ['general', 'management', 'hr', 'works-council', 'legal', 'it'];

function oneOf<T extends string>(list: readonly T[]) {
  return (v: unknown, path: string[], p: Problems): Checked<T> => {
    if (typeof v === 'string' && (list as readonly string[]).includes(v)) return { value: v as T, fixed: false };
    p.add(path, 'optionsErrOneOf', list.join(', '));
    return undefined;
  };
}

/** A list of strings; each entry is canonicalised by `entry` (null = invalid). Repair drops invalid entries and duplicates. */
function list(max: number, entry: (s: string) => string | null) {
  return (v: unknown, path: string[], p: Problems, mode: Mode): Checked<string[]> => {
    if (!Array.isArray(v)) {
      p.add(path, 'optionsErrArray');
      return undefined;
    }
    const out: string[] = [];
    let fixed = false;
    for (const [k, e] of v.entries()) {
      const c = typeof e === 'string' ? entry(e) : null;
      if (c === null) {
        if (mode === 'strict') {
          p.add([...path, String(k)], 'optionsErrEntry');
          return undefined;
        }
        fixed = true;
      } else if (out.includes(c)) fixed = true;
      else out.push(c);
      if (c !== null && c !== e) fixed = true;
    }
    if (out.length > max) {
      if (mode === 'strict') {
        p.add(path, 'optionsErrTooManyEntries', String(max));
        return undefined;
      }
      out.length = max;
      fixed = true;
    }
    return { value: out, fixed };
  };
}

/** A host name as `location.hostname` gives it (lower case, no port, no slash). */
function hostEntry(s: string): string | null {
  const h = s.trim().toLowerCase();
  return /^(?:[a-z0-9-]{1,63}\.)*[a-z0-9-]{1,63}$|^\[[0-9a-f:.]+\]$/.test(h) && h.length <= 253 ? h : null;
}

/** A built-in argument id: kebab-case. */
function idEntry(s: string): string | null {
  return /^[a-z0-9][a-z0-9-]{0,63}$/.test(s) ? s : null;
}

function patternEntry(s: string): string | null {
  const r = validateSitePattern(s);
  return r.ok ? r.pattern : null;
}

/** Rules per key. Keys added to `defaults` without a rule here are checked against the default's type by {@link sameShape}. */
const RULES: { [K in Key]?: (v: unknown, path: string[], p: Problems, mode: Mode) => Checked<Settings[K]> } = {
  lang: oneOf(['auto', 'de', 'en'] as const),
  audience: oneOf(AUDIENCES),
  copyFormat: oneOf(COPY_FORMATS),
  documentCard: oneOf(['pill', 'open'] as const),
  includeSources: (v, path, p) => {
    if (typeof v === 'boolean') return { value: v, fixed: false };
    p.add(path, 'optionsErrBoolean');
    return undefined;
  },
  hintMode: (v, path, p, mode) => {
    if (!isRecord(v)) {
      p.add(path, 'optionsErrObject');
      return undefined;
    }
    const out = { ...defaults.hintMode };
    let fixed = false;
    for (const [k, m] of Object.entries(v)) {
      const known = SITE_GROUPS.some((g) => g.id === k);
      const valid = typeof m === 'string' && (HINT_MODES as readonly string[]).includes(m);
      if (!known || !valid) {
        if (mode === 'strict') {
          if (!known) p.add([...path, k], 'optionsErrUnknownField');
          else p.add([...path, k], 'optionsErrOneOf', HINT_MODES.join(', '));
          return undefined;
        }
        fixed = true;
        continue;
      }
      out[k as keyof typeof out] = m as HintMode;
    }
    return { value: out, fixed };
  },
  snoozed: list(SETTINGS_LIMITS.snoozed, hostEntry),
  hidden: list(SETTINGS_LIMITS.hidden, idEntry),
  intranetSites: list(SETTINGS_LIMITS.intranetSites, patternEntry),
};

/** Fallback rule: the same JSON type as the default (and for arrays, entries of the default's entry type, or strings). */
function sameShape(key: Key) {
  return (v: unknown, path: string[], p: Problems): Checked<unknown> => {
    const d: unknown = defaults[key];
    const ok = Array.isArray(d)
      ? Array.isArray(v) && v.every((e) => typeof e === (d.length ? typeof d[0] : 'string'))
      : isRecord(d)
        ? isRecord(v)
        : typeof v === typeof d;
    if (ok) return { value: v, fixed: false };
    p.add(path, 'optionsErrEntry');
    return undefined;
  };
}

function rule(key: Key) {
  return (RULES[key] ?? sameShape(key)) as (v: unknown, path: string[], p: Problems, mode: Mode) => Checked<unknown>;
}

/** Setting keys a user or an import may change (`version` is ours). */
export const SETTING_KEYS = (Object.keys(defaults) as Key[]).filter((k) => k !== 'version');

/** A migration from one schema version to the next; works on the raw stored object. */
export type Migration = (raw: Record<string, unknown>) => Record<string, unknown>;

/**
 * Migrations by the version they migrate FROM (`MIGRATIONS[0]` turns version 0 into 1).
 * Version 0 is data without a `version` key. It accepts two shapes that a
 * hand-written or older file may hold: `hintMode` as one mode for every group,
 * and `snoozed` as a map of host → true.
 */
export const MIGRATIONS: Record<number, Migration> = {
  0: (raw) => {
    const out = { ...raw };
    if (typeof out.hintMode === 'string') out.hintMode = Object.fromEntries(SITE_GROUPS.map((g) => [g.id, out.hintMode]));
    if (isRecord(out.snoozed)) out.snoozed = Object.keys(out.snoozed).filter((h) => (out.snoozed as Record<string, unknown>)[h]);
    return out;
  },
};

/** Result of {@link validateSettings}. */
export interface ValidatedSettings {
  /** Complete, valid settings. */
  settings: Settings;
  /** Keys whose stored value was invalid and was repaired (reset to the default, or bad entries dropped). */
  repaired: Key[];
  /** The stored schema version, when a migration ran (it differs from {@link SETTINGS_VERSION}). */
  migratedFrom?: number;
  /** True when the data was written by a newer version: read what we understand, never write it back. */
  newer: boolean;
}

/**
 * Runs the migrations from `raw.version` up to `target`.
 * @param migrations the migration table (tests pass their own)
 * @returns the migrated object and the version it started from
 */
export function migrate(
  raw: Record<string, unknown>,
  target = SETTINGS_VERSION,
  migrations: Record<number, Migration> = MIGRATIONS,
): { data: Record<string, unknown>; from: number } {
  const v = raw.version;
  const from = typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : 0;
  let data = raw;
  for (let k = from; k < target; k++) {
    const m = migrations[k];
    if (m) data = m(data);
  }
  return { data: { ...data, version: Math.max(from, target) }, from };
}

/**
 * Validates and repairs stored settings. Never throws.
 * Missing keys take their defaults silently (a fresh install stores nothing);
 * present but invalid keys take their defaults and are listed in `repaired`.
 * @param raw what `storage.sync.get()` returned (any value)
 */
export function validateSettings(raw: unknown): ValidatedSettings {
  const repaired: Key[] = [];
  if (!isRecord(raw) || Object.keys(raw).length === 0) {
    return { settings: structuredClone(defaults), repaired, newer: false };
  }
  const { data, from } = migrate(raw);
  const settings = structuredClone(defaults) as Record<Key, unknown>;
  for (const key of SETTING_KEYS) {
    if (!(key in data) || data[key] === undefined) continue;
    const checked = rule(key)(data[key], [key], new Problems(), 'repair');
    if (checked) settings[key] = checked.value;
    if (!checked || checked.fixed) repaired.push(key);
  }
  settings.version = SETTINGS_VERSION;
  const result: ValidatedSettings = { settings: settings as Settings, repaired, newer: from > SETTINGS_VERSION };
  if (from !== SETTINGS_VERSION) result.migratedFrom = from;
  return result;
}

/** Result of {@link validateSettingsPatch}. */
export type PatchResult = { ok: true; patch: Partial<Settings> } | { ok: false; problems: Problem[] };

/**
 * Strictly validates a partial settings object (from the UI or an import): unknown keys,
 * `version`, and any invalid value are errors. Valid values are returned canonicalised
 * (e.g. intranet sites as canonical match patterns).
 */
export function validateSettingsPatch(patch: unknown, path: (string | number)[] = []): PatchResult {
  const p = new Problems();
  if (!isRecord(patch)) {
    p.add(path, 'optionsErrObject');
    return { ok: false, problems: p.list };
  }
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(patch)) {
    if (!(SETTING_KEYS as string[]).includes(key)) {
      p.add([...path, key], 'optionsErrUnknownField');
      continue;
    }
    const checked = rule(key as Key)(v, [...path, key] as string[], p, 'strict');
    if (checked) out[key] = checked.value;
  }
  return p.list.length ? { ok: false, problems: p.list } : { ok: true, patch: out as Partial<Settings> };
}
