/**
 * An in-memory stand-in for the parts of `browser.*` the background uses, for unit tests:
 * events that tests fire, storage areas, permissions with origin coverage, `scripting`
 * registrations that refuse duplicate ids like Chrome, tabs whose "content script" is a function.
 * Tests mock `src/platform/browser` with {@link fakeBrowser} (see background.test.ts).
 */
import { readFile } from 'node:fs/promises';
import { vi } from 'vitest';
import { matchesPattern, originCovers } from '../../src/match-patterns';

/** Origin of the fake extension's package URLs (`runtime.getURL`). */
const PACKAGE_ORIGIN = 'chrome-extension://test-extension-id/';
const realFetch = globalThis.fetch;
/**
 * `fetch` of the extension's own package files, as the background does for `_locales/…/messages.json`: served from the
 * repository (a missing file is a 404). Other URLs go to the real `fetch`. Installed once at import, so a test's
 * `vi.stubGlobal('fetch', …)` still wins and `vi.unstubAllGlobals()` returns to this one.
 */
globalThis.fetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  if (!url.startsWith(PACKAGE_ORIGIN)) return realFetch(input, init);
  try {
    return new Response(await readFile(new URL(`../../${url.slice(PACKAGE_ORIGIN.length)}`, import.meta.url)));
  } catch {
    return new Response('not found', { status: 404 });
  }
};

type Listener = (...args: never[]) => unknown;

/** An extension event: listeners in order; `fire` calls them all and returns their results. */
export class FakeEvent<L extends Listener> {
  listeners: L[] = [];
  addListener = (l: L) => void this.listeners.push(l);
  removeListener = (l: L) => {
    this.listeners = this.listeners.filter((x) => x !== l);
  };
  hasListener = (l: L) => this.listeners.includes(l);
  fire(...args: Parameters<L>): unknown[] {
    return this.listeners.map((l) => l(...(args as never[])));
  }
}

// biome-ignore lint/suspicious/noExplicitAny: browser events have many listener shapes; the tests call them with real ones.
type AnyListener = (...args: any[]) => any;

class FakeArea {
  data: Record<string, unknown> = {};
  failWith: Error | null = null;
  constructor(
    private readonly name: string,
    private readonly changed: FakeEvent<AnyListener>,
  ) {}
  async get(keys?: string | string[] | Record<string, unknown> | null): Promise<Record<string, unknown>> {
    if (this.failWith) throw this.failWith;
    const copy = structuredClone(this.data);
    if (keys === null || keys === undefined) return copy;
    const list = typeof keys === 'string' ? [keys] : Array.isArray(keys) ? keys : Object.keys(keys);
    const out: Record<string, unknown> = {};
    for (const k of list) if (k in copy) out[k] = copy[k];
    if (!Array.isArray(keys) && typeof keys === 'object') for (const [k, v] of Object.entries(keys)) if (!(k in out)) out[k] = v;
    return out;
  }
  async set(items: Record<string, unknown>): Promise<void> {
    if (this.failWith) throw this.failWith;
    const changes: Record<string, { oldValue?: unknown; newValue?: unknown }> = {};
    for (const [k, v] of Object.entries(items)) {
      changes[k] = { oldValue: this.data[k], newValue: structuredClone(v) };
      this.data[k] = structuredClone(v);
    }
    this.changed.fire(changes, this.name);
  }
  async remove(keys: string | string[]): Promise<void> {
    if (this.failWith) throw this.failWith;
    for (const k of typeof keys === 'string' ? [keys] : keys) delete this.data[k];
  }
}

/** A tab; `content` answers `tabs.sendMessage` like a content script, or is absent (no receiver). */
export interface FakeTab {
  id: number;
  url: string;
  active?: boolean;
  content?: (msg: unknown) => unknown;
  /** When set, `scripting.executeScript` into this tab fails with this message. */
  injectError?: string;
  /** The content script an injection starts (becomes `content`). */
  contentAfterInject?: (msg: unknown) => unknown;
}

export const NO_RECEIVER = 'Could not establish connection. Receiving end does not exist.';

function makeFake() {
  const storageChanged = new FakeEvent<AnyListener>();
  const state = {
    granted: new Set<string>(),
    registered: new Map<string, Record<string, unknown>>(),
    /** Simulates Chrome 116–118, which refuses the `matchOriginAsFallback` key. */
    refuseMatchOriginAsFallback: false,
    tabs: [] as FakeTab[],
    injected: [] as { tabId: number; allFrames?: boolean; files: string[]; documentIds?: string[]; frameIds?: number[] }[],
    menus: [] as Record<string, unknown>[],
    badges: [] as { tabId: number; text?: string; title?: string }[],
    manifest: {
      manifest_version: 3,
      content_scripts: [{ matches: ['https://x.com/*'], js: ['content.js'] }],
    } as Record<string, unknown>,
    managedUnavailable: true,
  };
  const storage = {
    local: new FakeArea('local', storageChanged),
    sync: new FakeArea('sync', storageChanged),
    session: new FakeArea('session', storageChanged),
    managed: new FakeArea('managed', storageChanged),
    onChanged: storageChanged,
  };
  const covered = (origin: string) => [...state.granted].some((g) => originCovers(g, origin));
  const checkScript = (s: Record<string, unknown>) => {
    if (state.refuseMatchOriginAsFallback && 'matchOriginAsFallback' in s) {
      throw new Error("Error at parameter 'scripts': Error at index 0: Unexpected property: 'matchOriginAsFallback'.");
    }
  };
  const browser = {
    runtime: {
      id: 'test-extension-id',
      getURL: (p: string) => `${PACKAGE_ORIGIN}${p.replace(/^\//, '')}`,
      getManifest: () => state.manifest,
      onInstalled: new FakeEvent<AnyListener>(),
      onStartup: new FakeEvent<AnyListener>(),
      onMessage: new FakeEvent<AnyListener>(),
      sendMessage: vi.fn(async (_msg: unknown): Promise<unknown> => {
        throw new Error(NO_RECEIVER);
      }),
      openOptionsPage: vi.fn(async () => undefined),
    },
    permissions: {
      contains: async ({ origins = [] }: { origins?: string[] }) => origins.every(covered),
      request: vi.fn(async ({ origins = [] }: { origins?: string[] }) => {
        for (const o of origins) state.granted.add(o);
        return true;
      }),
      remove: vi.fn(async ({ origins = [] }: { origins?: string[] }) => {
        for (const o of origins) state.granted.delete(o);
        return true;
      }),
      getAll: async () => ({ origins: [...state.granted], permissions: ['storage', 'scripting'] }),
      onAdded: new FakeEvent<AnyListener>(),
      onRemoved: new FakeEvent<AnyListener>(),
    },
    scripting: {
      registerContentScripts: vi.fn(async (scripts: Record<string, unknown>[]) => {
        for (const s of scripts) {
          checkScript(s);
          if (state.registered.has(s.id as string)) throw new Error(`Duplicate script ID '${s.id}'`);
        }
        for (const s of scripts) state.registered.set(s.id as string, structuredClone(s));
      }),
      updateContentScripts: vi.fn(async (scripts: Record<string, unknown>[]) => {
        for (const s of scripts) {
          checkScript(s);
          if (!state.registered.has(s.id as string)) throw new Error(`Content script with ID '${s.id}' does not exist.`);
          state.registered.set(s.id as string, { ...state.registered.get(s.id as string), ...structuredClone(s) });
        }
      }),
      unregisterContentScripts: vi.fn(async (filter?: { ids?: string[] }) => {
        for (const id of filter?.ids ?? [...state.registered.keys()]) state.registered.delete(id);
      }),
      getRegisteredContentScripts: async () => [...state.registered.values()].map((s) => structuredClone(s)),
      // The sheet that keeps the card visible while the extension runs (`injectScript`); nothing to record.
      insertCSS: vi.fn(async () => {}),
      executeScript: vi.fn(
        async ({
          target,
          files,
        }: {
          target: { tabId: number; allFrames?: boolean; documentIds?: string[]; frameIds?: number[] };
          files: string[];
        }) => {
          const tab = state.tabs.find((t) => t.id === target.tabId);
          if (!tab) throw new Error(`No tab with id: ${target.tabId}`);
          if (tab.injectError) throw new Error(tab.injectError);
          const { documentIds, frameIds } = target;
          state.injected.push({
            tabId: target.tabId,
            allFrames: target.allFrames,
            files,
            ...(documentIds ? { documentIds } : {}),
            ...(frameIds ? { frameIds } : {}),
          });
          if (tab.contentAfterInject) tab.content = tab.contentAfterInject;
          return [{ frameId: 0, result: undefined }];
        },
      ),
    },
    tabs: {
      query: vi.fn(async (q: { url?: string[]; active?: boolean }) =>
        state.tabs
          .filter((t) => (q.active ? t.active : true))
          .filter((t) => !q.url || q.url.some((p) => matchesPattern(p, t.url)))
          .map((t) => ({ id: t.id, url: t.url })),
      ),
      get: vi.fn(async (tabId: number) => {
        const tab = state.tabs.find((t) => t.id === tabId);
        if (!tab) throw new Error(`No tab with id: ${tabId}.`);
        return { id: tab.id, url: tab.url };
      }),
      sendMessage: vi.fn(async (tabId: number, msg: unknown) => {
        const tab = state.tabs.find((t) => t.id === tabId);
        if (!tab) throw new Error(`No tab with id: ${tabId}.`);
        if (!tab.content) throw new Error(NO_RECEIVER);
        return tab.content(msg);
      }),
      create: vi.fn(async (props: { url: string }) => ({ id: 999, url: props.url })),
    },
    storage,
    contextMenus: {
      create: vi.fn((props: Record<string, unknown>) => {
        if (state.menus.some((m) => m.id === props.id)) throw new Error(`Cannot create item with duplicate id ${props.id}`);
        state.menus.push(props);
        return props.id;
      }),
      removeAll: vi.fn(async () => {
        state.menus = [];
      }),
      onClicked: new FakeEvent<AnyListener>(),
    },
    commands: { onCommand: new FakeEvent<AnyListener>() },
    /** Chrome's side panel; a test that needs the refusal makes `open` reject. */
    sidePanel: { open: vi.fn(async (_options: { tabId?: number; windowId?: number }): Promise<void> => undefined) },
    action: {
      setBadgeText: vi.fn(async ({ tabId, text }: { tabId: number; text: string }) => void state.badges.push({ tabId, text })),
      setTitle: vi.fn(async ({ tabId, title }: { tabId: number; title: string }) => void state.badges.push({ tabId, title })),
      setBadgeBackgroundColor: vi.fn(async () => undefined),
      openPopup: vi.fn(async (): Promise<void> => {
        throw new Error('openPopup requires a user gesture');
      }),
    },
    i18n: {
      getMessage: (key: string, subs?: string | string[]) => {
        const list = subs === undefined ? [] : [subs].flat();
        return list.length ? `${key}(${list.join('|')})` : key;
      },
      getUILanguage: () => 'en-US',
    },
  };
  // Managed storage without a policy rejects in Firefox; the fake does so until a test sets a policy.
  const managedGet = storage.managed.get.bind(storage.managed);
  storage.managed.get = async (keys) => {
    if (state.managedUnavailable) throw new Error('Managed storage manifest not found');
    return managedGet(keys);
  };
  return { browser, state, storage };
}

const fake = makeFake();

/** The fake `browser` object (one per test file: vitest isolates modules per file). */
export const fakeBrowser = fake.browser;
/** Its mutable state, for arranging and asserting. */
export const fakeState = fake.state;

/** Resets data (grants, registrations, tabs, storage, recorded calls) but keeps event listeners, which modules registered at import. */
export function resetFake(): void {
  fakeState.granted.clear();
  fakeState.registered.clear();
  fakeState.refuseMatchOriginAsFallback = false;
  fakeState.tabs = [];
  fakeState.injected = [];
  fakeState.menus = [];
  fakeState.badges = [];
  fakeState.managedUnavailable = true;
  for (const area of [fake.storage.local, fake.storage.sync, fake.storage.session, fake.storage.managed]) {
    area.data = {};
    area.failWith = null;
  }
  vi.clearAllMocks();
}

/** Waits until queued promise chains in the code under test have settled (a few macrotask turns). */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
}
