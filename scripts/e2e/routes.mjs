/**
 * The routing table of the fixture server: which fixture file answers a request for a real host name and path.
 *
 * The browser asks for `https://x.com/home`; the CONNECT proxy tunnels x.com to our local HTTPS server, and this
 * table turns (host, path) into a file under `tests/fixtures/`. Real sites are single-page apps, so a route covers
 * every path under its prefix (a reload after `history.pushState('/explore')` gets the same document back), and a
 * request whose last path segment has a static file's extension (`app.js`, `style.css`, `css.html`; see `MIME`)
 * is served from the route's folder.
 *
 * Shared by the e2e tests, `npm start` and the bench.
 */
import { existsSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root (two levels above this file). */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Folder of all fixtures. */
export const FIXTURES = join(ROOT, 'tests', 'fixtures');

/**
 * A strict Content-Security-Policy as real sites send it: no inline script, no inline style attribute.
 * Scripts from the page's own origin stay allowed so a fixture's `app.js` still runs.
 */
export const STRICT_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:";

/**
 * The routing table. Each route: `host` (exact host name), `prefix` (path prefix; the longest matching prefix wins),
 * `file` (fixture path relative to `tests/fixtures/`) or `body` (inline HTML, for a test's own page), optional `headers` (extra response headers, e.g. a CSP).
 * @type {import('./index.d.mts').Route[]}
 */
export const ROUTES = [
  { host: 'x.com', prefix: '/', file: 'x/timeline.html' },
  { host: 'x.com', prefix: '/sport', file: 'irrelevant/sport.html' },
  { host: 'x.com', prefix: '/strict-csp', file: 'x/timeline.html', headers: { 'content-security-policy': STRICT_CSP } },
  // An Article on a /status/ page, direct messages, X Chat, and the message drawer on a profile.
  { host: 'x.com', prefix: '/stadtwerk_demo/status/', file: 'x/article.html' },
  { host: 'x.com', prefix: '/messages', file: 'x/messages.html' },
  { host: 'x.com', prefix: '/i/chat', file: 'x/chat.html' },
  { host: 'x.com', prefix: '/kiosk_demo', file: 'x/drawer.html' },
  { host: 'twitter.com', prefix: '/', file: 'x/timeline.html' },
  { host: 'mobile.twitter.com', prefix: '/', file: 'x/timeline.html' },
  { host: 'www.facebook.com', prefix: '/', file: 'facebook/feed.html' },
  // Messenger, and a page's feed with a Messenger chat window open.
  { host: 'www.facebook.com', prefix: '/messages/', file: 'facebook/messenger.html' },
  { host: 'www.facebook.com', prefix: '/kiosk.demo', file: 'facebook/chat.html' },
  { host: 'm.facebook.com', prefix: '/', file: 'facebook/feed.html' },
  { host: 'www.linkedin.com', prefix: '/', file: 'linkedin/feed.html' },
  // Today's feeds (July and May 2026 shapes), messaging, and the messaging overlay on a page without posts.
  { host: 'www.linkedin.com', prefix: '/feed/following/', file: 'linkedin/feed-2026.html' },
  { host: 'www.linkedin.com', prefix: '/feed/recent/', file: 'linkedin/feed-2026-05.html' },
  { host: 'www.linkedin.com', prefix: '/messaging/', file: 'linkedin/messaging.html' },
  { host: 'www.linkedin.com', prefix: '/jobs/', file: 'linkedin/overlay.html' },
  { host: 'example.atlassian.net', prefix: '/', file: 'confluence/page.html' },
  { host: 'contoso.sharepoint.com', prefix: '/', file: 'sharepoint/page.html' },
  { host: 'www.notion.so', prefix: '/', file: 'notion/page.html' },
  { host: 'docs.google.com', prefix: '/', file: 'gdocs/document.html' },
  { host: 'intranet.example.com', prefix: '/', file: 'intranet/page.html' },
  { host: 'sport.example.com', prefix: '/', file: 'irrelevant/cake.html' },
  { host: 'hostile.example.com', prefix: '/', file: 'hostile/index.html' },
];

/** Every host name the fixture server answers for (the certificate's subjectAltNames and the proxy's tunnel list). */
export const FIXTURE_HOSTS = [...new Set(ROUTES.map((r) => r.host))];

/** Content types by extension; anything else is `application/octet-stream`. */
export const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

/**
 * Finds the route for a request.
 * @param {import('./index.d.mts').Route[]} routes
 * @param {string} host host name without port
 * @param {string} pathname URL path (no query)
 * @returns {import('./index.d.mts').Route | undefined} the route with the longest matching prefix (of equals, the last: a route added later overrides)
 */
export function findRoute(routes, host, pathname) {
  let best;
  for (const r of routes) {
    if (r.host !== host) continue;
    const p = r.prefix;
    const matches = p === '/' || pathname === p || pathname.startsWith(p.endsWith('/') ? p : `${p}/`);
    if (matches && (!best || p.length >= best.prefix.length)) best = r;
  }
  return best;
}

/**
 * Resolves a request to a file on disk.
 * @param {import('./index.d.mts').Route[]} routes
 * @param {string} host host name without port
 * @param {string} pathname URL path, percent-encoded as received
 * @returns {{ route: import('./index.d.mts').Route, path: string | null } | { error: number, reason: string }}
 *   the absolute file path (null: the route's inline `body` answers), or an HTTP status with the reason (404: no route / no such asset / fixture not written yet;
 *   400: a path that tries to leave the fixture's folder).
 */
export function resolveRequest(routes, host, pathname) {
  const route = findRoute(routes, host, pathname);
  if (!route) return { error: 404, reason: `no route for ${host}${pathname}` };
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { error: 400, reason: `bad percent-encoding in ${pathname}` };
  }
  if (decoded.includes('\0') || decoded.split('/').includes('..'))
    return { error: 400, reason: `path escapes the fixture folder: ${pathname}` };
  if (route.body !== undefined && MIME[extname(decoded).toLowerCase()] === undefined) return { route, path: null };
  if (route.file === undefined) return { error: 404, reason: `route ${host}${route.prefix} has no file for ${pathname}` };
  const page = join(FIXTURES, normalize(route.file));
  let file = page;
  if (MIME[extname(decoded).toLowerCase()] !== undefined) {
    // An asset (`app.js`, `css.html`) next to the route's document, whatever the page's current in-app path.
    // Other extensions (`Social-Media.aspx`) are the site's own page URLs and get the route's document.
    file = join(dirname(page), basename(decoded));
  }
  if (!file.startsWith(FIXTURES + sep)) return { error: 400, reason: `path escapes the fixture folder: ${pathname}` };
  if (!existsSync(file) || !statSync(file).isFile()) {
    return { error: 404, reason: `fixture not found: ${file.slice(ROOT.length + 1)} (for ${host}${pathname})` };
  }
  return { route, path: file };
}
