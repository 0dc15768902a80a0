// @vitest-environment jsdom
/**
 * The side panel in jsdom with the real catalog and copy formats; its port to the content script, the tab lookups,
 * clipboard and storage are faked. Covers: sections listed as the feed sends them, the section in view following
 * pushed updates, a quote click asking the page to scroll (and saying so when the page no longer has it), objections
 * with the argument's own answer, Copy, "Add to briefing" into the stored draft and the composer, the tab list's keys,
 * German strings, and what it says where no content script answers.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { BriefingDraft } from '../../src/briefing/store';
import { catalog } from '../../src/catalog/index';
import { answerForTopic, textOf } from '../../src/catalog/types';
import { t, useMessages } from '../../src/i18n/index';
import type { ContentToPanel, PanelFeed, PanelToContent } from '../../src/messages';
import type { PanelTab, TabEvent } from '../../src/platform/panel';
import type { PageReportResult } from '../../src/platform/tabs';
import { defaults } from '../../src/settings/index';
import type { FeedDeps } from '../../src/sidepanel/useFeed';
import { doAct, flush, key, messages, mount } from './popup-helpers';

const fake = vi.hoisted(() => ({
  writes: [] as { plain: string; html: string }[],
  drafts: [] as unknown[],
  copied: [] as [string, string][],
}));

vi.mock('../../src/platform/browser', () => ({ browser: {} }));
vi.mock('../../src/platform/clipboard', () => ({
  writeClipboard: vi.fn(async (payload: { plain: string; html: string }) => {
    fake.writes.push(payload);
    return { ok: true, method: 'clipboard-item' };
  }),
}));
vi.mock('../../src/platform/storage', () => ({ saveSettings: vi.fn(async () => ({})) }));
vi.mock('../../src/briefing/store', () => ({
  saveDraft: vi.fn(async (d: unknown) => void fake.drafts.push(structuredClone(d))),
  clearDraft: vi.fn(async () => void fake.drafts.push(null)),
}));
vi.mock('../../src/platform/tabs', () => ({
  requestPageReport: vi.fn(async () => ({ kind: 'no-access' })),
  reportCopied: vi.fn(async (id: string, kind: string) => void fake.copied.push([id, kind])),
}));
// The real tab lookups and port are replaced through the panel's `feedDeps`; these are never called.
vi.mock('../../src/platform/panel', () => ({
  openOptionsSection: vi.fn(async () => {}),
  connectPanel: vi.fn(),
  activePanelTab: vi.fn(),
  panelTab: vi.fn(),
  watchTabs: vi.fn(),
}));
vi.mock('../../src/platform/i18n', async () => {
  const { readFileSync } = await import('node:fs');
  const { resolve } = await import('node:path');
  return {
    uiLanguage: () => 'en-US',
    browserMessage: () => '',
    loadMessages: async (lang: string) => JSON.parse(readFileSync(resolve(__dirname, '../../_locales', lang, 'messages.json'), 'utf8')),
  };
});

const { SidePanel } = await import('../../src/sidepanel/SidePanel');

const URL_DOC = 'https://example.atlassian.net/wiki/spaces/KOMM/pages/1/Strategie';
const TAB: PanelTab = { id: 5, url: URL_DOC, windowId: 1 };
const QUOTE = 'The board fears a storm of public criticism once we open our own channels.';

/** A feed as the content script sends it: three sections, criticism with its objection in the second. */
function docFeed(current = 0): PanelFeed {
  return {
    url: URL_DOC,
    site: 'confluence',
    siteName: 'Confluence',
    title: 'Social media strategy 2027',
    status: 'ok',
    kind: 'document',
    current,
    objectionLabels: { 'public-criticism': 'Fear of public criticism' },
    sections: [
      {
        heading: 'Where we stand',
        ranked: [{ id: 'internal-communication', score: 0.9, matched: ['newsletter'], quote: 'Our staff newsletter reaches few people.' }],
      },
      {
        heading: 'Concerns',
        ranked: [{ id: 'criticism', score: 1.2, matched: ['criticism'], quote: QUOTE, objections: ['public-criticism'] }],
      },
      { heading: 'Next steps', ranked: [] },
    ],
  };
}

/** A fake port and tab world for `useFeed`; `content` answers a reveal, `null` = no content script in the tab. */
function world(options: { content?: ((m: PanelToContent) => ContentToPanel | null) | null; report?: PageReportResult } = {}) {
  const sent: PanelToContent[] = [];
  let push: ((m: ContentToPanel) => void) | null = null;
  let tabListener: ((e: TabEvent) => void) | null = null;
  const pageReport = vi.fn(async () => options.report ?? ({ kind: 'no-access', url: URL_DOC } as PageReportResult));
  const deps: FeedDeps = {
    activeTab: async () => TAB,
    getTab: async (id) => ({ ...TAB, id }),
    watch: (fn) => {
      tabListener = fn;
    },
    pageReport,
    connect: (_tabId, onMessage, onClose) => {
      if (options.content === null) {
        queueMicrotask(() => onClose('Could not establish connection. Receiving end does not exist.'));
        return { send: () => false, close: () => undefined };
      }
      push = onMessage;
      queueMicrotask(() => onMessage({ type: 'panel-feed', feed: docFeed() }));
      return {
        send: (m) => {
          sent.push(m);
          const answer = options.content?.(m);
          if (answer) queueMicrotask(() => push?.(answer));
          return true;
        },
        close: () => undefined,
      };
    },
  };
  return {
    deps,
    sent,
    pageReport,
    push: (m: ContentToPanel) => push?.(m),
    tabEvent: (e: TabEvent) => tabListener?.(e),
  };
}

function panel(w: ReturnType<typeof world>, draft: BriefingDraft | null = null) {
  return mount(
    <SidePanel settings={{ ...defaults }} lang="en" args={catalog} intranetSites={[]} briefingDraft={draft} feedDeps={w.deps} />,
  );
}

const criticism = catalog.find((a) => a.id === 'criticism')!;

beforeEach(() => {
  useMessages(messages('en'));
  fake.writes.length = 0;
  fake.drafts.length = 0;
  fake.copied.length = 0;
});

describe('side panel', () => {
  it('lists the document section by section, each argument with its quote and the objection’s answer', async () => {
    const root = await panel(world());
    expect(root.querySelector('h2')?.textContent).toBe(t('panelTitle'));
    expect(root.textContent).toContain('Social media strategy 2027');
    const sections = [...root.querySelectorAll<HTMLElement>('[data-section]')];
    expect(sections.map((s) => s.querySelector('h3')?.textContent)).toEqual([
      `Where we stand${t('panelInView')}`,
      'Concerns',
      'Next steps',
    ]);
    expect(sections[0]!.getAttribute('aria-current')).toBe('location');
    const crit = sections[1]!.querySelector('[data-argument-id="criticism"]')!;
    expect(crit.querySelector('[data-action="reveal"]')?.textContent).toBe(QUOTE);
    // The catalog's own answer of the criticism argument to this kind of objection.
    const own = answerForTopic(textOf(criticism, 'en'), 'public-criticism');
    expect(own?.answer).toBeTruthy();
    const objection = crit.querySelector('.arg-objection')!;
    expect(objection.getAttribute('data-answered')).toBe('true');
    // Quoted is the argument's own wording of the objection, not the topic's label, as in the popup.
    expect(objection.textContent).toBe(t('popupObjection', own!.objection, own!.answer!));
    expect(sections[2]!.textContent).toContain(t('panelSectionNothing'));
  });

  it('what the user is writing comes first, as its own section, with Copy and Add to briefing', async () => {
    const w = world();
    const root = await panel(w);
    const draft = [{ id: 'transparency', score: 0.7, matched: ['openly'], quote: 'We want to talk openly about our decisions.' }];
    await doAct(() => w.push({ type: 'panel-feed', feed: { ...docFeed(), draft } }));
    const first = root.querySelector('[data-section]');
    expect(first?.getAttribute('data-section')).toBe('draft');
    expect(first?.querySelector('h3')?.textContent).toBe(t('panelDraft'));
    expect([...first!.querySelectorAll('[data-argument-id]')].map((a) => a.getAttribute('data-argument-id'))).toEqual(['transparency']);
    expect(first?.querySelector('[data-action="copy"]')).not.toBeNull();
    expect(first?.querySelector('[data-action="brief"]')).not.toBeNull();
    // The numbered sections are still the document's.
    expect(root.querySelectorAll('[data-section]:not([data-section="draft"])')).toHaveLength(3);
  });

  it('heads a feed (a timeline) as arguments for this page, a document as arguments for this document', async () => {
    const w = world();
    const root = await panel(w);
    expect(root.querySelector('h2')?.textContent).toBe(t('panelTitle'));
    await doAct(() => w.push({ type: 'panel-feed', feed: { ...docFeed(), kind: 'feed', current: 0 } }));
    expect(root.querySelector('h2')?.textContent).toBe(t('cardHeading'));
    expect(t('cardHeading')).not.toBe(t('panelTitle'));
  });

  it('follows the section in view as the content script reports it', async () => {
    const w = world();
    const root = await panel(w);
    await doAct(() => w.push({ type: 'panel-in-view', current: 2 }));
    expect(root.querySelector('[aria-current="location"]')?.getAttribute('data-section')).toBe('2');
    expect(root.querySelectorAll('[aria-current]')).toHaveLength(1);
  });

  it('a click on a quote asks the page to scroll to it, and says so when the page no longer has it', async () => {
    let found = true;
    const w = world({ content: (m) => ({ type: 'panel-revealed', seq: m.seq, ok: found }) });
    const root = await panel(w);
    const quote = root.querySelector<HTMLButtonElement>('[data-argument-id="criticism"] [data-action="reveal"]')!;
    expect(quote.getAttribute('aria-label')).toBe(t('panelQuoteShow', QUOTE));
    await doAct(() => quote.click());
    expect(w.sent).toEqual([{ type: 'panel-reveal', seq: 1, quote: QUOTE }]);
    expect(root.querySelector('[role="status"]')?.textContent).toBe('');
    found = false;
    await doAct(() => quote.click());
    expect(root.querySelector('[role="status"]')?.textContent).toBe(t('panelQuoteGone'));
    // A section heading scrolls to the heading.
    await doAct(() => root.querySelector<HTMLButtonElement>('[data-section="2"] h3 button')!.click());
    expect(w.sent.at(-1)).toEqual({ type: 'panel-reveal', seq: 3, heading: 'Next steps' });
  });

  it('Copy writes the argument in the destination’s format (Markdown for Confluence) and records it', async () => {
    const root = await panel(world());
    await doAct(() => root.querySelector<HTMLButtonElement>('[data-argument-id="criticism"] [data-action="copy"]')!.click());
    expect(fake.writes).toHaveLength(1);
    expect(fake.writes[0]!.plain).toContain(`**${textOf(criticism, 'en').title}**`);
    expect(fake.copied).toEqual([['criticism', 'document']]);
    expect(root.querySelector('[data-argument-id="criticism"] [data-action="copy"]')?.textContent).toBe(t('popupCopied'));
  });

  it('"Add to briefing" stores the pick, shows it pressed and in the composer; a second click takes it out', async () => {
    const root = await panel(world(), { entries: [{ id: 'transparency', length: 'line' }], title: 'Board memo', format: null });
    const brief = () => root.querySelector<HTMLButtonElement>('[data-argument-id="criticism"] [data-action="brief"]')!;
    expect(brief().getAttribute('aria-pressed')).toBe('false');
    await doAct(() => brief().click());
    expect(brief().getAttribute('aria-pressed')).toBe('true');
    expect(brief().textContent).toBe(t('panelInBriefing'));
    expect(fake.drafts.at(-1)).toEqual({
      entries: [
        { id: 'transparency', length: 'line' },
        { id: 'criticism', length: 'full' },
      ],
      title: 'Board memo',
      format: defaults.copyFormat,
    });
    expect(root.querySelector('[role="status"]')?.textContent).toBe(t('panelAdded', textOf(criticism, 'en').title));
    const composer = root.querySelector('#ppanel-briefing')!;
    expect(composer.textContent).toContain(textOf(criticism, 'en').title);
    expect((composer.querySelector('input[type="text"]') as HTMLInputElement | null)?.value).toBe('Board memo');
    await doAct(() => brief().click());
    expect(brief().getAttribute('aria-pressed')).toBe('false');
    expect((fake.drafts.at(-1) as BriefingDraft).entries).toEqual([{ id: 'transparency', length: 'line' }]);
  });

  it('the tabs switch with the arrow keys, as in the popup', async () => {
    const root = await panel(world());
    const docTab = root.querySelector<HTMLElement>('#ptab-document')!;
    docTab.focus();
    await doAct(() => key(docTab, 'ArrowRight'));
    expect(root.querySelector('#ppanel-briefing')?.hasAttribute('hidden')).toBe(false);
    expect(root.querySelector('#ppanel-document')?.hasAttribute('hidden')).toBe(true);
    expect(document.activeElement?.id).toBe('ptab-briefing');
  });

  it('speaks German when the user chose it', async () => {
    useMessages(messages('de'));
    const root = await mount(
      <SidePanel settings={{ ...defaults, lang: 'de' }} lang="de" args={catalog} intranetSites={[]} feedDeps={world().deps} />,
    );
    expect(root.querySelector('h2')?.textContent).toBe('Argumente für dieses Dokument');
    expect(root.querySelector('[data-argument-id="criticism"] [data-action="brief"]')?.textContent).toBe('Zum Briefing');
    expect(root.querySelector('[data-argument-id="criticism"] h4')?.textContent).toBe(textOf(criticism, 'de').title);
  });

  it('with no content script in the tab it says why and offers site access; it asks the tab again on its next load', async () => {
    const w = world({ content: null });
    const root = await panel(w);
    await flush();
    expect(w.pageReport).toHaveBeenCalledTimes(1);
    expect(root.querySelector('[data-page-state]')?.textContent).toBe(t('panelNotGranted'));
    const buttons = [...root.querySelectorAll('.panel-offers button')].map((b) => b.textContent);
    expect(buttons).toEqual([t('panelRetry'), t('panelSiteAccess')]);
    expect(root.querySelectorAll('[data-section]')).toHaveLength(0);
    await doAct(() => w.tabEvent({ kind: 'updated', tabId: TAB.id, complete: true }));
    await flush();
    expect(w.pageReport).toHaveBeenCalledTimes(2);
  });

  it('on a page read once (no content script follows it) it lists what was found and says it does not follow the page', async () => {
    const report: PageReportResult = {
      kind: 'report',
      url: 'https://intranet.example.com/',
      report: {
        url: 'https://intranet.example.com/',
        site: 'generic',
        status: 'ok',
        chars: 900,
        ranked: [{ id: 'criticism', score: 1, matched: ['criticism'], quote: QUOTE }],
      },
    };
    const root = await panel(world({ content: null, report }));
    await flush();
    expect(root.querySelector('[data-page-state="read-once"]')?.textContent).toBe(t('panelReadOnce'));
    const section = root.querySelector('[data-section="0"]')!;
    expect(section.querySelector('h3')?.textContent).toBe(t('panelOnThisPage'));
    // The quote is shown, but not as a button: nothing on the page would scroll.
    expect(section.querySelector('.panel-quote')?.tagName).toBe('P');
    expect(section.querySelector('[data-action="reveal"]')).toBeNull();
  });

  it('a pinned tab that closes: says there is no tab, and offers to ask again', async () => {
    const w = world();
    w.deps.getTab = async (id) => ({ id, url: URL_DOC, windowId: 1 });
    const root = await mount(
      <SidePanel settings={{ ...defaults }} lang="en" args={catalog} intranetSites={[]} tabId={5} feedDeps={w.deps} />,
    );
    expect(root.querySelectorAll('[data-section]')).toHaveLength(3);
    await doAct(() => w.tabEvent({ kind: 'removed', tabId: 5 }));
    expect(root.querySelector('[data-page-state]')?.textContent).toBe(t('panelNoTab'));
    expect(root.querySelectorAll('[data-section]')).toHaveLength(0);
    expect(root.querySelector('.panel-offers button')?.textContent).toBe(t('panelRetry'));
    // Asking again looks the tab up anew (the fake finds it).
    await doAct(() => root.querySelector<HTMLButtonElement>('.panel-offers button')!.click());
    await flush();
    expect(root.querySelectorAll('[data-section]')).toHaveLength(3);
  });

  it('a restricted page says it cannot be read, as the popup does', async () => {
    const root = await panel(world({ content: null, report: { kind: 'restricted', url: 'chrome://settings/' } }));
    await flush();
    expect(root.querySelector('[data-page-state]')?.textContent).toBe(t('popupPageRestricted'));
  });
});

describe('side panel following the active tab', () => {
  it('shows the active tab of its window and moves with the user to another tab there, not in another window', async () => {
    const w = world();
    const connected: number[] = [];
    const connect = w.deps.connect;
    w.deps.connect = (tabId, onMessage, onClose) => {
      connected.push(tabId);
      return connect(tabId, onMessage, onClose);
    };
    w.deps.getTab = async (id) => ({ id, url: URL_DOC, windowId: id === 8 ? 2 : 1 });
    await mount(<SidePanel settings={{ ...defaults }} lang="en" args={catalog} intranetSites={[]} feedDeps={w.deps} />);
    expect(connected).toEqual([TAB.id]);
    await doAct(() => w.tabEvent({ kind: 'activated', tabId: 7, windowId: 1 }));
    await flush();
    expect(connected).toEqual([TAB.id, 7]);
    await doAct(() => w.tabEvent({ kind: 'activated', tabId: 8, windowId: 2 }));
    await flush();
    expect(connected).toEqual([TAB.id, 7]);
  });
});
