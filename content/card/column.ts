/**
 * What the card must never cover besides the site's controls (`./clearance.ts`): the main column's text and the
 * compose box with its send button. The elements come from the site module's selectors (`content/sites`: its text
 * units, its compose boxes, what it excludes), which the page logic hands to the card as {@link ColumnSelectors}; the
 * card itself knows no site.
 *
 * Cost: the text is found by the clearance's own hit-testing ({@link textElementOf} on what a probe lands on), never
 * by listing the page's units, so a feed of 3,000 posts costs what one of 300 does; only the compose boxes are listed
 * (a handful; at most {@link MAX_EDITORS}).
 */
import type { Box } from './clearance';

/** Selectors of the main column, from the site module (`SiteSelectors` of `content/sites/types.ts`). */
export interface ColumnSelectors {
  /** The text units (posts, document blocks); a point inside nested units belongs to the innermost one. */
  text: string;
  /** Compose boxes and editors. */
  compose?: string;
  /** Units inside these are not the main column (navigation, sidebars, footers). */
  exclude?: string;
  /** A feed's post boxes around the text units: the opened card keeps off them whole ({@link textElementOf}). */
  posts?: string;
}

/** Most compose boxes measured per look (a Notion page's every block is editable; the first ones are the ones on screen). */
export const MAX_EDITORS = 40;
/** How far up from a compose box its send button is looked for: the box's own toolbar row, not the page's. */
const SEND_LEVELS = 5;
/** How far below a compose box (CSS px) its send button may sit; above it, half that (a header's Post button). */
const SEND_REACH_PX = 80;
/** Buttons of a compose box's toolbar (Post, Send, Reply). */
const BUTTONS = 'button, [role="button"], input[type="submit"]';
/** Probes across and down a box when measuring what it covers ({@link coveredArea}). */
const GRID = 6;

function boxOf(el: Element, vw: number, vh: number): Box | null {
  const r = el.getBoundingClientRect();
  if (r.width <= 0 || r.height <= 0) return null;
  if (r.bottom <= 0 || r.top >= vh || r.right <= 0 || r.left >= vw) return null;
  return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
}

/**
 * The main column's text element that `el` is or lies in (the innermost unit), or null: none, or one inside what the
 * site excludes. With `posts`, a feed's post box that `el` lies in comes first, so a box measured is the whole post.
 * A selector this engine does not know matches nothing (no card is lost over it).
 */
export function textElementOf(el: Element, selectors: ColumnSelectors, posts = false): Element | null {
  try {
    const post = posts && selectors.posts ? el.closest(selectors.posts) : null;
    const unit = post ?? el.closest(selectors.text);
    if (!unit || (selectors.exclude && unit.closest(selectors.exclude))) return null;
    return unit;
  } catch {
    return null;
  }
}

/**
 * The boxes of the compose boxes in the window and of each one's send buttons: the buttons of its nearest ancestor,
 * at most {@link SEND_LEVELS} up, that has any within {@link SEND_REACH_PX} below it (or half that above).
 * @returns viewport boxes (CSS px); empty where nothing is laid out (no layout engine, a hidden page)
 */
export function composeBoxes(doc: Document, selectors: ColumnSelectors | null | undefined): Box[] {
  const win = doc.defaultView;
  if (!selectors?.compose || !win) return [];
  const vw = doc.documentElement.clientWidth || win.innerWidth;
  const vh = doc.documentElement.clientHeight || win.innerHeight;
  let editors: NodeListOf<Element>;
  try {
    editors = doc.querySelectorAll(selectors.compose);
  } catch {
    return [];
  }
  const boxes: Box[] = [];
  const n = Math.min(editors.length, MAX_EDITORS);
  for (let i = 0; i < n; i++) {
    const editor = editors[i] as Element;
    const e = boxOf(editor, vw, vh);
    if (!e) continue;
    boxes.push(e);
    const near = (b: Element): boolean => {
      const r = b.getBoundingClientRect();
      return r.top < e.bottom + SEND_REACH_PX && r.bottom > e.top - SEND_REACH_PX / 2;
    };
    let row: Element | null = editor.parentElement;
    for (let level = 0; row && level < SEND_LEVELS; level++, row = row.parentElement) {
      const buttons = [...row.querySelectorAll(BUTTONS)].filter((b) => !editor.contains(b) && near(b));
      if (buttons.length === 0) continue;
      for (const b of buttons) {
        const box = boxOf(b, vw, vh);
        if (box) boxes.push(box);
      }
      break;
    }
  }
  return boxes;
}

/** Area (CSS px²) of `boxes` inside `card`. */
export function overlapArea(card: Box, boxes: readonly Box[]): number {
  let area = 0;
  for (const b of boxes) {
    const w = Math.min(card.right, b.right) - Math.max(card.left, b.left);
    const h = Math.min(card.bottom, b.bottom) - Math.max(card.top, b.top);
    if (w > 0 && h > 0) area += w * h;
  }
  return area;
}

/**
 * The area (CSS px²) of the main column a card at `card` would cover: the `boxes` given (compose boxes) and the text
 * elements found by probing a {@link GRID} × {@link GRID} grid inside it, each counted once.
 * @param ours true for our own nodes (the card's host), which hit-testing skips
 */
export function coveredArea(
  doc: Document,
  card: Box,
  selectors: ColumnSelectors | null | undefined,
  boxes: readonly Box[],
  ours: (el: Element) => boolean,
): number {
  const found = new Set<Element>();
  if (selectors && typeof doc.elementsFromPoint === 'function') {
    for (let i = 0; i < GRID; i++) {
      for (let j = 0; j < GRID; j++) {
        const x = card.left + 1 + ((card.right - card.left - 2) * i) / (GRID - 1);
        const y = card.top + 1 + ((card.bottom - card.top - 2) * j) / (GRID - 1);
        for (const e of doc.elementsFromPoint(x, y)) {
          if (ours(e)) continue;
          const t = textElementOf(e, selectors);
          if (t) {
            found.add(t);
            break;
          }
        }
      }
    }
  }
  return overlapArea(card, [...boxes, ...[...found].map((e) => e.getBoundingClientRect())]);
}
