// @vitest-environment jsdom
/**
 * The SharePoint e2e flake (card without `criticism` under heavy load), reproduced deterministically: the real
 * relevance engine behind the real answer builder, tiny slices (`timing.slice: 0`) and answers held back, so the
 * page goes out in several batches as it does on a loaded machine.
 */
import { describe, expect, it } from 'vitest';
import { type ContentController, type RankRequest, start } from '../../content/index';
import { PAGE_KEY } from '../../content/reader';
import { answerRank, checkRankRequest, type RankContext } from '../../src/background/rank-answer';
import { catalog as builtins } from '../../src/catalog/index';
import type { RankResponse } from '../../src/messages';
import { defaults } from '../../src/settings/index';
import { harness, loadPage, resolveRequest, run, shownIds, useContentScriptTest } from './helpers';

const URL = 'https://contoso.sharepoint.com/sites/Communications/SitePages/Social-Media.aspx';

let ctl: ContentController | null = null;
const content = useContentScriptTest();

/** The background as the extension has it: built-in catalog, default settings, `rankArguments`. */
const context: RankContext = { settings: structuredClone(defaults), catalog: builtins, intranet: [] };
function realAnswer(request: RankRequest): Promise<RankResponse> {
  const checked = checkRankRequest(request);
  return Promise.resolve(checked.ok ? answerRank(checked.value, request.url, context, 'en-US') : checked);
}

/** A background whose answers wait until {@link Held.release}; records the page texts of every request. */
interface Held {
  rank(request: RankRequest): Promise<RankResponse>;
  release(): void;
  pageTexts: string[];
}
function heldBackground(): Held {
  const waiting: (() => void)[] = [];
  const held: Held = {
    pageTexts: [],
    rank: (request) => {
      const page = resolveRequest(request).texts.find((t) => t.key === PAGE_KEY);
      if (page) held.pageTexts.push(page.text);
      return new Promise((resolve) => waiting.push(() => void realAnswer(request).then(resolve)));
    },
    release: () => {
      for (const w of waiting.splice(0)) w();
    },
  };
  return held;
}

/** The card's arguments for the page read with answers as they come: the reference the races must reproduce. */
async function reference(): Promise<string[]> {
  const dom = loadPage('sharepoint/page.html', URL);
  const h = harness(dom.window as unknown as Window, { rank: realAnswer });
  const c = start(h.env);
  await run();
  const ids = shownIds(h);
  c?.stop();
  return ids;
}

describe('SharePoint page read in several batches', () => {
  it('the whole page shows its three arguments: employer branding, criticism, transparency (the reference)', async () => {
    expect(new Set(await reference())).toEqual(new Set(['employer-branding', 'criticism', 'transparency']));
  });

  it('tiny slices and late answers: a short page goes out in one batch and the card is the reference', async () => {
    const dom = loadPage('sharepoint/page.html', URL);
    const bg = heldBackground();
    const h = harness(dom.window as unknown as Window, { rank: bg.rank, timing: { slice: 0 } });
    ctl = content.start(h.env);
    await run();
    // Before the fix: three batches ("Social media guidelines" | "Why we go public…transparency…" | the criticism
    // paragraph with the German one), the last ranked as German, and the card showed
    // transparency, employer-branding, target-groups.
    expect(bg.pageTexts).toHaveLength(1);
    expect(bg.pageTexts[0]).toContain('afraid of criticism');
    expect(bg.pageTexts[0]).toContain('Wir möchten');
    const expected = await reference();
    bg.release();
    await run();
    expect(shownIds(h)).toEqual(expected);
  });

  it('a settings change while answers are late: the old answers are dropped, the page is read again, ranked as once', async () => {
    const dom = loadPage('sharepoint/page.html', URL);
    const bg = heldBackground();
    const h = harness(dom.window as unknown as Window, { rank: bg.rank, timing: { slice: 0 } });
    ctl = content.start(h.env);
    await run();
    expect(bg.pageTexts).toHaveLength(1);
    h.changeSettings({ lang: 'en' });
    await run();
    // Read again from the start for the new settings.
    expect(bg.pageTexts).toHaveLength(2);
    expect(bg.pageTexts[1]).toBe(bg.pageTexts[0]);
    bg.release();
    await run();
    const ranked = ctl!.report().ranked;
    expect(ranked.map((r) => r.id)).toEqual(expect.arrayContaining(['criticism']));
    // Counted once: the answer for the settings before the change was dropped.
    const single = (await realAnswer({ type: 'rank', texts: [{ key: PAGE_KEY, text: bg.pageTexts[0]! }], url: URL })) as Extract<
      RankResponse,
      { ok: true }
    >;
    expect(ranked.map((r) => [r.id, r.score])).toEqual(single.results[PAGE_KEY]!.map((r) => [r.id, r.score]));
    expect(shownIds(h)).toEqual(single.results[PAGE_KEY]!.slice(0, 3).map((r) => r.id));
  });
});
