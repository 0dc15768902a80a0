// @vitest-environment jsdom
/** The popup explains the card's quiet state: a page that kept removing the card is named, its arguments still listed. */
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('../../src/platform/browser', () => ({ browser: {} }));
vi.mock('../../src/platform/clipboard', () => ({ writeClipboard: vi.fn(async () => ({ ok: true, method: 'clipboard-item' })) }));
vi.mock('../../src/platform/storage', () => ({ saveSettings: vi.fn(async () => ({})) }));
vi.mock('../../src/briefing/store', () => ({ saveDraft: vi.fn(async () => {}), clearDraft: vi.fn(async () => {}) }));
vi.mock('../../src/platform/tabs', () => ({
  requestPageReport: vi.fn(async () => ({ kind: 'no-access' })),
  selectionReport: vi.fn(async () => null),
  searchInBackground: vi.fn(async () => ({ found: [] })),
  reportCopied: vi.fn(async () => {}),
  openExtensionPage: vi.fn(async () => {}),
  openOptions: vi.fn(async () => {}),
  uiLanguage: () => 'en',
  browserMessage: () => '',
}));

import { catalog } from '../../src/catalog/index';
import { useMessages } from '../../src/i18n/index';
import type { PageReport } from '../../src/messages';
import { Popup } from '../../src/popup/Popup';
import { defaults } from '../../src/settings/index';
import { messages, mount } from './popup-helpers';

function report(extra: Partial<PageReport>) {
  const r: PageReport = {
    url: 'https://x.com/home',
    site: 'x',
    status: 'ok',
    chars: 200,
    ranked: [{ id: 'criticism', score: 2, matched: ['shitstorm'] }],
    ...extra,
  };
  return async () => ({ kind: 'report' as const, report: r, url: r.url });
}

beforeEach(() => useMessages(messages('en')));

describe('popup: the card stayed off a page that kept removing it', () => {
  it('says so, and still lists the page’s arguments', async () => {
    const root = await mount(
      <Popup settings={defaults} lang="en" args={catalog} intranetSites={[]} pageReport={report({ cardRemoved: true })} />,
    );
    const note = root.querySelector('[data-page-state="card-removed"]');
    expect(note?.textContent).toBe(messages('en').popupCardRemoved?.message);
    expect(root.querySelector('.page-section [data-argument-id="criticism"]')).not.toBeNull();
  });

  it('says nothing of the kind when the card is on the page', async () => {
    const root = await mount(<Popup settings={defaults} lang="en" args={catalog} intranetSites={[]} pageReport={report({})} />);
    expect(root.querySelector('[data-page-state="card-removed"]')).toBeNull();
  });
});
