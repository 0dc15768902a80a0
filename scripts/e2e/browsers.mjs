/**
 * Launchers for the browsers under test, behind one small interface (`E2EBrowser` / `E2EPage`) so a test is written
 * once and run in both:
 * - Chromium through `playwright-core` (`launchPersistentContext` with `--load-extension`; the extension id comes
 *   from the service worker's URL);
 * - Firefox ESR through `puppeteer-core` over WebDriver BiDi (`browser.installExtension`; the moz-extension UUID is
 *   fixed up front with the pref `extensions.webextensions.uuids`, so the popup's URL is known).
 *
 * Both send all traffic through the recording proxy (`proxy.mjs`). Facts behind the flags: /work/shared/BROWSER-TESTING.md.
 */
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** Default executables (Debian packages `chromium` and `firefox-esr`); override with CHROMIUM_PATH / FIREFOX_PATH. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const FIREFOX_PATH = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';

/** Both browsers, in the order the suites run them. */
export const BROWSERS = /** @type {const} */ (['chromium', 'firefox']);

const VIEWPORT = { width: 1280, height: 800 };

/**
 * The id Chromium gives an unpacked extension: SHA-256 of its absolute path, first 32 hex digits written with
 * the letters a–p (Chromium's `crx_file::id_util::GenerateIdForPath`). Used to know the id even before the
 * service worker has started, and cross-checked against the worker's URL when there is one.
 * @param {string} dir absolute path of the unpacked extension
 * @returns {string} 32 letters a–p
 */
export function chromiumExtensionId(dir) {
  const hex = createHash('sha256').update(resolve(dir)).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + Number.parseInt(c, 16))).join('');
}

/**
 * Reads an unpacked extension's manifest and checks that every file it names exists. Both browsers refuse an
 * extension with a missing page or script, and Chromium says why only in its log ("Could not load options page"),
 * so the harness says it up front.
 * @throws {Error} naming the folder and the missing files
 */
function readManifest(dir) {
  const file = join(dir, 'manifest.json');
  if (!existsSync(file)) throw new Error(`no extension at ${dir} (missing manifest.json): run \`npm run build\` first`);
  const m = JSON.parse(readFileSync(file, 'utf8'));
  const named = [
    m.background?.service_worker,
    ...(m.background?.scripts ?? []),
    m.action?.default_popup,
    m.options_ui?.page,
    m.storage?.managed_schema,
    ...Object.values(m.icons ?? {}),
    ...(m.content_scripts ?? []).flatMap((c) => [...(c.js ?? []), ...(c.css ?? [])]),
    m.default_locale ? `_locales/${m.default_locale}/messages.json` : undefined,
  ].filter((f) => typeof f === 'string');
  const missing = named.filter((f) => !existsSync(join(dir, f)));
  if (missing.length) throw new Error(`the extension at ${dir} names files that are not there: ${missing.join(', ')}`);
  return m;
}

/**
 * Polls `fn` in the page until it returns a truthy value.
 * @returns {Promise<any>} that value
 * @throws {Error} after `timeout` ms, naming `message` and the last value or error seen
 */
async function pollInPage(evaluate, fn, arg, { timeout = 10_000, interval = 100, message = 'condition' } = {}) {
  const deadline = Date.now() + timeout;
  let last;
  let lastError;
  for (;;) {
    try {
      last = await evaluate(fn, arg);
      lastError = undefined;
      if (last) return last;
    } catch (e) {
      lastError = e;
    }
    if (Date.now() > deadline) {
      const detail = lastError ? `last error: ${lastError.message ?? lastError}` : `last value: ${JSON.stringify(last)}`;
      throw new Error(`timed out after ${timeout} ms waiting for ${message} (${detail})`);
    }
    await new Promise((r) => setTimeout(r, interval));
  }
}

/**
 * In-page: walks a selector chain through open shadow roots (each selector after the first is queried in the
 * previous element's shadow root if it has one, else in the element) and returns the centre of the last element
 * in viewport pixels, after scrolling it into view. Runs in the page, so it must stay self-contained.
 */
function locateInPage(chain) {
  /** @type {ParentNode} */
  let scope = document;
  /** @type {Element | null} */
  let el = null;
  for (const sel of chain) {
    el = scope.querySelector(sel);
    if (!el) return null;
    scope = el.shadowRoot ?? el;
  }
  if (!el) return null;
  el.scrollIntoView({ block: 'center', inline: 'center' });
  const r = el.getBoundingClientRect();
  if (r.width === 0 || r.height === 0) return null;
  return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
}

/** Shared page methods built on a few primitives. */
function decoratePage(base) {
  const page = {
    ...base,
    waitFor(fn, arg, options) {
      return pollInPage((f, a) => base.evaluate(f, a), fn, arg, options);
    },
    async clickDeep(chain, options = {}) {
      const at = await pollInPage((f, a) => base.evaluate(f, a), locateInPage, chain, {
        timeout: options.timeout ?? 10_000,
        message: `a visible element at ${chain.join(' >> ')}`,
      });
      await base.clickAt(at.x, at.y);
    },
  };
  return page;
}

/**
 * Launches Chromium with the extension (or without, for a baseline).
 * @param {import('./index.d.mts').LaunchOptions} options
 * @returns {Promise<import('./index.d.mts').E2EBrowser>}
 */
export async function launchChromium(options) {
  const { chromium } = await import('playwright-core');
  const extensionDir = options.extensionDir ? resolve(options.extensionDir) : null;
  if (extensionDir) readManifest(extensionDir);
  const profile = mkdtempSync(join(tmpdir(), 'argumentarium-chromium-'));
  // Developer mode, as a developer testing an unpacked extension has it: without it Chromium refuses to reload an
  // unpacked extension (`runtime.reload()`) once start-up is over (about 8 s after launch) and unloads it instead.
  mkdirSync(join(profile, 'Default'), { recursive: true });
  writeFileSync(join(profile, 'Default', 'Preferences'), JSON.stringify({ extensions: { ui: { developer_mode: true } } }));
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-dev-shm-usage',
    `--proxy-server=http://127.0.0.1:${options.proxyPort}`,
    '--ignore-certificate-errors',
    `--lang=${options.locale ?? 'en-US'}`,
  ];
  if (extensionDir) args.push(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);
  let context;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      headless: options.headless ?? true,
      args,
      // Playwright adds --disable-extensions by default; without removing it nothing loads.
      ignoreDefaultArgs: ['--disable-extensions'],
      ignoreHTTPSErrors: true,
      viewport: options.headless === false ? null : VIEWPORT,
      locale: options.locale ?? 'en-US',
      timeout: 60_000,
    });
  } catch (e) {
    rmSync(profile, { recursive: true, force: true });
    throw e;
  }

  let extensionId = null;
  if (extensionDir) {
    extensionId = chromiumExtensionId(extensionDir);
    const manifest = readManifest(extensionDir);
    if (manifest.background?.service_worker) {
      let worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
      if (!worker) {
        worker = await context
          .waitForEvent('serviceworker', { timeout: 15_000, predicate: (w) => w.url().startsWith('chrome-extension://') })
          .catch(() => null);
      }
      if (!worker) {
        await context.close().catch(() => {});
        rmSync(profile, { recursive: true, force: true });
        throw new Error(
          `Chromium: the extension's service worker did not start within 15 s (does ${extensionDir}/background.js throw at start-up?)`,
        );
      }
      extensionId = new URL(worker.url()).host;
    }
  }

  /** @type {Map<any, import('./index.d.mts').E2EPage>} */
  const wrapped = new Map();
  const wrap = (p) => {
    const existing = wrapped.get(p);
    if (existing) return existing;
    const page = decoratePage({
      browserName: 'chromium',
      raw: p,
      url: () => p.url(),
      async goto(url) {
        await p.goto(url, { waitUntil: 'load', timeout: 30_000 });
      },
      evaluate: (fn, arg) => p.evaluate(fn, arg),
      clickAt: (x, y) => p.mouse.click(x, y),
      type: (text) => p.keyboard.type(text, { delay: 10 }),
      press: (key) => p.keyboard.press(key),
      bringToFront: () => p.bringToFront(),
      async screenshot(path) {
        await p.screenshot({ path, fullPage: false });
      },
      async readClipboard() {
        const origin = new URL(p.url()).origin;
        if (!origin.startsWith('https:') && !origin.startsWith('http:')) {
          throw new Error(`readClipboard: call it on a web page, not ${origin} (Chromium refuses clipboard-read for extension origins)`);
        }
        await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
        await p.bringToFront();
        return p.evaluate(() => navigator.clipboard.readText());
      },
      async close() {
        wrapped.delete(p);
        await p.close().catch(() => {});
      },
    });
    wrapped.set(p, page);
    return page;
  };

  let closed = false;
  return {
    name: 'chromium',
    extensionId,
    extensionOrigin: extensionId ? `chrome-extension://${extensionId}` : null,
    extensionUrl(path) {
      if (!extensionId) throw new Error('no extension loaded in this browser');
      return `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`;
    },
    async newPage(url) {
      const p = await context.newPage();
      await p.bringToFront();
      const page = wrap(p);
      if (url) await page.goto(url);
      return page;
    },
    pages: () => context.pages().map(wrap),
    raw: context,
    async close() {
      if (closed) return;
      closed = true;
      await context.close().catch(() => {});
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Prefs for Firefox under test: the proxy, the async clipboard readable from a test page without the paste
 * prompt (`dom.events.testing.asyncClipboard`), a fixed moz-extension UUID, and less of Firefox's own traffic.
 */
function firefoxPrefs({ proxyPort, geckoId, uuid, locale }) {
  /** @type {Record<string, unknown>} */
  const prefs = {
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxyPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxyPort,
    'network.proxy.share_proxy_settings': false,
    'network.proxy.no_proxies_on': '',
    'network.dns.disableIPv6': true,
    'network.http.http3.enable': false,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
    'browser.safebrowsing.downloads.enabled': false,
    'browser.safebrowsing.blockedURIs.enabled': false,
    'extensions.getAddons.cache.enabled': false,
    'extensions.update.enabled': false,
    'extensions.blocklist.enabled': false,
    'services.settings.server': 'https://remote-settings.invalid/v1',
    'browser.region.network.url': '',
    'browser.region.update.enabled': false,
    'dom.push.enabled': false,
    'dom.events.asyncClipboard.readText': true,
    'dom.events.asyncClipboard.clipboardItem': true,
    'dom.events.testing.asyncClipboard': true,
    'intl.locale.requested': locale ?? 'en-US',
    'intl.accept_languages': locale ?? 'en-US',
    // Extensions may run in private windows and need no post-install tab.
    'extensions.webextensions.restrictedDomains': '',
  };
  if (geckoId && uuid) prefs['extensions.webextensions.uuids'] = JSON.stringify({ [geckoId]: uuid });
  return prefs;
}

/**
 * Launches Firefox ESR with the extension installed as a temporary add-on (or without, for a baseline).
 * @param {import('./index.d.mts').LaunchOptions} options
 * @returns {Promise<import('./index.d.mts').E2EBrowser>}
 */
export async function launchFirefox(options) {
  const puppeteer = (await import('puppeteer-core')).default;
  const extensionDir = options.extensionDir ? resolve(options.extensionDir) : null;
  let geckoId = null;
  if (extensionDir) {
    const manifest = readManifest(extensionDir);
    geckoId = manifest.browser_specific_settings?.gecko?.id ?? null;
    if (!geckoId) throw new Error(`${extensionDir}/manifest.json has no browser_specific_settings.gecko.id (is this the Firefox build?)`);
  }
  const uuid = options.firefoxUuid ?? randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: options.headless ?? true,
    acceptInsecureCerts: true,
    defaultViewport: options.headless === false ? null : VIEWPORT,
    extraPrefsFirefox: firefoxPrefs({ proxyPort: options.proxyPort, geckoId, uuid, locale: options.locale }),
    // WebDriver BiDi refuses to navigate to moz-extension:// URLs unless system access is allowed; that is how the
    // popup is opened as a tab (checked on Firefox ESR 153: "Navigation to moz-extension://… is not allowed").
    args: ['--remote-allow-system-access'],
    protocolTimeout: 60_000,
    timeout: 60_000,
  });
  let extensionId = null;
  if (extensionDir) {
    try {
      extensionId = await browser.installExtension(extensionDir);
    } catch (e) {
      await browser.close().catch(() => {});
      throw new Error(`Firefox refused to install ${extensionDir}: ${e.message ?? e}`);
    }
  }

  /** @type {Map<any, import('./index.d.mts').E2EPage>} */
  const wrapped = new Map();
  const wrap = (p) => {
    const existing = wrapped.get(p);
    if (existing) return existing;
    const page = decoratePage({
      browserName: 'firefox',
      raw: p,
      url: () => p.url(),
      async goto(url) {
        if (!url.startsWith('moz-extension:')) {
          await p.goto(url, { waitUntil: 'load', timeout: 30_000 });
          return;
        }
        // An extension page loads in the extension process and Puppeteer never sees its load event (checked on
        // Firefox ESR 153 with puppeteer-core 24: the navigation times out although the page is there, and
        // page.url() stays about:blank). So: start the navigation, then poll the page itself.
        p.goto(url, { waitUntil: 'load', timeout: 60_000 }).catch(() => {});
        await pollInPage(
          (f, a) => p.evaluate(f, a),
          (target) => location.href === target && document.readyState === 'complete',
          url,
          { timeout: 30_000, message: `${url} to load` },
        );
      },
      evaluate: (fn, arg) => p.evaluate(fn, arg),
      clickAt: (x, y) => p.mouse.click(x, y),
      type: (text) => p.keyboard.type(text, { delay: 10 }),
      press: (key) => p.keyboard.press(key),
      bringToFront: () => p.bringToFront(),
      async screenshot(path) {
        await p.screenshot({ path });
      },
      async readClipboard() {
        await p.bringToFront();
        return p.evaluate(() => navigator.clipboard.readText());
      },
      async close() {
        wrapped.delete(p);
        await p.close().catch(() => {});
      },
    });
    wrapped.set(p, page);
    return page;
  };

  let closed = false;
  const origin = extensionId ? `moz-extension://${uuid}` : null;
  return {
    name: 'firefox',
    extensionId,
    extensionOrigin: origin,
    extensionUrl(path) {
      if (!origin) throw new Error('no extension loaded in this browser');
      return `${origin}/${path.replace(/^\//, '')}`;
    },
    async newPage(url) {
      const p = await browser.newPage();
      // A new tab is not always the selected one (seen: the start tab stayed in front, the new page had
      // visibilityState "hidden", and a content script that pauses in hidden tabs showed nothing). Select it.
      await p.bringToFront();
      const page = wrap(p);
      if (url) await page.goto(url);
      return page;
    },
    pages: () => [...wrapped.values()],
    raw: browser,
    async close() {
      if (closed) return;
      closed = true;
      await browser.close().catch(() => {});
    },
  };
}

/**
 * Launches the named browser.
 * @param {'chromium' | 'firefox'} name
 * @param {import('./index.d.mts').LaunchOptions} options
 */
export function launchBrowser(name, options) {
  if (name === 'chromium') return launchChromium(options);
  if (name === 'firefox') return launchFirefox(options);
  throw new Error(`unknown browser ${name}: use chromium or firefox`);
}
