/**
 * Match patterns as data: parse them, turn them into the origin patterns the
 * permissions API wants, and decide whether a granted origin covers a site group.
 * Pure functions, no browser APIs, so the background's registration logic is testable in Node.
 *
 * Grammar: `<scheme>://<host><path>` with scheme `*`, `http` or `https` (the only ones
 * Argumentarium registers for), host `*`, `*.` + a host name, or a host name, and a path
 * starting with `/` in which `*` matches anything
 * (https://developer.chrome.com/docs/extensions/develop/concepts/match-patterns,
 * https://developer.mozilla.org/docs/Mozilla/Add-ons/WebExtensions/Match_patterns).
 */

/** A parsed match pattern. `host` is lower-case; `*` and `*.example.com` keep their wildcard. */
export interface MatchPattern {
  scheme: '*' | 'http' | 'https';
  host: string;
  path: string;
}

const HOST_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/**
 * Parses `input` as a match pattern restricted to web pages (`*`, `http`, `https`).
 * Ports are not part of match patterns in Firefox, so they are refused here too.
 * @returns the parts, or `null` when `input` is not such a pattern (including `<all_urls>`).
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
 * and Chrome's `permissions.request` compares origins, so we always ask for whole origins.
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
