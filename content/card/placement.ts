/**
 * Where the card's host element lives on the page, apart from what it shows (`./index.ts`): attached as the last
 * child of `<body>` (of `<html>` on a page without one), or inside the top modal dialog while one is open; shown in
 * the top layer (Popover API) and raised above the page's own popovers; put back after the page removed it, within
 * limits; its corner mirrored on right-to-left pages; lifted off the site's own controls (`./clearance.ts`); and the
 * page's `html { filter }` countered where it reaches the card (`./filter.ts`).
 *
 * Why (hostile pages):
 * - Appended at the end of `<body>`: the one place a whole-document hydration does not look. React 18's
 *   `hydrateRoot(document, …)` tolerates extra trailing nodes in `<head>` and `<body>` only
 *   (`shouldDeleteUnhydratedTailInstances` in react-dom); a foreign child of `<html>` fails hydration (errors
 *   #418/#423) and React re-renders the whole page on the client, which loses what the user typed. When the page
 *   removes the host anyway, it is put back after 1, 2 and 4 s; removed a fourth time without having stayed
 *   {@link SETTLED_MS}, the card gives up on the page (`onEvicted`) instead of fighting it in a loop.
 * - Popover API (`popover="manual"` + `showPopover()`): the top layer is above any z-index and escapes an
 *   `html { filter }` (which would otherwise become the containing block of `position: fixed`). A modal
 *   `<dialog>` makes everything outside it inert, top layer included (checked in Chromium 156: a popover shown
 *   above a modal dialog gets no clicks), so while a modal dialog is open the host moves into that dialog
 *   and is shown again, and moves back to the end of `<body>` when the dialog closes. Where the Popover API is missing,
 *   the card falls back to `position: fixed` at z-index 2147483647. Where the page's `html { filter }` still
 *   reaches the card (Firefox paints it over the top layer too; outside the top layer everywhere), an invertible
 *   filter is countered on the host (`./filter.ts`).
 * - Beside the main column where there is room, else its pill where it covers nothing (`./room.ts`), at the side the
 *   user chose, else at the end of the reading direction (bottom-left on an `<html dir="rtl">` page).
 * - A keyboard user whose focus was in the card goes back to where they were when it is detached.
 *
 * The interface is {@link createPlacement}: the view says whether the card wants to show ({@link PlacementOptions.wanted})
 * and how big it is ({@link PlacementOptions.extent}); the placement calls {@link PlacementOptions.onEvicted} once the
 * page kept removing the card.
 */
import { type Box, findClearance } from './clearance';
import { composeBoxes, coveredArea, textElementOf } from './column';
import { counterFilter, rootFilterCoversTopLayer, setCounterFilter } from './filter';
import type { Placement, PlacementOptions } from './placement-types';
import { chooseRoom, type Room, type Side } from './room';

/** Times the card is put back after the page removed it, before it gives up on the page (a page that fights us must not make us loop). */
export const PLACEMENT_TRIES = 3;
/** Wait before the first putting back, in ms; doubled for each further one (1, 2, 4 s): the page's own render burst is over by then. */
export const RETRY_BASE_MS = 1000;
/** A placement that stays this long (ms) was accepted by the page: later removals start the tries afresh. */
export const SETTLED_MS = 10_000;

/** Places `options.host` on `options.doc` (see the module comment). */
export function createPlacement(options: PlacementOptions): Placement {
  const { doc, host, shadow, signal } = options;
  const opts = { signal } as const;
  const popoverSupported = typeof (host as HTMLElement & { showPopover?: unknown }).showPopover === 'function';
  if (popoverSupported) host.setAttribute('popover', 'manual');

  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  /** When the host was last put in place by us (ms since the epoch). */
  let placedAt = 0;
  /** Removals by the page since the last placement that stayed {@link SETTLED_MS}. */
  let removals = 0;
  /** The page kept removing the card: it stays off this page (a quiet state the popup explains). */
  let evicted = false;
  /** The host was last placed in a modal dialog: its removal with the dialog is the dialog closing, not the page fighting us. */
  let placedInDialog = false;
  /** The page element focused before focus entered the card (to return to on dismiss). */
  let focusBefore: Element | null = null;
  let dialogWatcher: MutationObserver | null = null;

  const visible = (): boolean => !evicted && options.wanted();

  /** The decision now applied to the host (`./room.ts`), as a string to write only changes. */
  let applied = '';
  let lastRoom: Room | null = null;
  /** Index of the rule in the card's own sheet that sets the lift, height limit and width (custom properties on `:host`; no style attribute). */
  let clearRule = -1;
  /**
   * Decides where the card goes (`./room.ts`): beside the main column, opened, where there is room at one side of the
   * window; else its pill where it covers nothing; always off the site's own controls (tab bars, floating Post
   * buttons, compose boxes: `./clearance.ts`). The side is the `data-side` attribute, the shape `data-room`, the lift,
   * panel height and width custom properties in a `:host` rule of the card's own sheet: no style attribute, nothing
   * the page's CSS or CSP reaches.
   */
  function keepClear(): void {
    if (!host.isConnected) return;
    const { openHeight, pillWidth, pillHeight, barHeight } = options.extent();
    const ours = (e: Element): boolean => e === host || host.contains(e);
    const column = options.column();
    const avoid: Box[] = composeBoxes(doc, column);
    // One lookup per element for all the searches of this look (a probe lands on the same paragraph many times).
    const lookup = (posts: boolean): ((e: Element) => Element | null) | undefined => {
      if (!column) return undefined;
      const seen = new Map<Element, Element | null>();
      return (e) => {
        const known = seen.get(e);
        if (known !== undefined) return known;
        const t = textElementOf(e, column, posts);
        seen.set(e, t);
        return t;
      };
    };
    const text = lookup(false);
    const postOrText = column?.posts ? lookup(true) : text;
    const win = doc.defaultView;
    const chosen = options.preferredSide();
    const room = chooseRoom(
      {
        viewportWidth: doc.documentElement?.clientWidth || win?.innerWidth || 0,
        viewportHeight: doc.documentElement?.clientHeight || win?.innerHeight || 0,
        openHeight,
        pill: { width: pillWidth, height: pillHeight },
        preferred: chosen ?? readingEnd(),
        chosen: chosen !== null,
        covered: (box) => coveredArea(doc, box, column, avoid, ours),
      },
      (width, height, side, mode) =>
        mode === 'controls'
          ? findClearance(doc, width, height, side === 'left', ours)
          : findClearance(doc, width, height, side === 'left', ours, avoid, mode === 'open' ? postOrText : text),
    );
    lastRoom = room;
    const next = `${room.side}|${room.open}|${room.width}|${Math.round(room.lift)}|${room.maxHeight ?? ''}`;
    if (next === applied) return;
    applied = next;
    if (room.side === 'left') host.setAttribute('data-side', 'left');
    else host.removeAttribute('data-side');
    host.setAttribute('data-room', room.open ? 'open' : 'pill');
    const sheet = (shadow.adoptedStyleSheets?.[0] ?? shadow.querySelector('style')?.sheet) as CSSStyleSheet | null | undefined;
    if (sheet) {
      const panelMax =
        room.maxHeight === null
          ? ''
          : ` --argumentarium-panel-max: ${Math.max(80, Math.round(room.maxHeight - barHeight - 8))}px !important;`;
      const width = room.open ? ` --argumentarium-width: ${room.width}px !important;` : '';
      try {
        if (clearRule >= 0 && clearRule < sheet.cssRules.length) sheet.deleteRule(clearRule);
        clearRule = sheet.insertRule(
          `:host { --argumentarium-lift: ${Math.round(room.lift)}px !important;${panelMax}${width} }`,
          sheet.cssRules.length,
        );
      } catch {
        clearRule = -1; // A sheet that refuses changes: the card keeps its corner.
      }
    }
    options.onRoom?.(room);
  }

  /** The end of the page's reading direction: left on right-to-left pages (mirrored like the page's own UI), else right. */
  function readingEnd(): Side {
    const rtl = (doc.documentElement?.getAttribute('dir') ?? doc.body?.getAttribute('dir') ?? '').toLowerCase() === 'rtl';
    return rtl ? 'left' : 'right';
  }

  function topModalDialog(): HTMLDialogElement | null {
    try {
      // A live collection, which Blink keeps until the DOM changes: `querySelectorAll('dialog:modal')` walked the
      // whole of a 5 MB page every time the card was placed (3–4 % of the content script's time before its first card).
      const dialogs = doc.getElementsByTagName('dialog');
      for (let i = dialogs.length - 1; i >= 0; i--) {
        const d = dialogs[i] as HTMLDialogElement;
        if (d.matches(':modal')) return d;
      }
      return null;
    } catch {
      return null; // `:modal` unsupported: no dialog handling.
    }
  }

  function raise(): void {
    if (!popoverSupported || !host.isConnected) return;
    try {
      if (host.matches(':popover-open')) host.hidePopover();
      host.showPopover();
    } catch {
      // Not connected or refused: the fixed position with the top z-index still applies.
    }
  }

  /**
   * The page removed the visible host: put it back after a growing delay, or give up after {@link PLACEMENT_TRIES}.
   * A placement that stayed {@link SETTLED_MS} forgives earlier removals (a single navigation-time re-render is normal).
   */
  function removedByPage(): void {
    if (retryTimer !== undefined || evicted) return;
    if (Date.now() - placedAt >= SETTLED_MS) removals = 0;
    removals += 1;
    if (removals > PLACEMENT_TRIES) {
      evicted = true;
      watchDialog(null);
      options.onEvicted();
      return;
    }
    retryTimer = setTimeout(
      () => {
        retryTimer = undefined;
        place();
      },
      RETRY_BASE_MS * 2 ** (removals - 1),
    );
  }

  /** Puts the host where it belongs (inside the top modal dialog, else at the end of `<body>`) and on top; detaches it when hidden. */
  function place(): void {
    if (!visible()) {
      if (!host.isConnected) return;
      const hadFocus = !!shadow.activeElement;
      host.remove();
      watchDialog(null);
      // A keyboard user inside the card goes back to where they were, not to <body>.
      if (hadFocus && focusBefore instanceof HTMLElement && focusBefore.isConnected) focusBefore.focus({ preventScroll: true });
      return;
    }
    if (retryTimer !== undefined) return; // Waiting before putting it back (see removedByPage).
    const dialog = topModalDialog();
    const parent: Element | null = dialog ?? doc.body ?? doc.documentElement;
    if (!parent) return;
    if (host.parentNode !== parent) {
      // appendChild moves the host; leaving the top layer on the way, so it is shown again below.
      parent.appendChild(host);
      placedAt = Date.now();
      placedInDialog = parent === dialog;
      raise();
    } else if (popoverSupported && !host.matches(':popover-open')) {
      raise();
    }
    watchDialog(dialog);
    counterRootFilter();
    keepClear();
  }

  /** The counter filter now on the host (`./filter.ts`), or null. */
  let countered: string | null = null;

  /**
   * Puts the inverse of the page's `html { filter }` on the host where that filter reaches the card: always outside
   * the top layer, inside it only in engines that paint the root's filter over the top layer (Firefox).
   */
  function counterRootFilter(): void {
    const rootEl = doc.documentElement;
    if (!rootEl || !host.isConnected) return;
    const inTopLayer = popoverSupported && host.matches(':popover-open');
    const reaches = !inTopLayer || rootFilterCoversTopLayer(doc.defaultView);
    let want: string | null = null;
    try {
      want = reaches ? counterFilter(getComputedStyle(rootEl).filter) : null;
    } catch {
      want = null;
    }
    if (want !== countered) countered = setCounterFilter(shadow, want);
  }

  /** While the host lives in a modal dialog, notice when that dialog (or an ancestor) is removed. */
  function watchDialog(dialog: HTMLDialogElement | null): void {
    if (!dialog) {
      dialogWatcher?.disconnect();
      dialogWatcher = null;
      return;
    }
    if (dialogWatcher || !doc.documentElement) return;
    dialogWatcher = new MutationObserver(() => {
      if (!host.isConnected || topModalDialog() !== host.parentNode) place();
    });
    dialogWatcher.observe(doc.documentElement, { childList: true, subtree: true });
  }

  // The host removed from <body> (or <body> or <html> replaced): put it back, within limits.
  let observedRoot: Element | null = null;
  let observedBody: Element | null = null;
  const rootWatcher = new MutationObserver(() => {
    if (doc.documentElement !== observedRoot || doc.body !== observedBody) observeRoot();
    if (visible() && !host.isConnected) {
      if (placedInDialog) place();
      else removedByPage();
    }
  });
  // A modal dialog opened or closed (`showModal()` and `close()` set and remove `open`).
  const openWatcher = new MutationObserver(() => {
    if (visible()) place();
  });
  // The page's own class or style change on <html> may switch a root filter on or off (dark-mode toggles).
  const rootStyleWatcher = new MutationObserver(() => {
    if (visible()) counterRootFilter();
  });
  function observeRoot(): void {
    rootWatcher.disconnect();
    openWatcher.disconnect();
    rootStyleWatcher.disconnect();
    observedRoot = doc.documentElement;
    observedBody = doc.body;
    rootWatcher.observe(doc, { childList: true });
    if (!observedRoot) return;
    rootWatcher.observe(observedRoot, { childList: true });
    if (observedBody) rootWatcher.observe(observedBody, { childList: true });
    openWatcher.observe(observedRoot, { subtree: true, attributes: true, attributeFilter: ['open'] });
    rootStyleWatcher.observe(observedRoot, { attributes: true, attributeFilter: ['class', 'style'] });
  }
  observeRoot();
  signal.addEventListener('abort', () => {
    rootWatcher.disconnect();
    openWatcher.disconnect();
    rootStyleWatcher.disconnect();
    dialogWatcher?.disconnect();
  });
  // The page showed a popover or dialog of its own: stay above it. Toggle events do not bubble; capture sees them.
  doc.addEventListener(
    'toggle',
    (event) => {
      if (event.target === host || !visible()) return;
      const parentBefore = host.parentNode;
      place();
      if ((event as ToggleEvent).newState === 'open' && host.parentNode === parentBefore) raise();
    },
    { capture: true, ...opts },
  );

  // A rotated phone or a resized window moves the page's bars: look again once the resizing stops.
  let resizeTimer: ReturnType<typeof setTimeout> | undefined;
  doc.defaultView?.addEventListener(
    'resize',
    () => {
      clearTimeout(resizeTimer);
      resizeTimer = setTimeout(() => {
        if (visible()) keepClear();
      }, 150);
    },
    opts,
  );
  // Scrolling moves the column's text under the card (a feed, a document in its own scroll container): look again
  // once it stops. Capture sees the scrolling of any container; passive, so it never delays the scroll.
  doc.addEventListener(
    'scroll',
    () => {
      clearTimeout(resizeTimer);
      resizeTimer = setTimeout(() => {
        if (visible()) keepClear();
      }, 150);
    },
    { capture: true, passive: true, ...opts },
  );
  signal.addEventListener('abort', () => clearTimeout(resizeTimer));

  host.addEventListener(
    'focusin',
    (event) => {
      const from = (event as FocusEvent).relatedTarget;
      if (from instanceof Element && from !== host && from !== doc.body && !host.contains(from)) focusBefore = from;
    },
    opts,
  );

  return {
    popoverSupported,
    get evicted() {
      return evicted;
    },
    visible,
    place,
    keepClear,
    room: () => lastRoom,
    remove() {
      clearTimeout(retryTimer);
      try {
        if (popoverSupported && host.matches(':popover-open')) host.hidePopover();
      } catch {
        // Already hidden.
      }
      host.remove();
    },
  };
}
