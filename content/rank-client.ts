/**
 * The content script's requests to the background ranker: `rank` for new text (with the card data of the arguments
 * it ranks) and `copies` after a change of the copy settings alone. Holds the card data and objection labels the
 * answers brought for this page (bounded by the catalog), and the requests in flight, which a page report waits for.
 * An answer for a page that was left since is dropped; a lost context stops the instance; any other failure means no
 * card from that request, logged once per instance.
 */
import type { CopiesResponse, RankCard, RankResponse, RankText } from '../src/messages';
import type { RankedArgument } from '../src/relevance/types';
import { isContextGone, type Life } from './lifecycle';
import type { PageState } from './page-state';
import { cutText } from './text';
import type { ContentEnv } from './types';

/** Most characters of all texts in one `rank` request: `RANK_LIMITS.totalChars` of `src/background/rank-answer.ts`, which refuses more. */
export const RANK_REQUEST_CHARS = 1_000_000;

/**
 * `texts` cut to fit one `rank` request ({@link RANK_REQUEST_CHARS} in all): each text keeps its start, and what
 * does not fit is left out, since a request over the limit would be refused whole and nothing would be ranked.
 * Texts that are not plain (`join` references) count nothing and are kept.
 */
export function withinRequestLimit(texts: RankText[]): RankText[] {
  let left = RANK_REQUEST_CHARS;
  return texts.map((t) => {
    if (!('text' in t)) return t;
    const text = t.text.length <= left ? t.text : cutText(t.text, left);
    left -= text.length;
    return text === t.text ? t : { key: t.key, text };
  });
}

/** Rank and copy requests of one instance, and the card data their answers brought. */
export class RankClient {
  /** Card data of the arguments ranked on this page, by id (dropped with the page: {@link reset}). */
  cards = new Map<string, RankCard>();
  /** Objection labels by objection id, in the card's language. */
  labels = new Map<string, string>();
  /** Increases on every change of the copy settings: a rank answer asked before one carries copies in the old settings. */
  private copyGeneration = 0;
  private failureLogged = false;
  /** Rank requests in flight: a page report waits for them, so it includes what was read before it was asked. */
  private readonly inflight = new Set<Promise<unknown>>();

  /**
   * @param render shows the card's current state (after new copies arrived)
   */
  constructor(
    private readonly env: ContentEnv,
    private readonly life: Life,
    private readonly state: PageState,
    private readonly render: () => void,
  ) {}

  /** Forgets the card data: the copy format follows the page, the texts the language, so the next ranking brings them. */
  reset(): void {
    this.cards = new Map();
    this.labels = new Map();
  }

  /**
   * Ranks `all` in the background and keeps the card data that comes with the answer.
   * @returns the rankings by key, or `null` when there is no answer, or it belongs to a page that was left since
   */
  async rank(all: RankText[]): Promise<Record<string, RankedArgument[]> | null> {
    const { life, state } = this;
    if (life.stopped || !state.config || all.length === 0) return null;
    const texts = withinRequestLimit(all);
    const asked = state.epoch;
    const copiesAsked = this.copyGeneration;
    let res: RankResponse;
    try {
      // Card data held for this page is not built and sent again (it is dropped with the page, `reset`).
      const have = [...this.cards.keys()];
      res = await this.env.rank({
        type: 'rank',
        texts,
        url: this.env.window.location.href,
        lang: state.lang,
        ...(have.length ? { have } : {}),
      });
    } catch (e) {
      if (isContextGone(e)) life.stop();
      else this.failed(e);
      return null;
    }
    if (life.stopped || asked !== state.epoch) return null;
    if (!res?.ok) {
      this.failed(res?.error ?? 'no answer');
      return null;
    }
    this.add(res.cards, res.objectionLabels);
    // The copy settings changed while this request was out: its copies may be in the old ones.
    if (copiesAsked !== this.copyGeneration) void this.refreshCopies().catch(life.fail);
    return res.results;
  }

  /**
   * After a change of the copy settings alone: the page's ranking and card stand (nothing is read or ranked again);
   * the copies of the arguments ranked here are formatted again, so the next Copy writes the new settings.
   */
  async refreshCopies(): Promise<void> {
    const { life, state } = this;
    const generation = ++this.copyGeneration;
    const ids = [...this.cards.keys()];
    if (life.stopped || !state.config || ids.length === 0) return;
    const asked = state.epoch;
    let res: CopiesResponse;
    try {
      res = await this.env.copies({ type: 'copies', ids, url: this.env.window.location.href, lang: state.lang });
    } catch (e) {
      if (isContextGone(e)) life.stop();
      else this.failed(e);
      return;
    }
    // A newer change or another page: its own request (or the page's next ranking) brings the copies.
    if (life.stopped || asked !== state.epoch || generation !== this.copyGeneration) return;
    if (!res?.ok) {
      this.failed(res?.error ?? 'no answer');
      return;
    }
    for (const [id, copy] of Object.entries(res.copies)) {
      const data = this.cards.get(id);
      if (data) this.cards.set(id, { ...data, copy });
    }
    this.render();
  }

  /** Keeps the card data and objection labels of an answer (a `rank` answer, or a selection the background ranked). */
  add(cards: Record<string, RankCard> | undefined, labels: Record<string, string> | undefined): void {
    for (const [id, card] of Object.entries(cards ?? {})) this.cards.set(id, card);
    for (const [id, label] of Object.entries(labels ?? {})) this.labels.set(id, label);
  }

  /** Keeps `work` (a request and what is done with its answer) in flight until it settles. Never rejects. */
  track(work: Promise<void>): void {
    const p = work.catch(this.life.fail).finally(() => this.inflight.delete(p));
    this.inflight.add(p);
  }

  /** Resolves once every request in flight now has settled. */
  settled(): Promise<unknown> {
    return Promise.all([...this.inflight]);
  }

  /** A request that failed for another reason than a lost context: no card from it, logged once per instance. */
  private failed(reason: unknown): void {
    if (this.failureLogged) return;
    this.failureLogged = true;
    console.warn('Argumentarium: ranking unavailable', reason);
  }
}
