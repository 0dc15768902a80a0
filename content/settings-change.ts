/**
 * What a storage change means for an open page: nothing, new copies only, or a page to read again.
 * Pure (no browser APIs): `./env.ts` applies it to `storage.onChanged`, DOM tests to the settings they change.
 */
import { defaults, type Settings } from '../src/settings/index';

/** Key of the user's arguments in `storage.local` (`USER_ARGUMENTS_KEY` of `src/platform/storage.ts`, not imported: that module brings the validators). */
export const USER_ARGUMENTS_KEY = 'userArguments';

/** The settings keys (`storage.sync`). */
const SETTING_KEYS: ReadonlySet<string> = new Set(Object.keys(defaults));

/**
 * Settings that change only what Copy writes (the audience's variant, the clipboard format, the citation line):
 * the page's ranking and card stay as they are. The intranet sites are not among them: they decide where the card
 * shows as well as the copy format of a page.
 */
export const COPY_SETTING_KEYS: ReadonlySet<keyof Settings> = new Set<keyof Settings>(['audience', 'copyFormat', 'includeSources']);

/**
 * `copy`: only copy settings changed, so the copies are formatted again and the page is not read again.
 * `page`: something the page shows may change (language, hidden or own arguments, hint modes, snooze, intranet
 * sites, the organisation's policy), so the page is read and ranked again.
 */
export type SettingsChange = 'copy' | 'page';

/** One entry of `storage.onChanged`'s changes. */
interface StorageChange {
  oldValue?: unknown;
  newValue?: unknown;
}

/** True when a change entry leaves the value as it was (a write of the same value). */
function unchanged(change: unknown): boolean {
  if (!change || typeof change !== 'object') return false;
  const { oldValue, newValue } = change as StorageChange;
  return JSON.stringify(oldValue) === JSON.stringify(newValue);
}

/**
 * Classifies a `storage.onChanged` event for a content script.
 * @param changes the event's changes, by key
 * @param area the storage area (`sync`, `local`, `managed`, `session`)
 * @returns `null` when nothing the content script uses changed
 */
export function settingsChangeOf(changes: Record<string, unknown>, area: string): SettingsChange | null {
  if (area === 'managed') return 'page';
  if (area === 'local') return USER_ARGUMENTS_KEY in changes ? 'page' : null;
  if (area !== 'sync') return null;
  const keys = Object.keys(changes).filter((k) => SETTING_KEYS.has(k) && !unchanged(changes[k]));
  if (keys.length === 0) return null;
  return keys.every((k) => COPY_SETTING_KEYS.has(k as keyof Settings)) ? 'copy' : 'page';
}
