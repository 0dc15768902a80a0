/**
 * Countering a page's `html { filter }` on the card ("`html { filter: invert(1) }`").
 *
 * Pages and dark-mode hacks invert the whole page with a filter on the root element. Where that filter reaches the
 * card, the card's own colours come out inverted (a black card with pale text instead of the card's light theme).
 * Whether it reaches the card depends on the engine, and no API reports it; measured by screenshots in
 * `tests/e2e/hostile.ts` ("html filter: invert(1): the card's colours…"):
 * - Chromium 156: the top layer (our popover, or a modal `<dialog>` we sit in) is painted outside the root's filter,
 *   as CSS Position 4 describes the top layer (rendered as a sibling of the root); the card's colours are exact.
 * - Firefox ESR 153: the root's filter is applied over the top layer too; the card is painted inverted.
 * - Outside the top layer (no Popover API), the card is an ordinary descendant of `<html>` in every engine.
 *
 * The counter is the inverse filter on the host (`filter` composes: root filter ∘ host filter = identity). Only
 * filters with an exact inverse are countered: `invert(1)` (its own inverse) and `hue-rotate(a)` (inverse
 * `hue-rotate(-a)`), in any order and number; `invert(0.9)`, `grayscale()`, `brightness()`… lose information and are
 * left alone (the card keeps its contrast then, it is only tinted).
 */

/**
 * The inverse of a computed `filter` value, as a `filter` value, or null when there is nothing to counter
 * (`none`, empty) or no exact inverse (any function other than `invert(1)`/`invert(100%)` and `hue-rotate(<angle>)`,
 * or a `url()` filter).
 * @param filter computed value of `filter`, e.g. `invert(1)`, `invert(1) hue-rotate(180deg)`
 * @example counterFilter('invert(1) hue-rotate(180deg)') === 'hue-rotate(-180deg) invert(1)'
 */
export function counterFilter(filter: string): string | null {
  const value = filter.trim();
  if (!value || value === 'none') return null;
  const fn = /([a-z-]+)\(\s*([^)]*?)\s*\)/gy;
  const inverse: string[] = [];
  let rest = value;
  for (;;) {
    rest = rest.trimStart();
    if (!rest) break;
    fn.lastIndex = 0;
    const m = fn.exec(rest);
    if (!m) return null;
    const [whole, name, arg = ''] = m;
    rest = rest.slice(whole.length);
    if (name === 'invert') {
      const amount = arg === '' ? 1 : arg.endsWith('%') ? Number.parseFloat(arg) / 100 : Number.parseFloat(arg);
      if (amount !== 1) return null;
      inverse.unshift('invert(1)');
    } else if (name === 'hue-rotate') {
      const deg = angleInDegrees(arg);
      if (deg === null) return null;
      if (deg % 360 !== 0) inverse.unshift(`hue-rotate(${-deg}deg)`);
    } else {
      return null;
    }
  }
  return inverse.length > 0 ? inverse.join(' ') : null;
}

/** A CSS `<angle>` (deg, rad, grad, turn; bare 0) in degrees, or null. */
function angleInDegrees(arg: string): number | null {
  const m = /^(-?[\d.]+(?:e-?\d+)?)(deg|rad|grad|turn)?$/i.exec(arg.trim());
  if (!m) return null;
  const n = Number.parseFloat(m[1] ?? '');
  if (!Number.isFinite(n)) return null;
  switch ((m[2] ?? '').toLowerCase()) {
    case 'deg':
      return n;
    case 'rad':
      return (n * 180) / Math.PI;
    case 'grad':
      return n * 0.9;
    case 'turn':
      return n * 360;
    default:
      return n === 0 ? 0 : null;
  }
}

/**
 * True in an engine that paints the root element's filter over the top layer (Gecko; see the module comment).
 * This is a rendering difference no API exposes, so it is keyed on a Gecko-only window property (`mozInnerScreenX`,
 * present in every Firefox since 3.6); the e2e screenshot test fails in either browser if the guess goes wrong.
 */
export function rootFilterCoversTopLayer(win: Window | null): boolean {
  return !!win && 'mozInnerScreenX' in win;
}

/** The sheet (or `<style>` fallback) holding each shadow root's counter rule. */
const counterSheets = new WeakMap<ShadowRoot, CSSStyleSheet | HTMLStyleElement>();

/**
 * Sets the host's counter filter through a stylesheet in its shadow root (`:host { filter: … !important }`; no
 * inline style attribute, which a strict page CSP would refuse). `null` removes it. Returns what is now in force.
 * The rule comes after the card's own sheet, so it beats the `:host { all: initial !important }` reset.
 */
export function setCounterFilter(shadow: ShadowRoot, filter: string | null): string | null {
  const css = filter ? `:host { filter: ${filter} !important; }` : '';
  const existing = counterSheets.get(shadow);
  if (existing) {
    if ('replaceSync' in existing) existing.replaceSync(css);
    else existing.textContent = css;
    return filter;
  }
  if (!filter) return null;
  const doc = shadow.ownerDocument;
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  const Sheet = win?.CSSStyleSheet ?? (typeof CSSStyleSheet === 'undefined' ? undefined : CSSStyleSheet);
  try {
    if (Sheet && 'adoptedStyleSheets' in shadow && shadow.adoptedStyleSheets.length > 0) {
      const sheet = new Sheet();
      sheet.replaceSync(css);
      shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
      counterSheets.set(shadow, sheet);
      return filter;
    }
  } catch {
    // Refused (see `applyStyles`): the `<style>` fallback below.
  }
  const style = doc.createElement('style');
  style.textContent = css;
  shadow.append(style);
  counterSheets.set(shadow, style);
  return filter;
}
