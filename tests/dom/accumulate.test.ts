// @vitest-environment jsdom
/**
 * Rankings from the background, accumulated in the content script (the content script reads and shows,
 * the background ranks): per argument the batches' scores add up, the best unit's words and quote are kept,
 * objections are merged,
 * navigation starts
 * over and drops answers for the page that was left, the compose box's ranking is replaced (never summed) and
 * comes first, a big batch goes out in bounded messages, and a background that fails or is gone breaks nothing.
 */
import { describe, expect, it, vi } from 'vitest';
import { type ContentController, SEND_CHARS } from '../../content/index';
import { MAX_MATCHED, PageRanking } from '../../content/page-ranking';
import { PAGE_KEY } from '../../content/reader';
import type { PageReport, RankResponse } from '../../src/messages';
import { fakeRank, harness, loadPage, type ResolvedRankRequest, run, shownIds, useContentScriptTest } from './helpers';

let ctl: ContentController | null = null;
const content = useContentScriptTest({
  after: () => {
    vi.restoreAllMocks();
  },
});

/** Appends a post shaped like X's (`article[data-testid="tweet"]` with its `tweetText`) to the fixture's timeline. */
function addPost(doc: Document, text: string): void {
  const article = doc.createElement('article');
  article.setAttribute('data-testid', 'tweet');
  const body = article.appendChild(doc.createElement('div'));
  body.setAttribute('data-testid', 'tweetText');
  body.textContent = text;
  doc.getElementById('timeline')!.appendChild(article);
}

/** The summed score of `id` over the page texts of `requests`, ranked batch by batch with the same fake ranker. */
function expectedScore(requests: ResolvedRankRequest[], id: string): number {
  let sum = 0;
  for (const r of requests) for (const t of r.texts) if (t.key === PAGE_KEY) sum += fakeRank(t.text).find((x) => x.id === id)?.score ?? 0;
  return Math.round(sum * 1000) / 1000;
}

describe('PageRanking', () => {
  it("adds the batches' scores, keeps the best unit's words and quote, and merges objections", () => {
    const ranking = new PageRanking();
    ranking.add([{ id: 'a', score: 0.5, best: 0.5, matched: ['Kritik'], quote: 'Kritik gibt es.' }]);
    ranking.add([
      { id: 'b', score: 0.9, best: 0.9, matched: ['Shitstorm'], objections: ['o1'] },
      { id: 'a', score: 1.5, best: 0.75, matched: ['Beschwerde'], quote: 'Eine Beschwerde.', objections: ['o1'] },
    ]);
    ranking.add([{ id: 'b', score: 0.25, best: 0.25, matched: ['shitstorm'], quote: 'weaker', objections: ['o1', 'o2'] }]);
    expect(ranking.ranking()).toEqual([
      { id: 'a', score: 2, best: 0.75, matched: ['Beschwerde'], quote: 'Eine Beschwerde.', objections: ['o1'] },
      { id: 'b', score: 1.15, best: 0.9, matched: ['Shitstorm'], objections: ['o1', 'o2'] },
    ]);
  });

  it('gives the same ranking whatever the order of the batches', () => {
    const batches = [
      [{ id: 'a', score: 0.5, matched: ['x'] }],
      [
        { id: 'a', score: 0.8, matched: ['y'], quote: 'Y.' },
        { id: 'b', score: 0.6, matched: ['z'] },
      ],
      [{ id: 'b', score: 0.7, matched: ['w'], quote: 'W.' }],
    ];
    const forward = new PageRanking();
    for (const b of batches) forward.add(b);
    const backward = new PageRanking();
    for (const b of [...batches].reverse()) backward.add(b);
    expect(backward.ranking()).toEqual(forward.ranking());
  });

  it('caps matched words, ignores malformed entries, breaks ties by first appearance, and resets', () => {
    const ranking = new PageRanking();
    const words = Array.from({ length: MAX_MATCHED + 5 }, (_, i) => `w${i}`);
    ranking.add([{ id: 'x', score: 1, matched: words }]);
    ranking.add([{ id: 'y', score: 1, matched: [] }]);
    ranking.add([{ id: 'bad', score: Number.NaN, matched: [] }, { id: 'neg', score: -1, matched: [] }, null as never]);
    const ranked = ranking.ranking();
    expect(ranked.map((r) => r.id)).toEqual(['x', 'y']);
    expect(ranked[0]!.matched).toEqual(words.slice(0, MAX_MATCHED));
    // A copy: changing it does not change the ranking.
    ranked[0]!.matched.push('changed');
    expect(ranking.ranking()[0]!.matched).toHaveLength(MAX_MATCHED);
    ranking.reset();
    expect(ranking.size).toBe(0);
    expect(ranking.ranking()).toEqual([]);
  });
});

describe('accumulation across batches', () => {
  it("one rank message per batch carrying only the new post; the page's score is the sum of the batches'", async () => {
    const dom = loadPage('x/timeline.html', 'https://x.com/home');
    const doc = dom.window.document;
    const h = harness(dom.window as unknown as Window);
    ctl = content.start(h.env);
    await run();
    const first = h.requests.length;
    expect(first).toBe(1);
    const before = ctl!.report().ranked.find((r) => r.id === 'criticism')!.score;
    expect(before).toBe(expectedScore(h.requests, 'criticism'));
    addPost(doc, 'Ein Shitstorm wegen einer Beschwerde? Kritik gehört dazu.');
    await run();
    addPost(doc, 'Another complaint, another backlash.');
    await run();
    expect(h.requests).toHaveLength(first + 2);
    // Each request carries only the new post.
    expect(h.requests[first]!.texts).toEqual([{ key: PAGE_KEY, text: 'Ein Shitstorm wegen einer Beschwerde? Kritik gehört dazu.' }]);
    expect(h.requests[first]!.url).toBe('https://x.com/home');
    const after = ctl!.report().ranked.find((r) => r.id === 'criticism')!;
    expect(after.score).toBe(expectedScore(h.requests, 'criticism'));
    expect(after.score).toBeGreaterThan(before);
    // The words are those of the best batch, not a mixture of all.
    const best = h.requests
      .flatMap((r) => r.texts.filter((t) => t.key === PAGE_KEY).map((t) => fakeRank(t.text).find((x) => x.id === 'criticism')))
      .filter((x) => x !== undefined)
      .sort((a, b) => b.score - a.score)[0]!;
    expect(after.matched).toEqual(best.matched);
  });

  it('card data already held is not built or sent again: a later batch brings only new arguments', async () => {
    const dom = loadPage('x/timeline.html', 'https://x.com/home');
    const doc = dom.window.document;
    const h = harness(dom.window as unknown as Window);
    const rank = h.env.rank;
    const answers: RankResponse[] = [];
    h.env.rank = async (request) => {
      const answer = await rank(request);
      answers.push(answer);
      return answer;
    };
    ctl = content.start(h.env);
    await run();
    expect(h.sent.map((r) => r.have)).toEqual([undefined]);
    expect(Object.keys((answers[0] as Extract<RankResponse, { ok: true }>).cards).sort()).toEqual(['criticism', 'transparency']);
    addPost(doc, 'Another complaint, and our graduates ask about employer branding.');
    await run();
    expect(h.sent[1]!.have?.sort()).toEqual(['criticism', 'transparency']);
    // Criticism ranks in the new batch too, but only the new argument's card data comes back.
    const second = answers[1] as Extract<RankResponse, { ok: true }>;
    expect(second.results[PAGE_KEY]!.map((r) => r.id).sort()).toEqual(['criticism', 'employer-branding']);
    expect(Object.keys(second.cards)).toEqual(['employer-branding']);
    // The card still has everything it shows.
    const shown = h.cards[0]!.last!.arguments;
    expect(shown.map((a) => a.id)).toEqual(['criticism', 'transparency', 'employer-branding']);
    expect(shown.map((a) => a.title)).toEqual(['Answer criticism in public', 'Transparency', 'Attractive employer']);
    expect(shown.every((a) => a.copy.plain.startsWith(a.title))).toBe(true);
  });

  it('navigation starts over, and an answer for the page that was left is dropped', async () => {
    const dom = loadPage('x/timeline.html', 'https://x.com/home', { app: true });
    const doc = dom.window.document;
    const h = harness(dom.window as unknown as Window);
    const answer = h.env.rank;
    let held: (() => void) | null = null;
    ctl = content.start(h.env);
    await run();
    expect(shownIds(h)[0]).toBe('criticism');
    // The next answer is held back until the user has navigated away.
    h.env.rank = (request) =>
      new Promise<RankResponse>((resolve) => {
        held = () => void answer(request).then(resolve);
      });
    addPost(doc, 'Ein Shitstorm! Kritik über Kritik.');
    await run();
    expect(held).not.toBeNull();
    h.env.rank = answer;
    (doc.querySelector('a[href="/sport"]') as HTMLElement).click();
    await run();
    expect(ctl!.report().ranked).toEqual([]);
    held!();
    await run();
    // The late answer belonged to the timeline: the sport page stays without a hint.
    expect(ctl!.report().ranked).toEqual([]);
    expect(shownIds(h)).toEqual([]);
  });

  it('the compose box ranking comes first and is replaced on each scoring, never summed; a stale answer is dropped', async () => {
    const dom = loadPage('x/timeline.html', 'https://x.com/home', { app: true });
    const doc = dom.window.document;
    const h = harness(dom.window as unknown as Window);
    ctl = content.start(h.env);
    await run();
    const editor = doc.querySelector('[data-testid="tweetTextarea_0"]')!;
    const block = editor.querySelector('[data-offset-key] span')!;
    const typeText = (text: string) => {
      block.textContent = text;
      editor.dispatchEvent(new dom.window.InputEvent('input', { bubbles: true }));
    };
    typeText('Transparenz zeigen');
    await run();
    // The page says more about criticism, but what the user types comes first.
    expect(shownIds(h)[0]).toBe('transparency');
    typeText('Wir suchen Nachwuchs als Arbeitgeber');
    await run();
    const card = h.cards[0]!.last!;
    expect(card.arguments[0]!.id).toBe('employer-branding');
    expect(card.composing).toBe(true);
    // Replaced, not summed: the compose ranking is the last draft's alone, then the page's own ranking follows.
    const page = ctl!.reader.ranking().map((r) => r.id);
    expect(ctl!.report().ranked.map((r) => r.id)).toEqual(['employer-branding', ...page.filter((id) => id !== 'employer-branding')]);

    // A slow answer to an older draft arrives after the answer to the newer one: the newer stays.
    const answer = h.env.rank;
    const pending: (() => void)[] = [];
    h.env.rank = (request) =>
      new Promise<RankResponse>((resolve) => {
        pending.push(() => void answer(request).then(resolve));
      });
    typeText('Gesichter des Unternehmens');
    await run();
    typeText('Crowdsourcing mit unseren Fans');
    await run();
    expect(pending).toHaveLength(2);
    pending[1]!();
    await run();
    pending[0]!();
    await run();
    expect(h.cards[0]!.last!.arguments[0]!.id).toBe('crowdsourcing');
  });

  it('a big batch goes out in messages of bounded size, the first early', async () => {
    const dom = loadPage('intranet/page.html', 'https://intranet.example.com/news/social-media');
    const doc = dom.window.document;
    const article = doc.querySelector('article')!;
    const para = `${'Wort '.repeat(3000)}Kritik.`;
    for (let i = 0; i < 30; i++) article.appendChild(doc.createElement('p')).textContent = `${i} ${para}`;
    const h = harness(dom.window as unknown as Window);
    ctl = content.start(h.env);
    await run();
    const sizes = h.requests.map((r) => r.texts.find((t) => t.key === PAGE_KEY)?.text.length ?? 0);
    expect(sizes.length).toBeGreaterThan(1);
    // Sent at the threshold: one message holds at most SEND_CHARS plus one unit.
    for (const n of sizes) expect(n).toBeLessThan(SEND_CHARS + para.length + 10);
    expect(h.pageTexts().filter((t) => t.endsWith('Kritik.'))).toHaveLength(30);
  });
});

describe('when the background does not answer', () => {
  it('an error means no card, logged once, and the page goes on being read', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const dom = loadPage('x/timeline.html', 'https://x.com/home');
    const doc = dom.window.document;
    const h = harness(dom.window as unknown as Window);
    h.env.rank = async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    };
    ctl = content.start(h.env);
    await run();
    addPost(doc, 'Ein Shitstorm!');
    await run();
    expect(h.cards.flatMap((c) => c.states).filter((s) => s.arguments.length)).toEqual([]);
    expect(warn.mock.calls.filter((c) => String(c[0]).startsWith('Argumentarium'))).toHaveLength(1);
    expect(ctl!.signal.aborted).toBe(false);
    expect(ctl!.reader.reads).toBeGreaterThan(4);
    // A failed answer ({ ok: false }) is the same: no card, no further log.
    h.env.rank = async () => ({ ok: false, error: 'rank: broken' });
    addPost(doc, 'Noch ein Shitstorm!');
    await run();
    expect(warn.mock.calls.filter((c) => String(c[0]).startsWith('Argumentarium'))).toHaveLength(1);
    const report = (await h.runtime.deliver({ type: 'page-report' })) as PageReport;
    expect(report.ranked).toEqual([]);
  });

  it('a lost extension context tears the instance down', async () => {
    const dom = loadPage('x/timeline.html', 'https://x.com/home');
    const h = harness(dom.window as unknown as Window);
    h.env.rank = async () => {
      throw new Error('Extension context invalidated.');
    };
    ctl = content.start(h.env);
    await run();
    expect(ctl!.signal.aborted).toBe(true);
    expect(dom.window.document.documentElement.hasAttribute('data-argumentarium-content')).toBe(false);
  });

  it('a configuration that cannot be loaded leaves the page alone and still answers the popup', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const dom = loadPage('x/timeline.html', 'https://x.com/home');
    const h = harness(dom.window as unknown as Window);
    h.env.loadConfig = async () => {
      throw new Error('no-receiver: no handler answered content-config');
    };
    ctl = content.start(h.env);
    await run();
    expect(h.requests).toEqual([]);
    expect(h.cards).toEqual([]);
    const report = (await h.runtime.deliver({ type: 'page-report' })) as PageReport;
    expect(report.ranked).toEqual([]);
  });
});
