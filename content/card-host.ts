/**
 * The content script's side of the hint card: mounts it the first time there is something to show, gives it the
 * page's current state through the card policy (`./policy.ts`), answers its callbacks (copied, dismissed, quote,
 * more, evicted), and holds its state for a while after a settings change that makes the page be read again.
 */
import { siteGroup } from '../src/site-groups';
import type { ColumnSelectors } from './card/column';
import type { Side } from './card/room';
import type { CardCallbacks, CardHandle } from './card/types';
import { isContextGone, type Life } from './lifecycle';
import type { PageState } from './page-state';
import { cardState, isSnoozed, visible } from './policy';
import type { RankClient } from './rank-client';
import type { SiteModule } from './sites/types';
import { findQuoted } from './text';
import type { ContentEnv } from './types';

/** Prefix of the `storage.local` key under which the side the user chose for the card on a site is kept (`cardSide:x.com`). */
export const SIDE_KEY_PREFIX = 'cardSide:';

/**
 * The main column of `site` as the card avoids it: its text units inside its roots (a unit outside them, a
 * navigation list in the page's sidebar, is not the column), its compose boxes, what it excludes.
 */
export function columnOf(site: SiteModule): ColumnSelectors {
  const { roots, units, compose, exclude, posts } = site.selectors;
  const text = roots ? `:is(${roots}) :is(${units}), :is(${roots}):is(${units})` : units;
  return { text, ...(compose ? { compose } : {}), ...(exclude ? { exclude } : {}), ...(posts ? { posts } : {}) };
}

/**
 * Longest time the card keeps its old state after a settings change that makes the page be read again (milliseconds;
 * a change of the copy settings alone reads nothing again and holds nothing):
 * a failed or lost answer must not freeze it.
 */
export const HOLD_MS = 2000;

/** The card of one instance and what the user did with it. */
export class CardHost {
  private card: CardHandle | null = null;
  /** The user dismissed the card on this site in this session. */
  dismissed = false;
  /** The page removed the card more often than the card puts itself back (`content/card`): reported to the popup. */
  evicted = false;
  /** After a settings change, until the first new answer: the card keeps its state (see {@link render}). */
  private holding = false;
  private holdTimer: ReturnType<typeof setTimeout> | undefined;
  /** The `storage.session` flag of a dismissal on this host. */
  readonly dismissKey: string;
  /** The `storage.local` key of the side the user chose for the card on this host. */
  readonly sideKey: string;
  /** That side, once read (null: none chosen). */
  private side: Side | null = null;
  private readonly callbacks: CardCallbacks;

  constructor(
    private readonly env: ContentEnv,
    private readonly life: Life,
    private readonly state: PageState,
    private readonly ranks: RankClient,
  ) {
    const win = env.window;
    this.dismissKey = `dismissed:${win.location.hostname}`;
    this.sideKey = `${SIDE_KEY_PREFIX}${win.location.hostname}`;
    // Read once per instance; the card takes its usual side until it arrives.
    void env.sides
      ?.get(this.sideKey)
      .then((side) => {
        if (!side || life.stopped) return;
        this.side = side;
        if (this.card) this.render();
      })
      .catch(() => undefined);
    const send = (message: Parameters<ContentEnv['runtime']['sendMessage']>[0]): void => {
      env.runtime.sendMessage(message).catch((e: unknown) => {
        if (isContextGone(e)) life.stop();
      });
    };
    this.callbacks = {
      onCopied: (id, ok) => {
        if (ok) send({ type: 'copied', argumentId: id, siteKind: siteGroup(state.site.group).kind });
      },
      onDismiss: () => {
        this.dismissed = true;
        state.forced = false;
        void env.session.set(this.dismissKey).catch(() => undefined);
        this.render();
      },
      onQuote: (_id, quote) => {
        // Shows the post or block the quote comes from; the page's own elements are only scrolled, never changed.
        findQuoted(win.document, state.site.selectors.units, quote)?.scrollIntoView({ block: 'center', behavior: 'smooth' });
      },
      onMore: () => send({ type: 'open-options' }),
      // Sent from the card's click handler, so the background's `sidePanel.open` still has the user's gesture (Chrome).
      onPanel: () => send({ type: 'open-panel' }),
      onSide: (side) => {
        this.side = side;
        void env.sides?.set(this.sideKey, side).catch(() => undefined);
      },
      onEvicted: () => {
        // The page kept removing the card: it stays off, and the popup says why (the arguments are still there).
        this.evicted = true;
      },
    };
    life.signal.addEventListener(
      'abort',
      () => {
        clearTimeout(this.holdTimer);
        this.card?.destroy();
        this.card = null;
      },
      { once: true },
    );
  }

  /** Called on every render while the instance runs: the side panel's feed (`./panel-feed.ts`) sends what changed. */
  onRender: (() => void) | null = null;

  /**
   * Shows the card's current state (mounting it the first time there is something to show).
   * @returns true when the card shows something
   */
  render(): boolean {
    const { state, env } = this;
    const { config } = state;
    if (this.life.stopped || !config) return false;
    // Whatever asks for a render changed what the page shows: the side panel hears of it too (`./panel-feed.ts`).
    this.onRender?.();
    const win = env.window;
    const input = {
      ranked: state.cardRanking(),
      selection: state.selectionRanked.length > 0,
      draft: state.composeRanked.length > 0,
      status: state.status(),
      mode: state.onDemand() ? ('never' as const) : (config.hintMode[state.site.group] ?? 'always'),
      snoozed: isSnoozed(win.location.hostname, config.snoozed),
      dismissed: this.dismissed,
      forced: state.forced,
      composing: state.composing,
      lang: state.lang,
      cards: this.ranks.cards,
      objectionLabels: this.ranks.labels,
    };
    // Re-reading after a settings change: the card keeps what it shows (and stays open) until the first new answer,
    // rather than vanishing and coming back closed for a change that often did not touch it; unless the new settings
    // hide it here.
    if (this.holding && this.card && visible(input)) return true;
    const shown = cardState(input);
    if (!shown) {
      this.card?.update({ arguments: [], status: 'ok', lang: state.lang, composing: false });
      return false;
    }
    this.card ??= env.mountCard(this.callbacks, this.life.signal, win.document);
    // How the side panel is offered follows the browser (`ContentConfig.panel`), on document pages only: a feed's
    // card stays as it is.
    // On a document the card stays a pill while the author writes, unless the user chose otherwise (settings).
    const doc = state.site.kind === 'document';
    const side = doc ? config.panel : undefined;
    this.card.update({
      ...shown,
      ...(side ? { panel: side.open === 'message' ? ('button' as const) : { shortcut: side.shortcut } } : {}),
      ...(doc && config.documentCard !== 'open' ? { openWhileComposing: false } : {}),
      column: columnOf(state.site),
      ...(this.side ? { side: this.side } : {}),
    });
    return true;
  }

  /**
   * Holds the card's state while the page is read again after a settings change: until {@link releaseHold} (the
   * first answer) or {@link HOLD_MS}, whichever comes first; a hidden tab holds on until it is shown and read.
   */
  hold(): void {
    this.releaseHold();
    this.holding = true;
    const expire = (): void => {
      // A hidden tab reads nothing (Firefox hides the page behind the options tab): hold on until it is read.
      if (this.env.window.document.hidden) {
        this.holdTimer = setTimeout(expire, HOLD_MS);
        return;
      }
      this.releaseHold();
      this.render();
    };
    this.holdTimer = setTimeout(expire, HOLD_MS);
  }

  /** Ends the hold of {@link render} after a settings change (first answer, nothing to rank, or its time is up). */
  releaseHold(): void {
    this.holding = false;
    clearTimeout(this.holdTimer);
    this.holdTimer = undefined;
  }

  /** Drops a card the user dismissed, so an explicit request (the selection) gets a new one; then shows the state. */
  showRequested(): void {
    // A card the user dismissed stays hidden for its handle: an explicit request gets a new one.
    if (this.dismissed && this.card) {
      this.card.destroy();
      this.card = null;
    }
    this.render();
  }

  /** Says in the card's status line that `title` was copied, or why not (a copy from the menu or the keyboard). */
  copied(title: string, result: { ok: boolean; error?: string }): void {
    this.card?.copied(title, result);
  }
}
