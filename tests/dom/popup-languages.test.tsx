// @vitest-environment jsdom
/**
 * The built-ins one language at a time (`src/popup/builtins-data.ts`, the `catalog/<lang>.json` files the build writes
 * with `builtinsInLanguage`): both languages together are the catalog without its signal words; the popup starts
 * (`startPage`) with the texts of its language only and loads the other language's when the user switches to it; a
 * file that cannot be loaded leaves the popup in its language, says so, and a later switch asks for it again.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { builtinsInLanguage } from '../../src/catalog/builtins';
import { catalog } from '../../src/catalog/index';
import { type Argument, answerForTopic, textOf } from '../../src/catalog/types';
import { t } from '../../src/i18n/index';
import type { PageReportResult } from '../../src/platform/tabs';
import { doAct, flush, setValue, xReport } from './popup-helpers';

const fake = vi.hoisted(() => ({
  /** Paths asked of the extension package, in order. */
  asked: [] as string[],
  /** Paths whose load fails. */
  failing: new Set<string>(),
  saved: [] as Record<string, unknown>[],
  files: {} as Record<string, unknown>,
}));

vi.mock('../../src/platform/browser', () => ({ browser: {} }));
vi.mock('../../src/platform/clipboard', () => ({ writeClipboard: vi.fn(async () => ({ ok: true, method: 'clipboard-item' })) }));
vi.mock('../../src/platform/storage', async () => {
  const { defaults: d } = await import('../../src/settings/index');
  return {
    loadSettings: vi.fn(async () => ({ settings: d, repaired: [] })),
    loadUserArguments: vi.fn(async () => []),
    saveSettings: vi.fn(async (patch: Record<string, unknown>) => {
      fake.saved.push(patch);
      return patch;
    }),
  };
});
vi.mock('../../src/settings/managed', () => ({
  loadManaged: vi.fn(async () => ({ arguments: [], intranetSites: [], problems: [] })),
  loadManagedWithin: vi.fn(async () => ({ arguments: [], intranetSites: [], problems: [] })),
}));
vi.mock('../../src/briefing/store', async (original) => ({
  ...(await original<typeof import('../../src/briefing/store')>()),
  loadDraft: vi.fn(async () => null),
  saveDraft: vi.fn(async () => {}),
}));
vi.mock('../../src/platform/tabs', () => ({
  requestPageReport: vi.fn(async () => ({ kind: 'no-access' })),
  searchInBackground: vi.fn(async () => []),
  reportCopied: vi.fn(async () => {}),
  openExtensionPage: vi.fn(async () => {}),
  openOptions: vi.fn(async () => {}),
}));
vi.mock('../../src/platform/i18n', async () => {
  const { readFileSync } = await import('node:fs');
  const { resolve } = await import('node:path');
  return {
    uiLanguage: () => 'en-US',
    browserMessage: () => '',
    loadMessages: async (lang: string) => JSON.parse(readFileSync(resolve(__dirname, '../../_locales', lang, 'messages.json'), 'utf8')),
    loadExtensionJson: async (path: string) => {
      fake.asked.push(path);
      if (fake.failing.has(path)) throw new Error(`${path}: HTTP 404`);
      return structuredClone(fake.files[path]);
    },
  };
});

const { builtinsPart, BuiltinTexts, mergeLanguages } = await import('../../src/popup/builtins-data');
const { mountPage, startPage } = await import('../../src/popup/start');
const { Popup } = await import('../../src/popup/Popup');

/** An argument with every language's signals emptied: the built-in files carry none (ranking runs in the background). */
function withoutSignals(arg: Argument): Argument {
  const text: Argument['text'] = {};
  for (const [lang, x] of Object.entries(arg.text) as [keyof Argument['text'], NonNullable<Argument['text']['de']>][]) {
    text[lang] = { ...x, signals: [] };
  }
  return { ...arg, text };
}

/** An argument without the variants' copies of references its general text already lists (the files leave them out). */
function withoutRepeatedSources(arg: Argument): Argument {
  const general = new Set((arg.sources ?? []).map((x) => x.title));
  const audienceSources = Object.fromEntries(
    Object.entries(arg.audienceSources ?? {}).map(([a, list]) => [a, list.filter((x) => !general.has(x.title))]),
  );
  return { ...arg, audienceSources };
}

const title = (lang: 'de' | 'en') => textOf(catalog.find((a) => a.id === 'criticism')!, lang).title;

/** Starts the popup as `popup.html` does (`src/popup/index.tsx`), on a fresh `#app`, with the page's `report`. */
async function startPopup(report: () => Promise<PageReportResult> = async () => ({ kind: 'no-access' })): Promise<HTMLElement> {
  document.body.innerHTML = '<div id="app"></div>';
  await doAct(() => mountPage((root) => startPage(root, (d) => <Popup {...d} pageReport={report} />)));
  await flush();
  return document.getElementById('app')!;
}

const shownTitle = (root: HTMLElement) => root.querySelector('[data-argument-id="criticism"] .arg-title')?.textContent;

beforeEach(() => {
  fake.asked = [];
  fake.failing.clear();
  fake.saved = [];
  fake.files = { 'catalog/de.json': builtinsInLanguage('de'), 'catalog/en.json': builtinsInLanguage('en') };
});

describe('the built-ins of one language', () => {
  it('hold that language only; both together are the catalog without signal words, in its order', () => {
    const de = builtinsInLanguage('de');
    const en = builtinsInLanguage('en');
    expect(de.every((a) => Object.keys(a.text).join() === 'de')).toBe(true);
    expect(en.every((a) => Object.keys(a.text).join() === 'en')).toBe(true);
    const whole = catalog.map(withoutSignals).map(withoutRepeatedSources);
    expect(mergeLanguages([de, en])).toEqual(whole);
    expect(mergeLanguages([en, de]).map((a) => a.id)).toEqual(catalog.map((a) => a.id));
    // A file carries its sources' titles in its own language only; merged, each source has every title again.
    const translated = (args: Argument[]) =>
      args.flatMap((a) => [...(a.sources ?? []), ...Object.values(a.audienceSources ?? {}).flat()]).filter((x) => x.translations?.en);
    expect(translated(de)).toEqual([]);
    expect(translated(whole).length).toBeGreaterThan(0);
    expect(translated(mergeLanguages([de, en]))).toEqual(translated(whole));
    expect(translated(mergeLanguages([en, de]))).toEqual(translated(whole));
  });

  it('survive the JSON file round trip unchanged', () => {
    const en = builtinsInLanguage('en');
    expect(builtinsPart(JSON.parse(JSON.stringify(en)), 'en')).toEqual(en);
  });

  it('reject a file that is not one language’s built-ins, naming the file', () => {
    expect(() => builtinsPart({}, 'de')).toThrow('catalog/de.json: not a list of arguments');
    expect(() => builtinsPart([], 'de')).toThrow('catalog/de.json: not a list of arguments');
    // The English file where the German one was asked.
    expect(() => builtinsPart(builtinsInLanguage('en'), 'de')).toThrow(
      'catalog/de.json: entry 0 is not a built-in argument with its de text',
    );
  });

  it('load each language once, even when asked twice at the same time', async () => {
    const load = vi.fn(async (lang: 'de' | 'en') => builtinsInLanguage(lang));
    const texts = new BuiltinTexts(load);
    expect(texts.list).toEqual([]);
    await Promise.all([texts.ensure('de'), texts.ensure('de')]);
    await texts.ensure('de');
    expect(load).toHaveBeenCalledTimes(1);
    expect(texts.list.map((a) => Object.keys(a.text).join())).toEqual(catalog.map(() => 'de'));
    await texts.ensure('en');
    expect(load).toHaveBeenCalledTimes(2);
    expect(texts.list).toEqual(catalog.map(withoutSignals).map(withoutRepeatedSources));
  });
});

describe('the popup’s languages', () => {
  it('starts with the texts of its language only', async () => {
    const root = await startPopup();
    expect(fake.asked).toEqual(['catalog/en.json']);
    expect(shownTitle(root)).toBe(title('en'));
  });

  it('loads the other language when the user switches to it, and shows its texts', async () => {
    const root = await startPopup();
    await doAct(() => setValue(root.querySelector('.popup-lang select') as HTMLSelectElement, 'de'));
    await flush();
    expect(fake.asked).toEqual(['catalog/en.json', 'catalog/de.json']);
    expect(shownTitle(root)).toBe(title('de'));
    expect(root.querySelector('.popup')?.getAttribute('lang')).toBe('de');
    expect(fake.saved).toContainEqual({ lang: 'de' });
    // Back to English: loaded already, nothing asked.
    await doAct(() => setValue(root.querySelector('.popup-lang select') as HTMLSelectElement, 'en'));
    await flush();
    expect(fake.asked).toHaveLength(2);
    expect(shownTitle(root)).toBe(title('en'));
  });

  it('names an objection found on the page in the language the user switched to, beside its answer', async () => {
    // The page was read while the popup spoke English: its label of the objection is English.
    const report = async () =>
      xReport([{ id: 'criticism', score: 3, matched: ['complaints'], objections: ['public-criticism'] }], {
        'public-criticism': 'Public criticism, online backlash',
      });
    const root = await startPopup(report);
    await doAct(() => setValue(root.querySelector('.popup-lang select') as HTMLSelectElement, 'de'));
    await flush();
    const own = answerForTopic(textOf(catalog.find((a) => a.id === 'criticism')!, 'de'), 'public-criticism');
    const line = root.querySelector('[data-argument-id="criticism"] .arg-objection')?.textContent ?? '';
    expect(own?.answer).toBeTruthy();
    expect(line).toContain(own!.objection);
    expect(line).toContain(own!.answer!);
    expect(line).not.toContain('Public criticism');
  });

  it('stays in its language and says so when the other language’s texts cannot be loaded; a later switch asks again', async () => {
    fake.failing.add('catalog/de.json');
    const root = await startPopup();
    await doAct(() => setValue(root.querySelector('.popup-lang select') as HTMLSelectElement, 'de'));
    await flush();
    expect(root.querySelector('.popup-status')?.textContent).toContain(t('popupLangFailed'));
    expect(shownTitle(root)).toBe(title('en'));
    expect(root.querySelector('.popup')?.getAttribute('lang')).toBe('en');
    expect(fake.saved).not.toContainEqual({ lang: 'de' });

    fake.failing.clear();
    await doAct(() => setValue(root.querySelector('.popup-lang select') as HTMLSelectElement, 'de'));
    await flush();
    expect(fake.asked.filter((p) => p === 'catalog/de.json')).toHaveLength(2);
    expect(shownTitle(root)).toBe(title('de'));
  });

  it('shows why it cannot start when its language’s texts cannot be loaded', async () => {
    fake.failing.add('catalog/en.json');
    const root = await startPopup();
    expect(root.querySelector('[data-argument-id]')).toBeNull();
    expect(root.textContent).toBe(`${t('popupStartFailed')} catalog/en.json: HTTP 404`);
  });
});
