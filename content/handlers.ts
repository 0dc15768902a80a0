/**
 * The messages the content script answers, through the platform's message dispatch (`src/platform/message-handlers.ts`)
 * like every other context: `page-report` (the popup), `copy-best` (the keyboard command and the context menu) and
 * `show-selection` (the context menu's "Find arguments for the selection", ranked by the background). Only messages of our own extension are
 * answered; an instance whose extension context is gone stops instead of answering.
 */
import type { BackgroundToContent, Responses } from '../src/messages';
import { dispatch, type HandlerMap, listenOn } from '../src/platform/message-handlers';
import type { CardHost } from './card-host';
import type { Life } from './lifecycle';
import type { PageState } from './page-state';
import type { RankClient } from './rank-client';
import type { ContentEnv } from './types';

/** What the handlers work with. */
export interface HandlerParts {
  env: ContentEnv;
  life: Life;
  state: PageState;
  ranks: RankClient;
  card: CardHost;
  /** Resolves once the configuration is loaded and the first scan is scheduled (never rejects). */
  ready: Promise<void>;
}

/** The handlers of one instance, by message type. */
export function contentHandlers({ env, life, state, ranks, card, ready }: HandlerParts): HandlerMap<{ id?: string }> {
  async function copyBest(): Promise<Responses['copy-best']> {
    await ready;
    // The best argument the card could show (its data came with the ranking, in this page's copy format).
    const best = state.config ? state.cardRanking().find((r) => ranks.cards.has(r.id)) : undefined;
    const data = best && ranks.cards.get(best.id);
    if (!best || !data) return { ok: false, error: 'nothing-relevant' };
    const result = await env.writeClipboard(data.copy);
    // The toolbar button shows the result too; the card says it where the user is looking.
    card.copied(data.title, result);
    return result.ok
      ? { ok: true, argumentId: best.id, title: data.title }
      : { ok: false, argumentId: best.id, title: data.title, error: result.error };
  }

  /**
   * Shows the selection the background ranked (it never sends an empty ranking). The card data comes with it, in
   * this page's copy format; a card the user dismissed makes way for a new one, since the user asked.
   */
  async function showSelection(message: Extract<BackgroundToContent, { type: 'show-selection' }>): Promise<Responses['show-selection']> {
    await ready;
    const ranked = Array.isArray(message.ranked) ? message.ranked.filter((r) => typeof r?.id === 'string') : [];
    if (life.stopped || !state.config || ranked.length === 0) return { ok: false };
    ranks.add(message.cards, message.objectionLabels);
    state.selectionRanked = ranked;
    state.forced = true;
    card.showRequested();
    return { ok: true };
  }

  return {
    'page-report': () => ready.then(() => ranks.settled()).then(() => state.report(ranks.labels, card.evicted)),
    'copy-best': copyBest,
    'show-selection': showSelection,
  };
}

/** Answers `handlers`' messages on `env.runtime` until the instance stops. */
export function listenForMessages(parts: HandlerParts): void {
  const { env, life } = parts;
  const handlers = contentHandlers(parts);
  life.guard(() =>
    listenOn<{ id?: string }>(
      env.runtime,
      (message, sender) => {
        if (life.stopped) return undefined;
        if (!life.alive()) {
          life.stop();
          return undefined;
        }
        // Only our own extension (the background, the popup) sends to a content script; anything else is ignored.
        if (sender.id !== env.runtime.id) return undefined;
        return dispatch(handlers, message, sender);
      },
      life.signal,
    ),
  );
}
