/**
 * The content script: {@link start} wires one instance's parts together on a page, and the bundle entry at the end
 * starts it with the real environment (`./env.ts`), loaded only inside an extension; DOM tests pass fakes.
 *
 * The parts, each with one reason to change:
 * - `./lifecycle.ts`: one instance per page, torn down when the extension context is gone, restarted on a document
 *   rewritten by `document.open()`;
 * - `./page-state.ts`: the configuration, the site module and its reader, the page's, compose box's and selection's
 *   rankings;
 * - `./page-watch.ts`: the MutationObserver, in-app navigation, the hidden tab, and the batches read in slices;
 * - `./compose.ts`: the compose box, scored as the user types;
 * - `./rank-client.ts`: the `rank` and `copies` requests to the background and the card data they bring;
 * - `./card-host.ts`: the card, its callbacks, and its hold after a settings change;
 * - `./handlers.ts`: the messages from the popup and the background;
 * - `./panel-feed.ts`: what the side panel gets while it is connected.
 *
 * Ranking happens in the background (the budgets of the Performance section: no catalog, lexicon or relevance engine
 * in this bundle, and no lexicon build on the page's main thread). The compose box's ranking is replaced on each
 * debounced scoring and takes precedence; a selection the user asked about takes precedence over both. Answers that
 * arrive after the page changed (navigation, new settings) or after a newer compose scoring are dropped. If the
 * background does not answer: a lost extension context tears down; any other failure means no card (logged once),
 * and the page goes on.
 */

import { CardHost } from './card-host';
import { ComposeWatch } from './compose';
import { listenForMessages } from './handlers';
import { claimPage, type Life } from './lifecycle';
import { PageState } from './page-state';
import { PageWatch } from './page-watch';
import { startPanelFeed } from './panel-feed';
import { RankClient } from './rank-client';
import type { SettingsChange } from './settings-change';
import type { ContentController, ContentEnv } from './types';

export { HOLD_MS } from './card-host';
export { HELLO, INSTANCE, LIVENESS_EVENTS, MARKER, REWRITE_WAIT_MS } from './lifecycle';
export { EARLY_CHARS, FIRST_ANSWER_WAIT_MS, FIRST_PIECE_CHARS, SEND_CHARS } from './page-watch';
export { RANK_REQUEST_CHARS, withinRequestLimit } from './rank-client';
export type { ContentController, ContentEnv, RankRequest, RuntimeLike, SessionFlags } from './types';

/**
 * Starts the content script on `env.window`.
 * @returns the controller, or `null` when nothing starts: not the top frame, or a live instance already runs
 */
export function start(env: ContentEnv): ContentController | null {
  const claimed = claimPage(env, start);
  if (!claimed) return null;
  const life: Life = claimed;
  const { signal } = life;

  const state = new PageState(env);
  const render = (): void => void card.render();
  const ranks = new RankClient(env, life, state, render);
  const card = new CardHost(env, life, state, ranks);
  const compose = new ComposeWatch(life, state, ranks, env.timing?.debounce ?? 400, render);
  const watch: PageWatch = new PageWatch(env.window, {
    life,
    state,
    ranks,
    card,
    onInput: compose.onInput,
    resetPage,
    throttle: env.timing?.throttle ?? 300,
    slice: env.timing?.slice ?? 8,
  });

  if (env.onPanelConnect) {
    const panel = startPanelFeed({
      window: env.window,
      onConnect: env.onPanelConnect,
      extensionId: () => (life.alive() ? env.runtime.id : undefined),
      signal,
      source: {
        report: () => state.report(ranks.labels, card.evicted),
        sections: () => state.reader.sections(),
        kind: () => state.site.kind,
        selectors: () => state.site.selectors,
        roots: () => state.reader.roots(),
        draft: () => (state.composing ? state.composeRanked : []),
      },
    });
    card.onRender = panel.changed;
  }

  /** Starts over for a new page (in-app navigation) or new settings. */
  function resetPage(): void {
    state.reset();
    // The copy format follows the page, the texts the language: card data is asked again with the next ranking.
    ranks.reset();
    watch.reset();
  }

  async function applySettings(change: SettingsChange): Promise<void> {
    if (change === 'copy') return ranks.refreshCopies();
    await state.loadConfig(() => life.stopped);
    if (life.stopped) return;
    resetPage();
    card.hold();
    watch.rescan();
    card.render();
  }

  const ready = (async () => {
    try {
      // Side by side: two round trips to the background in sequence were a visible part of the first card's wait.
      const [, wasDismissed] = await Promise.all([
        state.loadConfig(() => life.stopped),
        env.session.get(card.dismissKey).catch(() => false),
      ]);
      card.dismissed = wasDismissed;
    } catch (e) {
      // Never rejects: the messages that wait for it still get an answer.
      life.fail(e);
      return;
    }
    if (life.stopped) return;
    resetPage();
    env.onSettingsChanged?.((change) => void applySettings(change).catch(life.fail), signal);
    watch.begin();
  })();

  listenForMessages({ env, life, state, ranks, card, ready });

  return {
    signal,
    ready,
    get reader() {
      return state.reader;
    },
    report: () => state.report(ranks.labels, card.evicted),
    stop: life.stop,
  };
}

// Bundle entry: only inside an extension (tests import this module for `start` and nothing runs). It starts at
// once: the static loader (`./loader.ts`) already waited for `load` before asking for it, and the other injections
// come from the user (the context menu, the keyboard command, the popup through `activeTab`), whose message must
// find a listener while the page may still be loading (a copy-best on x.com before `load` answered "can't read this
// page" while this entry waited for `load`), or from an install or update into tabs that are open.
const ext = (globalThis as { chrome?: { runtime?: { id?: string } } }).chrome;
if (ext?.runtime?.id && typeof document !== 'undefined') {
  void import('./env').then(({ realEnv }) => start(realEnv()));
}
