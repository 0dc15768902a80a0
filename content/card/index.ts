/**
 * The hint card's view: a small pill in the page's bottom corner that opens into up to three arguments with
 * a copy button each, and what the user does with them. Plain DOM (no Preact) to keep the content script small.
 *
 * Shape (the testing contract): `<argumentarium-card data-argumentarium popover="manual">`, the last child of
 * `<body>` (of `<html>` on a page without one), open shadow root; each argument is `[data-argument-id]` holding its
 * `[data-action="copy"]` button; the pill is `[data-action="toggle"]`; dismiss is `[data-action="dismiss"]`.
 *
 * Why it is built this way (hostile pages):
 * - Our own tag name without `customElements.define` (the registry is null in Chrome content scripts).
 * - Where it sits (the end of `<body>`, the top layer, a modal dialog, put back within limits, off the site's
 *   controls, the page's filter countered) is `./placement.ts`, with its reasons.
 * - Colours and direction are the card's own (light/dark from `prefers-color-scheme`, `dir="ltr"`); on an
 *   `<html dir="rtl">` page it sits in the bottom-left corner.
 * - Nothing from the page ever becomes markup: all text is set with `textContent`.
 * - Buttons cancel `mousedown`, so a click never moves focus out of the page's editor; the caret stays.
 *   Events from the card stop at the shadow root so page shortcuts and "click outside" handlers do not fire.
 * - No card at all (host detached) when there is nothing to show.
 */
import { t } from '../../src/i18n/index';
import { type ClipboardResult, writeClipboard } from '../../src/platform/clipboard';
import { createPlacement } from './placement';
import { el, renderArgument, signatureOf } from './render';
import { otherSide, type Room, type Side } from './room';
import { applyStyles, CARD_CSS } from './styles';
import type { CardArgument, CardCallbacks, CardHandle, CardState } from './types';

export { PLACEMENT_TRIES, RETRY_BASE_MS, SETTLED_MS } from './placement';
export type { CardArgument, CardCallbacks, CardHandle, CardState } from './types';

/** The host element's tag name (our own; never registered as a custom element). */
export const CARD_TAG = 'argumentarium-card';
/** The most arguments the card shows. */
export const MAX_CARD_ARGUMENTS = 3;
/** How long a copy result stays visible, in milliseconds. */
export const STATUS_MS = 6000;
/** Events that stop at the card's shadow root, so the page's own handlers (shortcuts, "click outside") ignore the card. */
const CONTAINED_EVENTS = [
  'keydown',
  'keyup',
  'keypress',
  'mousedown',
  'mouseup',
  'click',
  'dblclick',
  'pointerdown',
  'pointerup',
  'touchstart',
  'touchend',
  'contextmenu',
] as const;

type Action = 'toggle' | 'dismiss' | 'copy' | 'more' | 'quote' | 'panel' | 'side';

/**
 * The card's shadow root is open (the testing contract), so a page script can reach its buttons. Copy and dismiss
 * answer only events the browser marks `isTrusted` (a real click or key press): a page cannot overwrite the user's
 * clipboard through us, inflate the usage record or dismiss the card. DOM tests, whose synthetic clicks are never
 * trusted, switch this off.
 */
export const CARD_SECURITY = { trustedEventsOnly: true };

/**
 * Mounts the hint card for `doc` (default: the current document). Nothing is shown until {@link CardHandle.update}
 * gets arguments (or `status: 'unreadable'`).
 *
 * @param callbacks `onCopied(id, ok)` after each copy (the clipboard is already written), `onDismiss()` when the
 *   user hides the card (the card hides itself at once and stays hidden for this handle), optional `onMore()`
 *   (adds an "All arguments" button).
 * @param signal aborting it destroys the card (same as `destroy()`); every listener and observer is registered with it.
 * @param doc the document to show the card in.
 * @returns the handle; `host` is the `<argumentarium-card>` element (detached while there is nothing to show).
 */
export function mountCard(callbacks: CardCallbacks, signal: AbortSignal, doc: Document = document): CardHandle {
  const life = new AbortController();
  const opts = { signal: life.signal } as const;
  signal.addEventListener('abort', () => destroy(), { once: true, signal: life.signal });

  const host = doc.createElement(CARD_TAG);
  host.setAttribute('data-argumentarium', '');
  const shadow = host.attachShadow({ mode: 'open' });
  applyStyles(shadow, CARD_CSS);

  // Static skeleton; only texts, the list and attributes change afterwards.
  const root = el(doc, 'aside', 'root');
  root.setAttribute('dir', 'ltr');
  // The card is already in the user's language; a page-translation tool must not rewrite it.
  root.setAttribute('translate', 'no');
  const panel = el(doc, 'div', 'panel');
  panel.id = 'panel';
  panel.hidden = true;
  const heading = el(doc, 'h2', 'heading');
  heading.id = 'heading';
  panel.setAttribute('role', 'group');
  panel.setAttribute('aria-labelledby', 'heading');
  const message = el(doc, 'p', 'message');
  message.hidden = true;
  const list = el(doc, 'ol', 'list');
  const more = el(doc, 'button', 'more');
  more.type = 'button';
  more.dataset.action = 'more';
  more.hidden = !callbacks.onMore;
  // The side panel: a button where a click in the page may open it, else the keys that do (`CardState.panel`).
  const sidePanel = el(doc, 'button', 'more');
  sidePanel.type = 'button';
  sidePanel.dataset.action = 'panel';
  sidePanel.hidden = true;
  const sidePanelKeys = el(doc, 'p', 'message');
  sidePanelKeys.dataset.role = 'panel-keys';
  sidePanelKeys.hidden = true;
  // Moves the card to the other side of the window (remembered per site by the page logic, `onSide`).
  const sideButton = el(doc, 'button', 'more');
  sideButton.type = 'button';
  sideButton.dataset.action = 'side';
  panel.append(heading, message, list, more, sidePanel, sidePanelKeys, sideButton);

  const status = el(doc, 'p', 'status');
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  status.setAttribute('aria-atomic', 'true');

  const bar = el(doc, 'div', 'bar');
  const pill = el(doc, 'button', 'pill');
  pill.type = 'button';
  pill.dataset.action = 'toggle';
  pill.setAttribute('aria-expanded', 'false');
  pill.setAttribute('aria-controls', 'panel');
  const mark = el(doc, 'span', 'mark', 'A');
  mark.setAttribute('aria-hidden', 'true');
  const count = el(doc, 'span', 'count');
  pill.append(mark, count);
  const dismiss = el(doc, 'button', 'dismiss', '×');
  dismiss.type = 'button';
  dismiss.dataset.action = 'dismiss';
  bar.append(pill, dismiss);
  // Disclosure order for keyboard and screen readers: the pill, then what it opens; CSS shows the panel above.
  root.append(bar, status, panel);
  shadow.append(root);

  let state: CardState | null = null;
  let shown: CardArgument[] = [];
  let contentSig = '';
  let listSig = '';
  let expanded = false;
  /** The user closed the panel while composing: do not reopen until composing ends. */
  let userClosedWhileComposing = false;
  let dismissed = false;
  let destroyed = false;
  let statusTimer: ReturnType<typeof setTimeout> | undefined;

  /** The side the user picked with the card's side button on this page (else `state.side`, the stored one). */
  let pickedSide: Side | null = null;

  const placement = createPlacement({
    doc,
    host,
    shadow,
    signal: life.signal,
    wanted: () => !!state && !dismissed && !destroyed && (state.status === 'unreadable' || state.arguments.length > 0),
    extent: () => {
      const b = bar.getBoundingClientRect();
      const barHeight = b.height || 40;
      const s = status.textContent ? status.getBoundingClientRect() : null;
      const statusHeight = s && s.height > 0 ? s.height + 8 : 0;
      return {
        // The panel is laid out (unseen) while the pill stands for it, so its height is known either way.
        openHeight: expanded ? barHeight + 8 + panel.scrollHeight + 2 + statusHeight : null,
        pillWidth: Math.max(b.width || 120, s?.width ?? 0),
        pillHeight: barHeight + statusHeight,
        barHeight,
      };
    },
    column: () => state?.column ?? null,
    preferredSide: () => pickedSide ?? state?.side ?? null,
    onRoom: (room) => showRoom(room),
    onEvicted: () => {
      expanded = false;
      callbacks.onEvicted?.();
    },
  });
  const visible = placement.visible;
  const ensurePlaced = placement.place;
  const keepClear = placement.keepClear;

  // --- rendering -------------------------------------------------------------------------------------------

  function renderStaticTexts(): void {
    const lang = state?.lang ?? 'en';
    root.setAttribute('lang', lang);
    root.setAttribute('aria-label', t('cardRegionLabel'));
    heading.textContent = t(
      state?.source === 'selection' ? 'cardHeadingSelection' : state?.source === 'draft' ? 'cardHeadingDraft' : 'cardHeading',
    );
    more.textContent = t('cardMore');
    const side = state?.panel;
    sidePanel.hidden = side !== 'button' || !callbacks.onPanel;
    sidePanel.textContent = t('cardPanel');
    const keys = typeof side === 'object' ? side.shortcut : '';
    sidePanelKeys.hidden = !keys;
    sidePanelKeys.textContent = keys ? t('cardPanelShortcut', keys) : '';
    dismiss.setAttribute('aria-label', t('cardDismiss'));
    dismiss.title = t('cardDismiss');
    const n = shown.length;
    count.textContent =
      state?.status === 'unreadable' ? t('cardPillUnreadable') : n === 1 ? t('cardCountOne') : t('cardCountMany', String(n));
  }

  /** Fills the panel while expanded; empties it while collapsed (the contract allows no arguments then). */
  function renderPanel(): void {
    panel.hidden = !expanded;
    showRoom(placement.room());
    const unreadable = state?.status === 'unreadable';
    message.hidden = !expanded || !unreadable;
    if (unreadable) message.textContent = t('cardUnreadable');
    const wanted = expanded && !unreadable ? contentSig : '';
    if (wanted === listSig) return;
    // Keep keyboard focus on the same control when the list is rebuilt under it.
    const active = shadow.activeElement as HTMLElement | null;
    const focusId = active && list.contains(active) ? active.dataset.id : undefined;
    if (expanded && !unreadable) list.replaceChildren(...shown.map((a, i) => renderArgument(doc, a, i)));
    else list.replaceChildren();
    listSig = wanted;
    if (active && !active.isConnected) {
      const again = [...list.querySelectorAll<HTMLElement>('[data-action="copy"]')].find((b) => focusId && b.dataset.id === focusId);
      (again ?? pill).focus({ preventScroll: true });
    }
  }

  /**
   * Shows the placement's decision in the controls: the pill is expanded only while the panel shows (not while it
   * stands for a panel without room), its title then says why; the side button names the other side.
   */
  function showRoom(room: Room | null): void {
    const open = expanded && room?.open !== false;
    pill.setAttribute('aria-expanded', String(open));
    if (expanded && !open) pill.title = t('cardNoRoom');
    else pill.removeAttribute('title');
    const to = otherSide(room?.side ?? 'right');
    sideButton.textContent = t(to === 'left' ? 'cardSideLeft' : 'cardSideRight');
    // The panel went out of sight under a keyboard user: the pill takes the focus, not <body>.
    if (!open && shadow.activeElement && panel.contains(shadow.activeElement)) pill.focus({ preventScroll: true });
  }

  function setExpanded(open: boolean): void {
    if (expanded === open) return;
    expanded = open;
    renderPanel();
    keepClear();
  }

  /**
   * The user asked for the panel where it would cover the page's text: the card stays the pill and says so in its
   * status line (seen, and read by screen readers; a title alone never shows on a touch screen). Where the side panel
   * can open from the card (Chrome), it opens now, inside the user's click, with the same arguments beside the page.
   */
  function noRoom(): void {
    const panelHere = state?.panel === 'button' && !!callbacks.onPanel;
    if (panelHere) callbacks.onPanel?.();
    showStatus(t(panelHere ? 'cardNoRoomPanel' : 'cardNoRoom'), 'ok');
  }

  function copied(title: string, result: { ok: boolean; error?: string }): void {
    if (destroyed) return;
    if (result.ok) showStatus(t('cardCopied', title), 'ok');
    else showStatus(t('cardCopyFailed', result.error ?? ''), 'error');
  }

  function showStatus(text: string, kind: 'ok' | 'error'): void {
    // Emptied first so the same text ("Copied") is announced again on a second copy.
    status.textContent = '';
    status.dataset.kind = kind;
    status.textContent = text;
    clearTimeout(statusTimer);
    statusTimer = setTimeout(() => {
      status.textContent = '';
    }, STATUS_MS);
  }

  // --- interaction -----------------------------------------------------------------------------------------

  function actionOf(event: Event): { action: Action; button: HTMLElement } | null {
    for (const node of event.composedPath()) {
      if (node === shadow) break;
      if (node instanceof Element && node.localName === 'button') {
        const action = (node as HTMLElement).dataset.action as Action | undefined;
        return action ? { action, button: node as HTMLElement } : null;
      }
    }
    return null;
  }

  function copy(id: string): void {
    const arg = shown.find((a) => a.id === id);
    if (!arg) return;
    const win = doc.defaultView as (Window & typeof globalThis) | null;
    // Synchronous call inside the click: the async clipboard needs the user's activation.
    writeClipboard(arg.copy, { clipboard: win?.navigator.clipboard, ClipboardItem: win?.ClipboardItem, document: doc }).then(
      (result: ClipboardResult) => {
        if (destroyed) return;
        copied(arg.title, result);
        callbacks.onCopied(id, result.ok);
      },
    );
  }

  function onDismissed(): void {
    dismissed = true;
    expanded = false;
    ensurePlaced();
    callbacks.onDismiss();
  }

  // Cancelling mousedown keeps focus (and the caret) in the page's editor when a card control is clicked.
  shadow.addEventListener('mousedown', (event) => event.preventDefault(), opts);
  shadow.addEventListener(
    'click',
    (event) => {
      const hit = actionOf(event);
      if (!hit) return;
      if (CARD_SECURITY.trustedEventsOnly && !event.isTrusted && (hit.action === 'copy' || hit.action === 'dismiss')) return;
      switch (hit.action) {
        case 'toggle':
          // By what the user sees: a pill standing for a panel without room opens (again) rather than closing.
          setExpanded(!(expanded && placement.room()?.open !== false));
          userClosedWhileComposing = !expanded && !!state?.composing;
          if (expanded && placement.room()?.open === false) noRoom();
          break;
        case 'dismiss':
          onDismissed();
          break;
        case 'copy':
          if (hit.button.dataset.id) copy(hit.button.dataset.id);
          break;
        case 'more':
          callbacks.onMore?.();
          break;
        case 'side': {
          pickedSide = otherSide(placement.room()?.side ?? 'right');
          callbacks.onSide?.(pickedSide);
          keepClear();
          break;
        }
        case 'panel':
          // At once, inside the click: Chrome opens the side panel only during the user's gesture.
          callbacks.onPanel?.();
          break;
        case 'quote': {
          const arg = shown.find((a) => a.id === hit.button.dataset.id);
          if (arg?.quote) callbacks.onQuote?.(arg.id, arg.quote);
          break;
        }
      }
    },
    opts,
  );
  shadow.addEventListener(
    'keydown',
    (event) => {
      if ((event as KeyboardEvent).key !== 'Escape' || !expanded) return;
      const focusInPanel = !!shadow.activeElement && panel.contains(shadow.activeElement);
      setExpanded(false);
      userClosedWhileComposing = !!state?.composing;
      if (focusInPanel) pill.focus({ preventScroll: true });
    },
    opts,
  );
  for (const type of CONTAINED_EVENTS) shadow.addEventListener(type, (event) => event.stopPropagation(), opts);

  // --- handle ----------------------------------------------------------------------------------------------

  function update(next: CardState): void {
    if (destroyed) return;
    const wasComposing = state?.composing ?? false;
    const wasVisible = visible();
    state = next;
    if (!next.composing) userClosedWhileComposing = false;
    const args = next.arguments.slice(0, MAX_CARD_ARGUMENTS);
    const sig = signatureOf(next, args);
    // Always the latest: a change of the copy settings brings new copies for the same list (no re-render).
    shown = args;
    if (sig !== contentSig) {
      contentSig = sig;
      renderStaticTexts();
    }
    if (!visible()) {
      // Detach first, so a keyboard user's focus goes back to the page rather than through a re-render.
      ensurePlaced();
      expanded = false;
    } else if (next.composing && next.openWhileComposing !== false && !userClosedWhileComposing && (!wasComposing || !wasVisible)) {
      expanded = true;
    }
    renderPanel();
    if (visible() !== wasVisible || (visible() && !host.isConnected)) ensurePlaced();
    else if (visible()) keepClear();
  }

  function destroy(): void {
    if (destroyed) return;
    destroyed = true;
    clearTimeout(statusTimer);
    life.abort();
    placement.remove();
  }

  if (signal.aborted) destroy();
  return { update, copied, destroy, host };
}
