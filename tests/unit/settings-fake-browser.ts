/**
 * An in-memory stand-in for the parts of `browser.*` that settings, storage,
 * import and the options page use: `storage.sync/local/managed/onChanged`,
 * `permissions`, `i18n`, `runtime`. Tests install it with
 * `vi.mock('…/src/platform/browser', () => ({ browser: fake }))`.
 *
 * Storage keeps values as JSON text (as the browsers serialise them), enforces
 * Chrome's sync quotas (8,192 bytes per item, 102,400 in total) and can be told
 * to fail the next write, so quota and verification paths can be tested.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MessagesFile } from '../../src/i18n';

type Listener = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => void;

/** Chrome's limits for `storage.sync` (https://developer.chrome.com/docs/extensions/reference/api/storage#property-sync). */
export const CHROME_SYNC = { QUOTA_BYTES: 102_400, QUOTA_BYTES_PER_ITEM: 8192 };

export class FakeArea {
  readonly data = new Map<string, string>();
  /** Errors thrown by the next `set` calls, in order. */
  failNextSets: Error[] = [];
  /** When set, `set` stores this transformation of the value instead (to test read-back verification). */
  corrupt?: (key: string, value: unknown) => unknown;
  writes = 0;

  constructor(
    readonly name: string,
    private readonly listeners: Set<Listener>,
    private readonly quota?: { perItem: number; total: number },
  ) {}

  async get(keys?: null | string | string[] | Record<string, unknown>): Promise<Record<string, unknown>> {
    const out: Record<string, unknown> = {};
    const list =
      keys === null || keys === undefined
        ? [...this.data.keys()]
        : typeof keys === 'string'
          ? [keys]
          : Array.isArray(keys)
            ? keys
            : Object.keys(keys);
    for (const k of list) {
      const v = this.data.get(k);
      if (v !== undefined) out[k] = JSON.parse(v);
      else if (keys && typeof keys === 'object' && !Array.isArray(keys)) out[k] = (keys as Record<string, unknown>)[k];
    }
    return out;
  }

  async set(items: Record<string, unknown>): Promise<void> {
    const err = this.failNextSets.shift();
    if (err) throw err;
    if (this.quota) {
      let total = 0;
      const next = new Map(this.data);
      for (const [k, v] of Object.entries(items)) next.set(k, JSON.stringify(v));
      for (const [k, v] of next) {
        const bytes = new TextEncoder().encode(k + v).length;
        if (bytes > this.quota.perItem) throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
        total += bytes;
      }
      if (total > this.quota.total) throw new Error('QUOTA_BYTES quota exceeded');
    }
    this.writes++;
    const changes: Record<string, { oldValue?: unknown; newValue?: unknown }> = {};
    for (const [k, v] of Object.entries(items)) {
      const stored = this.corrupt ? this.corrupt(k, v) : v;
      const old = this.data.get(k);
      this.data.set(k, JSON.stringify(stored));
      changes[k] = { oldValue: old === undefined ? undefined : JSON.parse(old), newValue: stored };
    }
    for (const l of this.listeners) l(changes, this.name);
  }

  async remove(keys: string | string[]): Promise<void> {
    const changes: Record<string, { oldValue?: unknown }> = {};
    for (const k of typeof keys === 'string' ? [keys] : keys) {
      const old = this.data.get(k);
      if (old === undefined) continue;
      this.data.delete(k);
      changes[k] = { oldValue: JSON.parse(old) };
    }
    for (const l of this.listeners) l(changes, this.name);
  }

  async clear(): Promise<void> {
    await this.remove([...this.data.keys()]);
  }

  /** Raw stored JSON, to prove that nothing changed. */
  snapshot(): string {
    return JSON.stringify([...this.data.entries()].sort(([a], [b]) => a.localeCompare(b)));
  }

  /** Put a raw value in without checks (for corrupt-data tests). */
  put(key: string, value: unknown): void {
    this.data.set(key, JSON.stringify(value));
  }
}

/** The English and German UI strings, for `useMessages`. */
export function loadMessages(lang: 'en' | 'de'): MessagesFile {
  // Relative to the repository root (vitest's working directory): under jsdom, import.meta.url is not a file URL.
  const path = join(process.cwd(), '_locales', lang, 'messages.json');
  return JSON.parse(readFileSync(path, 'utf8')) as MessagesFile;
}

export function createFakeBrowser() {
  const listeners = new Set<Listener>();
  const granted = new Set<string>();
  const permissionRequests: string[][] = [];
  const fake = {
    storage: {
      sync: new FakeArea('sync', listeners, { perItem: CHROME_SYNC.QUOTA_BYTES_PER_ITEM, total: CHROME_SYNC.QUOTA_BYTES }),
      local: new FakeArea('local', listeners),
      session: new FakeArea('session', listeners),
      managed: { get: async () => ({}) as Record<string, unknown> },
      onChanged: {
        addListener: (l: Listener) => listeners.add(l),
        removeListener: (l: Listener) => listeners.delete(l),
        hasListener: (l: Listener) => listeners.has(l),
      },
    },
    permissions: {
      granted,
      requests: permissionRequests,
      /** What the next request answers (the user's choice). */
      answer: true,
      async contains({ origins = [] }: { origins?: string[] }) {
        return origins.length > 0 && origins.every((o) => granted.has(o));
      },
      request({ origins = [] }: { origins?: string[] }) {
        permissionRequests.push(origins);
        if (fake.permissions.answer) for (const o of origins) granted.add(o);
        return Promise.resolve(fake.permissions.answer);
      },
      async remove({ origins = [] }: { origins?: string[] }) {
        for (const o of origins) granted.delete(o);
        return true;
      },
      async getAll() {
        return { origins: [...granted], permissions: [] };
      },
    },
    i18n: {
      getUILanguage: () => 'en-US',
      getMessage: (key: string, subs?: string[]) => {
        const m = loadMessages('en')[key];
        if (!m) return '';
        return m.message.replace(/\$(\d)/g, (_, n: string) => subs?.[Number(n) - 1] ?? '');
      },
    },
    runtime: {
      id: 'argumentarium-test',
      getURL: (p: string) => `chrome-extension://argumentarium-test/${p.replace(/^\//, '')}`,
      sendMessage: async () => ({ ok: true }),
      openOptionsPage: async () => undefined,
    },
    reset() {
      for (const area of [fake.storage.sync, fake.storage.local, fake.storage.session]) {
        area.data.clear();
        area.failNextSets = [];
        area.corrupt = undefined;
        area.writes = 0;
      }
      granted.clear();
      permissionRequests.length = 0;
      fake.permissions.answer = true;
    },
  };
  return fake;
}

export type FakeBrowser = ReturnType<typeof createFakeBrowser>;
