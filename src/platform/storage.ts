/**
 * Storage of settings and the user's arguments: the one module that reads and
 * writes `browser.storage` for them.
 *
 * Layout:
 * - `storage.sync`: one item per setting key (`lang`, `hintMode`, `hidden`, …, `version`),
 *   so every item stays far below Chrome's 8,192-byte `QUOTA_BYTES_PER_ITEM`
 *   (we refuse items above {@link SYNC_ITEM_BYTES}) and a sync conflict between
 *   two devices touches one setting, not all of them.
 * - `storage.local`: `userArguments`, the list of the user's own arguments (too big for sync).
 *
 * Every read is validated and repaired (`src/settings/validate.ts`); reading never
 * writes. Every write is validated first, then verified by reading it back;
 * failures become a {@link StorageError} with a translated message the UI shows.
 * Quotas: https://developer.chrome.com/docs/extensions/reference/api/storage#property-sync
 */

import { t } from '../i18n';
import { defaults, SETTINGS_VERSION, type Settings } from '../settings';
import { formatPath, Problems, stableJson, type UserArgument, validateUserArgument, validateUserArguments } from '../settings/arguments';
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
  /** Stored entries that failed validation and were left out (they stay in storage until the next save). */
  invalid: number;
}

/**
 * Reads the user's arguments from `storage.local`; invalid entries are left out and counted.
 * Never rejects (unreadable storage gives an empty list).
 */
export async function loadUserArgumentsChecked(): Promise<LoadedUserArguments> {
  let raw: unknown;
  try {
    raw = (await browser.storage.local.get(USER_ARGUMENTS_KEY))[USER_ARGUMENTS_KEY];
  } catch (e) {
    console.warn('Argumentarium: user arguments unreadable', e);
    return { arguments: [], invalid: 0 };
  }
  if (raw === undefined) return { arguments: [], invalid: 0 };
  if (!Array.isArray(raw)) return { arguments: [], invalid: 1 };
  const out: UserArgument[] = [];
  const seen = new Set<string>();
  let invalid = 0;
  raw.forEach((entry, k) => {
    const a = validateUserArgument(entry, [k], new Problems());
    if (a && !seen.has(a.id)) {
      seen.add(a.id);
      out.push(a);
    } else invalid++;
  });
  return { arguments: out, invalid };
}

/** The user's own arguments (`origin: 'user'`, ids `user-…`), validated. Never rejects. */
export async function loadUserArguments(): Promise<UserArgument[]> {
  return (await loadUserArgumentsChecked()).arguments;
}

function userArgumentItems(list: readonly unknown[]): Record<string, unknown> {
  if (list.length > MAX_USER_ARGUMENTS) throw new StorageError('quota', t('optionsStorageTooManyArguments', String(MAX_USER_ARGUMENTS)));
  const p = new Problems();
  const valid = validateUserArguments(list, [], p);
  if (!valid) {
    const first = p.list[0];
    throw new StorageError('invalid', first?.message ?? t('optionsStorageInvalid'), first ? formatPath(first.path) : undefined);
  }
  return { [USER_ARGUMENTS_KEY]: valid };
}

/**
 * Replaces the user's arguments in `storage.local` with `list` (validated strictly, then verified).
 * @throws StorageError `invalid` (nothing written), `quota` (more than {@link MAX_USER_ARGUMENTS}, or the browser's quota), `verify`, `failed`
 */
export async function saveUserArguments(list: readonly UserArgument[]): Promise<void> {
  await writeVerified('local', userArgumentItems(list));
}

/** Calls `cb` with the user's arguments whenever they change in `storage.local`, until `signal` aborts. */
export function onUserArgumentsChanged(cb: (list: UserArgument[]) => void, signal?: AbortSignal): void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'local' || !(USER_ARGUMENTS_KEY in changes)) return;
    void loadUserArguments().then((list) => {
      if (!signal?.aborted) cb(list);
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
  const localItems = list ? userArgumentItems(list) : {};
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
