/**
 * Ranking in the background for content scripts (`src/background/ranking.ts`, `rank-answer.ts`), through the real
 * background entry with a fake `browser`: answers only our own content scripts, ranks with the real relevance
 * engine over the effective catalog, prepares card data in the UI language and the copy format of the sender's
 * page, caches the context until storage changes, rejects malformed requests with a message, and opens
 * `storage.session` to content scripts at start.
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { type ContentController, start } from '../../content/index';
import { checkRankRequest, objectionLabelOf, pageUrlFor, RANK_LIMITS } from '../../src/background/rank-answer';
import { invalidateRanking, MANAGED_WAIT_MS, rankContext, rankingStats } from '../../src/background/ranking';
import { catalog as builtins } from '../../src/catalog/index';
import { textOf } from '../../src/catalog/types';
import { formatArgument } from '../../src/copy/index';
import type { ContentConfig, PageReport, RankResponse } from '../../src/messages';
import { OBJECTIONS, rankArguments } from '../../src/relevance/index';
import { harness, loadPage } from '../dom/helpers';
import { fakeBrowser, fakeState, resetFake, settle } from './background-fake';

vi.mock('../../src/platform/browser', async () => {
  const { fakeBrowser } = await import('./background-fake');
  return { browser: fakeBrowser };
});

const setAccessLevel = vi.fn(async (_o: { accessLevel: string }) => undefined);
const contentSender = (url = 'https://x.com/home') => ({ id: 'test-extension-id', url, tab: { id: 7, url }, frameId: 0 });
const optionsSender = { id: 'test-extension-id', url: 'chrome-extension://test-extension-id/options.html' };

/** A post that the real engine finds relevant (criticism; it names an objection too). */
const POST =
  'Unser Vorstand fürchtet einen Shitstorm, wenn Kunden uns öffentlich kritisieren. Wie geht ihr mit Kritik auf Social Media um?';

/** Delivers a message as `runtime.onMessage` would; the answering listener's promise, or undefined when none answers. */
function deliver(msg: unknown, sender: object): Promise<unknown> | undefined {
  const answers = fakeBrowser.runtime.onMessage.fire(msg as never, sender as never).filter((a) => a !== undefined);
  expect(answers.length).toBeLessThanOrEqual(1);
  return answers[0] as Promise<unknown> | undefined;
}

async function rank(texts: { key: string; text: string }[], sender = contentSender(), extra: object = {}): Promise<RankResponse> {
  return (await deliver({ type: 'rank', texts, url: sender.url, ...extra }, sender)) as RankResponse;
}

function okOf(res: RankResponse): Extract<RankResponse, { ok: true }> {
  if (!res.ok) throw new Error(res.error);
  return res;
}

let accessCallsAtImport: unknown[][] = [];

beforeAll(async () => {
  (fakeBrowser.storage.session as unknown as { setAccessLevel: typeof setAccessLevel }).setAccessLevel = setAccessLevel;
  await import('../../src/background/index');
  accessCallsAtImport = [...setAccessLevel.mock.calls];
});

beforeEach(() => {
  resetFake();
  // resetFake empties storage without a change event: the cache must not outlive the test's storage.
  invalidateRanking({}, 'sync');
  vi.unstubAllGlobals();
});

describe('start', () => {
  it('opens storage.session to content scripts at import (the card keeps its dismissal there)', () => {
    expect(accessCallsAtImport).toEqual([[{ accessLevel: 'TRUSTED_AND_UNTRUSTED_CONTEXTS' }]]);
  });

  it('goes on where setAccessLevel does not exist (Firefox, older Chrome)', async () => {
    const { allowSessionStorageInContentScripts } = await import('../../src/platform/storage-areas');
    const session = fakeBrowser.storage.session as unknown as { setAccessLevel?: unknown };
    const saved = session.setAccessLevel;
    delete session.setAccessLevel;
    try {
      await expect(allowSessionStorageInContentScripts()).resolves.toBeUndefined();
    } finally {
      session.setAccessLevel = saved;
    }
  });
});

describe('rank', () => {
  it('ranks each text with the real engine over the effective catalog and sends card data for every id', async () => {
    const res = okOf(
      await rank([
        { key: 'page', text: POST },
        { key: 'empty', text: '  ' },
      ]),
    );
    const expected = rankArguments(POST, { catalog: builtins });
    expect(expected[0]?.id).toBe('criticism');
    expect(res.results.page).toEqual(expected);
    expect(res.results.empty).toEqual([]);
    expect(Object.keys(res.cards).sort()).toEqual(expected.map((r) => r.id).sort());
    const top = builtins.find((a) => a.id === expected[0]!.id)!;
    // The fake browser's UI language is en-US and the setting is `auto`.
    expect(res.cards[top.id]!.title).toBe(textOf(top, 'en').title);
    expect(res.cards[top.id]!.claim).toBe(textOf(top, 'en').claim);
    const objections = expected.flatMap((r) => r.objections ?? []);
    for (const o of objections) expect(res.objectionLabels[o]).toBe(OBJECTIONS.find((x) => x.id === o)!.label.en);
  });

  it("formats the copy for the sender's page: plain on X, Markdown on Confluence; a claimed URL of another origin is not trusted", async () => {
    const x = okOf(await rank([{ key: 'page', text: POST }]));
    const id = x.results.page![0]!.id;
    const arg = builtins.find((a) => a.id === id)!;
    expect(x.cards[id]!.copy).toEqual(formatArgument(arg, 'en', { format: 'plain', audience: 'general', includeSources: false }));
    const wiki = 'https://example.atlassian.net/wiki/spaces/KOMM/pages/1/Strategie';
    const md = okOf(await rank([{ key: 'page', text: POST }], contentSender(wiki)));
    expect(md.cards[id]!.copy).toEqual(formatArgument(arg, 'en', { format: 'markdown', audience: 'general', includeSources: false }));
    // In-app navigation keeps the origin: the page's own URL counts. Another origin claimed by the message does not.
    const spoofed = okOf(await rank([{ key: 'page', text: POST }], contentSender(), { url: wiki }));
    expect(spoofed.cards[id]!.copy).toEqual(x.cards[id]!.copy);
    expect(pageUrlFor('https://x.com/explore', 'https://x.com/home')).toBe('https://x.com/explore');
    expect(pageUrlFor('javascript:alert(1)', 'https://x.com/home')).toBe('https://x.com/home');
  });

  it('formats copies again with the current copy settings for the page (copies), leaving out ids it does not have', async () => {
    const x = okOf(await rank([{ key: 'page', text: POST }]));
    const id = x.results.page![0]!.id;
    const arg = builtins.find((a) => a.id === id)!;
    await fakeBrowser.storage.sync.set({ audience: 'management', copyFormat: 'markdown', includeSources: true });
    const sender = contentSender();
    const res = await deliver({ type: 'copies', ids: [id, 'no-such-argument'], url: sender.url, lang: 'de' }, sender);
    expect(res).toEqual({
      ok: true,
      copies: { [id]: formatArgument(arg, 'de', { format: 'markdown', audience: 'management', includeSources: true }) },
    });
    expect(await deliver({ type: 'copies', ids: 'all', url: sender.url }, sender)).toEqual({
      ok: false,
      error: expect.stringMatching(/ids must be an array/),
    });
    expect(await deliver({ type: 'copies', ids: [id], url: sender.url, lang: 'fr' }, sender)).toEqual({
      ok: false,
      error: 'copies: unknown language "fr"',
    });
    expect(deliver({ type: 'copies', ids: [id], url: sender.url }, optionsSender)).toBeUndefined();
  });

  it('gives card data in the requested language', async () => {
    const res = okOf(await rank([{ key: 'page', text: POST }], contentSender(), { lang: 'de' }));
    const id = res.results.page![0]!.id;
    expect(res.cards[id]!.title).toBe(textOf(builtins.find((a) => a.id === id)!, 'de').title);
  });

  it('caches the context, and builds it again after a change of settings or user arguments, not of the usage record', async () => {
    const builds = rankingStats.builds;
    const first = okOf(await rank([{ key: 'page', text: POST }]));
    await rank([{ key: 'page', text: POST }]);
    expect(rankingStats.builds).toBe(builds + 1);
    const top = first.results.page![0]!.id;
    await fakeBrowser.storage.local.set({ usage: { copies: 1 } });
    await rank([{ key: 'page', text: POST }]);
    expect(rankingStats.builds).toBe(builds + 1);
    // Hiding the top argument: the next request is answered without it.
    await fakeBrowser.storage.sync.set({ hidden: [top] });
    const hidden = okOf(await rank([{ key: 'page', text: POST }]));
    expect(rankingStats.builds).toBe(builds + 2);
    expect(hidden.results.page!.map((r) => r.id)).not.toContain(top);
    expect(hidden.cards[top]).toBeUndefined();
    await fakeBrowser.storage.local.set({ userArguments: [] });
    await rank([{ key: 'page', text: POST }]);
    expect(rankingStats.builds).toBe(builds + 3);
  });

  it('keeps the catalog array (and with it the lexicons) when a change left the catalog as it was', async () => {
    const own = (claim: string) => [
      {
        id: 'user-podcast',
        origin: 'user',
        text: { en: { title: 'Podcast', claim, reasoning: 'Because.', signals: ['podcast'], objections: [] } },
      },
    ];
    const before = (await rankContext()).catalog;
    await fakeBrowser.storage.sync.set({ intranetSites: ['https://intranet.example.com/*'] });
    const afterSite = await rankContext();
    expect(afterSite.intranet).toEqual(['https://intranet.example.com/*']);
    expect(afterSite.catalog).toBe(before);
    await fakeBrowser.storage.local.set({ userArguments: own('A podcast reaches commuters.') });
    const withOwn = (await rankContext()).catalog;
    expect(withOwn).not.toBe(before);
    expect(withOwn.map((a) => a.id)).toContain('user-podcast');
    // Stored again, equal: parsed into new objects, yet the same catalog.
    await fakeBrowser.storage.local.set({ userArguments: own('A podcast reaches commuters.') });
    expect((await rankContext()).catalog).toBe(withOwn);
    await fakeBrowser.storage.local.set({ userArguments: own('A podcast reaches drivers.') });
    const changed = (await rankContext()).catalog;
    expect(changed).not.toBe(withOwn);
    expect(textOf(changed.find((a) => a.id === 'user-podcast')!, 'en').claim).toBe('A podcast reaches drivers.');
  });

  it('builds the context again right after a change, before any request asks for it', async () => {
    await rankContext();
    const builds = rankingStats.builds;
    await fakeBrowser.storage.sync.set({ hidden: ['faces'] });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(rankingStats.builds).toBe(builds + 1);
    expect((await rankContext()).catalog.map((a) => a.id)).not.toContain('faces');
    expect(rankingStats.builds).toBe(builds + 1);
  });

  it('answers only our own content scripts', async () => {
    const msg = { type: 'rank', texts: [{ key: 'page', text: POST }], url: 'https://x.com/home' };
    expect(deliver(msg, { ...contentSender(), id: 'another-extension' })).toBeUndefined();
    expect(deliver(msg, { id: 'test-extension-id', url: 'https://x.com/home' })).toBeUndefined(); // no tab: not a content script
    expect(deliver(msg, optionsSender)).toBeUndefined(); // extension pages rank for themselves
    expect(deliver({ type: 'content-config' }, { ...contentSender(), id: 'another-extension' })).toBeUndefined();
  });

  it('rejects malformed requests with a message saying what is wrong', async () => {
    const bad = async (extra: object) =>
      (await deliver({ type: 'rank', url: 'https://x.com/home', ...extra }, contentSender())) as RankResponse;
    expect(await bad({ texts: 'Shitstorm' })).toEqual({ ok: false, error: expect.stringMatching(/texts must be an array/) });
    expect(await bad({ texts: [], have: 'criticism' })).toEqual({ ok: false, error: 'rank: have must be an array of argument ids' });
    expect(await bad({ texts: [{ key: '', text: 'a' }] })).toEqual({ ok: false, error: expect.stringMatching(/texts\[0\]\.key/) });
    expect(await bad({ texts: [{ key: 'a', text: 1 }] })).toEqual({
      ok: false,
      error: expect.stringMatching(/texts\[0\]\.text must be a string/),
    });
    expect(
      await bad({
        texts: [
          { key: 'a', text: 'x' },
          { key: 'a', text: 'y' },
        ],
      }),
    ).toEqual({ ok: false, error: expect.stringMatching(/appears twice/) });
    expect(await bad({ texts: [], lang: 'fr' })).toEqual({ ok: false, error: expect.stringMatching(/unknown language/) });
    const big = 'x'.repeat(RANK_LIMITS.totalChars / 2 + 1);
    expect(
      checkRankRequest({
        texts: [
          { key: 'a', text: big },
          { key: 'b', text: big },
        ],
      }),
    ).toEqual({
      ok: false,
      error: expect.stringMatching(/more than 1000000 characters/),
    });
    const many = Array.from({ length: RANK_LIMITS.texts + 1 }, (_, i) => ({ key: `k${i}`, text: '' }));
    expect(checkRankRequest({ texts: many })).toEqual({ ok: false, error: expect.stringMatching(/at most 64 texts/) });
  });

  it('resolves a join to the texts it names, joined by line breaks, counting their characters once', () => {
    const half = 'y'.repeat(RANK_LIMITS.totalChars / 2);
    const checked = checkRankRequest({
      texts: [
        { key: 's0', text: half },
        { key: 's1', text: half },
        { key: 'page', join: ['s0', 's1'] },
      ],
    });
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.value.texts.map((t) => [t.key, t.text.length])).toEqual([
      ['s0', half.length],
      ['s1', half.length],
      ['page', half.length * 2 + 1],
    ]);
    expect(checked.value.texts[2]!.text).toBe(`${half}\n${half}`);
  });

  it('refuses a join that names a later, unknown or joined key, or comes with a text', () => {
    const refuse = (texts: unknown[]) => checkRankRequest({ texts });
    const later = /join must list keys of texts earlier in the request/;
    expect(
      refuse([
        { key: 'page', join: ['s0'] },
        { key: 's0', text: 'x' },
      ]),
    ).toEqual({ ok: false, error: expect.stringMatching(later) });
    expect(
      refuse([
        { key: 's0', text: 'x' },
        { key: 'page', join: ['s9'] },
      ]),
    ).toEqual({ ok: false, error: expect.stringMatching(later) });
    expect(
      refuse([
        { key: 's0', text: 'x' },
        { key: 'a', join: ['s0'] },
        { key: 'b', join: ['a'] },
      ]),
    ).toEqual({ ok: false, error: expect.stringMatching(later) });
    expect(
      refuse([
        { key: 's0', text: 'x' },
        { key: 'page', join: 's0' },
      ]),
    ).toEqual({ ok: false, error: expect.stringMatching(later) });
    expect(
      refuse([
        { key: 's0', text: 'x' },
        { key: 'page', text: 'y', join: ['s0'] },
      ]),
    ).toEqual({
      ok: false,
      error: expect.stringMatching(/both text and join/),
    });
  });

  it('labels an objection id the lexicon does not know with the id itself', () => {
    expect(objectionLabelOf('no-such-objection', 'de')).toBe('no-such-objection');
    const known = OBJECTIONS[0]!;
    expect(objectionLabelOf(known.id, 'de')).toBe(known.label.de);
  });
});

describe('content-config', () => {
  it("the policy's settings, intranet sites of the user and the organisation, the card's strings", async () => {
    fakeState.managedUnavailable = false;
    await fakeBrowser.storage.managed.set({ intranetSites: ['wiki.corp.example'] });
    await fakeBrowser.storage.sync.set({ snoozed: ['facebook.com'], intranetSites: ['https://intranet.example.com/*'] });
    const res = (await deliver({ type: 'content-config' }, contentSender())) as { ok: true; config: ContentConfig };
    expect(res.ok).toBe(true);
    expect(res.config).toEqual({
      lang: 'en',
      hintMode: expect.objectContaining({ social: 'always' }),
      documentCard: 'pill',
      snoozed: ['facebook.com'],
      intranet: ['https://intranet.example.com/*', 'https://wiki.corp.example/*'],
      messages: expect.objectContaining({ cardHeading: expect.anything() }),
      // The fake browser has Chrome's side panel: the card's button sends `open-panel`.
      panel: { open: 'message' },
    });
  });

  it('reads a slow policy once: a settings change does not read it again, and no second build waits for it', async () => {
    invalidateRanking({}, 'managed');
    fakeState.managedUnavailable = false;
    let arrive: (v: Record<string, unknown>) => void = () => undefined;
    const get = vi.spyOn(fakeBrowser.storage.managed, 'get').mockImplementation(() => new Promise((resolve) => (arrive = resolve)));
    vi.useFakeTimers();
    try {
      const config = () => deliver({ type: 'content-config' }, contentSender()) as Promise<{ ok: true; config: ContentConfig }>;
      const first = config();
      await vi.advanceTimersByTimeAsync(MANAGED_WAIT_MS);
      expect((await first).config.intranet).toEqual([]);
      // A settings change drops the context; the rebuild answers without waiting for the pending policy again.
      await fakeBrowser.storage.sync.set({ snoozed: ['x.com'] });
      let second: { ok: true; config: ContentConfig } | undefined;
      void config().then((r) => {
        second = r;
      });
      await vi.advanceTimersByTimeAsync(1);
      expect(second?.config.snoozed).toEqual(['x.com']);
      expect(get).toHaveBeenCalledTimes(1);
      // The policy arrives late with an intranet site: the next build has it, still from the one read.
      arrive({ intranetSites: ['wiki.corp.example'] });
      await vi.advanceTimersByTimeAsync(1);
      expect((await config()).config.intranet).toEqual(['https://wiki.corp.example/*']);
      expect(get).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
      get.mockRestore();
      invalidateRanking({}, 'managed');
    }
  });

  it('the card strings of the browser’s language too (no i18n calls in the page): card keys, no descriptions', async () => {
    const file = JSON.parse(readFileSync(new URL('../../_locales/en/messages.json', import.meta.url), 'utf8')) as Record<
      string,
      { message: string; description?: string }
    >;
    const res = (await deliver({ type: 'content-config' }, contentSender())) as { ok: true; config: ContentConfig };
    expect(res.config.lang).toBe('en');
    const messages = res.config.messages!;
    const cardKeys = Object.keys(file).filter((k) => k.startsWith('card'));
    expect(Object.keys(messages).sort()).toEqual(cardKeys.sort());
    expect(messages.cardHeading).toEqual({ message: file.cardHeading!.message });
    expect(Object.values(messages).some((m) => 'description' in m)).toBe(false);
  });

  it('the card strings of the chosen language when it is not the browser’s, read from the package once', async () => {
    const file = {
      cardHeading: { message: 'Argumente' },
      cardCopy: { message: 'Kopieren' },
      popupTitle: { message: 'Nicht für die Karte' },
    };
    const fetchMock = vi.fn(async (_url: string) => new Response(JSON.stringify(file)));
    vi.stubGlobal('fetch', fetchMock);
    await fakeBrowser.storage.sync.set({ lang: 'de' });
    const first = (await deliver({ type: 'content-config' }, contentSender())) as { ok: true; config: ContentConfig };
    expect(first.config.lang).toBe('de');
    expect(first.config.messages).toEqual({ cardHeading: file.cardHeading, cardCopy: file.cardCopy });
    // (The background's own menu strings are read on the language change too: count only what the second request adds.)
    const reads = () => fetchMock.mock.calls.filter(([u]) => String(u).endsWith('_locales/de/messages.json')).length;
    const before = reads();
    // One read for the background's own menu strings (the language changed), one for the card's.
    expect(before).toBe(2);
    const second = (await deliver({ type: 'content-config' }, contentSender())) as { ok: true; config: ContentConfig };
    expect(second.config.messages).toEqual(first.config.messages);
    expect(reads()).toBe(before);
  });
});

describe('content script and background together', () => {
  let ctl: ContentController | null = null;
  afterEach(() => {
    ctl?.stop();
    ctl = null;
  });

  it('the X fixture gets its card from the real background handlers and engine', async () => {
    const dom = loadPage('x/timeline.html', 'https://x.com/home');
    const h = harness(dom.window as unknown as Window);
    const sender = contentSender('https://x.com/home');
    h.env.loadConfig = async () => {
      const res = (await deliver({ type: 'content-config' }, sender)) as { ok: boolean; config: ContentConfig };
      return res.config;
    };
    h.env.rank = async (request) => (await deliver(request, sender)) as RankResponse;
    ctl = start(h.env);
    await ctl!.ready;
    for (let i = 0; i < 20 && !h.cards[0]?.last?.arguments.length; i++) await settle();
    const report = (await h.runtime.deliver({ type: 'page-report' })) as PageReport;
    const shown = h.cards[0]!.last!.arguments;
    // The card shows the page's top three, in the page's order.
    expect(shown.map((a) => a.id)).toEqual(report.ranked.slice(0, 3).map((r) => r.id));
    const arg = builtins.find((a) => a.id === shown[0]!.id)!;
    expect(shown[0]!.title).toBe(textOf(arg, 'en').title);
    expect(shown[0]!.copy).toEqual(formatArgument(arg, 'en', { format: 'plain', audience: 'general', includeSources: false }));
  });
});
