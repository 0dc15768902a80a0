/**
 * Types of the e2e harness (`scripts/e2e/*.mjs`), so the TypeScript tests import it type-checked while
 * `npm start` and the bench run the same code in plain Node.
 */

/** Browsers the suites run in. */
export type BrowserName = 'chromium' | 'firefox';

/** One row of the fixture server's routing table. */
export interface Route {
  /** Exact host name, e.g. `x.com`. */
  host: string;
  /** Path prefix; the longest matching prefix wins, of equals the last added. `/` matches every path. */
  prefix: string;
  /** Fixture file relative to `tests/fixtures/`; assets (`app.js`) are served from its folder. */
  file?: string;
  /** Inline HTML instead of a file (a test's own page). */
  body?: string;
  /** Extra response headers, e.g. `{ 'content-security-policy': STRICT_CSP }`. */
  headers?: Record<string, string>;
}

export const ROOT: string;
export const FIXTURES: string;
export const STRICT_CSP: string;
export const ROUTES: Route[];
export const FIXTURE_HOSTS: string[];
export const MIME: Record<string, string>;
export function findRoute(routes: Route[], host: string, pathname: string): Route | undefined;
export function resolveRequest(
  routes: Route[],
  host: string,
  pathname: string,
): { route: Route; path: string | null } | { error: number; reason: string };

/** A request the fixture server answered. Header fields are undefined when the browser did not send them. */
export interface ServedRequest {
  method: string;
  host: string;
  path: string;
  search: string;
  origin?: string;
  referer?: string;
  secFetchSite?: string;
  secFetchDest?: string;
  /** HTTP status sent (0 until answered). */
  status: number;
}

export interface FixtureServer {
  /** TCP port on 127.0.0.1. */
  port: number;
  /** Host names in the certificate (and tunnelled by the proxy). */
  hosts: string[];
  /** The certificate, PEM. */
  cert: string;
  /** Every request answered so far, in order. */
  log: ServedRequest[];
  /** Adds a route at run time (its host must be one of `hosts`). */
  addRoute(route: Route): void;
  /** `https://host/path`: what the browser is sent to (the proxy makes it reach this server). */
  url(host: string, path?: string): string;
  close(): Promise<void>;
}

export function makeCertificate(hosts: string[]): Promise<{ key: string; cert: string }>;
export function startFixtureServer(options?: { routes?: Route[]; hosts?: string[] }): Promise<FixtureServer>;

/** A request the proxy saw. */
export interface ProxiedRequest {
  /** `CONNECT` for HTTPS/WebSocket tunnels, else the plain-HTTP method. */
  method: string;
  /** Host name, lower case. */
  host: string;
  port: number;
  /** True when tunnelled to the fixture server; everything else was refused. */
  tunnelled: boolean;
  /** Milliseconds since the epoch. */
  at: number;
}

export interface RecordingProxy {
  port: number;
  requests: ProxiedRequest[];
  /** Distinct hosts asked for, sorted. */
  hosts(): string[];
  clear(): void;
  close(): Promise<void>;
}

export function startProxy(options: { targetPort: number; tunnelHosts: string[] }): Promise<RecordingProxy>;

export interface LaunchOptions {
  /** Port of the recording proxy; all traffic goes through it. */
  proxyPort: number;
  /** Unpacked extension to load (absolute or relative to the cwd); null/undefined: none. */
  extensionDir?: string | null;
  /** Default true. With false the browser window is shown (needs a display). */
  headless?: boolean;
  /** UI language, default `en-US`. */
  locale?: string;
  /** Firefox only: the moz-extension UUID to give the extension (default: a random one). */
  firefoxUuid?: string;
}

export interface WaitOptions {
  /** Milliseconds, default 10 000. */
  timeout?: number;
  /** Poll interval in ms, default 100. */
  interval?: number;
  /** What is awaited, for the timeout message. */
  message?: string;
}

/** A tab, the same for both browsers. Functions passed to `evaluate`/`waitFor` run in the page. */
export interface E2EPage {
  browserName: BrowserName;
  /** The Playwright or Puppeteer page, for what the common interface lacks. */
  raw: unknown;
  url(): string;
  /** Navigates and waits for `load` (for moz-extension:// pages, polls until loaded). */
  goto(url: string): Promise<void>;
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Polls `fn` in the page until it returns a truthy value; rejects with `message` after the timeout. */
  waitFor<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A, options?: WaitOptions): Promise<NonNullable<R>>;
  /** Real mouse click at viewport coordinates (CSS px): a trusted user gesture. */
  clickAt(x: number, y: number): Promise<void>;
  /**
   * Real mouse click on the element at the end of a selector chain: each selector after the first is looked up
   * in the previous element's open shadow root (or in the element itself). Waits until it is visible.
   */
  clickDeep(chain: string[], options?: { timeout?: number }): Promise<void>;
  /** Types text with real key events into the focused element. */
  type(text: string): Promise<void>;
  /** Presses one key (`Enter`, `Tab`, `Escape`, …). */
  press(key: string): Promise<void>;
  bringToFront(): Promise<void>;
  /** PNG of the viewport. */
  screenshot(path: string): Promise<void>;
  /**
   * Reads the clipboard as text through this (web) page: Chromium grants clipboard-read to the page's origin;
   * Firefox allows it with `dom.events.testing.asyncClipboard`.
   */
  readClipboard(): Promise<string>;
  close(): Promise<void>;
}

export interface E2EBrowser {
  name: BrowserName;
  /** Chromium: the 32-letter id; Firefox: the gecko id. Null without an extension. */
  extensionId: string | null;
  /** `chrome-extension://ID` or `moz-extension://UUID`; null without an extension. */
  extensionOrigin: string | null;
  /** URL of an extension page, e.g. `extensionUrl('popup.html')`. Throws without an extension. */
  extensionUrl(path: string): string;
  /** Opens a tab (and navigates it when `url` is given). */
  newPage(url?: string): Promise<E2EPage>;
  /** Open tabs created through this wrapper (Chromium: all tabs). */
  pages(): E2EPage[];
  /** Playwright BrowserContext or Puppeteer Browser. */
  raw: unknown;
  /** Closes the browser and removes its temporary profile. Safe to call twice. */
  close(): Promise<void>;
}

export const CHROMIUM_PATH: string;
export const FIREFOX_PATH: string;
export const BROWSERS: readonly BrowserName[];
export function chromiumExtensionId(dir: string): string;
export function launchChromium(options: LaunchOptions): Promise<E2EBrowser>;
export function launchFirefox(options: LaunchOptions): Promise<E2EBrowser>;
export function launchBrowser(name: BrowserName, options: LaunchOptions): Promise<E2EBrowser>;

export interface Harness {
  server: FixtureServer;
  proxy: RecordingProxy;
  close(): Promise<void>;
}

export function extensionDir(browser: BrowserName, options?: { grantAll?: boolean }): string;
export function makeStubExtension(browser: BrowserName): { dir: string; remove(): void };
export function startHarness(options?: { routes?: Route[]; hosts?: string[] }): Promise<Harness>;
