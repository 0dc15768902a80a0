// @vitest-environment jsdom
/**
 * The card's way to the side panel: a button that calls `onPanel` inside the click where a click in the page may open
 * the panel (Chrome), the keys that open it where it may not (Firefox), nothing on a feed or where the browser has no
 * side panel; and the content script wiring: the configuration's `panel` reaches the card on document pages only, and
 * the button's click sends `open-panel` to the background at once.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import en from '../../_locales/en/messages.json';
import { CARD_SECURITY, mountCard } from '../../content/card/index';
import type { CardCallbacks, CardHandle, CardState } from '../../content/card/types';
import { type MessagesFile, t, useMessages } from '../../src/i18n/index';
import type { ContentConfig } from '../../src/messages';
import { harness, loadPage, run, useContentScriptTest } from './helpers';

const STATE: CardState = {
  arguments: [
    { id: 'criticism', title: 'Answer criticism', claim: 'Claim.', matched: [], objections: [], copy: { plain: 'p', html: '<p>p</p>' } },
  ],
  status: 'ok',
  lang: 'en',
  composing: false,
};

describe('the card offers the side panel', () => {
  let controller: AbortController;
  let card: CardHandle;
  let onPanel: ReturnType<typeof vi.fn<() => void>>;
  const button = () => card.host.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="panel"]')!;
  const keys = () => card.host.shadowRoot!.querySelector<HTMLElement>('[data-role="panel-keys"]')!;

  beforeEach(() => {
    CARD_SECURITY.trustedEventsOnly = false;
    useMessages(en as MessagesFile);
    controller = new AbortController();
    onPanel = vi.fn<() => void>();
    const callbacks: CardCallbacks = { onCopied: vi.fn(), onDismiss: vi.fn(), onPanel };
    card = mountCard(callbacks, controller.signal, document);
  });
  afterEach(() => {
    controller.abort();
    CARD_SECURITY.trustedEventsOnly = true;
  });

  it('a button that asks for the panel inside the click', () => {
    card.update({ ...STATE, panel: 'button' });
    expect(button().hidden).toBe(false);
    expect(button().textContent).toBe(t('cardPanel'));
    expect(keys().hidden).toBe(true);
    button().click();
    expect(onPanel).toHaveBeenCalledTimes(1);
  });

  it('the keys where a click in the page cannot open it, and no button', () => {
    card.update({ ...STATE, panel: { shortcut: 'Alt+Shift+S' } });
    expect(button().hidden).toBe(true);
    expect(keys().hidden).toBe(false);
    expect(keys().textContent).toBe(t('cardPanelShortcut', 'Alt+Shift+S'));
  });

  it('typing opens the card unless the page says not to (a document: the side panel holds the arguments)', () => {
    const opened = () => card.host.shadowRoot!.querySelectorAll('[data-argument-id]').length > 0;
    card.update({ ...STATE, composing: true, openWhileComposing: false });
    expect(opened()).toBe(false);
    card.update({ ...STATE, composing: false });
    card.update({ ...STATE, composing: true });
    expect(opened()).toBe(true);
  });

  it('nothing when the user removed the keys, or when there is no panel', () => {
    card.update({ ...STATE, panel: { shortcut: '' } });
    expect(button().hidden).toBe(true);
    expect(keys().hidden).toBe(true);
    card.update(STATE);
    expect(button().hidden).toBe(true);
    expect(keys().hidden).toBe(true);
  });
});

describe('the content script passes the browser’s way to the card', () => {
  const content = useContentScriptTest();

  function start(path: string, url: string, panel: ContentConfig['panel']) {
    const dom = loadPage(path, url);
    const h = harness(dom.window as unknown as Window);
    const base = h.env.loadConfig;
    h.env.loadConfig = async () => ({ ...(await base()), panel });
    content.start(h.env);
    return h;
  }

  it('on a document page: the button, whose click sends open-panel to the background at once', async () => {
    const h = start('confluence/page.html', 'https://example.atlassian.net/wiki/spaces/KOMM/pages/123456/Social+Media+Strategie', {
      open: 'message',
    });
    await run();
    expect(h.cards[0]!.last!.panel).toBe('button');
    h.cards[0]!.callbacks.onPanel!();
    // Synchronously, so the gesture is still the user's when the background calls sidePanel.open.
    expect(h.runtime.sent).toContainEqual({ type: 'open-panel' });
  });

  it('on a document page in Firefox: the keys', async () => {
    const h = start('confluence/page.html', 'https://example.atlassian.net/wiki/spaces/KOMM/pages/123456/Social+Media+Strategie', {
      open: 'shortcut',
      shortcut: 'Alt+Shift+S',
    });
    await run();
    expect(h.cards[0]!.last!.panel).toEqual({ shortcut: 'Alt+Shift+S' });
  });

  it('on a document the card does not open while the author writes, unless the user chose so', async () => {
    const url = 'https://example.atlassian.net/wiki/spaces/KOMM/pages/123456/Social+Media+Strategie';
    const pill = start('confluence/page.html', url, { open: 'message' });
    await run();
    expect(pill.cards[0]!.last!.openWhileComposing).toBe(false);
    const dom = loadPage('confluence/page.html', url);
    const open = harness(dom.window as unknown as Window, { settings: { documentCard: 'open' } });
    content.start(open.env);
    await run();
    expect(open.cards[0]!.last!.openWhileComposing).toBeUndefined();
  });

  it('on a feed the card stays as it is', async () => {
    const h = start('x/timeline.html', 'https://x.com/home', { open: 'message' });
    await run();
    expect(h.cards[0]!.last!.arguments.length).toBeGreaterThan(0);
    expect(h.cards[0]!.last!.panel).toBeUndefined();
    expect(h.cards[0]!.last!.openWhileComposing).toBeUndefined();
  });
});
