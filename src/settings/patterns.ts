/**
 * Validation of the user's intranet sites. The user types a host
 * (`intranet.example.com`), a URL, or a match pattern; we store a canonical match
 * pattern that both `permissions.request` and `scripting.registerContentScripts`
 * accept in Chrome and Firefox.
 *
 * Grammar: WebExtensions match patterns, `<scheme>://<host><path>`
 * (https://developer.chrome.com/docs/extensions/develop/concepts/match-patterns,
 * https://developer.mozilla.org/docs/Mozilla/Add-ons/WebExtensions/Match_patterns).
 * Narrowed on purpose: only `http`, `https` and `*` schemes (an intranet is a web
 * site), no port (Firefox refuses ports in match patterns; without one a pattern
 * covers every port in both browsers), and nothing that matches every site.
 * No browser APIs.
 */
import { t } from '../i18n';

/** Why a site pattern was refused; each has an `optionsPattern…` message. */
export type SitePatternErrorCode = 'empty' | 'spaces' | 'scheme' | 'host' | 'port' | 'too-broad' | 'path' | 'too-long';

/** Result of {@link validateSitePattern}. `error` is a translated sentence for the user. */
export type SitePatternResult = { ok: true; pattern: string } | { ok: false; code: SitePatternErrorCode; error: string };

/** Longest pattern accepted (characters); a host name has at most 253. */
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

/** One DNS label (RFC 1123), or an IDN label already in Punycode. */
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/** Host part: lower-cased, international names turned into Punycode (as the browser does). Returns null when it is not a valid host name (IPv6 literals included: the background's pattern parser does not take them). */
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
  return h.split('.').every((l) => LABEL.test(l)) ? h : null;
}

/**
 * Validates a site the user typed and returns its canonical match pattern.
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
