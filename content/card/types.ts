/**
 * The contract between the content script's page logic (`content/card-host.ts`) and the hint card (`content/card/`).
 * The card knows nothing about sites; the page logic knows nothing about the card's DOM.
 */
import type { Lang } from '../../src/catalog/types';
import type { ColumnSelectors } from './column';
import type { Side } from './room';

/** One argument as the card shows it. */
export interface CardArgument {
  /** Argument id (becomes `data-argument-id`). */
  id: string;
  title: string;
  claim: string;
  /** The decisive words of the page, as written there (marked inside {@link quote}). */
  matched: string[];
  /** The sentence of the page that carries the argument; clicking it scrolls to its post. */
  quote?: string;
  /** Objections found in the page that this argument answers, as display labels. */
  objections: string[];
  /**
   * What Copy writes, prepared in advance so the click handler writes the clipboard synchronously (formatted again
   * when the copy settings change; the card copies what its latest `update` gave).
   */
  copy: { plain: string; html: string };
}

/** What the card displays. */
export interface CardState {
  /** Top arguments, best first (the card shows at most three). Empty: no card at all (unless `status` is `unreadable`). */
  arguments: CardArgument[];
  /** `unreadable`: the page's text cannot be read (Google Docs canvas); the card says so plainly instead of hiding. */
  status: 'ok' | 'unreadable';
  /** UI language of the card (sets `lang` on the card root). */
  lang: Lang;
  /** True while the user types in a compose box: the card opens from its pill (without taking focus). */
  composing: boolean;
  /** False: typing does not open the card (a document page, where the side panel holds the arguments). Default true. */
  openWhileComposing?: boolean;
  /**
   * What the arguments are for: the page (default); the text the user selected and asked about (context menu);
   * `draft`: what the user is writing in a compose box, with the page's own arguments after it.
   */
  source?: 'page' | 'selection' | 'draft';
  /**
   * The side panel: `button` shows a button that calls {@link CardCallbacks.onPanel}; `{ shortcut }` names the keys
   * that open it (Firefox, where a click in the page cannot open the sidebar); absent: nothing about it.
   */
  panel?: 'button' | { shortcut: string };
  /** The page's main column, which the card never covers (from the site module's selectors); absent: only the controls. */
  column?: ColumnSelectors;
  /** The side of the window the user chose for this site (`CardCallbacks.onSide`, stored); absent: the reading direction's end. */
  side?: Side;
}

/** Callbacks from the card to the page logic. */
export interface CardCallbacks {
  /** The user copied argument `id` (the clipboard was already written by the card); `ok` false when writing failed. */
  onCopied(id: string, ok: boolean): void;
  /** The user dismissed the card: hide it on this site for the session. */
  onDismiss(): void;
  /** The user clicked the quote of argument `id`: show the post or block it comes from (optional). */
  onQuote?(id: string, quote: string): void;
  /** The user asked to open the popup/options for more (optional). */
  onMore?(): void;
  /** The user asked for the side panel (the card's `panel: 'button'`); called inside the click (optional). */
  onPanel?(): void;
  /** The user moved the card to `side` with its side button: remember it for this site (optional). */
  onSide?(side: Side): void;
  /** The page kept removing the card, so it stays off this page from now on (the popup says why). */
  onEvicted?(): void;
}

/** Handle of a mounted card. */
export interface CardHandle {
  /** Shows `state` (idempotent; cheap when nothing changed). */
  update(state: CardState): void;
  /**
   * Says in the card's status line (a polite live region, visible on the collapsed card too) that `title` was copied,
   * or why not: the in-page result of a copy made by the context menu or the keyboard command.
   */
  copied(title: string, result: { ok: boolean; error?: string }): void;
  /** Removes the card's host element and all its listeners. */
  destroy(): void;
  /** The host element (`<argumentarium-card data-argumentarium>`, the last child of `<body>` when placed). */
  readonly host: HTMLElement;
}
