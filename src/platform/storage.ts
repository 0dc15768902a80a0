/**
 * Storage of settings and the user's arguments: the one module that reads and
 * writes `browser.storage` for them.
 *
 * Layout:
 * - `storage.sync`: one item per setting key (`lang`, `hintMode`, `hidden`, …, `version`),
 *   so every item stays far below Chrome's 8,192-byte `QUOTA_BYTES_PER_ITEM`
 *   (we refuse items above {@link SYNC_ITEM_BYTES}) and a sync conflict between
 *   two devices touches one setting, not all of them.
 * - `storage.local`: `userArguments`, the list of the user's own arguments (too big for sync), and
 *   `quarantinedArguments`, stored entries that failed validation, kept aside as they were
 *   (`src/settings/quarantine.ts`): every write of the list moves them there first, so no save loses them.
 *
 * Every read is validated and repaired (`src/settings/validate.ts`); reading never
 * writes. Every write is validated first, then verified by reading it back;
 * failures become a {@link StorageError} with a translated message the UI shows.
 * Quotas: https://developer.chrome.com/docs/extensions/reference/api/storage#property-sync
 */

import { t } from '../i18n';
import { defaults, SETTINGS_VERSION, type Settings } from '../settings';
import { formatPath, Problems, stableJson, type UserArgument, validateUserArguments } from '../settings/arguments';
import {
  describeQuarantine,
  mergeQuarantine,
  QUARANTINE_KEY,
  type QuarantinedArgument,
  splitStored,
  withoutQuarantined,
} from '../settings/quarantine';
import { SETTING_KEYS, validateSettings, validateSettingsPatch } from '../settings/validate';
import { browser } from './browser';

/** Key of the user's arguments in `storage.local`. */
export const USER_ARGUMENTS_KEY = 'userArguments';

/** Largest `storage.sync` item we write: key plus JSON value in UTF-8 bytes. Chrome's limit is 8,192; the margin covers its own accounting. */
export const SYNC_ITEM_BYTES = 7000;

/** Most user arguments stored (the import limit is the same). */
export const MAX_USER_ARGUMENTS = 500;

/** What went wrong with a write. */
export type StorageErrorKind = 'invalid' | 'quota' | 'rate' | 'verify' | 'failed';

/**
 * A failed read or write. `message` is a translated sentence for the user;
 * `key` names the setting concerned, when there is one; `cause` is the browser's error.
 */
export class StorageError extends Error {
  constructor(
    readonly kind: StorageErrorKind,
    message: string,
    readonly key?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'StorageError';
  }
}

const ERROR_KEYS: Record<Exclude<StorageErrorKind, 'invalid'>, string> = {
  quota: 'optionsStorageQuota',
  rate: 'optionsStorageRate',
  verify: 'optionsStorageVerify',
  failed: 'optionsStorageFailed',
};

/** Turns a browser storage error into a StorageError (Chrome: "QUOTA_BYTES_PER_ITEM quota exceeded", "MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded"; Firefox: "QuotaExceededError"). */
function toStorageError(e: unknown, key?: string): StorageError {
  if (e instanceof StorageError) return e;
  const text = String((e as { message?: unknown })?.message ?? e);
  const kind: StorageErrorKind = /MAX_WRITE_OPERATIONS/i.test(text) ? 'rate' : /quota/i.test(text) ? 'quota' : 'failed';
  return new StorageError(kind, t(ERROR_KEYS[kind], text), key, { cause: e });
}

/** UTF-8 size of one sync item as Chrome counts it (key + JSON of the value), rounded up by using UTF-8 bytes. */
export function syncItemBytes(key: string, value: unknown): number {
  return new TextEncoder().encode(key + JSON.stringify(value)).length;
}

/** Result of {@link loadSettings}. */
export interface LoadedSettings {
  settings: Settings;
  /** Setting keys whose stored value was invalid and replaced by the default (show a notice). */
  repaired: string[];
  /** True when the stored data came from a newer version of Argumentarium (nothing is written back). */
  newer: boolean;
}

/**
 * Reads the settings from `storage.sync`, validated and repaired key by key.
 * Never rejects: when storage cannot be read at all, the defaults are returned.
 * @returns complete settings, plus the keys that were repaired
 */
export async function loadSettings(): Promise<LoadedSettings> {
  let raw: Record<string, unknown>;
  try {
    raw = await browser.storage.sync.get(Object.keys(defaults));
  } catch (e) {
    console.warn('Argumentarium: settings unreadable, using defaults', e);
    return { settings: structuredClone(defaults), repaired: [], newer: false };
  }
  const { settings, repaired, newer } = validateSettings(raw);
  return { settings, repaired, newer };
}

/** Writes `items` to `area`, then reads them back and compares; throws StorageError on any failure. */
async function writeVerified(area: 'sync' | 'local', items: Record<string, unknown>): Promise<void> {
  const keys = Object.keys(items);
  if (keys.length === 0) return;
  try {
    await browser.storage[area].set(items);
  } catch (e) {
    throw toStorageError(e, keys.length === 1 ? keys[0] : undefined);
  }
  let back: Record<string, unknown>;
  try {
    back = await browser.storage[area].get(keys);
  } catch (e) {
    throw toStorageError(e);
  }
  for (const k of keys) {
    if (stableJson(back[k]) !== stableJson(items[k])) throw new StorageError('verify', t('optionsStorageVerify', k), k);
  }
}

/** Checks a settings patch and turns it into sync items. @throws StorageError `invalid` or `quota`. */
function settingsItems(patch: Partial<Settings>): Record<string, unknown> {
  const checked = validateSettingsPatch(patch);
  if (!checked.ok) {
    const first = checked.problems[0];
    throw new StorageError('invalid', first?.message ?? t('optionsStorageInvalid'), first ? formatPath(first.path) : undefined);
  }
  const items: Record<string, unknown> = { ...checked.patch, version: SETTINGS_VERSION };
  for (const [k, v] of Object.entries(items)) {
    if (syncItemBytes(k, v) > SYNC_ITEM_BYTES) throw new StorageError('quota', t('optionsStorageItemTooBig', k), k);
  }
  return items;
}

/**
 * Validates `patch` strictly, writes it to `storage.sync` and verifies it by reading back.
 * Only the keys in `patch` are written (plus `version`).
 * @returns the complete settings after the write
 * @throws StorageError `invalid` (a value fails validation; nothing written), `quota`
 *   (an item would exceed {@link SYNC_ITEM_BYTES}, or the browser's quota), `rate`
 *   (too many writes per minute/hour), `verify` (read-back differs), `failed` (other errors)
 */
export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  await writeVerified('sync', settingsItems(patch));
  return (await loadSettings()).settings;
}

/**
 * Writes the repaired values of the keys `loadSettings` reported back to storage,
 * so the notice is shown once. Does nothing for data from a newer version.
 * @returns the keys that were rewritten
 * @throws StorageError as {@link saveSettings}
 */
export async function persistRepairs(): Promise<string[]> {
  const { settings, repaired, newer } = await loadSettings();
  if (newer || repaired.length === 0) return [];
  const patch = Object.fromEntries(repaired.map((k) => [k, settings[k as keyof Settings]]));
  await saveSettings(patch as Partial<Settings>);
  return repaired;
}

/**
 * Calls `cb` with the new settings whenever a setting changes in `storage.sync`
 * (from any context or device), until `signal` aborts.
 * @param cb receives the validated settings and the changed keys
 */
export function onSettingsChanged(cb: (settings: Settings, changed: string[]) => void, signal?: AbortSignal): void {
  const keys = new Set(Object.keys(defaults));
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'sync') return;
    const changed = Object.keys(changes).filter((k) => keys.has(k));
    if (changed.length === 0) return;
    void loadSettings().then(({ settings }) => {
      if (!signal?.aborted) cb(settings, changed);
    });
  };
  if (signal?.aborted) return;
  browser.storage.onChanged.addListener(listener);
  signal?.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}

/** Result of {@link loadUserArgumentsChecked}. */
export interface LoadedUserArguments {
  arguments: UserArgument[];
  /** Stored entries that failed validation and were left out of `arguments` (they are moved aside, not dropped, on the next save). */
  invalid: number;
  /** Every entry kept aside: those already in the quarantine item and those failing validation in the list now. */
  quarantined: QuarantinedArgument[];
}

/** The raw stored list and quarantine; `undefined` values when storage holds nothing. @throws the browser's error */
async function readLocalRaw(): Promise<{ list: unknown; quarantine: unknown }> {
  const got = await browser.storage.local.get([USER_ARGUMENTS_KEY, QUARANTINE_KEY]);
  return { list: got[USER_ARGUMENTS_KEY], quarantine: got[QUARANTINE_KEY] };
}

/**
 * Reads the user's arguments from `storage.local`; invalid entries are left out, counted and described in `quarantined`.
 * Never rejects (unreadable storage gives an empty list).
 */
export async function loadUserArgumentsChecked(): Promise<LoadedUserArguments> {
  let raw: { list: unknown; quarantine: unknown };
  try {
    raw = await readLocalRaw();
  } catch (e) {
    console.warn('Argumentarium: user arguments unreadable', e);
    return { arguments: [], invalid: 0, quarantined: [] };
  }
  const { valid, invalid } = splitStored(raw.list);
  const taken = new Set(valid.map((a) => a.id));
  return {
    arguments: valid,
    invalid: invalid.length,
    quarantined: describeQuarantine(mergeQuarantine(raw.quarantine, invalid), taken),
  };
}

/** The user's own arguments (`origin: 'user'`, ids `user-…`), validated. Never rejects. */
export async function loadUserArguments(): Promise<UserArgument[]> {
  return (await loadUserArgumentsChecked()).arguments;
}

/** Checks a new list strictly. @throws StorageError `quota` (too many) or `invalid` (nothing written) */
function checkedList(list: readonly unknown[]): UserArgument[] {
  if (list.length > MAX_USER_ARGUMENTS) throw new StorageError('quota', t('optionsStorageTooManyArguments', String(MAX_USER_ARGUMENTS)));
  const p = new Problems();
  const valid = validateUserArguments(list, [], p);
  if (!valid) {
    const first = p.list[0];
    throw new StorageError('invalid', first?.message ?? t('optionsStorageInvalid'), first ? formatPath(first.path) : undefined);
  }
  return valid;
}

/**
 * The `storage.local` items that replace the list with `list`: the list itself and, when the stored list holds
 * entries that fail validation, the quarantine with them added, so the write cannot lose them.
 * @param quarantine the quarantine to write instead of the stored one plus the failing entries (restore and delete pass it)
 * @throws StorageError as {@link checkedList}, or `failed` when the stored data cannot be read (nothing is written then)
 */
async function userArgumentItems(list: readonly unknown[], quarantine?: (stored: unknown) => unknown[]): Promise<Record<string, unknown>> {
  const valid = checkedList(list);
  let raw: { list: unknown; quarantine: unknown };
  try {
    raw = await readLocalRaw();
  } catch (e) {
    throw toStorageError(e);
  }
  const items: Record<string, unknown> = { [USER_ARGUMENTS_KEY]: valid };
  const merged = mergeQuarantine(raw.quarantine, splitStored(raw.list).invalid);
  const next = quarantine ? quarantine(merged) : merged;
  if (stableJson(next) !== stableJson(raw.quarantine ?? [])) items[QUARANTINE_KEY] = next;
  return items;
}

/**
 * Replaces the user's arguments in `storage.local` with `list` (validated strictly, then verified).
 * Stored entries that fail validation are moved to the quarantine in the same write, never dropped.
 * @throws StorageError `invalid` (nothing written), `quota` (more than {@link MAX_USER_ARGUMENTS}, or the browser's quota), `verify`, `failed`
 */
export async function saveUserArguments(list: readonly UserArgument[]): Promise<void> {
  await writeVerified('local', await userArgumentItems(list));
}

/**
 * Restores a quarantined entry as `arg` (repaired by the user, or as it was when only its id was taken):
 * `arg` replaces the argument with its id or is added to the list, and the entry with `key` leaves the quarantine,
 * in one verified write.
 * @throws StorageError as {@link saveUserArguments}
 */
export async function restoreQuarantined(key: string, arg: UserArgument): Promise<void> {
  const { arguments: list } = await loadUserArgumentsChecked();
  const next = list.some((a) => a.id === arg.id) ? list.map((a) => (a.id === arg.id ? arg : a)) : [...list, arg];
  await writeVerified('local', await userArgumentItems(next, (q) => withoutQuarantined(q, key)));
}

/**
 * Deletes a quarantined entry for good (the user's explicit choice on the options page).
 * @throws StorageError as {@link saveUserArguments}
 */
export async function deleteQuarantined(key: string): Promise<void> {
  const { arguments: list } = await loadUserArgumentsChecked();
  await writeVerified('local', await userArgumentItems(list, (q) => withoutQuarantined(q, key)));
}

/** Calls `cb` with the user's arguments and the quarantined entries whenever either changes in `storage.local`, until `signal` aborts. */
export function onUserArgumentsChanged(cb: (list: UserArgument[], quarantined: QuarantinedArgument[]) => void, signal?: AbortSignal): void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'local' || !(USER_ARGUMENTS_KEY in changes || QUARANTINE_KEY in changes)) return;
    void loadUserArgumentsChecked().then((r) => {
      if (!signal?.aborted) cb(r.arguments, r.quarantined);
    });
  };
  if (signal?.aborted) return;
  browser.storage.onChanged.addListener(listener);
  signal?.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}

/**
 * Writes a settings patch and a new list of user arguments as one unit: both are
 * validated before anything is written; if any write or its verification fails,
 * every item written so far is restored to its previous value (or removed if it had none)
 * and the error is rethrown. Used by import (all or nothing).
 * @throws StorageError as {@link saveSettings} / {@link saveUserArguments}
 */
export async function saveAll(patch: Partial<Settings>, list: readonly UserArgument[] | undefined): Promise<void> {
  const syncItems = settingsItems(patch);
  const localItems = list ? await userArgumentItems(list) : {};
  const before = {
    sync: await browser.storage.sync.get(Object.keys(syncItems)),
    local: await browser.storage.local.get(Object.keys(localItems)),
  };
  const written: ('sync' | 'local')[] = [];
  try {
    // Local first: it is the larger write and the likelier to hit a quota, and it is the easier one to undo.
    written.push('local');
    await writeVerified('local', localItems);
    written.push('sync');
    await writeVerified('sync', syncItems);
  } catch (e) {
    for (const area of written.reverse()) {
      const items = area === 'sync' ? syncItems : localItems;
      const prev = before[area];
      const absent = Object.keys(items).filter((k) => !(k in prev));
      try {
        if (Object.keys(prev).length) await browser.storage[area].set(prev);
        if (absent.length) await browser.storage[area].remove(absent);
      } catch (undoError) {
        console.error('Argumentarium: could not undo a partial import', undoError);
      }
    }
    throw toStorageError(e);
  }
}

/** Keys a settings export holds (everything the user chose except `hidden`, which an export file carries at the top level). */
export const EXPORTED_SETTING_KEYS = SETTING_KEYS.filter((k) => k !== 'hidden');

/** Prefix of the per-site dismissal flags the content script keeps in `storage.session` (`dismissed:<host>`). */
export const DISMISSED_PREFIX = 'dismissed:';

/** The `storage.session` area, where the browser has it (Chrome 102+, Firefox 115+); else `undefined`. */
function sessionArea(): typeof browser.storage.local | undefined {
  return (browser.storage as { session?: typeof browser.storage.local }).session;
}

/**
 * Host names where the user dismissed the card for this browser session (the card's × button).
 * @returns sorted host names; empty where `storage.session` is unavailable. Never rejects.
 */
export async function loadDismissedSites(): Promise<string[]> {
  try {
    const all = (await sessionArea()?.get(null)) ?? {};
    return Object.keys(all)
      .filter((k) => k.startsWith(DISMISSED_PREFIX) && all[k] === true)
      .map((k) => k.slice(DISMISSED_PREFIX.length))
      .sort();
  } catch {
    return [];
  }
}

/** Lets the card show again on `host` (from the next page load there). Never rejects; `false` when it failed. */
export async function clearDismissedSite(host: string): Promise<boolean> {
  try {
    await sessionArea()?.remove(`${DISMISSED_PREFIX}${host}`);
    return true;
  } catch {
    return false;
  }
}
