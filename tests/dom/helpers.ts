/**
 * Shared helpers of the content-script DOM tests: load a fixture page into its own jsdom window under the
 * real site's URL (optionally running the fixture's `app.js`), and a fake {@link ContentEnv} whose parts
 * record what the content script did (card states, clipboard writes, rank requests, messages).
 *
 * The fake background answers `rank` with the real answer builder (`src/background/rank-answer.ts`: card data,
 * copy format for the page's URL) over a ranker by keyword families of our own (not the real relevance
 * engine), so these tests check the content script's reading and lifecycle, not relevance tuning.
 */

import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { afterEach, beforeEach, vi } from 'vitest';
import type { CardCallbacks, CardHandle, CardState } from '../../content/card/types';
import {
  type ContentController,
  type ContentEnv,
  type RankRequest,
  type RuntimeLike,
  start as startContentScript,
} from '../../content/index';
import { PAGE_KEY, type PageReader, UNIT_SEPARATOR } from '../../content/reader';
import { type SettingsChange, settingsChangeOf } from '../../content/settings-change';
import {
  answerCopies,
  answerRank,
  checkCopiesRequest,
  checkRankRequest,
  contentConfigOf,
  type RankContext,
} from '../../src/background/rank-answer';
import type { Argument } from '../../src/catalog/types';
import type { BackgroundToContent, CopiesResponse, RankResponse, ToBackground } from '../../src/messages';
import type { RankedArgument } from '../../src/relevance/types';
import { defaults, type Settings } from '../../src/settings/index';

export const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');

/** Reads `tests/fixtures/<path>`. */
export function fixture(path: string): string {
  return readFileSync(join(FIXTURES, path), 'utf8');
}

/**
 * A fixture page in its own jsdom window at `url`. With `app`, the fixture folder's script runs in it
 * (`true`: `app.js`; a string: that file of the folder), as the page's own `<script src>` would.
 */
export function loadPage(path: string, url: string, options: { app?: boolean | string } = {}): JSDOM {
  const dom = new JSDOM(fixture(path), { url, pretendToBeVisual: true, runScripts: options.app ? 'outside-only' : undefined });
  if (options.app) dom.window.eval(fixture(join(dirname(path), options.app === true ? 'app.js' : options.app)));
  return dom;
}

/**
 * A fixture page in the test file's own jsdom window (vitest's `jsdom` environment), at `url`: for code that
 * must share the test's realm (the real card creates its `AbortController` from the global). With `script`,
 * that file of the fixture's folder runs in the window.
 */
export function loadGlobalPage(path: string, url: string, script?: string): Window {
  (globalThis as unknown as { jsdom: JSDOM }).jsdom.reconfigure({ url });
  const parsed = new DOMParser().parseFromString(fixture(path), 'text/html');
  document.replaceChild(document.importNode(parsed.documentElement, true), document.documentElement);
  // biome-ignore lint/security/noGlobalEval: runs our own fixture script in the test window, as its <script src> would
  if (script) window.eval(fixture(join(dirname(path), script)));
  return window;
}

/** Keyword families of the fake scorer: argument id → pattern. */
const FAMILIES: Record<string, RegExp> = {
  criticism: /shitstorm|kriti\w*|criticism|complain\w*|negative comments|backlash|beschwer\w*/gi,
  'employer-branding': /arbeitgeber\w*|employer branding|nachwuchs|bewerber\w*|young talent|graduates/gi,
  transparency: /transparenz|transparency|offene\w* kanal/gi,
  'internal-communication': /mitarbeiterzeitung|interne\w* kommunikation|staff newsletter|internal network|intranet/gi,
  crowdsourcing: /crowdsourcing|followers? to pick|fragen unsere (fans|follower)/gi,
  faces: /gesichter|mitarbeitende\w* selbst|faces of/gi,
};

/** Ranks `text` by the keyword families; best (most matches) first. */
export function fakeRank(text: string, catalog: readonly Argument[] = CATALOG): RankedArgument[] {
  const ids = new Set(catalog.map((a) => a.id));
  const out: RankedArgument[] = [];
  for (const [id, re] of Object.entries(FAMILIES)) {
    if (!ids.has(id)) continue;
    const matched = [...new Set(text.match(re) ?? [])];
    if (matched.length)
      out.push({ id, score: (text.match(re) ?? []).length, matched, objections: id === 'criticism' ? ['Fear of public criticism'] : [] });
  }
  return out.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}

/**
 * What the fake background does with a reader's batch, synchronously: takes it, ranks each text with
 * {@link fakeRank} and applies the results (for reader tests without a content script).
 * @returns the page's unit texts of the batch, in reading order
 */
export function rankBatch(reader: PageReader, catalog: readonly Argument[] = CATALOG): string[] {
  const batch = reader.takeBatch();
  if (batch.length === 0) return [];
  const { texts } = resolveRequest({ type: 'rank', texts: batch, url: 'https://example.com/' });
  reader.apply(Object.fromEntries(texts.map((b) => [b.key, fakeRank(b.text, catalog)])));
  return texts.find((b) => b.key === PAGE_KEY)?.text.split(UNIT_SEPARATOR) ?? [];
}

function argument(id: string, de: string, en: string): Argument {
  const text = (title: string) => ({
    title,
    claim: `${title}: claim.`,
    reasoning: `${title}: reasoning.`,
    signals: [id],
    objections: [`${title}?`],
  });
  return { id, origin: 'builtin', text: { de: text(de), en: text(en) } };
}

/** A small catalog with the ids the fixtures are about. */
export const CATALOG: Argument[] = [
  argument('transparency', 'Transparenz', 'Transparency'),
  argument('criticism', 'Kritik öffentlich beantworten', 'Answer criticism in public'),
  argument('employer-branding', 'Attraktiver Arbeitgeber', 'Attractive employer'),
  argument('internal-communication', 'Interne Kommunikation', 'Internal communication'),
  argument('crowdsourcing', 'Crowdsourcing', 'Crowdsourcing'),
  argument('faces', 'Gesichter', 'Faces'),
];

/** A fake card: records its states; its host is attached while it shows something, like the real one. */
export class FakeCard implements CardHandle {
  states: CardState[] = [];
  destroyed = false;
  readonly host: HTMLElement;
  constructor(
    readonly doc: Document,
    readonly callbacks: CardCallbacks,
    signal: AbortSignal,
  ) {
    this.host = doc.createElement('argumentarium-card');
    this.host.setAttribute('data-argumentarium', '');
    signal.addEventListener('abort', () => this.destroy());
  }
  update(state: CardState): void {
    this.states.push(state);
    const show = state.arguments.length > 0 || state.status === 'unreadable';
    if (show && !this.host.isConnected) this.doc.documentElement.appendChild(this.host);
    if (!show) this.host.remove();
  }
  /** What `copied` was told, in order. */
  copies: { title: string; ok: boolean; error?: string }[] = [];
  copied(title: string, result: { ok: boolean; error?: string }): void {
    this.copies.push({ title, ...result });
  }
  destroy(): void {
    this.destroyed = true;
    this.host.remove();
  }
  get last(): CardState | undefined {
    return this.states[this.states.length - 1];
  }
}

/** A fake `runtime`: `id` can be cleared to simulate a lost extension context; listeners can be called. */
export class FakeRuntime implements RuntimeLike {
  id: string | undefined = 'argumentarium-test-id';
  listeners = new Set<(message: unknown, sender: { id?: string }) => Promise<unknown> | undefined>();
  sent: unknown[] = [];
  onMessage = {
    addListener: (cb: (message: unknown, sender: { id?: string }) => Promise<unknown> | undefined) => void this.listeners.add(cb),
    removeListener: (cb: (message: unknown, sender: { id?: string }) => Promise<unknown> | undefined) => void this.listeners.delete(cb),
  };
  sendMessage(message: unknown): Promise<unknown> {
    this.sent.push(message);
    return Promise.resolve({ ok: true });
  }
  /** Delivers `message` as the browser would: the first listener that answers wins. */
  deliver(message: unknown, sender: { id?: string } = { id: this.id }): Promise<unknown> | undefined {
    for (const l of this.listeners) {
      const r = l(message, sender);
      if (r !== undefined) return r;
    }
    return undefined;
  }
}

/** The message that shows a ranked selection on the card (background → content script). */
export type ShowSelection = Extract<BackgroundToContent, { type: 'show-selection' }>;

/** A `rank` request as the background reads it: every `join` resolved to its text (`checkRankRequest`). */
export type ResolvedRankRequest = Omit<RankRequest, 'texts'> & { texts: { key: string; text: string }[] };

/**
 * `request` with its joins resolved as the background resolves them.
 * @throws when the background would refuse the request (the test then fails with its message)
 */
export function resolveRequest(request: RankRequest): ResolvedRankRequest {
  const checked = checkRankRequest(request);
  if (!checked.ok) throw new Error(checked.error);
  return { ...request, texts: checked.value.texts };
}

/** A fake environment plus what it recorded. */
export interface Harness {
  env: ContentEnv;
  runtime: FakeRuntime;
  cards: FakeCard[];
  /** Every `rank` request the content script sent (unless `keepTexts` is false), joins resolved. */
  requests: ResolvedRankRequest[];
  /** The same requests as sent (a document's page text is a `join` of its sections). */
  sent: RankRequest[];
  /** Every `copies` request (copies formatted again after a change of the copy settings alone). */
  copyRequests: Extract<ToBackground, { type: 'copies' }>[];
  clipboard: { plain: string; html: string }[];
  session: Set<string>;
  settings: Settings;
  /** Texts ranked on demand (the compose box, a selection), in order. */
  ranked: string[];
  /** The unit texts the content script sent for the page, in reading order (split at the unit separator). */
  pageTexts(): string[];
  /** Applies `patch` to the settings and calls the env's settings callbacks as a `storage.onChanged` of those keys would. */
  changeSettings(patch: Partial<Settings>): void;
  /**
   * The `show-selection` message the background sends for `text` selected on this page (ranked as
   * `rankSelectionText` of `src/background/ranking.ts` ranks it, with {@link fakeRank}), or `null` when nothing fits
   * (the background then sends nothing and goes to the popup).
   */
  selection(text: string): ShowSelection | null;
}

/** A fake {@link ContentEnv} for `window`. */
export function harness(
  window: Window,
  overrides: Partial<ContentEnv> & { settings?: Partial<Settings>; keepTexts?: boolean } = {},
): Harness {
  const runtime = new FakeRuntime();
  const cards: FakeCard[] = [];
  const requests: ResolvedRankRequest[] = [];
  const sent: RankRequest[] = [];
  const copyRequests: Harness['copyRequests'] = [];
  const clipboard: { plain: string; html: string }[] = [];
  const session = new Set<string>();
  const ranked: string[] = [];
  const settingsListeners: ((change: SettingsChange) => void)[] = [];
  const uiLanguage = overrides.uiLanguage ?? 'en-US';
  /** What the fake background answers from: the harness's current settings and the test catalog minus hidden. */
  const context = (): RankContext => ({
    settings: structuredClone(h.settings),
    catalog: CATALOG.filter((a) => !h.settings.hidden.includes(a.id)),
    intranet: [...h.settings.intranetSites],
  });
  const h: Harness = {
    runtime,
    cards,
    requests,
    sent,
    copyRequests,
    clipboard,
    session,
    ranked,
    // The intranet fixtures' host is one of the user's intranet sites unless a test says otherwise.
    settings: { ...structuredClone(defaults), intranetSites: ['https://intranet.example.com/*'], ...overrides.settings },
    pageTexts: () => requests.flatMap((r) => r.texts.filter((t) => t.key === PAGE_KEY).flatMap((t) => t.text.split(UNIT_SEPARATOR))),
    changeSettings(patch) {
      const changes = Object.fromEntries(
        Object.entries(patch).map(([k, v]) => [k, { oldValue: h.settings[k as keyof Settings], newValue: v }]),
      );
      h.settings = { ...h.settings, ...patch };
      // Classified as `storage.onChanged` events are in the extension; a patch that changes nothing calls no one.
      const change = settingsChangeOf(changes, 'sync');
      if (change) for (const l of [...settingsListeners]) l(change);
    },
    selection(text) {
      const answer = answerRank({ texts: [{ key: 'selection', text }] }, window.location.href, context(), uiLanguage, (t, catalog) =>
        fakeRank(t, catalog),
      );
      if (!answer.ok) throw new Error(answer.error);
      const ranked = answer.results.selection ?? [];
      return ranked.length ? { type: 'show-selection', ranked, cards: answer.cards, objectionLabels: answer.objectionLabels } : null;
    },
    env: {
      window,
      runtime,
      loadConfig: async () => contentConfigOf(context(), uiLanguage),
      rank: async (request): Promise<RankResponse> => {
        const checked = checkRankRequest(request);
        if (!checked.ok) return checked;
        if (overrides.keepTexts ?? true) {
          sent.push(structuredClone(request));
          requests.push(structuredClone({ ...request, texts: checked.value.texts }));
        }
        for (const t of checked.value.texts) if (t.key === 'compose' || t.key === 'selection') ranked.push(t.text);
        return answerRank(checked.value, request.url, context(), uiLanguage, (text, catalog) => fakeRank(text, catalog));
      },
      copies: async (request): Promise<CopiesResponse> => {
        copyRequests.push(structuredClone(request));
        const checked = checkCopiesRequest(request);
        return checked.ok ? answerCopies(checked.value, request.url, context(), uiLanguage) : checked;
      },
      onSettingsChanged: (cb, signal) => {
        settingsListeners.push(cb);
        signal.addEventListener('abort', () => settingsListeners.splice(settingsListeners.indexOf(cb), 1));
      },
      session: { get: async (k) => session.has(k), set: async (k) => void session.add(k) },
      mountCard: (callbacks, signal, doc) => {
        const c = new FakeCard(doc, callbacks, signal);
        cards.push(c);
        return c;
      },
      writeClipboard: async (p) => {
        clipboard.push(p);
        return { ok: true };
      },
      uiLanguage,
      ...overrides,
    },
  };
  return h;
}

/** Lets promises and microtasks (MutationObserver callbacks) run. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 10; i++) await Promise.resolve();
}

/** Lets pending work settle, then advances vitest's fake timers by `ms` milliseconds (the content script's throttle is 300). */
export async function run(ms = 1000): Promise<void> {
  await settle();
  await vi.advanceTimersByTimeAsync(ms);
}

/** The ids of the arguments the last card state shows. */
export function shownIds(h: Harness): string[] {
  return h.cards[h.cards.length - 1]?.last?.arguments.map((a) => a.id) ?? [];
}

/**
 * The setup every content-script test file shares: fake timers in each test, and every content script it started
 * (through the returned `start`) stopped after it, with its timers cleared, before real timers return.
 * Call once at the top level of a test file.
 * @param hooks `before` runs after the fake timers are installed, `after` once the content scripts are stopped
 * @returns `start`: the content script's `start`, tracked for the teardown
 */
export function useContentScriptTest(hooks: { before?: () => void; after?: () => void } = {}): {
  start: (env: ContentEnv) => ContentController | null;
} {
  const started: ContentController[] = [];
  beforeEach(() => {
    vi.useFakeTimers();
    hooks.before?.();
  });
  afterEach(() => {
    for (const c of started.splice(0)) c.stop();
    hooks.after?.();
    vi.clearAllTimers();
    vi.useRealTimers();
  });
  return {
    start(env) {
      const c = startContentScript(env);
      if (c) started.push(c);
      return c;
    },
  };
}
