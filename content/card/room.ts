/**
 * Where the card goes and in which shape: opened beside the main column where the gap at one side of the window is
 * wide and tall enough, else its small pill where it covers nothing, else the pill where it covers least. The rule
 * the card never covers the main column's text, the compose box or its send button (`./column.ts`), nor the site's
 * controls (`./clearance.ts`).
 *
 * Order of the tries, each at the side the card prefers first (the user's choice, else the page's reading direction's
 * end: right, left on right-to-left pages), then the other (the opened card only at the side the user chose):
 * 1. opened, {@link OPEN_WIDTHS} from wide to narrow, first in a gap tall enough for all of it, then in one at least
 *    {@link OPEN_MIN_HEIGHT} px tall (the panel scrolls);
 * 2. the pill, in a gap tall enough;
 * 3. the pill off the site's controls only, at the side where it overlaps the least area of the boxes to avoid.
 * Below {@link NARROW_PX} of window width only the pill is tried: an opened card there covers the column whatever
 * its side.
 *
 * Pure over its inputs (the clearance search is passed in), so the decision is tested without a layout engine.
 */
import type { Box, Clearance } from './clearance';
import { EDGE_PX } from './clearance';

/** A side of the window. */
export type Side = 'left' | 'right';

/** Window widths below this (CSS px) show only the pill (phones; a narrow window beside another). */
export const NARROW_PX = 480;
/** Widths the opened card tries, widest first (CSS px): its usual 340, then narrower down to where a quote still reads. */
export const OPEN_WIDTHS = [340, 300, 260] as const;
/** The least height (CSS px) the opened card takes in a gap shorter than it: the bar and about one argument. */
export const OPEN_MIN_HEIGHT = 200;

/** What the decision needs about the card and the window. */
export interface RoomRequest {
  /** The window's width (CSS px, without the scroll bar). */
  viewportWidth: number;
  /** The window's height (CSS px, without the scroll bar). */
  viewportHeight: number;
  /** The opened card's height (bar, gap and panel, CSS px); null when the card is not to be opened. */
  openHeight: number | null;
  /** The pill's size (its bar, with the status line while one shows; CSS px). */
  pill: { width: number; height: number };
  /** The side to try first. */
  preferred: Side;
  /**
   * True when the user chose {@link preferred} (the card's side button): the opened card goes there or nowhere (its
   * pill stays at that side when there is room for it), so the button never seems to do nothing.
   */
  chosen?: boolean;
  /** The area (CSS px²) of the main column a card at `box` would cover (for the last resort). */
  covered(box: Box): number;
}

/** Where the card goes. */
export interface Room {
  side: Side;
  /** True: opened (its panel shows); false: the pill. */
  open: boolean;
  /** The card's width (CSS px): one of {@link OPEN_WIDTHS} when open, the pill's width otherwise. */
  width: number;
  /** Distance above the usual bottom edge (CSS px). */
  lift: number;
  /** Height limit (CSS px) in a gap shorter than the card; null: none. */
  maxHeight: number | null;
  /** Area (CSS px²) of the main column the card covers: 0 unless no clear place was found. */
  overlap: number;
}

/**
 * What a clearance search keeps clear of: `open`, the opened card, keeps off the whole post boxes of a feed besides
 * the column's text (a panel lying over the edge of a post reads as covering it); `pill`, the small pill, off the
 * text only (on a phone the posts fill the width, and their margins are the only place left); `controls`, the last
 * resort, off the site's controls only.
 */
export type ClearanceMode = 'open' | 'pill' | 'controls';

/** Finds the clearance of a card `width` × `height` at `side`: `findClearance` with what `mode` keeps clear of. */
export type ClearanceSearch = (width: number, height: number, side: Side, mode: ClearanceMode) => Clearance;

/** The other side. */
export function otherSide(side: Side): Side {
  return side === 'left' ? 'right' : 'left';
}

/** The card's box for a placement (CSS px, viewport coordinates): `EDGE_PX` from the side and from the bottom, plus `lift`. */
export function cardBox(
  req: Pick<RoomRequest, 'viewportWidth' | 'viewportHeight'>,
  side: Side,
  width: number,
  height: number,
  lift: number,
): Box {
  const w = Math.min(width, req.viewportWidth - 2 * EDGE_PX);
  const left = side === 'left' ? EDGE_PX : req.viewportWidth - EDGE_PX - w;
  const bottom = req.viewportHeight - EDGE_PX - lift;
  return { left, top: bottom - height, right: left + w, bottom };
}

/** Decides where the card goes (see the module comment). */
export function chooseRoom(req: RoomRequest, clear: ClearanceSearch): Room {
  const sides: Side[] = [req.preferred, otherSide(req.preferred)];
  if (req.openHeight !== null && req.viewportWidth >= NARROW_PX) {
    // Its whole height at a narrower width before a wider card squeezed into a short gap (a scrolling panel under
    // the last post reads worse than a narrower one beside the posts).
    for (const whole of [true, false]) {
      for (const side of req.chosen ? [req.preferred] : sides) {
        for (const width of OPEN_WIDTHS) {
          if (width > req.viewportWidth - 2 * EDGE_PX) continue;
          const c = clear(width, req.openHeight, side, 'open');
          const tallEnough = whole
            ? c.maxHeight === null
            : c.maxHeight !== null && c.maxHeight >= Math.min(OPEN_MIN_HEIGHT, req.openHeight);
          if (c.fits && tallEnough) return { side, open: true, width, lift: c.lift, maxHeight: c.maxHeight, overlap: 0 };
        }
      }
    }
  }
  const { width, height } = req.pill;
  for (const side of sides) {
    const c = clear(width, height, side, 'pill');
    if (c.fits && c.maxHeight === null) return { side, open: false, width, lift: c.lift, maxHeight: null, overlap: 0 };
  }
  // Nowhere clear: off the controls, at the side where the pill covers least (the preferred one when equal).
  let best: Room | null = null;
  for (const side of sides) {
    const c = clear(width, height, side, 'controls');
    const overlap = req.covered(cardBox(req, side, width, height, c.lift));
    if (!best || overlap < best.overlap) best = { side, open: false, width, lift: c.lift, maxHeight: null, overlap };
  }
  return best as Room;
}
