/**
 * The messages the content script answers, through the platform's message dispatch (`src/platform/message-handlers.ts`)
 * like every other context: `page-report` (the popup), `copy-best` (the keyboard command and the context menu) and
 * `rank-selection` (the context menu's "Find arguments for the selection"). Only messages of our own extension are
 * answered; an instance whose extension context is gone stops instead of answering.
 */
import type { Responses } from '../src/messages';
import { dispatch, type HandlerMap, listenOn } from '../src/platform/message-handlers';
import type { CardHost } from './card-host';
import type { Life } from './lifecycle';
import type { PageState } from './page-state';
import type { RankClient } from './rank-client';
import type { ContentEnv } from './types';

/** Selection text sent at most (UTF-16 code units). */
const SELECTION_LIMIT = 100_000;

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

  async function rankSelection(raw: unknown): Promise<Responses['rank-selection']> {
    await ready;
    const text = typeof raw === 'string' ? raw.slice(0, SELECTION_LIMIT) : '';
    const seq = ++state.selectionSeq;
    const results = text.trim() ? await ranks.rank([{ key: 'selection', text }]) : { selection: [] };
    // No answer: the background shows the selection in the popup instead.
    if (!results || life.stopped) return { ok: false };
    if (seq !== state.selectionSeq) return { ok: true };
    // Nothing fits the selection: the card would fall back to the page's arguments and say nothing about
    // what the user asked; the background shows the selection in the popup, which says so.
    if (!results.selection?.length) return { ok: false, error: 'nothing-relevant' };
    state.selectionRanked = results.selection;
    state.forced = true;
    card.showRequested();
    return { ok: true };
  }

  return {
    'page-report': () => ready.then(() => ranks.settled()).then(() => state.report(ranks.labels, card.evicted)),
    'copy-best': copyBest,
    'rank-selection': (message) => rankSelection(message.text),
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
