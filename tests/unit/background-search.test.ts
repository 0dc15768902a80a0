/**
 * The popup's search and page ranking in the background (`src/background/search.ts`), through the real background
 * entry with a fake `browser`: answers only our extension pages, searches and ranks with the real relevance engine
 * over the effective catalog (hidden built-ins out, the user's arguments in), shares the context cache of
 * `ranking.ts`, rejects malformed requests with a message, and builds highlight snippets from the engine's matches.
 */
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { invalidateRanking, rankingStats } from '../../src/background/ranking';
import { MAX_QUERY, makeSnippet } from '../../src/background/search';
import { catalog as builtins } from '../../src/catalog/index';
import type { RankPageResponse, SearchResponse } from '../../src/messages';
import { MAX_PAGE_TEXT } from '../../src/platform/tabs';
import { OBJECTIONS, rankArguments, searchArguments } from '../../src/relevance/index';
import { fakeBrowser, resetFake } from './background-fake';

vi.mock('../../src/platform/browser', async () => {
  const { fakeBrowser } = await import('./background-fake');
  return { browser: fakeBrowser };
});

const popupSender = { id: 'test-extension-id', url: 'chrome-extension://test-extension-id/popup.html' };
const contentSender = { id: 'test-extension-id', url: 'https://x.com/home', tab: { id: 7, url: 'https://x.com/home' }, frameId: 0 };
const foreignSender = { id: 'another-extension', url: 'chrome-extension://another-extension/popup.html' };

const POST =
  'Yesterday we had a shitstorm on our page. Customers posted angry criticism and complaints about the delivery delays, and nobody answered them.';

/** Delivers a message as `runtime.onMessage` would; the answering listener's promise, or undefined when none answers. */
function deliver(msg: unknown, sender: object): Promise<unknown> | undefined {
  const answers = fakeBrowser.runtime.onMessage.fire(msg as never, sender as never).filter((a) => a !== undefined);
  expect(answers.length).toBeLessThanOrEqual(1);
  return answers[0] as Promise<unknown> | undefined;
}

async function search(query: unknown, lang: unknown = 'de'): Promise<SearchResponse> {
  return (await deliver({ type: 'search', query, lang }, popupSender)) as SearchResponse;
}

async function rankPage(text: unknown): Promise<RankPageResponse> {
  return (await deliver({ type: 'rank-page', text }, popupSender)) as RankPageResponse;
}

beforeAll(async () => {
  await import('../../src/background/index');
});

beforeEach(() => {
  resetFake();
  // resetFake empties storage without a change event: the cache must not outlive the test's storage.
  invalidateRanking({}, 'sync');
});

describe('search', () => {
  it('"Kritik" puts criticism first, as the real search over the built-ins does', async () => {
    const res = await search('Kritik');
    expect(res).toEqual({ ok: true, ids: searchArguments('Kritik', builtins, 'de') });
    expect(res.ok && res.ids[0]?.id).toBe('criticism');
  });

  it('a blank query lists every argument in catalog order', async () => {
    const res = await search('   ', 'en');
    expect(res.ok && res.ids.map((r) => r.id)).toEqual(builtins.map((a) => a.id));
  });

  it('searches the effective catalog: hidden built-ins are not found, the user’s arguments are', async () => {
    await fakeBrowser.storage.sync.set({ hidden: ['criticism'] });
    const hidden = await search('Kritik');
    expect(hidden.ok && hidden.ids.map((r) => r.id)).not.toContain('criticism');
    await fakeBrowser.storage.local.set({
      userArguments: [
        {
          id: 'user-podcast',
          origin: 'user',
          text: {
            en: { title: 'Podcast', claim: 'A podcast reaches commuters.', reasoning: 'Because.', signals: ['podcast'], objections: [] },
          },
        },
      ],
    });
    const own = await search('podcast', 'en');
    expect(own.ok && own.ids[0]?.id).toBe('user-podcast');
  });

  it('shares the context cache with the content scripts’ ranking: one build for search, rank-page and rank', async () => {
    const builds = rankingStats.builds;
    await search('Kritik');
    await rankPage(POST);
    await deliver({ type: 'rank', texts: [{ key: 'page', text: POST }], url: contentSender.url }, contentSender);
    expect(rankingStats.builds).toBe(builds + 1);
  });

  it.each([
    [{ query: 42, lang: 'de' }, 'search: query must be a string'],
    [{ query: 'x'.repeat(MAX_QUERY + 1), lang: 'de' }, `search: at most ${MAX_QUERY} characters, got ${MAX_QUERY + 1}`],
    [{ query: 'Kritik', lang: 'fr' }, 'search: unknown language "fr"'],
  ])('rejects %o with a message', async ({ query, lang }, error) => {
    expect(await search(query, lang)).toEqual({ ok: false, error });
  });

  it('answers extension pages only: not content scripts, not other extensions', () => {
    expect(deliver({ type: 'search', query: 'Kritik', lang: 'de' }, contentSender)).toBeUndefined();
    expect(deliver({ type: 'search', query: 'Kritik', lang: 'de' }, foreignSender)).toBeUndefined();
    expect(deliver({ type: 'rank-page', text: POST }, contentSender)).toBeUndefined();
    expect(deliver({ type: 'rank-page', text: POST }, foreignSender)).toBeUndefined();
  });
});

describe('rank-page', () => {
  it('ranks with the real engine over the built-ins, criticism first, with a snippet marking matched words', async () => {
    const res = await rankPage(POST);
    if (!res.ok) throw new Error(res.error);
    expect(res.ranked).toEqual(rankArguments(POST, { catalog: builtins }));
    expect(res.ranked[0]?.id).toBe('criticism');
    const snippet = res.snippets.criticism;
    expect(snippet).toBeDefined();
    const marked = snippet!.ranges.map((r) => snippet!.text.slice(r.start, r.end).toLowerCase());
    // The snippet is the sentence that carries the argument: each matched word is marked there, and nothing else.
    const matched = res.ranked[0]!.matched.map((w) => w.toLowerCase());
    expect(new Set(marked)).toEqual(new Set(matched));
  });

  it("labels the objections it found in the settings' language, never just their ids", async () => {
    await fakeBrowser.storage.sync.set({ lang: 'de' });
    const text = 'Wir haben Angst vor einem Shitstorm, wenn Kunden uns öffentlich kritisieren.';
    const res = await rankPage(text);
    if (!res.ok) throw new Error(res.error);
    const ids = [...new Set(res.ranked.flatMap((r) => r.objections ?? []))];
    expect(ids).toEqual(['public-criticism']);
    expect(Object.keys(res.objectionLabels).sort()).toEqual([...ids].sort());
    for (const id of ids) expect(res.objectionLabels[id]).toBe(OBJECTIONS.find((o) => o.id === id)!.label.de);
  });

  it('an empty or blank text ranks nothing', async () => {
    expect(await rankPage('  \n ')).toEqual({ ok: true, ranked: [], snippets: {}, objectionLabels: {} });
  });

  it.each([
    [undefined, 'rank-page: text must be a string'],
    ['x'.repeat(MAX_PAGE_TEXT + 1), `rank-page: at most ${MAX_PAGE_TEXT} characters, got ${MAX_PAGE_TEXT + 1}`],
  ])('rejects a malformed text with a message (%#)', async (text, error) => {
    expect(await rankPage(text)).toEqual({ ok: false, error });
  });
});

describe('makeSnippet', () => {
  const filler = 'lorem ipsum dolor sit amet '.repeat(10);

  it('is the text around the first match, cut at spaces, with every match inside marked', () => {
    const text = `${filler}Customers voiced criticism openly, and more criticism followed. ${filler}`;
    const s = makeSnippet(text, ['criticism'], 30)!;
    expect(s.cutStart).toBe(true);
    expect(s.cutEnd).toBe(true);
    expect(s.text.startsWith(' ')).toBe(false);
    expect(s.text.endsWith(' ')).toBe(false);
    expect(s.ranges.map((r) => s.text.slice(r.start, r.end))).toEqual(['criticism', 'criticism']);
    // At most the context on each side of the first match.
    const first = text.indexOf('criticism');
    expect(text.indexOf(s.text)).toBeGreaterThanOrEqual(first - 30);
    expect(text.indexOf(s.text) + s.text.length).toBeLessThanOrEqual(first + 'criticism'.length + 30);
  });

  it('matches whole words only, case and umlaut forms alike, and shows line breaks as spaces', () => {
    const s = makeSnippet('Die KRITIK war laut.\nKritiken auch.', ['Kritik'])!;
    expect(s.text).toBe('Die KRITIK war laut. Kritiken auch.');
    expect(s.ranges).toEqual([{ start: 4, end: 10 }]);
    expect(s.cutStart || s.cutEnd).toBe(false);
  });

  it('is null when no word is found or none is given', () => {
    expect(makeSnippet('Nothing relevant here.', ['criticism'])).toBeNull();
    expect(makeSnippet('criticism', [])).toBeNull();
    expect(makeSnippet('', ['criticism'])).toBeNull();
  });
});
