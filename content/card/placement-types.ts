/**
 * The interface of the card's placement (`./placement.ts`): what it is told (document, host, the card's extent, the
 * site's column, the preferred side) and what it answers (place, keep clear, the room it chose).
 */
import type { ColumnSelectors } from './column';
import type { Room, Side } from './room';

/** The card's size as the placement needs it, in CSS px. */
export interface CardExtent {
  /** Height of the opened card (the bar, the gap and the panel); null while the view keeps it closed. */
  openHeight: number | null;
  /** Width of the pill's bar (with the status line while one shows). */
  pillWidth: number;
  /** Height of the pill's bar (with the status line while one shows). */
  pillHeight: number;
  /** Height of the pill's bar alone (the panel's height limit is what is left above it). */
  barHeight: number;
}

/** What the placement needs from the card's view. */
export interface PlacementOptions {
  doc: Document;
  /** The card's host element (`<argumentarium-card>`), not yet attached. */
  host: HTMLElement;
  /** Its shadow root: its first style sheet gets the lift and the counter filter. */
  shadow: ShadowRoot;
  /** True while the card has something to show (not dismissed, not destroyed). */
  wanted(): boolean;
  /** The card's current size. */
  extent(): CardExtent;
  /** The main column the card must not cover (the site module's selectors), or null (nothing but the controls). */
  column(): ColumnSelectors | null;
  /** The side the user chose for this site, or null: the end of the page's reading direction. */
  preferredSide(): Side | null;
  /** Called when the decision of where the card goes changed (also its first one after being placed). */
  onRoom?(room: Room): void;
  /** The page removed the card more than {@link PLACEMENT_TRIES} times: it stays off this page. */
  onEvicted(): void;
  /** Aborting it removes every observer and listener of the placement. */
  signal: AbortSignal;
}

/** A card's placement. */
export interface Placement {
  /** True where the Popover API exists (the host has `popover="manual"`); else the card is `position: fixed`. */
  readonly popoverSupported: boolean;
  /** True once the page made the card give up (see {@link PlacementOptions.onEvicted}). */
  readonly evicted: boolean;
  /** True while the card shows: wanted by the view and not evicted. */
  visible(): boolean;
  /** Puts the host where it belongs and on top, or detaches it (focus back to the page) when it does not show. */
  place(): void;
  /** Decides again where the card goes and in which shape (`./room.ts`), after its size or the page changed. */
  keepClear(): void;
  /** The last decision, or null before the card was first placed. */
  room(): Room | null;
  /** Hides and removes the host and stops any putting back. */
  remove(): void;
}
