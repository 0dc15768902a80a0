/**
 * What the content script's page logic takes from the outside ({@link ContentEnv}) and what it hands back
 * ({@link ContentController}). The bundle passes the real parts (`./env.ts`); DOM tests pass fakes.
 */
import type { ClipboardPayload } from '../src/copy/index';
import type { ContentConfig, CopiesResponse, PageReport, RankResponse, ToBackground } from '../src/messages';
import type { CardCallbacks, CardHandle } from './card/types';
import type { ConnectEvent } from './panel-feed';
import type { PageReader, PageReaderOptions } from './reader';
import type { SettingsChange } from './settings-change';

/** The subset of `runtime` the content script uses (webextension-polyfill's `browser.runtime` in the bundle). */
export interface RuntimeLike {
  /** Undefined once the extension context is gone (Chrome); reading it may throw (Firefox). */
  readonly id?: string;
  onMessage: {
    addListener(cb: (message: unknown, sender: { id?: string }) => Promise<unknown> | undefined): void;
    removeListener(cb: (message: unknown, sender: { id?: string }) => Promise<unknown> | undefined): void;
  };
  sendMessage(message: ToBackground): Promise<unknown>;
}

/** Session flags (the dismissal per site): `storage.session` when the content script may use it, else memory. */
export interface SessionFlags {
  get(key: string): Promise<boolean>;
  set(key: string): Promise<void>;
}

/** The side of the window the user chose for the card, per site (`storage.local`, `src/platform/content.ts`). */
export interface SidePreferences {
  /** The side stored under `key`, or null (none, or not a side). Rejects when storage is closed. */
  get(key: string): Promise<'left' | 'right' | null>;
  /** Stores `side` under `key`. Rejects when storage is closed or full. */
  set(key: string, side: 'left' | 'right'): Promise<void>;
}

/** A `rank` request (content script → background). */
export type RankRequest = Extract<ToBackground, { type: 'rank' }>;

/** Everything `start` of `./index.ts` needs from the outside. */
export interface ContentEnv {
  /** The page's window (top frame). */
  window: Window;
  runtime: RuntimeLike;
  /**
   * The settings the card policy needs, from the background (`content-config`). Its `intranet` patterns are the
   * user's and the organisation's: a page of the generic reader outside them was read on demand (the popup,
   * `activeTab`) and answers messages but shows no card unless asked.
   * @throws when the background cannot answer (a lost context throws "Extension context invalidated")
   */
  loadConfig(): Promise<ContentConfig>;
  /**
   * Ranks texts in the background (`rank`): per key the ranking, plus card data for every argument in it.
   * @throws as {@link loadConfig}; a failure the background reports is `{ ok: false, error }`
   */
  rank(request: RankRequest): Promise<RankResponse>;
  /**
   * Formats the copies of arguments again (`copies`), after a change of the copy settings only.
   * @throws as {@link loadConfig}; a failure the background reports is `{ ok: false, error }`
   */
  copies(request: Extract<ToBackground, { type: 'copies' }>): Promise<CopiesResponse>;
  /**
   * Calls `cb` when settings, the user's arguments or the policy change, until `signal` aborts, with what the change
   * touches (`settingsChangeOf` of `./settings-change.ts`): `copy` for the copy settings alone, else `page`.
   */
  onSettingsChanged?(cb: (change: SettingsChange) => void, signal: AbortSignal): void;
  session: SessionFlags;
  /** Where the card's side per site is kept; absent: the card takes its usual side and forgets a choice with the page. */
  sides?: SidePreferences;
  /** `mountCard` of `content/card`. */
  mountCard(callbacks: CardCallbacks, signal: AbortSignal, doc: Document): CardHandle;
  /** Writes both flavours to the clipboard (`src/platform/clipboard.ts`); never rejects. */
  writeClipboard(payload: ClipboardPayload): Promise<{ ok: boolean; error?: string }>;
  /** The browser's UI language tag (e.g. `de-DE`): the card's language until the configuration arrives. */
  uiLanguage: string;
  /** `runtime.onConnect`: the side panel's port (`./panel-feed.ts`). Absent: no side panel is served (DOM tests). */
  onPanelConnect?: ConnectEvent;
  /** Timing in milliseconds; defaults: throttle 300, debounce 400, slice 8. */
  timing?: { throttle?: number; debounce?: number; slice?: number };
  reader?: PageReaderOptions;
}

/** A running content script. */
export interface ContentController {
  /** Aborted when the instance stops. */
  readonly signal: AbortSignal;
  /** Resolves when the configuration is loaded and the first scan is scheduled (also when loading failed). */
  readonly ready: Promise<void>;
  /** The current page reader (replaced on navigation to another site module and on settings changes). */
  readonly reader: PageReader;
  /** What the popup gets for `page-report`. */
  report(): PageReport;
  /** Tears everything down: card, observer, listeners, marker. Idempotent. */
  stop(): void;
}
