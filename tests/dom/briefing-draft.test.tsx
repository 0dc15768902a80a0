// @vitest-environment jsdom
/**
 * The briefing the user builds is kept in storage as they build it: picks, order, each one's length,
 * the title and the format come back when the popup (or the briefing page) opens again, until the user
 * clears it. Storage is the in-memory fake browser; the popup's page and clipboard are faked.
 */
import { render } from 'preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { createFakeBrowser } from '../unit/settings-fake-browser';

const fake = vi.hoisted(() => ({ current: undefined as unknown as ReturnType<typeof createFakeBrowser> }));
vi.mock('../../src/platform/browser', async () => {
  const m = await import('../unit/settings-fake-browser');
  fake.current = m.createFakeBrowser();
  return { browser: fake.current };
});
vi.mock('../../src/platform/clipboard', () => ({ writeClipboard: vi.fn(async () => ({ ok: true, method: 'clipboard-item' })) }));
vi.mock('../../src/platform/tabs', () => ({
  requestPageReport: vi.fn(async () => ({ kind: 'no-access' })),
  selectionReport: vi.fn(async () => null),
  searchInBackground: vi.fn(async () => ({ found: [] })),
  reportCopied: vi.fn(async () => {}),
  openExtensionPage: vi.fn(async () => {}),
  openOptions: vi.fn(async () => {}),
}));
vi.mock('../../src/platform/i18n', () => ({
  uiLanguage: () => 'en',
  browserMessage: () => '',
  loadMessages: async () => {
    throw new Error('not in this test');
  },
}));

import { BriefingPage } from '../../src/briefing/index';
import { BRIEFING_DRAFT_KEY, type BriefingDraft, loadDraft, parseDraft } from '../../src/briefing/store';
import { catalog } from '../../src/catalog/index';
import { useMessages } from '../../src/i18n/index';
import { Popup } from '../../src/popup/Popup';
import { defaults } from '../../src/settings/index';
import { doAct, flush, messages, mount, setValue } from './popup-helpers';

function order(root: HTMLElement): string[] {
  return Array.from(root.querySelectorAll<HTMLElement>('[data-briefing-id]'), (li) => li.dataset.briefingId ?? '');
}

async function pick(root: HTMLElement, ...ids: string[]): Promise<void> {
  for (const id of ids) await doAct(() => (root.querySelector(`[data-briefing-pick="${id}"]`) as HTMLInputElement).click());
}

function storedDraft(): unknown {
  const v = fake.current.storage.local.data.get(BRIEFING_DRAFT_KEY);
  return v === undefined ? undefined : JSON.parse(v);
}

function popup(draft: BriefingDraft | null): Promise<HTMLElement> {
  return mount(
    <Popup
      settings={defaults}
      lang="en"
      args={catalog}
      intranetSites={[]}
      pageReport={async () => ({ kind: 'no-access' })}
      briefingDraft={draft}
    />,
  );
}

/** Builds a briefing in the popup: three picks, the second moved first, one set to one line, a title and a format. */
async function build(root: HTMLElement): Promise<void> {
  await doAct(() => (root.querySelector('#tab-briefing') as HTMLButtonElement).click());
  await pick(root, 'faces', 'criticism', 'insights');
  await doAct(() => (root.querySelector('[data-briefing-id="criticism"] [data-action="move-up"]') as HTMLButtonElement).click());
  await doAct(() => setValue(root.querySelector('[data-briefing-id="insights"] select') as HTMLSelectElement, 'line'));
  await doAct(() => setValue(root.querySelector('.composer-title input') as HTMLInputElement, 'Board meeting, Monday'));
  await doAct(() => setValue(root.querySelector('select[data-setting="format"]') as HTMLSelectElement, 'markdown'));
}

beforeEach(() => {
  fake.current.reset();
  useMessages(messages('en'));
});

describe('briefing draft', () => {
  it('is stored as the user builds it in the popup and comes back when the popup opens again', async () => {
    const first = await popup(null);
    await build(first);
    expect(storedDraft()).toEqual({
      version: 1,
      entries: [
        { id: 'criticism', length: 'full' },
        { id: 'faces', length: 'full' },
        { id: 'insights', length: 'line' },
      ],
      title: 'Board meeting, Monday',
      format: 'markdown',
    });
    render(null, first);

    const again = await popup(await loadDraft());
    await doAct(() => (again.querySelector('#tab-briefing') as HTMLButtonElement).click());
    expect(order(again)).toEqual(['criticism', 'faces', 'insights']);
    expect((again.querySelector('[data-briefing-id="insights"] select') as HTMLSelectElement).value).toBe('line');
    expect((again.querySelector('.composer-title input') as HTMLInputElement).value).toBe('Board meeting, Monday');
    expect((again.querySelector('select[data-setting="format"]') as HTMLSelectElement).value).toBe('markdown');
  });

  it('comes back on the briefing page too, with its format', async () => {
    const first = await popup(null);
    await build(first);
    render(null, first);
    const page = await mount(<BriefingPage settings={defaults} lang="en" args={catalog} briefingDraft={await loadDraft()} />);
    expect(order(page)).toEqual(['criticism', 'faces', 'insights']);
    expect((page.querySelector('.composer-title input') as HTMLInputElement).value).toBe('Board meeting, Monday');
    const xOption = page.querySelector('option[value="x"]') as HTMLOptionElement;
    expect((xOption.parentElement as HTMLSelectElement).value).toBe('markdown');
  });

  it('is forgotten only when the user clears it; suggested picks alone store nothing', async () => {
    const root = await popup(null);
    await flush();
    expect(storedDraft()).toBeUndefined();
    await build(root);
    await doAct(() => (root.querySelector('[data-action="clear-briefing"]') as HTMLButtonElement).click());
    expect(storedDraft()).toBeUndefined();
    expect(order(root)).toEqual([]);
    expect((root.querySelector('.composer-title input') as HTMLInputElement).value).toBe(messages('en').popupBriefingDefaultTitle?.message);
  });

  it('reads a damaged draft leniently', () => {
    expect(parseDraft('x')).toBeUndefined();
    expect(
      parseDraft({
        entries: [{ id: 'a', length: 'line' }, { id: 'a', length: 'full' }, { id: 7 }, { id: 'b', length: 'long' }],
        title: 3,
        format: 'pdf',
      }),
    ).toEqual({ entries: [{ id: 'a', length: 'line' }], title: null, format: null });
  });
});
