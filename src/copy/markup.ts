/**
 * Escaping for the copy formats: HTML element content and attributes, Markdown inline text and
 * link targets, and a guard that only web addresses become links. Pure functions; no browser APIs.
 */

/** Escapes text for HTML element content and attribute values (`& < > " '`). */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Escapes text so a CommonMark renderer (Notion, Confluence, GitHub) shows it literally.
 * Backslash-escapes the inline specials `\ ` * _ [ ] < > |` everywhere, and the block markers
 * that only act at the start of a line (`#`, `>`, `+`, `-`, `=`, and `1.`/`1)` list numbers).
 * Source: CommonMark 0.31 §2.4 "Backslash escapes" (any ASCII punctuation may be escaped).
 */
export function escapeMarkdown(s: string): string {
  return s
    .replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([#>+=-])/gm, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/gm, '$1\\$2');
}

/**
 * `url` when it is an absolute `http:` or `https:` address, else `undefined`:
 * other schemes (`javascript:`, `data:`, …) never become links in what we copy.
 */
export function safeWebUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/** A URL as a Markdown link target: parentheses, spaces and angle brackets percent-encoded. */
export function markdownUrl(url: string): string {
  return url.replace(/[()<> ]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
