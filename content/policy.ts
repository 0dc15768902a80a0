/**
 * Card policy: whether the card shows, and what it shows. Pure functions, no DOM.
 *
 * - Top three arguments; none relevant and the page readable: no card at all.
 * - Collapsed pill until the user opens it or types in a compose box (`composing`).
 * - `unreadable` pages (Google Docs' canvas) show the card saying so.
 * - Settings: `hintMode[group]` (`always`, `composing`: only while the user types, `never`) and `snoozed` hosts;
 *   a dismissal hides the card on the site for the session. An explicit request (the context menu's
 *   "Find arguments for the selection") shows the card regardless.
 *
 * Titles, claims, copy payloads and objection labels come prepared from the background with each ranking
 * (`rank` message): the content script holds no catalog.
 */

import type { Lang } from '../src/catalog/types';
import type { RankCard } from '../src/messages';
import type { RankedArgument } from '../src/relevance/types';
import type { HintMode } from '../src/settings/index';
import type { CardArgument, CardState } from './card/types';

/** The most arguments the card shows. */
export const CARD_TOP = 3;

/** Everything the card policy decides on. */
export interface PolicyInput {
  /** Arguments to show, best first (see {@link mergeRankings}). */
  ranked: RankedArgument[];
  status: 'ok' | 'unreadable';
  /** `settings.hintMode` of the page's site group. */
  mode: HintMode;
  /** The page's host is in `settings.snoozed`. */
  snoozed: boolean;
  /** The user dismissed the card on this site in this session. */
  dismissed: boolean;
  /** The user asked explicitly (the selection, `show-selection`): show regardless of mode, snooze and dismissal. */
  forced: boolean;
  /** `ranked` is the ranking of the user's selection, not of the page (the card's heading says so). */
  selection?: boolean;
  /** `ranked` starts with the arguments for the user's draft in a compose box (the card's heading says so). */
  draft?: boolean;
  /** The user is typing in a compose box (non-empty text). */
  composing: boolean;
  /** UI language of the card (the card data is already in it). */
  lang: Lang;
  /** Card data by argument id, as the background prepared it (title, claim, copy payload for this page). */
  cards: ReadonlyMap<string, RankCard>;
  /** Objection labels by objection id, in `lang`. */
  objectionLabels: ReadonlyMap<string, string>;
}

/** True when `host` is snoozed: it or a parent domain is in `snoozed` (`x.com` snoozes `mobile.x.com`). */
export function isSnoozed(host: string, snoozed: readonly string[]): boolean {
  const h = host.toLowerCase().replace(/^www\./, '');
  return snoozed.some((s) => {
    const d = s.toLowerCase().replace(/^www\./, '');
    return h === d || h.endsWith(`.${d}`);
  });
}

/** True when the card may show now. */
export function visible(input: Pick<PolicyInput, 'mode' | 'snoozed' | 'dismissed' | 'forced' | 'composing'>): boolean {
  if (input.forced) return true;
  if (input.snoozed || input.dismissed || input.mode === 'never') return false;
  return input.mode === 'always' || input.composing;
}

/**
 * Rankings merged in order of precedence: every argument of `first`, then those of the following lists not
 * already taken. Scores are not compared across lists (they are comparable within one call only).
 */
export function mergeRankings(...lists: RankedArgument[][]): RankedArgument[] {
  const out: RankedArgument[] = [];
  const ids = new Set<string>();
  for (const list of lists) {
    for (const r of list) {
      if (ids.has(r.id)) continue;
      ids.add(r.id);
      out.push(r);
    }
  }
  return out;
}

/**
 * One ranked argument as the card shows it, with its copy payload prepared (the card writes the clipboard
 * synchronously in the click handler). `null` when there is no card data for the id.
 * @param labels objection labels by id; an id without a label is shown as it is
 */
export function cardArgument(
  r: RankedArgument,
  cards: ReadonlyMap<string, RankCard>,
  labels: ReadonlyMap<string, string>,
): CardArgument | null {
  const data = cards.get(r.id);
  if (!data) return null;
  return {
    id: r.id,
    title: data.title,
    claim: data.claim,
    matched: r.matched.slice(0, 6),
    ...(r.quote ? { quote: r.quote } : {}),
    objections: (r.objections ?? []).map((o) => labels.get(o) ?? o),
    copy: data.copy,
  };
}

/**
 * What the card shows, or `null` for no card: not visible by the settings, or nothing relevant on a readable page.
 */
export function cardState(input: PolicyInput): CardState | null {
  if (!visible(input)) return null;
  const args: CardArgument[] = [];
  for (const r of input.ranked) {
    if (args.length >= CARD_TOP) break;
    const a = cardArgument(r, input.cards, input.objectionLabels);
    if (a) args.push(a);
  }
  if (args.length === 0 && input.status !== 'unreadable') return null;
  return {
    arguments: args,
    status: args.length ? 'ok' : input.status,
    lang: input.lang,
    composing: input.composing || input.forced,
    ...(input.selection ? { source: 'selection' as const } : input.draft ? { source: 'draft' as const } : {}),
  };
}
