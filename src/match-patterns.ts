/**
 * Match patterns, in one place: parsing, the origin algebra the background's registrations need (covers, narrow,
 * broad), whether a URL matches a pattern, and turning what a user or a policy typed into a canonical pattern.
 * Pure functions, no browser APIs, so everything that decides where the extension runs is testable in Node.
 *
 * Grammar: WebExtensions match patterns, `<scheme>://<host><path>`
 * (https://developer.chrome.com/docs/extensions/develop/concepts/match-patterns,
 * https://developer.mozilla.org/docs/Mozilla/Add-ons/WebExtensions/Match_patterns), narrowed on purpose to what the
 * extension registers for: scheme `*`, `http` or `https` (the extension reads web pages only), host `*`, `*.` + a host
 * name, or a host name (no port: Firefox refuses ports in match patterns, and without one a pattern covers every
 * port in both browsers), and a path starting with `/` in which `*` matches anything. `<all_urls>` parses as nothing
 * (it is only ever refused or recognised as broad).
 */
import { t } from './i18n';

/** A parsed match pattern. `host` is lower-case; `*` and `*.example.com` keep their wildcard. */
export interface MatchPattern {
  scheme: '*' | 'http' | 'https';
  host: string;
  path: string;
}

/** One DNS label (RFC 1123), or an IDN label already in Punycode. */
const HOST_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/**
 * Parses `input` as a match pattern restricted to web pages (`*`, `http`, `https`).
 * @returns the parts, or `null` when `input` is not such a pattern (including `<all_urls>` and patterns with a port).
 */
export function parseMatchPattern(input: string): MatchPattern | null {
  const m = /^(\*|https?):\/\/([^/]+)(\/.*)$/.exec(input.trim());
  if (!m) return null;
  const [, scheme, rawHost, path] = m as unknown as [string, MatchPattern['scheme'], string, string];
  const host = rawHost.toLowerCase();
  if (host !== '*') {
    const name = host.startsWith('*.') ? host.slice(2) : host;
    if (!name.split('.').every((label) => HOST_LABEL.test(label))) return null;
  }
  return { scheme, host, path };
}

/** The pattern as a string again. */
export function formatMatchPattern(p: MatchPattern): string {
  return `${p.scheme}://${p.host}${p.path}`;
}

/**
 * The origin pattern (`scheme://host/*`) for a match pattern: host permissions ignore the path,
 * and Chrome's `permissions.request` compares origins, so the extension always asks for whole origins.
 * @returns `null` for an invalid pattern.
 */
export function originOf(pattern: string): string | null {
  const p = parseMatchPattern(pattern);
  return p ? `${p.scheme}://${p.host}/*` : null;
}

function schemeCovers(outer: MatchPattern['scheme'], inner: MatchPattern['scheme']): boolean {
  return outer === '*' || outer === inner;
}

/** True when host pattern `outer` matches every host `inner` matches (`*.a.com` covers `a.com`, `x.a.com`, `*.x.a.com`). */
export function hostCovers(outer: string, inner: string): boolean {
  if (outer === '*') return true;
  if (inner === '*') return false;
  if (outer.startsWith('*.')) {
    const base = outer.slice(2);
    const innerName = inner.startsWith('*.') ? inner.slice(2) : inner;
    return innerName === base || innerName.endsWith(`.${base}`);
  }
  return outer === inner;
}

/** True when the origin pattern `outer` grants access to every page of origin pattern `inner` (paths ignored). */
export function originCovers(outer: string, inner: string): boolean {
  const o = parseMatchPattern(outer);
  const i = parseMatchPattern(inner);
  if (!o || !i) return false;
  return schemeCovers(o.scheme, i.scheme) && hostCovers(o.host, i.host);
}

/**
 * `pattern` narrowed to the hosts of the granted origin `granted`, or `null` when they share none.
 * Used when the user granted one host of a group (e.g. `https://acme.atlassian.net/*` from the
 * browser's site-access menu) rather than the whole group (`https://*.atlassian.net/*`):
 * the group's page pattern `https://*.atlassian.net/wiki/*` becomes `https://acme.atlassian.net/wiki/*`.
 */
export function narrowTo(pattern: string, granted: string): string | null {
  const p = parseMatchPattern(pattern);
  const g = parseMatchPattern(granted);
  if (!p || !g) return null;
  const scheme = p.scheme === '*' ? g.scheme : g.scheme === '*' || g.scheme === p.scheme ? p.scheme : null;
  if (!scheme) return null;
  let host: string | null = null;
  if (hostCovers(g.host, p.host)) host = p.host;
  else if (hostCovers(p.host, g.host)) host = g.host;
  if (!host) return null;
  return formatMatchPattern({ scheme, host, path: p.path });
}

/** True for patterns that cover every web host (`<all_urls>`, or host `*` as in `https://*` + `/*`). */
export function isBroad(pattern: string): boolean {
  if (pattern === '<all_urls>') return true;
  const p = parseMatchPattern(pattern);
  return p?.host === '*';
}

/**
 * True when `url` is a page of the match pattern `pattern`: scheme `*` means http or https, host `*.domain` means
 * the domain and its subdomains, and the path (with its `*` globs) is matched against the URL's path and query, as
 * the browsers match content scripts. An invalid pattern or URL matches nothing.
 */
export function matchesPattern(pattern: string, url: string): boolean {
  const p = parseMatchPattern(pattern);
  if (!p) return false;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  const proto = u.protocol.slice(0, -1);
  if (p.scheme === '*' ? proto !== 'http' && proto !== 'https' : proto !== p.scheme) return false;
  if (!hostCovers(p.host, u.hostname.toLowerCase())) return false;
  const glob = new RegExp(
    `^${p.path
      .split('*')
      .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return glob.test(u.pathname + u.search);
}

/** Why a typed site was refused; each has an `optionsPattern…` message. */
export type SitePatternErrorCode = 'empty' | 'spaces' | 'scheme' | 'host' | 'port' | 'too-broad' | 'path' | 'too-long';

/** Result of {@link validateSitePattern}. `error` is a translated sentence for the user. */
export type SitePatternResult = { ok: true; pattern: string } | { ok: false; code: SitePatternErrorCode; error: string };

/** Longest site accepted (characters); a host name has at most 253. */
export const MAX_PATTERN_LENGTH = 300;

const MESSAGE_KEYS: Record<SitePatternErrorCode, string> = {
  empty: 'optionsPatternEmpty',
  spaces: 'optionsPatternSpaces',
  scheme: 'optionsPatternScheme',
  host: 'optionsPatternHost',
  port: 'optionsPatternPort',
  'too-broad': 'optionsPatternTooBroad',
  path: 'optionsPatternPath',
  'too-long': 'optionsPatternTooLong',
};

function fail(code: SitePatternErrorCode, ...subs: string[]): SitePatternResult {
  return { ok: false, code, error: t(MESSAGE_KEYS[code], ...subs) };
}

/**
 * Host part: lower-cased, international names turned into Punycode (as the browser does).
 * @returns `null` when it is not a valid host name (IPv6 literals included: {@link parseMatchPattern} does not take them).
 */
function canonicalHost(host: string): string | null {
  let h = host.toLowerCase();
  if (/[^ -~]/.test(h)) {
    try {
      h = new URL(`http://${h}/`).hostname;
    } catch {
      return null;
    }
  }
  if (h.endsWith('.')) h = h.slice(0, -1);
  if (h.length === 0 || h.length > 253) return null;
  return h.split('.').every((l) => HOST_LABEL.test(l)) ? h : null;
}

/**
 * Validates a site the user (or a policy) typed and returns its canonical match pattern, which both
 * `permissions.request` and `scripting.registerContentScripts` accept in Chrome and Firefox.
 *
 * - `intranet.example.com` → `https://intranet.example.com/*`
 * - `http://wiki` → `http://wiki/*` (single-label intranet hosts are common)
 * - `https://intranet.example.com/wiki` → `https://intranet.example.com/wiki*` (a URL covers what lies below it)
 * - `*://*.intranet.example.com/*` → unchanged
 *
 * Refused with a message: empty input, spaces, schemes other than http/https/*,
 * a port, `<all_urls>` or a host wildcard that would match every site or a whole
 * top-level domain (`*`, `*.com`), and malformed hosts or paths.
 * @param input what the user typed (surrounding whitespace is ignored)
 */
export function validateSitePattern(input: string): SitePatternResult {
  const s = input.trim().normalize('NFC');
  if (!s) return fail('empty');
  if (s.length > MAX_PATTERN_LENGTH) return fail('too-long', String(MAX_PATTERN_LENGTH));
  if (/\s/.test(s)) return fail('spaces');
  if (s === '<all_urls>') return fail('too-broad', s);

  let scheme = 'https';
  let rest = s;
  const m = /^([a-zA-Z*][a-zA-Z0-9+.-]*):\/\/(.*)$/.exec(s);
  if (m) {
    scheme = (m[1] ?? '').toLowerCase();
    rest = m[2] ?? '';
    if (scheme !== 'http' && scheme !== 'https' && scheme !== '*') return fail('scheme', scheme);
  } else if (/^[a-zA-Z][a-zA-Z0-9+.-]*:(?!\d)/.test(s)) {
    // "mailto:x" or "ftp:/x": a scheme without "//", not a host with a port.
    return fail('scheme', s.slice(0, s.indexOf(':')));
  }

  const slash = rest.indexOf('/');
  let hostPort = slash >= 0 ? rest.slice(0, slash) : rest;
  let path = slash >= 0 ? rest.slice(slash) : '/*';
  if (/[?#]/.test(hostPort)) {
    path = '/*';
    hostPort = hostPort.replace(/[?#].*$/, '');
  }

  const portMatch = /^(.*?)(?::(\d*))$/.exec(hostPort);
  if (portMatch && (hostPort.match(/:/g) ?? []).length === 1) {
    return fail('port', `:${portMatch[2] ?? ''}`);
  }
  if (hostPort.includes('@')) return fail('host', hostPort);

  let wildcard = false;
  let host = hostPort;
  if (host === '*') return fail('too-broad', s);
  if (host.startsWith('*.')) {
    wildcard = true;
    host = host.slice(2);
  }
  if (host.includes('*')) return fail('host', hostPort);
  const canonical = canonicalHost(host);
  if (!canonical) return fail('host', hostPort || s);
  // "*.com" would match a whole top-level domain: an intranet is never that.
  if (wildcard && canonical.split('.').length < 2) return fail('too-broad', s);

  // Drop the query and fragment of a pasted URL; they are not part of a match pattern.
  path = path.replace(/[?#].*$/, '');
  if (path === '' || path === '/') path = '/*';
  else if (!path.includes('*')) path = `${path}*`;
  if (!/^\/[A-Za-z0-9\-._~!$&'()*+,;=:@/%]*$/.test(path)) return fail('path', path);

  return { ok: true, pattern: `${scheme}://${wildcard ? '*.' : ''}${canonical}${path}` };
}
