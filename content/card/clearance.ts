/**
 * Where the card may sit without covering the site's own controls: on a phone-sized window (mobile.x.com at
 * 360×640) the pill in the corner lay on the tab bar's Notifications and Messages tabs and the opened card on the
 * Post button. The rule: never over a compose box, a send button or a tab bar.
 *
 * How: the card's column (its width, at its side of the window) is hit-tested from the bottom up with
 * `elementsFromPoint` in rows {@link ROW_PX} apart; a row is blocked when one of its points lands on a control of
 * the page that stays on screen (inside a `position: fixed` or `sticky` container: tab bars, floating Post buttons,
 * sticky compose bars) or on an editable element (a compose box wherever it is). The card goes into the lowest gap
 * that is tall enough, or else the tallest gap, with its height limited to it. On a window whose bottom corner is free
 * (most desktop pages) this costs one row's probes per card height, a few dozen `elementsFromPoint` calls.
 *
 * Besides the controls, it keeps clear of the main column (`./column.ts`): a probe that lands on one of its text
 * elements (anywhere in the stack of elements at that point, so an overlay does not hide the text beneath) blocks the
 * row with that element's box, and so do the boxes it is given (compose boxes and their send buttons), which block a
 * row when they overlap the band of {@link ROW_PX} px ending at it, so none slips between two rows. The scan jumps
 * over a blocking box in one step, and its cost depends on the window, never on the size of the page.
 */

/** Distance between probed rows, in CSS px. */
export const ROW_PX = 8;
/** Probes per row across the card's width. */
const COLUMNS = 6;
/** The card's margin to the window's edges, in CSS px (the `16px` of the host's `inset`). */
export const EDGE_PX = 16;

/** Controls a user taps: buttons, links, form fields, tabs. */
const CONTROL = 'button, a[href], input, select, textarea, summary, [role="button"], [role="tab"], [role="link"], [role="menuitem"]';
/** Editable elements: compose boxes, wherever they are on the page. */
const EDITABLE =
  'textarea, input:not([type]), input[type="text"], input[type="search"], [contenteditable=""], [contenteditable="true"], [role="textbox"]';
/** Bars of controls: tab bars, navigation bars, toolbars. */
const BAR = 'nav, [role="tablist"], [role="navigation"], [role="toolbar"]';

/** Where the card goes: `lift` px above its usual bottom edge, at most `maxHeight` px tall (null: no limit). */
export interface Clearance {
  lift: number;
  maxHeight: number | null;
  /**
   * True when the place found is clear: a gap tall enough, or one shortened to `maxHeight`. False when the column has
   * no gap of 40 px at all (then `lift` is 0 and the card would cover something).
   */
  fits: boolean;
}

/** A box in viewport coordinates (CSS px), as `getBoundingClientRect` gives it. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** True when `el` or an ancestor is `position: fixed` or `sticky` (it stays on screen while the page scrolls). */
function onScreenChrome(el: Element, win: Window, cache: Map<Element, boolean>): boolean {
  const path: Element[] = [];
  let found = false;
  for (let n: Element | null = el; n; n = n.parentElement) {
    const known = cache.get(n);
    if (known !== undefined) {
      found = known;
      break;
    }
    path.push(n);
    const pos = win.getComputedStyle(n).position;
    if (pos === 'fixed' || pos === 'sticky') {
      found = true;
      break;
    }
  }
  for (const n of path) cache.set(n, found);
  return found;
}

/** The page element to keep clear that `el` belongs to (see the module comment), or null. */
function mustStayClear(el: Element, win: Window, cache: Map<Element, boolean>): Element | null {
  const editable = el.closest(EDITABLE);
  if (editable) return editable;
  const control = el.closest(`${CONTROL}, ${BAR}`);
  return control && onScreenChrome(control, win, cache) ? control : null;
}

/** Margin kept between the card and a control, in CSS px. */
const MARGIN_PX = 4;

/**
 * The lowest place for a card of `height` px (and `width` px, on the right unless `left`) that covers no control of
 * the page and none of `avoid`, as a lift above the usual bottom edge and a height limit when no gap is tall enough.
 * A control found by a probe counts with its whole bounding box (a probe can miss a round button's corners).
 * @param ours true for our own nodes (the card's host), which hit-testing skips
 * @param avoid boxes the card must not overlap besides the controls (viewport px)
 * @param text the main column's text element a probed element belongs to, or null (`./column.ts`); omitted: none
 */
export function findClearance(
  doc: Document,
  width: number,
  height: number,
  left: boolean,
  ours: (el: Element) => boolean,
  avoid: readonly Box[] = [],
  text?: (el: Element) => Element | null,
): Clearance {
  const win = doc.defaultView;
  if (!win) return { lift: 0, maxHeight: null, fits: true };
  const hitTest = typeof doc.elementsFromPoint === 'function';
  const vw = doc.documentElement.clientWidth || win.innerWidth;
  const vh = doc.documentElement.clientHeight || win.innerHeight;
  const w = Math.min(width, vw - 2 * EDGE_PX);
  const x0 = left ? EDGE_PX : vw - EDGE_PX - w;
  const x1 = x0 + w;
  const column = avoid.filter((b) => b.right > x0 && b.left < x1);
  const cache = new Map<Element, boolean>();
  /** The bounding box of a control or an avoided box in the card's column at height `y`, or null. */
  const blocker = (y: number): Box | null => {
    for (const b of column) if (b.top < y + 1 && b.bottom > y - ROW_PX) return b;
    if (!hitTest) return null;
    for (let i = 0; i < COLUMNS; i++) {
      const x = x0 + 1 + ((w - 2) * i) / (COLUMNS - 1);
      const stack = doc.elementsFromPoint(x, y);
      if (text) {
        for (const e of stack) {
          if (ours(e) || e === doc.documentElement || e === doc.body) continue;
          const t = text(e);
          if (!t) continue;
          const r = t.getBoundingClientRect();
          if (r.right > x0 && r.left < x1) return r;
        }
      }
      const page = stack.find((e) => !ours(e));
      if (!page || page === doc.documentElement || page === doc.body) continue;
      const control = mustStayClear(page, win, cache);
      if (control) {
        const r = control.getBoundingClientRect();
        if (r.right > x0 && r.left < x1) return r;
      }
    }
    return null;
  };
  const bottom0 = vh - EDGE_PX;
  let gapBottom: number | null = bottom0;
  let best: { bottom: number; size: number } | null = null;
  const close = (top: number): void => {
    if (gapBottom === null) return;
    const size = gapBottom - top;
    if (!best || size > best.size) best = { bottom: gapBottom, size };
    gapBottom = null;
  };
  let y = bottom0 - 1;
  while (y >= EDGE_PX) {
    const r = blocker(y);
    if (r) {
      close(Math.min(r.bottom + MARGIN_PX, gapBottom ?? r.bottom + MARGIN_PX));
      // Go on above this control: the next gap starts at its top.
      const next = Math.min(y - ROW_PX, r.top - MARGIN_PX);
      gapBottom = null;
      y = next;
      if (y >= EDGE_PX && !blocker(y)) gapBottom = y;
      continue;
    }
    gapBottom ??= y;
    if (gapBottom - y >= height) return { lift: bottom0 - gapBottom, maxHeight: null, fits: true };
    y -= ROW_PX;
  }
  close(EDGE_PX);
  const found = best as { bottom: number; size: number } | null;
  if (!found || found.size < 40) return { lift: 0, maxHeight: null, fits: false };
  return { lift: bottom0 - found.bottom, maxHeight: Math.floor(found.size), fits: true };
}
