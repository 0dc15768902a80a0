/**
 * Plain access to the browser's storage areas for modules that keep their own data (the usage record, the briefing
 * draft) or read the organisation's policy, and opening `storage.session` to content scripts. The validated
 * settings and user arguments are `./storage.ts`'s.
 */
import { browser } from './browser';

/**
 * Lets content scripts use `storage.session` (the card's per-site dismissal), which Chrome keeps from them until
 * the background calls `setAccessLevel('TRUSTED_AND_UNTRUSTED_CONTEXTS')`. Where the call does not exist (Firefox
 * before it, tests) nothing happens and the content script keeps the flag in memory. Never rejects.
 */
export async function allowSessionStorageInContentScripts(): Promise<void> {
  const session = (browser.storage as { session?: { setAccessLevel?: (o: { accessLevel: string }) => Promise<void> } }).session;
  if (typeof session?.setAccessLevel !== 'function') return;
  try {
    await session.setAccessLevel({ accessLevel: 'TRUSTED_AND_UNTRUSTED_CONTEXTS' });
  } catch (e) {
    console.warn('Argumentarium: storage.session stays closed to content scripts', e);
  }
}

/** The value stored under `key` in `storage.local`, or `undefined`. */
export async function readLocal(key: string): Promise<unknown> {
  const got = await browser.storage.local.get(key);
  return got[key];
}

/** Stores `value` under `key` in `storage.local`. @throws the browser's error (quota, closed storage) */
export async function writeLocal(key: string, value: unknown): Promise<void> {
  await browser.storage.local.set({ [key]: value });
}

/** Removes `key` from `storage.local`. */
export async function removeLocal(key: string): Promise<void> {
  await browser.storage.local.remove(key);
}

/**
 * Everything in `storage.managed` (the organisation's policy), or `undefined` where there is none: Firefox without a
 * policy rejects ("Managed storage manifest not found"), and some contexts have no managed area at all. Never rejects.
 */
export async function readManagedStorage(): Promise<Record<string, unknown> | undefined> {
  try {
    const area = (browser.storage as { managed?: { get(keys?: null): Promise<Record<string, unknown>> } }).managed;
    return area ? await area.get(null) : undefined;
  } catch {
    return undefined;
  }
}
