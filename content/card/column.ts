/**
 * What the card must never cover besides the site's controls (`./clearance.ts`): the main column's text and the
 * compose box with its send button, as boxes in viewport coordinates. The elements come from the site module's
 * selectors (`content/sites`: its text units, its compose boxes, what it excludes), which the page logic hands to
 * the card as {@link ColumnSelectors}; the card itself knows no site.
 */
import type { Box } from './clearance';

/** Selectors of the main column, from the site module (`SiteSelectors` of `content/sites/types.ts`). */
export interface ColumnSelectors {
  /** The text units (posts, document blocks); an element that holds another unit counts by its inner units. */
  text: string;
  /** Compose boxes and editors. */
  compose?: string;
  /** Units inside these are not the main column (navigation, sidebars, footers). */
  exclude?: string;
}

/** Most unit elements measured per look (a 5 MB intranet page has tens of thousands of blocks; those on screen come first in practice). */
export const MAX_MEASURED = 1500;
/** How far up from a compose box its send button is looked for: the box's own toolbar row, not the page's. */
const SEND_LEVELS = 5;
/** How far below a compose box (CSS px) its send button may sit; above it, half that (a header's Post button). */
const SEND_REACH_PX = 80;
/** Buttons of a compose box's toolbar (Post, Send, Reply). */
const BUTTONS = 'button, [role="button"], input[type="submit"]';

function boxOf(el: Element, vw: number, vh: number): Box | null {
  const r = el.getBoundingClientRect();
  if (r.width <= 0 || r.height <= 0) return null;
  if (r.bottom <= 0 || r.top >= vh || r.right <= 0 || r.left >= vw) return null;
  return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
}

/** Each match of `selector` that holds no other match (a Notion page block holds its blocks), skipping `exclude`. */
function leaves(doc: Document, selector: string, exclude: string | undefined): Element[] {
  const out: Element[] = [];
  let all: NodeListOf<Element>;
  try {
    all = doc.querySelectorAll(selector);
  } catch {
    return out; // A selector this engine does not know: nothing to avoid rather than no card.
  }
  const n = Math.min(all.length, MAX_MEASURED);
  for (let i = 0; i < n; i++) {
    const el = all[i] as Element;
    // Document order: a unit's inner units follow it directly.
    const next = all[i + 1];
    if (next && el.contains(next)) continue;
    if (exclude && el.closest(exclude)) continue;
    out.push(el);
  }
  return out;
}

/**
 * The boxes of the main column's text units and compose boxes that are in the window, and the send buttons of each
 * compose box: the buttons of its nearest ancestor, at most {@link SEND_LEVELS} up, that has any within
 * {@link SEND_REACH_PX} below it (or half that above).
 * @returns viewport boxes (CSS px); empty where nothing is laid out (no layout engine, a hidden page)
 */
export function columnBoxes(doc: Document, selectors: ColumnSelectors | null | undefined): Box[] {
  const win = doc.defaultView;
  if (!selectors || !win) return [];
  const vw = doc.documentElement.clientWidth || win.innerWidth;
  const vh = doc.documentElement.clientHeight || win.innerHeight;
  const boxes: Box[] = [];
  const add = (el: Element): void => {
    const b = boxOf(el, vw, vh);
    if (b) boxes.push(b);
  };
  for (const el of leaves(doc, selectors.text, selectors.exclude)) add(el);
  if (selectors.compose) {
    for (const editor of leaves(doc, selectors.compose, undefined)) {
      add(editor);
      const e = editor.getBoundingClientRect();
      const near = (b: Element): boolean => {
        const r = b.getBoundingClientRect();
        return r.top < e.bottom + SEND_REACH_PX && r.bottom > e.top - SEND_REACH_PX / 2;
      };
      let row: Element | null = editor.parentElement;
      for (let level = 0; row && level < SEND_LEVELS; level++, row = row.parentElement) {
        const buttons = [...row.querySelectorAll(BUTTONS)].filter((b) => !editor.contains(b) && near(b));
        if (buttons.length === 0) continue;
        for (const b of buttons) add(b);
        break;
      }
    }
  }
  return boxes;
}
