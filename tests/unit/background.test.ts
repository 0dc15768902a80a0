/**
 * The background entry with a fake `browser`: listeners exist right after import, registrations
 * follow grants and revocations, the context menu and the command route to the content script
 * with the documented fallbacks, and messages are answered only for our own senders.
 */
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ShowSelection } from '../../src/background/ranking';
import { fakeBrowser, fakeState, resetFake, settle } from './background-fake';

vi.mock('../../src/platform/browser', async () => {
  const { fakeBrowser } = await import('./background-fake');
  return { browser: fakeBrowser };
});

const EXT = 'chrome-extension://test-extension-id/';
const optionsSender = { id: 'test-extension-id', url: `${EXT}options.html` };
const contentSender = { id: 'test-extension-id', url: 'https://x.com/home', tab: { id: 7 }, frameId: 0 };

/** Delivers a message as `runtime.onMessage` would; returns the answering listener's promise, or undefined. */
function deliver(msg: unknown, sender: object): Promise<unknown> | undefined {
  const answers = fakeBrowser.runtime.onMessage.fire(msg as never, sender as never).filter((a) => a !== undefined);
  expect(answers.length).toBeLessThanOrEqual(1);
  return answers[0] as Promise<unknown> | undefined;
}

let listenerCountsAfterImport: Record<string, number> = {};

beforeAll(async () => {
  await import('../../src/background/index');
  // Counted synchronously after evaluation: no await between import and registration.
  listenerCountsAfterImport = {
    onInstalled: fakeBrowser.runtime.onInstalled.listeners.length,
    onStartup: fakeBrowser.runtime.onStartup.listeners.length,
    onMessage: fakeBrowser.runtime.onMessage.listeners.length,
    onAdded: fakeBrowser.permissions.onAdded.listeners.length,
    onRemoved: fakeBrowser.permissions.onRemoved.listeners.length,
    menu: fakeBrowser.contextMenus.onClicked.listeners.length,
    command: fakeBrowser.commands.onCommand.listeners.length,
    storage: fakeBrowser.storage.onChanged.listeners.length,
  };
});

beforeEach(() => {
  resetFake();
  fakeBrowser.action.openPopup.mockImplementation(async () => {
    throw new Error('openPopup requires a user gesture');
  });
});

describe('start-up', () => {
  it('registers exactly one listener per event at the top level', () => {
    expect(listenerCountsAfterImport).toEqual({
      onInstalled: 1,
      onStartup: 1,
      onMessage: 1,
      onAdded: 1,
      onRemoved: 1,
      menu: 1,
      command: 1,
      storage: 1,
    });
  });

  it('opens onboarding on a new install only, and creates the three menu items with stable ids', async () => {
    fakeBrowser.runtime.onInstalled.fire({ reason: 'install' });
    await settle();
    expect(fakeBrowser.tabs.create).toHaveBeenCalledWith({ url: `${EXT}onboarding.html` });
    expect(fakeState.menus.map((m) => [m.id, m.contexts])).toEqual([
      ['argumentarium-rank-selection', ['selection']],
      ['argumentarium-copy-best', ['page']],
      ['argumentarium-open-panel', ['page', 'selection']],
    ]);
    expect(fakeState.menus[0]?.title).toBe('bgMenuRankSelection');

    fakeBrowser.tabs.create.mockClear();
    fakeBrowser.runtime.onInstalled.fire({ reason: 'update', previousVersion: '0.0.9' });
    await settle();
    expect(fakeBrowser.tabs.create).not.toHaveBeenCalled();
    expect(fakeState.menus).toHaveLength(3);
  });

  it('makes the menu again in the chosen language when the language setting changes, without duplicates', async () => {
    const { readFileSync } = await import('node:fs');
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) => new Response(readFileSync(new URL(`../../${url.replace(EXT, '')}`, import.meta.url)))),
    );
    try {
      fakeBrowser.runtime.onInstalled.fire({ reason: 'update' });
      await fakeBrowser.storage.sync.set({ lang: 'de' });
      await settle();
      expect(fakeState.menus.map((m) => m.title)).toEqual([
        'Argumente zur Auswahl finden',
        'Bestes Argument für diese Seite kopieren',
        'Seitenleiste für dieses Dokument öffnen',
      ]);
    } finally {
      vi.unstubAllGlobals();
      await fakeBrowser.storage.sync.set({ lang: 'auto' });
      await settle();
    }
    expect(fakeState.menus.map((m) => m.title)).toEqual(['bgMenuRankSelection', 'bgMenuCopyBest', 'bgMenuOpenPanel']);
  });

  it('after an update, injects into open tabs of the manifest sites and the granted groups', async () => {
    fakeState.granted.add('https://docs.google.com/*');
    fakeState.tabs = [
      { id: 1, url: 'https://x.com/home' },
      { id: 2, url: 'https://docs.google.com/document/d/abc/edit' },
      { id: 3, url: 'https://example.com/' },
      { id: 4, url: 'https://docs.google.com/spreadsheets/d/abc' },
    ];
    fakeBrowser.runtime.onInstalled.fire({ reason: 'update' });
    await settle();
    expect(fakeState.injected.map((i) => i.tabId).sort()).toEqual([1, 2]);
    expect(fakeState.injected[0]).toMatchObject({ allFrames: true, files: ['content.js'] });
    expect([...fakeState.registered.keys()]).toEqual(['argumentarium-gdocs']);
  });

  it('registers at browser start-up what a manifest granted up front', async () => {
    fakeState.granted.add('https://*.sharepoint.com/*');
    fakeBrowser.runtime.onStartup.fire();
    await settle();
    expect(fakeState.registered.get('argumentarium-sharepoint')).toMatchObject({
      matches: ['https://*.sharepoint.com/*'],
      js: ['content-loader.js'],
      allFrames: true,
      runAt: 'document_idle',
      persistAcrossSessions: true,
      matchOriginAsFallback: true,
    });
  });
});

describe('registration follows permissions', () => {
  it('registers on a grant, injects into matching open tabs, and unregisters on revocation', async () => {
    fakeState.tabs = [
      { id: 1, url: 'https://acme.atlassian.net/wiki/spaces/COMMS/pages/1' },
      { id: 2, url: 'https://acme.atlassian.net/jira/board' },
      { id: 3, url: 'https://example.com/' },
    ];
    fakeState.granted.add('https://*.atlassian.net/*');
    fakeBrowser.permissions.onAdded.fire({ origins: ['https://*.atlassian.net/*'] });
    await settle();
    expect(fakeState.registered.get('argumentarium-confluence')?.matches).toEqual(['https://*.atlassian.net/wiki/*']);
    expect(fakeState.injected.map((i) => i.tabId)).toEqual([1]);

    fakeState.granted.delete('https://*.atlassian.net/*');
    fakeBrowser.permissions.onRemoved.fire({ origins: ['https://*.atlassian.net/*'] });
    await settle();
    expect(fakeState.registered.has('argumentarium-confluence')).toBe(false);
  });

  it('is idempotent: a second event with nothing new changes nothing', async () => {
    fakeState.granted.add('https://www.notion.so/*');
    fakeBrowser.permissions.onAdded.fire({ origins: ['https://www.notion.so/*'] });
    fakeBrowser.permissions.onAdded.fire({ origins: ['https://www.notion.so/*'] });
    await settle();
    expect(fakeBrowser.scripting.registerContentScripts).toHaveBeenCalledTimes(1);
    expect(fakeBrowser.scripting.updateContentScripts).not.toHaveBeenCalled();
    expect([...fakeState.registered.keys()]).toEqual(['argumentarium-notion']);
  });

  it('narrows a group when one host was granted through the browser menu', async () => {
    fakeState.granted.add('https://acme.atlassian.net/*');
    fakeBrowser.permissions.onAdded.fire({ origins: ['https://acme.atlassian.net/*'] });
    await settle();
    expect(fakeState.registered.get('argumentarium-confluence')?.matches).toEqual(['https://acme.atlassian.net/wiki/*']);
  });

  it('retries without matchOriginAsFallback where the browser refuses the key (Chrome before 119)', async () => {
    fakeState.refuseMatchOriginAsFallback = true;
    fakeState.granted.add('https://docs.google.com/*');
    fakeBrowser.permissions.onAdded.fire({ origins: ['https://docs.google.com/*'] });
    await settle();
    const reg = fakeState.registered.get('argumentarium-gdocs');
    expect(reg?.matches).toEqual(['https://docs.google.com/document/*']);
    expect(reg && 'matchOriginAsFallback' in reg).toBe(false);
  });

  it('follows the intranet sites in settings once their origin is granted', async () => {
    fakeState.granted.add('https://intranet.example.com/*');
    await fakeBrowser.storage.sync.set({ intranetSites: ['https://intranet.example.com/strategie/*'] });
    await settle();
    expect(fakeState.registered.get('argumentarium-intranet')?.matches).toEqual(['https://intranet.example.com/strategie/*']);

    await fakeBrowser.storage.sync.set({ intranetSites: [] });
    await settle();
    // The origin stays granted, so the host still runs (granted through the browser), now as a whole origin.
    expect(fakeState.registered.get('argumentarium-intranet')?.matches).toEqual(['https://intranet.example.com/*']);
  });

  it('does not wait for a slow policy: groups register first, policy sites once it arrives', async () => {
    vi.useFakeTimers();
    const realGet = fakeBrowser.storage.managed.get;
    try {
      fakeState.managedUnavailable = false;
      await fakeBrowser.storage.managed.set({ intranetSites: ['https://policy.example.com/docs/*'] });
      let release: () => void = () => undefined;
      const gate = new Promise<void>((r) => {
        release = r;
      });
      fakeBrowser.storage.managed.get = async (keys) => {
        await gate;
        return realGet(keys);
      };
      fakeState.granted.add('https://docs.google.com/*');
      fakeState.granted.add('https://policy.example.com/*');
      fakeBrowser.runtime.onStartup.fire();
      await vi.advanceTimersByTimeAsync(600);
      expect([...fakeState.registered.keys()]).toEqual(['argumentarium-gdocs', 'argumentarium-intranet']);
      // Until the policy is known, the granted host runs as a whole origin.
      expect(fakeState.registered.get('argumentarium-intranet')?.matches).toEqual(['https://policy.example.com/*']);
      release();
      await vi.advanceTimersByTimeAsync(600);
      expect(fakeState.registered.get('argumentarium-intranet')?.matches).toEqual(['https://policy.example.com/docs/*']);
    } finally {
      fakeBrowser.storage.managed.get = realGet;
      vi.useRealTimers();
    }
  });

  it('answers refresh-registrations from the options page with the registered ids', async () => {
    fakeState.granted.add('https://*.sharepoint.com/*');
    const answer = deliver({ type: 'refresh-registrations' }, optionsSender);
    await expect(answer).resolves.toEqual({ ok: true, registered: ['argumentarium-sharepoint'] });
    expect(fakeState.registered.has('argumentarium-sharepoint')).toBe(true);
  });

  it('ignores refresh-registrations from a content script and from other extensions', () => {
    expect(deliver({ type: 'refresh-registrations' }, contentSender)).toBeUndefined();
    expect(deliver({ type: 'refresh-registrations' }, { ...optionsSender, id: 'another-extension' })).toBeUndefined();
    expect(
      deliver({ type: 'copied', argumentId: 'reach', siteKind: 'social' }, { id: 'test-extension-id', url: 'https://x.com/' }),
    ).toBeUndefined();
  });
});

describe('messages', () => {
  it('records a copy reported by a content script in local storage', async () => {
    await expect(deliver({ type: 'copied', argumentId: 'reach', siteKind: 'social' }, contentSender)).resolves.toEqual({ ok: true });
    await expect(deliver({ type: 'copied', argumentId: 'reach', siteKind: 'social' }, optionsSender)).resolves.toEqual({ ok: true });
    const stored = (await fakeBrowser.storage.local.get('usage')).usage as {
      byArgument: Record<string, Record<string, { count: number }>>;
    };
    expect(stored.byArgument.reach?.social?.count).toBe(2);
  });

  it('answers a bad copied message with ok:false and stores nothing', async () => {
    await expect(deliver({ type: 'copied', argumentId: '../../x', siteKind: 'social' }, contentSender)).resolves.toEqual({ ok: false });
    expect(fakeBrowser.storage.local.data.usage).toBeUndefined();
  });

  it('opens the options page, at a section when one is named', async () => {
    await deliver({ type: 'open-options' }, contentSender);
    expect(fakeBrowser.runtime.openOptionsPage).toHaveBeenCalledTimes(1);
    await deliver({ type: 'open-options', section: 'sites' }, contentSender);
    expect(fakeBrowser.tabs.create).toHaveBeenCalledWith({ url: `${EXT}options.html#sites` });
  });

  it('does not answer message types it does not handle (the content script does)', () => {
    expect(deliver({ type: 'page-report' }, optionsSender)).toBeUndefined();
    expect(deliver({ type: 'no-such-type' }, optionsSender)).toBeUndefined();
    expect(deliver('not a message', optionsSender)).toBeUndefined();
  });
});

describe('context menu', () => {
  /** A selection the relevance model ranks `criticism` first for. */
  const SELECTION = 'Unser Vorstand fürchtet einen Shitstorm, wenn Kunden uns öffentlich kritisieren.';
  const click = (menuItemId: string, tab: { id: number; url: string }, selectionText?: string) =>
    fakeBrowser.contextMenus.onClicked.fire({ menuItemId, selectionText, pageUrl: tab.url }, tab);

  it('ranks the selection itself and sends the content script the ranking to show on its card', async () => {
    const received: unknown[] = [];
    fakeState.tabs = [
      {
        id: 5,
        url: 'https://x.com/home',
        content: (m) => {
          received.push(m);
          return { ok: true };
        },
      },
    ];
    click('argumentarium-rank-selection', fakeState.tabs[0]!, SELECTION);
    await settle();
    // The text itself does not travel to the page and back: the page gets the ranking and the card data.
    expect(received).toHaveLength(1);
    const shown = received[0] as ShowSelection;
    expect(Object.keys(shown).sort()).toEqual(['cards', 'objectionLabels', 'ranked', 'type']);
    expect(shown.type).toBe('show-selection');
    expect(shown.ranked[0]?.id).toBe('criticism');
    expect(Object.keys(shown.cards).sort()).toEqual(shown.ranked.map((r) => r.id).sort());
    // Ready to copy from the card: the argument's text under its title.
    const criticism = shown.cards.criticism!;
    expect(criticism.title).not.toBe('');
    expect(criticism.copy.plain.startsWith(criticism.title)).toBe(true);
    expect(fakeState.injected).toEqual([]);
    expect(fakeBrowser.storage.session.data.pendingSelection).toBeUndefined();
  });

  it('a selection nothing fits goes to the popup, which says so, and nothing is sent to the page', async () => {
    const received: unknown[] = [];
    fakeState.tabs = [
      {
        id: 5,
        url: 'https://x.com/home',
        content: (m) => {
          received.push(m);
          return { ok: true };
        },
      },
    ];
    fakeBrowser.action.openPopup.mockImplementation(async () => undefined);
    click('argumentarium-rank-selection', fakeState.tabs[0]!, 'Heute ab 18 Uhr Wartungsarbeiten');
    await settle();
    expect(received).toEqual([]);
    expect(fakeBrowser.storage.session.data.pendingSelection).toMatchObject({ text: 'Heute ab 18 Uhr Wartungsarbeiten' });
    expect(fakeBrowser.action.openPopup).toHaveBeenCalled();
  });

  it('injects the content script (activeTab) where none runs, then sends the selection', async () => {
    const received: unknown[] = [];
    fakeState.tabs = [
      {
        id: 6,
        url: 'https://docs.google.com/document/d/1/edit',
        contentAfterInject: (m) => {
          received.push(m);
          return { ok: true };
        },
      },
    ];
    click('argumentarium-rank-selection', fakeState.tabs[0]!, SELECTION);
    await settle();
    expect(fakeState.injected).toEqual([{ tabId: 6, allFrames: undefined, files: ['content.js'] }]);
    expect(received.map((m) => (m as ShowSelection).ranked[0]?.id)).toEqual(['criticism']);
  });

  it('waits briefly for an injected content script that starts late, then gives up to the popup', async () => {
    vi.useFakeTimers();
    try {
      const received: unknown[] = [];
      const late = { id: 15, url: 'https://intranet.example.com/a' } as (typeof fakeState.tabs)[number];
      const never = { id: 16, url: 'https://intranet.example.com/b' } as (typeof fakeState.tabs)[number];
      fakeState.tabs = [late, never];
      fakeBrowser.scripting.executeScript.mockImplementationOnce(async () => {
        // The script's listener appears 100 ms after injection.
        setTimeout(() => {
          late.content = (m) => {
            received.push(m);
            return { ok: true };
          };
        }, 100);
        return [];
      });
      click('argumentarium-rank-selection', late, SELECTION);
      await vi.advanceTimersByTimeAsync(1000);
      expect(received.map((m) => (m as ShowSelection).type)).toEqual(['show-selection']);

      click('argumentarium-rank-selection', never, SELECTION);
      await vi.advanceTimersByTimeAsync(1000);
      expect(fakeBrowser.storage.session.data.pendingSelection).toMatchObject({ text: SELECTION });
      expect(fakeState.badges).toContainEqual({ tabId: 16, text: '1' });
    } finally {
      vi.useRealTimers();
    }
  });

  it('on a restricted page keeps the selection for the popup and opens it within the click', async () => {
    fakeBrowser.action.openPopup.mockImplementation(async () => undefined);
    fakeState.tabs = [{ id: 8, url: 'chrome://settings/' }];
    click('argumentarium-rank-selection', fakeState.tabs[0]!, 'Datenschutz');
    // Synchronously, before any await: Firefox allows openPopup only while handling the click.
    expect(fakeBrowser.action.openPopup).toHaveBeenCalledTimes(1);
    await settle();
    expect(fakeBrowser.storage.session.data.pendingSelection).toMatchObject({ text: 'Datenschutz', url: 'chrome://settings/' });
    expect(fakeBrowser.scripting.executeScript).not.toHaveBeenCalled();
  });

  it('falls back to the badge when the popup cannot be opened', async () => {
    fakeState.tabs = [{ id: 9, url: 'https://example.com/', injectError: 'Cannot access contents of the page.' }];
    click('argumentarium-rank-selection', fakeState.tabs[0]!, 'Reichweite');
    await settle();
    expect(fakeBrowser.storage.session.data.pendingSelection).toMatchObject({ text: 'Reichweite' });
    expect(fakeState.badges).toContainEqual({ tabId: 9, text: '1' });
    expect(fakeState.badges).toContainEqual({ tabId: 9, title: 'bgBadgeSelection' });
  });

  it('"copy the best argument" asks the content script and shows the result on the badge', async () => {
    // The badge names the argument by the title the content script copied it under (no catalog or settings read).
    fakeState.tabs = [
      { id: 10, url: 'https://x.com/home', content: () => ({ ok: true, argumentId: 'not-in-catalog', title: 'Answer in public' }) },
    ];
    click('argumentarium-copy-best', fakeState.tabs[0]!);
    await settle();
    expect(fakeBrowser.tabs.sendMessage).toHaveBeenCalledWith(10, { type: 'copy-best' }, { frameId: 0 });
    expect(fakeState.badges).toContainEqual({ tabId: 10, text: '✓' });
    expect(fakeState.badges).toContainEqual({ tabId: 10, title: 'bgBadgeCopied(Answer in public)' });
  });
});

describe('keyboard command copy-best', () => {
  it('uses the active tab when the browser passes none, and reports a refused clipboard on the badge', async () => {
    fakeState.tabs = [
      { id: 11, url: 'https://example.com/' },
      {
        id: 12,
        url: 'https://www.linkedin.com/feed/',
        active: true,
        content: () => ({ ok: false, argumentId: 'not-in-catalog', error: 'NotAllowedError' }),
      },
    ];
    fakeBrowser.commands.onCommand.fire('copy-best', undefined);
    await settle();
    expect(fakeBrowser.tabs.sendMessage).toHaveBeenCalledWith(12, { type: 'copy-best' }, { frameId: 0 });
    expect(fakeState.badges).toContainEqual({ tabId: 12, text: '!' });
    expect(fakeState.badges).toContainEqual({ tabId: 12, title: 'bgBadgeCopyFailed(not-in-catalog)' });
  });

  it('says so on the badge when nothing relevant was found', async () => {
    fakeState.tabs = [{ id: 13, url: 'https://x.com/', content: () => ({ ok: false }) }];
    fakeBrowser.commands.onCommand.fire('copy-best', { id: 13 });
    await settle();
    expect(fakeState.badges).toContainEqual({ tabId: 13, title: 'bgBadgeNothing' });
  });

  it('says the page cannot be read on a restricted page, without throwing', async () => {
    fakeState.tabs = [{ id: 14, url: 'chrome://extensions/', injectError: 'Cannot access a chrome:// URL' }];
    fakeBrowser.commands.onCommand.fire('copy-best', { id: 14 });
    await settle();
    expect(fakeState.badges).toContainEqual({ tabId: 14, text: '!' });
    expect(fakeState.badges).toContainEqual({ tabId: 14, title: 'bgBadgeRestricted' });
  });

  it('clears the badge and restores the title after a few seconds', async () => {
    vi.useFakeTimers();
    try {
      fakeState.tabs = [{ id: 17, url: 'https://x.com/', content: () => ({ ok: true, argumentId: 'not-in-catalog' }) }];
      fakeBrowser.commands.onCommand.fire('copy-best', { id: 17 });
      await vi.advanceTimersByTimeAsync(100);
      expect(fakeState.badges.at(-2)).toEqual({ tabId: 17, text: '✓' });
      await vi.advanceTimersByTimeAsync(6000);
      expect(fakeState.badges.slice(-2)).toEqual([
        { tabId: 17, text: '' },
        { tabId: 17, title: 'actionTitle' },
      ]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('ignores other commands', async () => {
    fakeBrowser.commands.onCommand.fire('_execute_action', { id: 1 });
    await settle();
    expect(fakeBrowser.tabs.sendMessage).not.toHaveBeenCalled();
  });
});

describe('opening the side panel', () => {
  it('the open-panel command opens it for the tab’s window at once, inside the key press', () => {
    fakeBrowser.commands.onCommand.fire('open-panel', { id: 21, windowId: 3 });
    // Synchronously: Chrome refuses sidePanel.open once the handler has awaited anything.
    expect(fakeBrowser.sidePanel.open).toHaveBeenCalledWith({ windowId: 3 });
  });

  it('the context-menu item opens it at once, for the tab when the window is not known', () => {
    fakeBrowser.contextMenus.onClicked.fire(
      { menuItemId: 'argumentarium-open-panel', pageUrl: 'https://x.com/' },
      { id: 22, url: 'https://x.com/' },
    );
    expect(fakeBrowser.sidePanel.open).toHaveBeenCalledWith({ tabId: 22 });
  });

  it('the card’s message opens it for the sender’s tab; an extension page cannot ask for it this way', async () => {
    const answer = deliver({ type: 'open-panel' }, { ...contentSender, tab: { id: 7, windowId: 4 } });
    expect(fakeBrowser.sidePanel.open).toHaveBeenCalledWith({ windowId: 4 });
    expect(await answer).toEqual({ ok: true });
    expect(deliver({ type: 'open-panel' }, optionsSender)).toBeUndefined();
  });

  it('a refusal is said on the tab’s toolbar button', async () => {
    fakeState.tabs = [{ id: 23, url: 'https://x.com/' }];
    fakeBrowser.sidePanel.open.mockRejectedValueOnce(new Error('sidePanel.open() may only be called in response to a user gesture.'));
    const answer = deliver({ type: 'open-panel' }, { ...contentSender, tab: { id: 23 } });
    expect(await answer).toEqual({ ok: false });
    await settle();
    expect(fakeState.badges).toContainEqual({ tabId: 23, text: '!' });
  });
});

describe('how the card offers the side panel', () => {
  it('Chrome (sidePanel): the content configuration says the card may open it with a message', async () => {
    const answer = (await deliver({ type: 'content-config' }, contentSender)) as { ok: boolean; config?: { panel?: unknown } };
    expect(answer.ok).toBe(true);
    expect(answer.config?.panel).toEqual({ open: 'message' });
  });
});
