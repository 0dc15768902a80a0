/**
 * Smoke test of the e2e harness itself, independent of what the extension does: the routing table, the fixture
 * server under real host names, the recording CONNECT proxy, and both browsers starting with the built extension
 * loaded (Chromium: its service worker runs; Firefox: the add-on installs and its popup page opens by URL).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect as tlsConnect } from 'node:tls';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  BROWSERS,
  chromiumExtensionId,
  extensionDir,
  FIXTURES,
  type Harness,
  launchBrowser,
  makeStubExtension,
  ROUTES,
  resolveRequest,
  STRICT_CSP,
  startHarness,
} from '../../scripts/e2e/index.mjs';
import { findLeaks } from './helpers';

/**
 * Writes an extension that does what Argumentarium must never do: its background calls a tracker and its content
 * script calls the page's own host. The no-request proof has to catch both.
 */
function makeLeakyExtension(browser: 'chromium' | 'firefox'): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), `argumentarium-leaky-${browser}-`));
  const manifest: Record<string, unknown> = {
    manifest_version: 3,
    name: 'Leaky test extension',
    version: '1.0.0',
    host_permissions: ['https://tracker.example.org/*', 'https://x.com/*'],
    content_scripts: [{ matches: ['https://x.com/*'], js: ['content.js'] }],
    background: browser === 'chromium' ? { service_worker: 'background.js' } : { scripts: ['background.js'] },
  };
  if (browser === 'firefox') {
    manifest.browser_specific_settings = { gecko: { id: 'leaky@argumentarium.test', data_collection_permissions: { required: ['none'] } } };
  }
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(dir, 'background.js'), "fetch('https://tracker.example.org/collect').catch(() => {});\n");
  writeFileSync(join(dir, 'content.js'), "fetch('/collect?page=' + encodeURIComponent(location.pathname)).catch(() => {});\n");
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Sends one HTTPS GET for `https://host/path` through the proxy (CONNECT), like a browser does. */
function getThroughProxy(
  proxyPort: number,
  host: string,
  path: string,
): Promise<{ connect: number; status?: number; headers: string; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port: proxyPort, method: 'CONNECT', path: `${host}:443` });
    req.on('connect', (res, socket) => {
      if (res.statusCode !== 200) {
        socket.destroy();
        resolve({ connect: res.statusCode ?? 0, headers: '', body: '' });
        return;
      }
      const tls = tlsConnect({ socket, servername: host, rejectUnauthorized: false }, () => {
        tls.write(`GET ${path} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`);
      });
      let raw = '';
      tls.setEncoding('utf8');
      tls.on('data', (d) => {
        raw += d;
      });
      tls.on('end', () => {
        const [head = '', ...rest] = raw.split('\r\n\r\n');
        const status = Number(/^HTTP\/1\.1 (\d+)/.exec(head)?.[1]);
        resolve({ connect: 200, status, headers: head.toLowerCase(), body: rest.join('\r\n\r\n') });
      });
      tls.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('routing table', () => {
  test('a host and path resolve to the fixture file; SPA paths fall back to the route document', () => {
    const home = resolveRequest(ROUTES, 'x.com', '/home');
    expect('path' in home && home.path).toBe(`${FIXTURES}/x/timeline.html`);
    const deep = resolveRequest(ROUTES, 'x.com', '/recruiting/status/1790000000000000002');
    expect('path' in deep && deep.path).toBe(`${FIXTURES}/x/timeline.html`);
    const sport = resolveRequest(ROUTES, 'x.com', '/sport');
    expect('path' in sport && sport.path).toBe(`${FIXTURES}/irrelevant/sport.html`);
  });

  test('assets come from the route document’s folder, whatever the in-app path', () => {
    const r = resolveRequest(ROUTES, 'x.com', '/recruiting/status/app.js');
    expect('path' in r && r.path).toBe(`${FIXTURES}/x/app.js`);
  });

  test('a page URL with a server extension (.aspx) is the route’s document, not an asset', () => {
    const r = resolveRequest(ROUTES, 'contoso.sharepoint.com', '/sites/Communications/SitePages/Social-Media.aspx');
    expect('path' in r && r.path).toBe(`${FIXTURES}/sharepoint/page.html`);
  });

  test('unknown hosts, missing files and escaping paths are refused with a reason', () => {
    const unknown = resolveRequest(ROUTES, 'example.org', '/');
    expect('error' in unknown && unknown.error).toBe(404);
    const missing = resolveRequest(ROUTES, 'x.com', '/nope.js');
    expect('error' in missing && missing.error).toBe(404);
    const escaping = resolveRequest(ROUTES, 'x.com', '/a/%2e%2e/%2e%2e/package.json');
    expect('error' in escaping && escaping.error).toBe(400);
  });
});

describe('fixture server behind the recording proxy', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    h.server.addRoute({
      host: 'x.com',
      prefix: '/csp-test',
      body: '<!doctype html><title>csp</title>',
      headers: { 'content-security-policy': STRICT_CSP },
    });
  });
  afterAll(async () => {
    await h?.close();
  });

  test('tunnels a fixture host to the local server and records the host', async () => {
    const r = await getThroughProxy(h.proxy.port, 'x.com', '/home');
    expect(r.connect).toBe(200);
    expect(r.status).toBe(200);
    expect(r.body).toContain('<title>Home / X</title>');
    expect(h.proxy.hosts()).toContain('x.com');
    expect(h.server.log.some((l) => l.host === 'x.com' && l.path === '/home' && l.status === 200)).toBe(true);
  });

  test('sends per-route headers (a strict CSP)', async () => {
    const r = await getThroughProxy(h.proxy.port, 'x.com', '/csp-test');
    expect(r.status).toBe(200);
    expect(r.headers).toContain(`content-security-policy: ${STRICT_CSP.toLowerCase()}`);
  });

  test('refuses and records any other host', async () => {
    const r = await getThroughProxy(h.proxy.port, 'tracker.example.org', '/');
    expect(r.connect).toBe(403);
    const rec = h.proxy.requests.find((q) => q.host === 'tracker.example.org');
    expect(rec?.tunnelled).toBe(false);
  });
});

describe.each(BROWSERS)('%s starts with the built extension', (name) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  test('loads a fixture page under its real host name and the extension’s popup page', async () => {
    const dir = extensionDir(name);
    const browser = await launchBrowser(name, { proxyPort: h.proxy.port, extensionDir: dir });
    try {
      if (name === 'chromium') {
        // The id read from the service worker's URL is the one Chromium derives from the folder's path.
        expect(browser.extensionId).toBe(chromiumExtensionId(dir));
      } else {
        expect(browser.extensionId).toBe('argumentarium@argumentarium.app');
      }
      const page = await browser.newPage('https://x.com/home');
      expect(await page.evaluate(() => document.title)).toBe('Home / X');
      expect(await page.evaluate(() => location.href)).toBe('https://x.com/home');
      expect(h.proxy.hosts()).toContain('x.com');

      const popup = await browser.newPage(browser.extensionUrl('popup.html'));
      const shape = await popup.evaluate(() => ({ href: location.href, app: document.getElementById('app') !== null }));
      expect(shape.href).toBe(browser.extensionUrl('popup.html'));
      expect(shape.app).toBe(true);
    } finally {
      await browser.close();
    }
  });
});

describe.each(BROWSERS)('%s: the no-request proof', (name) => {
  test('catches an extension that calls a tracker and the page’s own host', async () => {
    const [withH, baseH] = await Promise.all([startHarness(), startHarness()]);
    const leaky = makeLeakyExtension(name);
    const stub = makeStubExtension(name);
    try {
      const [withB, baseB] = await Promise.all([
        launchBrowser(name, { proxyPort: withH.proxy.port, extensionDir: leaky.dir }),
        launchBrowser(name, { proxyPort: baseH.proxy.port, extensionDir: stub.dir }),
      ]);
      try {
        await Promise.all([withB.newPage('https://x.com/home'), baseB.newPage('https://x.com/home')]);
        await new Promise((r) => setTimeout(r, 2000));
      } finally {
        await Promise.all([withB.close(), baseB.close()]);
      }
      const leaks = findLeaks(
        { hosts: withH.proxy.hosts(), served: withH.server.log },
        { hosts: baseH.proxy.hosts(), served: baseH.server.log },
      );
      expect(leaks.hosts).toContain('tracker.example.org');
      expect(leaks.requests).toContain('x.com/collect');
    } finally {
      leaky.remove();
      stub.remove();
      await Promise.all([withH.close(), baseH.close()]);
    }
  });
});
