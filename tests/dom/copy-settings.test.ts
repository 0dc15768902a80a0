// @vitest-environment jsdom
/**
 * A change of the copy settings (audience, format, sources) touches no page: nothing is read or ranked again, the
 * card stays as it is, and the next copy is formatted with the new settings. Other settings still read the page again.
 */
import { describe, expect, it } from 'vitest';
import { settingsChangeOf } from '../../content/settings-change';
import { resolveFormat } from '../../src/copy/destination';
import { formatArgument } from '../../src/copy/index';
import { CATALOG, harness, loadPage, run, shownIds, useContentScriptTest } from './helpers';

const launch = useContentScriptTest().start;
const URL = 'https://x.com/home';

/** What Copy of argument `id` writes on x.com in English with the harness's settings. */
function expectedCopy(
  id: string,
  settings: { audience: 'general' | 'management'; copyFormat: 'auto' | 'markdown'; includeSources: boolean },
) {
  const arg = CATALOG.find((a) => a.id === id)!;
  return formatArgument(arg, 'en', {
    format: resolveFormat(settings.copyFormat, URL),
    audience: settings.audience,
    includeSources: settings.includeSources,
  });
}

describe('copy settings', () => {
  it('audience, format and sources: no new rank request, same card, the next copy in the new settings', async () => {
    const dom = loadPage('x/timeline.html', URL);
    const h = harness(dom.window as unknown as Window);
    launch(h.env);
    await run();
    expect(shownIds(h)).toEqual(['criticism', 'transparency']);
    const requests = h.sent.length;
    const states = h.cards[0]!.states.length;
    // Plain text on a social site before the change.
    expect(h.cards[0]!.last!.arguments[0]!.copy.plain).not.toContain('**');

    h.changeSettings({ audience: 'management', copyFormat: 'markdown', includeSources: true });
    await run(5000);

    expect(h.sent).toHaveLength(requests);
    expect(h.copyRequests).toEqual([{ type: 'copies', ids: expect.arrayContaining(['criticism', 'transparency']), url: URL, lang: 'en' }]);
    expect(h.copyRequests[0]!.ids).toHaveLength(2);
    const next = { audience: 'management', copyFormat: 'markdown', includeSources: true } as const;
    // The card got the new copies for the same list (what its Copy button writes on click)…
    const last = h.cards[0]!.last!;
    expect(last.arguments.map((a) => a.id)).toEqual(['criticism', 'transparency']);
    expect(last.arguments.map((a) => a.copy)).toEqual([expectedCopy('criticism', next), expectedCopy('transparency', next)]);
    expect(last.arguments[0]!.copy.plain).toContain('**Answer criticism in public**');
    // …and never an empty card in between.
    expect(h.cards[0]!.states.slice(states).every((s) => s.arguments.length === 2)).toBe(true);
    expect(h.cards).toHaveLength(1);
    // Copy-best writes the new format too.
    await expect(h.runtime.deliver({ type: 'copy-best' })).resolves.toEqual({
      ok: true,
      argumentId: 'criticism',
      title: 'Answer criticism in public',
    });
    expect(h.clipboard).toEqual([expectedCopy('criticism', next)]);
  });

  it('a setting the page shows (hidden arguments) reads and ranks the page again', async () => {
    const dom = loadPage('x/timeline.html', URL);
    const h = harness(dom.window as unknown as Window);
    launch(h.env);
    await run();
    const requests = h.sent.length;
    h.changeSettings({ hidden: ['transparency'] });
    await run(5000);
    expect(h.sent.length).toBe(requests + 1);
    expect(h.copyRequests).toEqual([]);
    expect(shownIds(h)).toEqual(['criticism']);
  });

  it('a copy setting changed while a ranking is out: its copies are formatted again when it arrives', async () => {
    const dom = loadPage('x/timeline.html', URL);
    const h = harness(dom.window as unknown as Window);
    const rank = h.env.rank;
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    // The first answer is built before the change (old settings) and delivered after it.
    h.env.rank = async (request) => {
      const answer = await rank(request);
      await held;
      return answer;
    };
    launch(h.env);
    await run();
    expect(shownIds(h)).toEqual([]);
    h.changeSettings({ copyFormat: 'markdown' });
    release();
    await run();
    const next = { audience: 'general', copyFormat: 'markdown', includeSources: false } as const;
    expect(h.copyRequests.map((r) => [...r.ids].sort())).toEqual([['criticism', 'transparency']]);
    expect(h.cards[0]!.last!.arguments.map((a) => a.copy)).toEqual([expectedCopy('criticism', next), expectedCopy('transparency', next)]);
  });
});

describe('settingsChangeOf', () => {
  it('copy settings alone are a copy change; with anything else, or another area, the page is read again', () => {
    const change = (oldValue: unknown, newValue: unknown) => ({ oldValue, newValue });
    expect(settingsChangeOf({ audience: change('general', 'hr') }, 'sync')).toBe('copy');
    expect(settingsChangeOf({ copyFormat: change('auto', 'html'), includeSources: change(false, true) }, 'sync')).toBe('copy');
    expect(settingsChangeOf({ audience: change('general', 'hr'), lang: change('auto', 'de') }, 'sync')).toBe('page');
    expect(settingsChangeOf({ intranetSites: change([], ['https://wiki.example.com/*']) }, 'sync')).toBe('page');
    expect(settingsChangeOf({ snoozed: change([], ['x.com']) }, 'sync')).toBe('page');
    expect(settingsChangeOf({ userArguments: change([], []) }, 'local')).toBe('page');
    expect(settingsChangeOf({ usage: change(1, 2) }, 'local')).toBeNull();
    expect(settingsChangeOf({ anything: change(1, 2) }, 'managed')).toBe('page');
    expect(settingsChangeOf({ dismissed: change(false, true) }, 'session')).toBeNull();
    // A write of the same value, or of a key that is no setting, changes nothing.
    expect(settingsChangeOf({ hidden: change(['a'], ['a']) }, 'sync')).toBeNull();
    expect(settingsChangeOf({ somethingElse: change(1, 2) }, 'sync')).toBeNull();
  });
});
