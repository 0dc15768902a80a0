/**
 * Reading text out of page DOM for relevance scoring. Read-only: nothing here writes to the page's nodes.
 *
 * Rules: a paragraph, any other block element or `<br>` is a word break, inline elements are
 * not (editors split one word into several styled spans); an image counts as a space (emoji are `<img alt>`
 * on X and Facebook, and their alt is no argument); placeholder text is not content; hidden elements, our
 * own card and non-content elements (script, style, template, …) are skipped. Same-origin iframes are read
 * through `contentDocument` (Confluence's editor may sit in one); cross-origin frames are skipped.
 *
 * Hidden means hidden by markup (`hidden`, `aria-hidden="true"`, inline `display: none` /
 * `visibility: hidden`): computed styles would force a style recalculation per element on feed pages.
 */

/** Attribute our card's host element carries (the testing contract). */
export const CARD_ATTR = 'data-argumentarium';

/** Elements that never hold readable content (upper-case tag names; compare `tagName.toUpperCase()`). */
export const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'OBJECT',
  'SELECT',
  'HEAD',
  'IFRAME',
]);

/** Inline elements: their boundaries are not word breaks. Everything else is (block, table cells, list items, …). */
const INLINE = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'CITE',
  'CODE',
  'DATA',
  'DFN',
  'EM',
  'FONT',
  'I',
  'INS',
  'DEL',
  'KBD',
  'LABEL',
  'MARK',
  'Q',
  'S',
  'SAMP',
  'SMALL',
  'SPAN',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'U',
  'VAR',
]);

/**
 * True when `el` is a placeholder rather than content: an element whose class names a placeholder
 * (Draft.js `public-DraftEditorPlaceholder-root`, Lexical's and most editors' placeholder siblings), or an element
 * whose text is exactly its own `data-placeholder` attribute (editors that render the placeholder as text).
 */
export function isPlaceholder(el: Element): boolean {
  const cls = el.getAttribute('class');
  if (cls && /placeholder/i.test(cls)) return true;
  const ph = el.getAttribute('data-placeholder');
  return ph !== null && ph.trim() !== '' && (el.textContent ?? '').trim() === ph.trim();
}

/** True when markup hides `el` (see the module comment for why no computed styles). */
export function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  // The attribute, not `el.style`: reading `style` creates a declaration object per element.
  const style = el.getAttribute('style');
  return !!style && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

/** True when `el` must not be read at all (not content, hidden, placeholder, or our own card). */
export function isSkipped(el: Element): boolean {
  return SKIP.has(el.tagName.toUpperCase()) || el.hasAttribute(CARD_ATTR) || isHidden(el) || isPlaceholder(el);
}

/** The same-origin document inside `frame`, or null (cross-origin, not loaded, or not a frame). */
export function frameDocument(frame: Element): Document | null {
  if (frame.tagName !== 'IFRAME' && frame.tagName !== 'FRAME') return null;
  try {
    return (frame as HTMLIFrameElement).contentDocument;
  } catch {
    return null;
  }
}

/**
 * The first `max` UTF-16 code units of `s` (all of `s` when it is shorter), never ending in the first half of a
 * surrogate pair, and at the last space of the final 200 units when there is one, so no word is cut in half.
 */
export function cutText(s: string, max: number): string {
  if (s.length <= max) return s;
  if (max <= 0) return '';
  let end = max;
  const code = s.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  const space = s.lastIndexOf(' ', end);
  if (space > 0 && space >= end - 200) end = space;
  return s.slice(0, end);
}

/**
 * The readable text of `root` and its descendants, whitespace collapsed, trimmed.
 *
 * @param root an element, document or fragment; a skipped element (see {@link isSkipped}) gives `''`.
 * @param limit at most this many UTF-16 code units are taken from text nodes (default 100 000), a huge text node being
 *   cut (see {@link cutText}); bounds the work and the size of what is sent to the background.
 * @returns text with single spaces between words; `''` when nothing is readable.
 */
export function readText(root: Node, limit = 100_000): string {
  const parts: string[] = [];
  let length = 0;
  let start: Node = root;
  if (root.nodeType === 1) {
    const el = root as Element;
    const inner = frameDocument(el);
    if (inner) start = inner.body ?? inner;
    else if (isSkipped(el)) return '';
  }
  // An explicit stack, not recursion: a page can nest elements deeper than the call stack (12,000 nested spans
  // threw "Maximum call stack size exceeded" and stopped the whole page's reading). Each frame is a level being
  // read: the next child to visit, and whether the level is a block (a space after it).
  const stack: { next: Node | null; block: boolean }[] = [{ next: start.firstChild, block: false }];
  while (stack.length > 0 && length < limit) {
    const level = stack[stack.length - 1]!;
    const child = level.next;
    if (!child) {
      stack.pop();
      if (level.block) parts.push(' ');
      continue;
    }
    level.next = child.nextSibling;
    if (child.nodeType === 3) {
      // Cut inside a text node too: one post can be a single 1 MB text node, which whole would exceed what one
      // request to the background may carry; its start (where a post says what it is about) is what gets read.
      const whole = child.nodeValue ?? '';
      const s = cutText(whole, limit - length);
      parts.push(s);
      // A cut text node ends the reading: what follows would start in the middle of the page's text.
      length = s.length < whole.length ? limit : length + s.length;
      continue;
    }
    if (child.nodeType !== 1) continue;
    const el = child as Element;
    const tag = el.tagName.toUpperCase();
    if (tag === 'BR' || tag === 'IMG' || tag === 'HR' || tag === 'WBR') {
      parts.push(' ');
      continue;
    }
    if (tag === 'IFRAME' || tag === 'FRAME') {
      const doc = frameDocument(el);
      if (doc?.body && !isHidden(el)) {
        parts.push(' ');
        stack.push({ next: doc.body.firstChild, block: true });
      }
      continue;
    }
    if (isSkipped(el)) continue;
    const block = !INLINE.has(tag);
    if (block) parts.push(' ');
    stack.push({ next: el.firstChild, block });
  }
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/**
 * The text of a compose-box editor: {@link readText}, but `''` when what is there is the editor's own
 * placeholder (`aria-placeholder` / `placeholder` / `data-placeholder` attribute), and the value for
 * `<textarea>` and `<input>`.
 */
export function readEditor(editor: Element): string {
  const tag = editor.tagName;
  if (tag === 'TEXTAREA' || tag === 'INPUT') return (editor as HTMLTextAreaElement).value.replace(/\s+/g, ' ').trim();
  const text = readText(editor);
  for (const attr of ['aria-placeholder', 'placeholder', 'data-placeholder']) {
    const ph = editor.getAttribute(attr);
    if (ph && text === ph.replace(/\s+/g, ' ').trim()) return '';
  }
  return text;
}

/**
 * The first element matching `units` (a site's text-unit selector) whose readable text contains `quote`, a sentence
 * the relevance engine quoted from it (whitespace collapsed; a trailing "…" of a cut quote is ignored).
 * @returns the element, or `null` when no unit on the page holds the quote any more (a virtualised feed dropped it)
 */
export function findQuoted(doc: Document, units: string, quote: string): Element | null {
  const needle = quote.replace(/\s+/g, ' ').replace(/…$/, '').trim();
  if (!needle) return null;
  for (const el of doc.querySelectorAll(units)) if (readText(el).includes(needle)) return el;
  return null;
}
