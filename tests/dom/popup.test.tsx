// @vitest-environment jsdom
/**
 * The popup in jsdom with the real catalog, relevance and copy formats; the platform modules
 * (tabs, clipboard, storage) are faked. Covers the popup's features and the testing contract.
 * Search and the ranking of text read on demand run in the background in the extension; here the fake
 * background answers with the real `searchArguments` / `rankArguments` and the background's `makeSnippet`,
 * so "Kritik puts criticism first" is still a statement about the real search.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeSnippet } from '../../src/background/search';
import { catalog } from '../../src/catalog/index';
import { answerForTopic, textOf } from '../../src/catalog/types';
import { t, useMessages } from '../../src/i18n/index';
import type { PageSnippet } from '../../src/messages';
import type { PageReportResult } from '../../src/platform/tabs';
import { rankArguments, searchArguments } from '../../src/relevance/index';
import { defaults } from '../../src/settings/index';
import { argumentIds, doAct, flush, key, messages, mount, setValue, xReport } from './popup-helpers';

const fake = vi.hoisted(() => ({
  writes: [] as { plain: string; html: string }[],
  clipboardResult: { ok: true, method: 'clipboard-item' } as { ok: true; method: string } | { ok: false; error: string },
  saved: [] as Record<string, unknown>[],
  copiedReports: [] as [string, string][],
  uiLang: 'en-US',
  /** The fake background's answer to a search (set in `beforeEach`; tests replace it to control timing). */
  search: (async () => []) as (query: string, lang: 'de' | 'en') => Promise<{ id: string; score: number }[]>,
  searches: [] as [string, string][],
}));

vi.mock('../../src/platform/clipboard', () => ({
  writeClipboard: vi.fn(async (payload: { plain: string; html: string }) => {
    fake.writes.push(payload);
    return fake.clipboardResult;
  }),
}));
// The background's `makeSnippet` comes with its module's imports; nothing here may reach a real `browser`.
vi.mock('../../src/platform/browser', () => ({ browser: {} }));
vi.mock('../../src/platform/storage', () => ({
  saveSettings: vi.fn(async (patch: Record<string, unknown>) => {
    fake.saved.push(patch);
    return patch;
  }),
}));
vi.mock('../../src/platform/tabs', async () => {
  return {
    requestPageReport: vi.fn(async () => ({ kind: 'no-access' })),
    searchInBackground: vi.fn((query: string, lang: 'de' | 'en') => {
      fake.searches.push([query, lang]);
      return fake.search(query, lang);
    }),
    reportCopied: vi.fn(async (id: string, kind: string) => {
      fake.copiedReports.push([id, kind]);
    }),
    openExtensionPage: vi.fn(async () => {}),
    openOptions: vi.fn(async () => {}),
  };
});
vi.mock('../../src/platform/i18n', async () => {
  const { readFileSync } = await import('node:fs');
  const { resolve } = await import('node:path');
  return {
    uiLanguage: () => fake.uiLang,
    browserMessage: () => '',
    loadMessages: async (lang: string) => JSON.parse(readFileSync(resolve(__dirname, '../../_locales', lang, 'messages.json'), 'utf8')),
  };
});

const { Popup } = await import('../../src/popup/Popup');

const criticismTitleEn = textOf(catalog.find((a) => a.id === 'criticism')!, 'en').title;

function popup(page: PageReportResult, settings: Partial<typeof defaults> = {}) {
  return mount(<Popup settings={{ ...defaults, ...settings }} lang="en" args={catalog} intranetSites={[]} pageReport={async () => page} />);
}

/**
 * A page report for `text`, ranked by the real relevance: as the content script sends it, or (`withText`) as
 * `requestPageReport` builds it from the background's `rank-page` answer, with its snippets.
 */
function reportFor(text: string, url = 'https://x.com/home', withText = true): PageReportResult {
  const ranked = rankArguments(text, { lang: 'en' });
  const snippets: Record<string, PageSnippet> = {};
  for (const r of ranked) {
    const s = makeSnippet(text, r.matched);
    if (s) snippets[r.id] = s;
  }
  return {
    kind: 'report',
    url,
    ...(withText ? { text, snippets } : {}),
    report: { url, site: 'x', status: 'ok', chars: text.length, ranked },
  };
}

/** A promise with its resolve and reject functions, to answer a faked message when the test decides. */
function deferred<T>(): { promise: Promise<T>; resolve(v: T): void; reject(e: unknown): void } {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

beforeEach(() => {
  useMessages(messages('en'));
  fake.writes.length = 0;
  fake.saved.length = 0;
  fake.copiedReports.length = 0;
  fake.clipboardResult = { ok: true, method: 'clipboard-item' };
  fake.search = async (query, lang) => searchArguments(query, catalog, lang);
  fake.searches.length = 0;
});

afterEach(() => {
  document.body.innerHTML = '';
});

describe('popup lists', () => {
  it('lists every argument once when the page gives nothing', async () => {
    const root = await popup({ kind: 'no-access', url: 'https://example.com/' });
    const ids = argumentIds(root);
    expect(ids).toHaveLength(catalog.length);
    expect(new Set(ids)).toEqual(new Set(catalog.map((a) => a.id)));
  });

  it('without a snippet (a page the content script read) shows the quoted sentence with its decisive words marked', async () => {
    const text = 'The canteen is closed on Friday. Customers complain about us in forums anyway, and we never get to answer them there.';
    const page = reportFor(text, 'https://x.com/home', false);
    const ranked = page.kind === 'report' ? page.report.ranked[0] : undefined;
    expect(ranked?.id).toBe('criticism');
    expect(ranked?.quote).toBe('Customers complain about us in forums anyway, and we never get to answer them there.');
    const root = await popup(page);
    const first = root.querySelector('.page-section [data-argument-id]') as HTMLElement;
    expect(first.querySelector('.arg-snippet')?.textContent).toBe(ranked?.quote);
    const marks = Array.from(first.querySelectorAll('.arg-snippet mark'), (m) => m.textContent);
    expect(marks).toEqual(ranked?.matched);
  });

  it('puts the arguments relevant to the page first, saying why, with a highlighted snippet', async () => {
    const text =
      'Yesterday we had a shitstorm on our page. Customers posted angry criticism and complaints about the delivery delays, and nobody answered them.';
    const page = reportFor(text);
    expect(page.kind === 'report' && page.report.ranked[0]?.id).toBe('criticism');
    const root = await popup(page);
    const section = root.querySelector('.page-section') as HTMLElement;
    const first = section.querySelector('[data-argument-id]') as HTMLElement;
    expect(first.dataset.argumentId).toBe('criticism');
    expect(argumentIds(root)[0]).toBe('criticism');
    const why = first.querySelector('.arg-why')?.textContent ?? '';
    expect(why).toMatch(/Why/);
    const matched = page.kind === 'report' ? (page.report.ranked[0]?.matched ?? []) : [];
    expect(matched.length).toBeGreaterThan(0);
    for (const word of matched) expect(why).toContain(word);
    const marks = Array.from(first.querySelectorAll('.arg-snippet mark'), (m) => m.textContent?.toLowerCase());
    // The snippet is the sentence that carries the argument: each matched word is marked there, and nothing else.
    expect(new Set(marks)).toEqual(new Set(matched.map((w) => w.toLowerCase())));
    // Not listed again among the others.
    expect(argumentIds(root).filter((id) => id === 'criticism')).toHaveLength(1);
    expect(argumentIds(root)).toHaveLength(catalog.length);
  });

  it('shows an objection found on the page with the answer', async () => {
    const page = xReport([{ id: 'criticism', score: 3, matched: ['complaints'], objections: ['public-criticism'] }], {
      'public-criticism': 'People will complain publicly',
    });
    const root = await popup(page);
    const objection = root.querySelector('[data-argument-id="criticism"] .arg-objection')?.textContent ?? '';
    const own = answerForTopic(textOf(catalog.find((a) => a.id === 'criticism')!, 'en'), 'public-criticism');
    expect(own?.answer).toBeTruthy();
    // The argument's own objection of that kind and its answer, in the language shown (not the page's label, which
    // came in the language of the page's reading), never its claim.
    expect(objection).toBe(`Objection: “${own?.objection}” – Answer: ${own?.answer}`);
    expect(objection).not.toContain('public-criticism');
  });

  it('names an objection the argument has no answer to without claiming one', async () => {
    const page = xReport([{ id: 'transparency', score: 3, matched: ['openness'], objections: ['legal-risk'] }], {
      'legal-risk': 'Legal risk',
    });
    const root = await popup(page);
    const objection = root.querySelector('[data-argument-id="transparency"] .arg-objection');
    expect(objection?.getAttribute('data-answered')).toBe('false');
    expect(objection?.textContent).toBe('Objection on this page: “Legal risk” (this argument has no answer of its own to it)');
  });

  it('heads the ranking "For your selection" when it is a selection from the context menu', async () => {
    const ranked = [{ id: 'criticism', score: 3, matched: ['criticism'] }];
    const report = { url: 'https://x.com/', status: 'ok' as const, chars: 30, ranked };
    const forPage = await popup({ kind: 'report', url: report.url, report: { ...report, site: 'x' } });
    expect(forPage.querySelector('#h-page')?.textContent).toBe(t('popupForThisPage'));
    const forSelection = await popup({ kind: 'report', url: report.url, report: { ...report, site: 'selection' } });
    expect(forSelection.querySelector('#h-page')?.textContent).toBe(t('popupForSelection'));
    expect(forSelection.querySelector('[data-argument-id="criticism"]')?.textContent).toContain(t('popupWhySelection'));
    expect(forPage.querySelector('[data-argument-id="criticism"]')?.textContent).toContain(t('popupWhy'));
    expect(argumentIds(forSelection)[0]).toBe('criticism');
    const nothing = await popup({ kind: 'report', url: report.url, report: { ...report, ranked: [], site: 'selection' } });
    expect(nothing.textContent).toContain(t('popupSelectionNothing'));
    expect(nothing.textContent).not.toContain(t('popupPageNothing'));
  });

  it('names the document sections where an argument is relevant', async () => {
    const ranked = [{ id: 'insights', score: 2, matched: ['feedback'] }];
    const page: PageReportResult = {
      kind: 'report',
      url: 'https://acme.atlassian.net/wiki/spaces/COM/pages/1',
      report: {
        url: 'https://acme.atlassian.net/wiki/spaces/COM/pages/1',
        site: 'confluence',
        status: 'ok',
        chars: 900,
        ranked,
        sections: [
          { heading: 'Goals 2027', ranked },
          { heading: 'Budget', ranked: [{ id: 'faces', score: 1, matched: ['CEO'] }] },
          { heading: 'Risks', ranked },
        ],
      },
    };
    const root = await popup(page);
    expect(root.querySelector('[data-argument-id="insights"] .arg-sections')?.textContent).toBe('In sections: “Goals 2027”, “Risks”');
  });

  it.each([
    [{ kind: 'restricted', url: 'chrome://extensions/' } as PageReportResult, /can’t be read/],
    [{ kind: 'no-access', url: 'https://example.com/' } as PageReportResult, /may not read this page/],
    [{ kind: 'error', message: 'timeout' } as PageReportResult, /did not answer in time/],
    [{ kind: 'error', message: 'Tab closed' } as PageReportResult, /could not be read: Tab closed/],
    [reportFor('Bayern won 3:1 against Dortmund on Saturday evening.', 'https://example.com/'), /No relevant arguments/],
    [
      {
        kind: 'report',
        url: 'https://docs.google.com/document/d/1',
        report: { url: 'https://docs.google.com/document/d/1', site: 'gdocs', status: 'unreadable', chars: 0, ranked: [] },
      } as PageReportResult,
      /can’t read/,
    ],
    [
      {
        kind: 'report',
        url: 'https://www.linkedin.com/feed/',
        report: {
          url: 'https://www.linkedin.com/feed/',
          site: 'linkedin',
          siteName: 'LinkedIn',
          status: 'unrecognised',
          chars: 0,
          ranked: [],
        },
      } as PageReportResult,
      /^This LinkedIn page’s layout isn’t recognised, so no hints here\. The extension may need an update\.$/,
    ],
    [
      {
        kind: 'report',
        url: 'https://www.facebook.com/messages/t/1/',
        report: {
          url: 'https://www.facebook.com/messages/t/1/',
          site: 'facebook',
          siteName: 'Facebook',
          status: 'private',
          chars: 0,
          ranked: [],
        },
      } as PageReportResult,
      /^Private messages are never read, so no hints here\.$/,
    ],
  ])('shows a clear state for %o', async (page, text) => {
    const root = await popup(page);
    const state = root.querySelector('[data-page-state]');
    expect(state?.textContent).toMatch(text);
    expect(argumentIds(root)).toHaveLength(catalog.length);
  });
});

describe('search', () => {
  it('is the first input[type=search], and "Kritik" puts criticism first', async () => {
    const root = await popup({ kind: 'no-access' });
    const search = root.querySelector('input[type="search"]') as HTMLInputElement;
    expect(root.querySelector('input')).toBe(search);
    await doAct(() => setValue(search, 'Kritik'));
    expect(argumentIds(root)[0]).toBe('criticism');
    expect(root.querySelector('#h-results')?.textContent).toMatch(/Search results/);
  });

  it('asks the background with the UI language, and a blank query asks nothing', async () => {
    const root = await popup({ kind: 'no-access' });
    const search = root.querySelector('input[type="search"]') as HTMLInputElement;
    await doAct(() => setValue(search, '  '));
    expect(fake.searches).toEqual([]);
    expect(argumentIds(root)).toHaveLength(catalog.length);
    await doAct(() => setValue(search, ' Kritik '));
    expect(fake.searches).toEqual([['Kritik', 'en']]);
  });

  it('shows only the answer to the latest query when answers arrive out of order', async () => {
    const pending = new Map<string, ReturnType<typeof deferred<{ id: string; score: number }[]>>>();
    fake.search = (query) => {
      const d = deferred<{ id: string; score: number }[]>();
      pending.set(query, d);
      return d.promise;
    };
    const root = await popup({ kind: 'no-access' });
    const search = root.querySelector('input[type="search"]') as HTMLInputElement;
    await doAct(() => setValue(search, 'crit'));
    await doAct(() => setValue(search, 'qwxzv'));
    await doAct(() => pending.get('qwxzv')?.resolve([]));
    expect(root.textContent).toContain('No argument matches “qwxzv”.');
    // The older query's answer comes late: it must not replace the newer one.
    await doAct(() => pending.get('crit')?.resolve(searchArguments('crit', catalog, 'en')));
    expect(argumentIds(root)).toHaveLength(0);
    expect(root.textContent).toContain('No argument matches “qwxzv”.');
  });

  it('a failed search says so and still lists every argument', async () => {
    fake.search = async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    };
    const root = await popup({ kind: 'no-access' });
    await doAct(() => setValue(root.querySelector('input[type="search"]') as HTMLInputElement, 'Kritik'));
    expect(root.querySelector('[data-search-state="error"]')?.textContent).toBe(
      'The search did not answer, so all arguments are listed below. Reason: Could not establish connection. Receiving end does not exist.',
    );
    expect(new Set(argumentIds(root))).toEqual(new Set(catalog.map((a) => a.id)));
  });

  it('says so when nothing matches, and an empty query restores the list', async () => {
    const root = await popup({ kind: 'no-access' });
    const search = root.querySelector('input[type="search"]') as HTMLInputElement;
    await doAct(() => setValue(search, 'qwxzv'));
    expect(argumentIds(root)).toHaveLength(0);
    expect(root.textContent).toContain('No argument matches “qwxzv”.');
    await doAct(() => setValue(search, ''));
    expect(argumentIds(root)).toHaveLength(catalog.length);
  });

  it('"/" focuses the search box, but not while typing in a field', async () => {
    const root = await popup({ kind: 'no-access' });
    const search = root.querySelector('input[type="search"]') as HTMLInputElement;
    const button = root.querySelector('.arg-toggle') as HTMLButtonElement;
    button.focus();
    await doAct(() => key(button, '/'));
    expect(document.activeElement).toBe(search);
    const title = root.querySelector('.composer input[type="text"]') as HTMLInputElement;
    title.focus();
    await doAct(() => key(title, '/'));
    expect(document.activeElement).toBe(title);
  });
});

describe('copy', () => {
  it('writes plain and HTML together and shows "Copied"', async () => {
    const root = await popup({ kind: 'no-access', url: 'https://example.com/' });
    const button = root.querySelector('[data-argument-id="criticism"] [data-action="copy"]') as HTMLButtonElement;
    await doAct(() => button.click());
    expect(fake.writes).toHaveLength(1);
    expect(fake.writes[0]?.plain).toContain(criticismTitleEn);
    expect(fake.writes[0]?.html).toContain('<strong>');
    const status = root.querySelector('[role="status"]') as HTMLElement;
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(status.textContent).toBe(`Copied: ${criticismTitleEn}`);
    expect(button.textContent).toMatch(/Copied/);
    expect(fake.copiedReports).toEqual([['criticism', 'other']]);
  });

  it('shows a failure, never silently', async () => {
    fake.clipboardResult = { ok: false, error: 'NotAllowedError: Document is not focused.' };
    const root = await popup({ kind: 'no-access' });
    await doAct(() => (root.querySelector('[data-action="copy"]') as HTMLButtonElement).click());
    const status = root.querySelector('[role="status"]') as HTMLElement;
    expect(status.textContent).toBe('Copy failed: NotAllowedError: Document is not focused.');
    expect(status.className).toContain('status-error');
    expect(fake.copiedReports).toEqual([]);
  });

  it('follows the destination: Markdown on Notion, plain text on X', async () => {
    let root = await popup(reportFor('nothing relevant here at all', 'https://www.notion.so/Strategy'));
    const select = root.querySelector('select[data-setting="format"]') as HTMLSelectElement;
    expect(select.selectedOptions[0]?.textContent).toBe('Auto: Markdown');
    await doAct(() => (root.querySelector('[data-argument-id="faces"] [data-action="copy"]') as HTMLButtonElement).click());
    expect(fake.writes[0]?.plain.startsWith('**')).toBe(true);

    root = await popup(reportFor('nothing relevant here at all', 'https://x.com/home'));
    await doAct(() => (root.querySelector('[data-argument-id="faces"] [data-action="copy"]') as HTMLButtonElement).click());
    expect(fake.writes[1]?.plain.startsWith('**')).toBe(false);
    expect(fake.writes[1]?.html).not.toContain('<strong>');
    expect(fake.copiedReports.at(-1)).toEqual(['faces', 'social']);
  });

  it('copies the chosen audience variant and remembers the audience', async () => {
    const root = await popup({ kind: 'no-access' });
    const select = root.querySelector('select[data-setting="audience"]') as HTMLSelectElement;
    expect(Array.from(select.options, (o) => o.value)).toEqual(['general', 'management', 'hr', 'works-council', 'legal', 'it']);
    await doAct(() => setValue(select, 'management'));
    expect(fake.saved).toContainEqual({ audience: 'management' });
    await doAct(() => (root.querySelector('[data-argument-id="insights"] [data-action="copy"]') as HTMLButtonElement).click());
    const variant = catalog.find((a) => a.id === 'insights')!.text.en.audiences?.management;
    expect(variant).toBeTruthy();
    expect(fake.writes[0]?.plain).toContain(variant);
  });

  it('the X format choice gives a post of at most 280', async () => {
    const { xWeightedLength } = await import('../../src/copy/index');
    const root = await popup({ kind: 'no-access' });
    await doAct(() => setValue(root.querySelector('select[data-setting="format"]') as HTMLSelectElement, 'x'));
    await doAct(() => (root.querySelector('[data-argument-id="transparency"] [data-action="copy"]') as HTMLButtonElement).click());
    expect(xWeightedLength(fake.writes[0]?.plain ?? '')).toBeLessThanOrEqual(280);
  });
});

describe('language', () => {
  it('switches to German, shows German texts and remembers the choice', async () => {
    const root = await popup({ kind: 'no-access' });
    const select = root.querySelector('.popup-lang select') as HTMLSelectElement;
    await doAct(() => setValue(select, 'de'));
    await flush();
    expect(fake.saved).toContainEqual({ lang: 'de' });
    expect(root.querySelector('#h-page')?.textContent).toBe('Für diese Seite');
    const title = root.querySelector('[data-argument-id="criticism"] .arg-title')?.textContent;
    expect(title).toBe(textOf(catalog.find((a) => a.id === 'criticism')!, 'de').title);
    expect(root.querySelector('.popup')?.getAttribute('lang')).toBe('de');
  });
});

describe('keyboard', () => {
  it('expands and collapses an argument with its disclosure button', async () => {
    const root = await popup({ kind: 'no-access' });
    const item = root.querySelector('[data-argument-id="faces"]') as HTMLElement;
    const toggle = item.querySelector('[aria-expanded]') as HTMLButtonElement;
    const panel = root.querySelector(`#${toggle.getAttribute('aria-controls')}`) as HTMLElement;
    expect(toggle.tagName).toBe('BUTTON'); // Enter and Space activate a native button
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(panel.hidden).toBe(true);
    await doAct(() => toggle.click());
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(panel.hidden).toBe(false);
    expect(panel.textContent).toContain(textOf(catalog.find((a) => a.id === 'faces')!, 'en').reasoning);
    await doAct(() => toggle.click());
    expect(panel.hidden).toBe(true);
  });

  it('arrow keys move between arguments', async () => {
    const root = await popup({ kind: 'no-access' });
    const toggles = Array.from(root.querySelectorAll<HTMLButtonElement>('.arg-toggle'));
    toggles[0]?.focus();
    await doAct(() => key(toggles[0]!, 'ArrowDown'));
    expect(document.activeElement).toBe(toggles[1]);
    await doAct(() => key(toggles[1]!, 'End'));
    expect(document.activeElement).toBe(toggles.at(-1));
    await doAct(() => key(toggles.at(-1)!, 'ArrowUp'));
    expect(document.activeElement).toBe(toggles.at(-2));
  });

  it('↓ in the search box moves to the first argument', async () => {
    const root = await popup({ kind: 'no-access' });
    const search = root.querySelector('input[type="search"]') as HTMLInputElement;
    search.focus();
    await doAct(() => key(search, 'ArrowDown'));
    expect(document.activeElement).toBe(root.querySelector('#panel-arguments .arg-toggle'));
  });

  it('tabs switch with arrow keys and only the selected tab is a Tab stop', async () => {
    const root = await popup({ kind: 'no-access' });
    const tabs = Array.from(root.querySelectorAll<HTMLButtonElement>('[role="tab"]'));
    expect(tabs.map((t) => t.tabIndex)).toEqual([0, -1, -1]);
    tabs[0]?.focus();
    await doAct(() => key(tabs[0]!, 'ArrowRight'));
    expect(tabs[1]?.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(tabs[1]);
    expect((root.querySelector('#panel-briefing') as HTMLElement).hidden).toBe(false);
    expect((root.querySelector('#panel-arguments') as HTMLElement).hidden).toBe(true);
  });
});

describe('about', () => {
  it('credits the source post', async () => {
    const { SOURCE_CREDIT } = await import('../../src/catalog/index');
    const root = await popup({ kind: 'no-access' });
    expect(root.querySelector('[data-source-credit]')?.textContent).toBe(SOURCE_CREDIT.en);
  });
});

describe('a page report known before the first paint', () => {
  it('is in the first render, is not asked for again, and the list is not redrawn when the popup settles', async () => {
    const { render } = await import('preact');
    document.body.innerHTML = '<div id="app"></div>';
    const root = document.getElementById('app') as HTMLElement;
    const ask = vi.fn(async (): Promise<PageReportResult> => ({ kind: 'no-access' }));
    const known: PageReportResult = { kind: 'restricted', url: 'about:addons' };
    render(<Popup settings={defaults} lang="en" args={catalog} intranetSites={[]} pageReport={ask} initialPage={known} />, root);
    // No "Reading this page…" first: the message that will stay is there at once, so nothing below it moves later.
    expect(root.querySelector('[data-page-state]')?.getAttribute('data-page-state')).toBe('restricted');
    const firstToggle = root.querySelector('[data-argument-id] .arg-toggle');
    await flush();
    expect(ask).not.toHaveBeenCalled();
    expect(root.querySelector('[data-page-state]')?.textContent).toMatch(/can’t be read/);
    expect(root.querySelector('[data-argument-id] .arg-toggle')).toBe(firstToggle);
  });

  it('without one, the popup says it is reading the page and asks', async () => {
    const { render } = await import('preact');
    document.body.innerHTML = '<div id="app"></div>';
    const root = document.getElementById('app') as HTMLElement;
    const ask = vi.fn(async (): Promise<PageReportResult> => ({ kind: 'restricted', url: 'about:addons' }));
    render(<Popup settings={defaults} lang="en" args={catalog} intranetSites={[]} pageReport={ask} initialPage={null} />, root);
    expect(root.querySelector('[data-page-state]')?.getAttribute('data-page-state')).toBe('loading');
    // Rendered outside act(): Preact runs the effect that asks after the next frame, whenever that comes.
    await vi.waitFor(() => expect(root.querySelector('[data-page-state]')?.getAttribute('data-page-state')).toBe('restricted'));
    expect(ask).toHaveBeenCalledTimes(1);
  });
});
