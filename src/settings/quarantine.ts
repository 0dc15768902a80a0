/**
 * Stored arguments that fail validation are kept aside ("quarantined"), never dropped.
 *
 * Why: the list of the user's arguments is written whole. If an entry that fails
 * validation (an odd value, a rule tightened by a later version, a hand edit) were
 * only left out on read, the next save would write the list without it and the
 * user's work would be gone for good. So every write of the list first moves the
 * stored entries that fail validation into their own `storage.local` item
 * ({@link QUARANTINE_KEY}), as they were, byte for byte; the options page lists
 * them as needing repair, lets the user download them, and restores one once it
 * is repaired. Only an explicit delete by the user removes one.
 *
 * Pure functions, no browser APIs: `src/platform/storage.ts` does the reading and writing.
 */

import { isRecord, type Problem, Problems, stableJson, type UserArgument, validateUserArgument } from './arguments';

/** Key of the quarantined entries in `storage.local`: a JSON array of the raw stored values. */
export const QUARANTINE_KEY = 'quarantinedArguments';

/** One stored entry that fails validation, with what is wrong with it. */
export interface QuarantinedArgument {
  /** A stable key for this raw value ({@link quarantineKeyOf}): the same value always has the same key. */
  key: string;
  /** The value exactly as it was stored. */
  raw: unknown;
  /** Why it fails validation today (paths relative to the entry). Empty when it is valid but its id is taken by another argument. */
  problems: Problem[];
  /** The entry as an argument, when it is valid and only its id is taken (restore it with a new id). */
  valid?: UserArgument;
}

/** Result of {@link splitStored}. */
export interface SplitArguments {
  /** The entries that pass validation, first of each id. */
  valid: UserArgument[];
  /** Every other entry, raw, in stored order. */
  invalid: unknown[];
}

/**
 * Splits what `storage.local` holds under the arguments key into valid arguments and the raw entries to keep aside.
 * A value that is not a list at all is kept aside whole; `undefined` (nothing stored) gives two empty lists.
 * An entry whose id an earlier entry already has is kept aside too (it may hold different text).
 */
export function splitStored(raw: unknown): SplitArguments {
  if (raw === undefined) return { valid: [], invalid: [] };
  if (!Array.isArray(raw)) return { valid: [], invalid: [raw] };
  const valid: UserArgument[] = [];
  const invalid: unknown[] = [];
  const seen = new Set<string>();
  for (const [k, entry] of raw.entries()) {
    const a = validateUserArgument(entry, [k], new Problems());
    if (a && !seen.has(a.id)) {
      seen.add(a.id);
      valid.push(a);
    } else invalid.push(entry);
  }
  return { valid, invalid };
}

/**
 * A short stable key for a raw value: FNV-1a (32 bit) of its {@link stableJson}, in base 36, with the JSON length.
 * Used to name an entry in the UI and to find it again; two different values may share a key only by a hash collision,
 * so removing by key could then remove both (the UI offers each for download before it is deleted).
 */
export function quarantineKeyOf(raw: unknown): string {
  const json = stableJson(raw);
  let h = 0x811c9dc5;
  for (let i = 0; i < json.length; i++) {
    h ^= json.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `q${h.toString(36)}-${json.length.toString(36)}`;
}

/**
 * The quarantine list after adding `incoming`: the stored list (any value; a non-list is kept as one entry)
 * followed by each incoming value that is not already in it (compared by {@link stableJson}). Never drops an entry.
 */
export function mergeQuarantine(stored: unknown, incoming: readonly unknown[]): unknown[] {
  const out: unknown[] = stored === undefined ? [] : Array.isArray(stored) ? [...stored] : [stored];
  const have = new Set(out.map(stableJson));
  for (const v of incoming) {
    const json = stableJson(v);
    if (have.has(json)) continue;
    have.add(json);
    out.push(v);
  }
  return out;
}

/** The quarantine list without the entries whose key is `key` (a non-list stored value counts as one entry). */
export function withoutQuarantined(stored: unknown, key: string): unknown[] {
  const list = stored === undefined ? [] : Array.isArray(stored) ? stored : [stored];
  return list.filter((v) => quarantineKeyOf(v) !== key);
}

/**
 * Describes each quarantined raw value for the options page: its key, its problems today, and, when it would pass
 * validation on its own (only its id is taken), the argument itself.
 * @param stored the quarantine item's value (any)
 * @param taken ids of the valid arguments
 */
export function describeQuarantine(stored: unknown, taken: ReadonlySet<string>): QuarantinedArgument[] {
  const list = stored === undefined ? [] : Array.isArray(stored) ? stored : [stored];
  return list.map((raw) => {
    const p = new Problems();
    const a = validateUserArgument(raw, [], p);
    const out: QuarantinedArgument = { key: quarantineKeyOf(raw), raw, problems: p.list };
    if (a) {
      out.valid = a;
      if (taken.has(a.id)) out.problems = [];
    }
    return out;
  });
}

/** The first non-empty string among `v[path…]` candidates, for naming an entry; `undefined` when none. */
function pick(v: unknown, ...paths: string[][]): string | undefined {
  for (const path of paths) {
    let cur: unknown = v;
    for (const k of path) cur = isRecord(cur) ? cur[k] : undefined;
    if (typeof cur === 'string' && cur.trim()) return cur.trim().slice(0, 120);
  }
  return undefined;
}

/** A name for a quarantined value as the user would recognise it: its title in `lang`, the other language, its id, or `undefined`. */
export function quarantineTitle(raw: unknown, lang: 'de' | 'en'): string | undefined {
  const other = lang === 'de' ? 'en' : 'de';
  return pick(raw, ['text', lang, 'title'], ['text', other, 'title'], ['id']);
}

/**
 * A best-effort argument from a quarantined value, to open in the form for repair: every string field that is
 * there is kept as it is (lists of strings too), anything else is left empty, so the form shows what the user wrote
 * and its own validation says what to fix. The id is kept when it is a valid user id and not `taken`, else `newId`.
 */
export function salvage(raw: unknown, newId: string, taken: ReadonlySet<string>): UserArgument {
  const r = isRecord(raw) ? raw : {};
  const id = typeof r.id === 'string' && /^user-[a-z0-9][a-z0-9-]{0,59}$/.test(r.id) && !taken.has(r.id) ? r.id : newId;
  const texts = isRecord(r.text) ? r.text : {};
  const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
  const strs = (v: unknown): string[] => (Array.isArray(v) ? v.map(str).filter(Boolean) : typeof v === 'string' && v ? [v] : []);
  const text: UserArgument['text'] = {};
  for (const lang of ['de', 'en'] as const) {
    const tx = texts[lang];
    if (!isRecord(tx)) continue;
    text[lang] = {
      title: str(tx.title),
      claim: str(tx.claim),
      reasoning: str(tx.reasoning),
      signals: strs(tx.signals),
      objections: strs(tx.objections),
    };
  }
  if (!text.de && !text.en) {
    // A value without any text: offer an English argument named after whatever it held, so nothing shown is invented.
    text.en = { title: '', claim: '', reasoning: typeof raw === 'string' ? raw : '', signals: [], objections: [] };
  }
  return { id, origin: 'user', text };
}
