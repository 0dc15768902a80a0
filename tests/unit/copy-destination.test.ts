/** Destination-aware default copy format and the match-pattern test behind it. */
import { describe, expect, it } from 'vitest';
import { formatForUrl, resolveFormat } from '../../src/copy/destination';
import { matchesPattern } from '../../src/match-patterns';

describe('formatForUrl', () => {
  it.each([
    ['https://www.notion.so/Strategy-123', 'markdown'],
    ['https://acme.atlassian.net/wiki/spaces/COM/pages/1', 'markdown'],
    ['https://x.com/home', 'plain'],
    ['https://mobile.twitter.com/i/status/1', 'plain'],
    ['https://www.linkedin.com/feed/', 'plain'],
    ['https://acme.sharepoint.com/sites/comms', 'html'],
    ['https://outlook.office.com/mail/', 'html'],
    ['https://mail.google.com/mail/u/0/', 'html'],
    ['https://example.com/', 'html'],
  ])('%s → %s', (url, format) => {
    expect(formatForUrl(url)).toBe(format);
  });

  it('does not take look-alike hosts for a site', () => {
    expect(formatForUrl('https://notion.so.evil.example/')).toBe('html');
    expect(formatForUrl('https://evilx.com/')).toBe('html');
  });

  it('uses the user intranet patterns', () => {
    expect(formatForUrl('https://intranet.acme.example/news', ['https://intranet.acme.example/*'])).toBe('html');
  });

  it('falls back on bad or missing input', () => {
    expect(formatForUrl(undefined)).toBe('html');
    expect(formatForUrl('not a url')).toBe('html');
  });

  it('resolveFormat keeps an explicit choice', () => {
    expect(resolveFormat('plain', 'https://www.notion.so/')).toBe('plain');
    expect(resolveFormat('auto', 'https://www.notion.so/')).toBe('markdown');
  });
});

describe('matchesPattern', () => {
  it('handles scheme, host wildcard and path globs', () => {
    expect(matchesPattern('*://*.example.com/*', 'http://example.com/a')).toBe(true);
    expect(matchesPattern('*://*.example.com/*', 'ftp://example.com/a')).toBe(false);
    expect(matchesPattern('https://*.atlassian.net/wiki/*', 'https://a.atlassian.net/jira/x')).toBe(false);
    expect(matchesPattern('https://*/*', 'https://any.host/')).toBe(true);
    expect(matchesPattern('bogus', 'https://a/')).toBe(false);
  });
});
