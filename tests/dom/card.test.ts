// @vitest-environment jsdom
/**
 * The hint card (content/card) in jsdom: its testing contract (data-argument-id, data-action), its states, copy, dismiss,
 * keyboard, live region, page markup shown as text, re-attachment after a framework removes it, teardown.
 * Top-layer and modal-dialog behaviour need a real browser (jsdom has no popover and no `:modal`).
 */
import { afterEach, beforeEach, describe, expect, it, type Mock, vi } from 'vitest';
import de from '../../_locales/de/messages.json';
import en from '../../_locales/en/messages.json';
import {
  CARD_SECURITY,
  CARD_TAG,
  MAX_CARD_ARGUMENTS,
  mountCard,
  PLACEMENT_TRIES,
  RETRY_BASE_MS,
  SETTLED_MS,
} from '../../content/card/index';
import type { CardArgument, CardCallbacks, CardHandle, CardState } from '../../content/card/types';
import { type MessagesFile, t, useMessages } from '../../src/i18n/index';

function arg(id: string, extra: Partial<CardArgument> = {}): CardArgument {
  return {
    id,
    title: `Title of ${id}`,
    claim: `Claim of ${id}.`,
    matched: [`word-${id}`],
    objections: [],
    copy: { plain: `Plain text of ${id}`, html: `<p>HTML of ${id}</p>` },
    ...extra,
  };
}

function state(args: CardArgument[], extra: Partial<CardState> = {}): CardState {
  return { arguments: args, status: 'ok', lang: 'en', composing: false, ...extra };
}

const THREE = [arg('transparency'), arg('criticism'), arg('faces')];

let controller: AbortController;
let callbacks: CardCallbacks & { onCopied: Mock<(id: string, ok: boolean) => void>; onDismiss: Mock<() => void> };
let card: CardHandle;

function shadow(): ShadowRoot {
  const root = card.host.shadowRoot;
  if (!root) throw new Error('no open shadow root');
  return root;
}
function q<T extends Element = HTMLElement>(selector: string): T {
  const found = shadow().querySelector<T>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
}
const argumentElements = (): HTMLElement[] => [...shadow().querySelectorAll<HTMLElement>('[data-argument-id]')];
const pageCard = (): Element | null => document.querySelector('[data-argumentarium]');
/** The page's own nodes under <body>, as markup (everything but the card's host). */
const pageNodes = (): string =>
  [...document.body.childNodes]
    .filter((n) => n !== card.host)
    .map((n) => (n as Element).outerHTML ?? n.textContent)
    .join('');
const flushObservers = (): Promise<void> => new Promise((resolve) => queueMicrotask(() => resolve()));
/** Lets the writer's promise chain (up to three fallbacks) settle. */
async function settle(): Promise<void> {
  for (let i = 0; i < 10; i++) await Promise.resolve();
}

/** A fake async clipboard; `failWith` makes both write paths reject. */
function installClipboard(failWith?: Error) {
  const written: ClipboardItem[][] = [];
  const texts: string[] = [];
  const clipboard = {
    write: vi.fn((items: ClipboardItem[]) => {
      if (failWith) return Promise.reject(failWith);
      written.push(items);
      return Promise.resolve();
    }),
    writeText: vi.fn((text: string) => {
      if (failWith) return Promise.reject(failWith);
      texts.push(text);
      return Promise.resolve();
    }),
  };
  class FakeClipboardItem {
    constructor(readonly items: Record<string, Blob>) {}
  }
  Object.defineProperty(navigator, 'clipboard', { value: clipboard, configurable: true });
  Object.defineProperty(window, 'ClipboardItem', { value: FakeClipboardItem, configurable: true });
  return { clipboard, written, texts };
}

beforeEach(() => {
  // jsdom's synthetic clicks are never trusted; the trusted-only rule has its own test below.
  CARD_SECURITY.trustedEventsOnly = false;
  useMessages(en as MessagesFile);
  document.documentElement.removeAttribute('dir');
  document.body.innerHTML =
    '<main><div contenteditable="true" role="textbox" id="editor">Hello world</div><textarea id="ta">Draft text</textarea></main>';
  controller = new AbortController();
  callbacks = { onCopied: vi.fn<(id: string, ok: boolean) => void>(), onDismiss: vi.fn<() => void>() };
  card = mountCard(callbacks, controller.signal, document);
});

afterEach(() => {
  controller.abort();
  vi.useRealTimers();
  Reflect.deleteProperty(navigator, 'clipboard');
  Reflect.deleteProperty(window, 'ClipboardItem');
});

describe('testing contract', () => {
  it('host is our own tag with data-argumentarium and an open shadow root, the last child of <body>', () => {
    card.update(state(THREE));
    const host = pageCard();
    expect(host).toBe(card.host);
    expect(host?.localName).toBe(CARD_TAG);
    // The one place React 18's whole-document hydration tolerates a foreign node (a child of <html> fails it).
    expect(host?.parentNode).toBe(document.body);
    expect(document.body.lastChild).toBe(host);
    expect(host?.shadowRoot).not.toBeNull();
    expect(customElements.get(CARD_TAG)).toBeUndefined();
  });

  it('collapsed: a toggle control with the count and no argument elements', () => {
    card.update(state(THREE));
    const toggle = q('[data-action="toggle"]');
    expect(toggle.localName).toBe('button');
    expect(toggle.textContent).toContain(t('cardCountMany', '3'));
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(argumentElements()).toHaveLength(0);
  });

  it('toggle opens: at most three arguments, each with title, claim, why and its own copy button', () => {
    card.update(state([...THREE, arg('insights')]));
    q('[data-action="toggle"]').click();
    const items = argumentElements();
    expect(items.map((i) => i.dataset.argumentId)).toEqual(['transparency', 'criticism', 'faces']);
    expect(items).toHaveLength(MAX_CARD_ARGUMENTS);
    for (const item of items) {
      const id = item.dataset.argumentId ?? '';
      expect(item.textContent).toContain(`Title of ${id}`);
      expect(item.textContent).toContain(`Claim of ${id}.`);
      expect(item.textContent).toContain(t('cardWhy', `word-${id}`));
      const copy = item.querySelector('[data-action="copy"]');
      expect(copy?.localName).toBe('button');
    }
    expect(q('[data-action="toggle"]').getAttribute('aria-expanded')).toBe('true');
    q('[data-action="toggle"]').click();
    expect(argumentElements()).toHaveLength(0);
  });

  it('why quotes the sentence with its decisive words marked; clicking the quote asks for its post', () => {
    const onQuote = vi.fn<(id: string, quote: string) => void>();
    controller.abort();
    controller = new AbortController();
    card = mountCard({ ...callbacks, onQuote }, controller.signal, document);
    const quote = 'Kunden beschweren sich in Foren über uns.';
    card.update(state([arg('criticism', { matched: ['beschweren', 'Foren'], quote })]));
    q('[data-action="toggle"]').click();
    const button = q<HTMLButtonElement>('[data-action="quote"]');
    expect(button.localName).toBe('button');
    expect(button.textContent).toBe(quote);
    expect([...button.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['beschweren', 'Foren']);
    const why = button.parentElement as HTMLElement;
    expect(why.textContent).toBe(t('cardWhy', quote));
    button.click();
    expect(onQuote).toHaveBeenCalledWith('criticism', quote);
  });

  it('names what the arguments are for: the page, the selection the user asked about, or the draft being written', () => {
    card.update(state([arg('faces')], { composing: true }));
    expect(q('#heading').textContent).toBe(t('cardHeading'));
    card.update(state([arg('faces')], { composing: true, source: 'selection' }));
    expect(q('#heading').textContent).toBe(t('cardHeadingSelection'));
    card.update(state([arg('faces')], { composing: true, source: 'draft' }));
    expect(q('#heading').textContent).toBe(t('cardHeadingDraft'));
    expect(new Set([t('cardHeading'), t('cardHeadingSelection'), t('cardHeadingDraft')]).size).toBe(3);
  });

  it('copied(): the status line says what a menu or keyboard copy did, also on the collapsed card', () => {
    card.update(state([arg('faces')]));
    expect(q('[data-action="toggle"]').getAttribute('aria-expanded')).toBe('false');
    card.copied('Title of faces', { ok: true });
    const status = q('.status');
    expect(status.getAttribute('role')).toBe('status');
    expect(status.textContent).toBe(t('cardCopied', 'Title of faces'));
    card.copied('Title of faces', { ok: false, error: 'NotAllowedError' });
    expect(status.textContent).toBe(t('cardCopyFailed', 'NotAllowedError'));
    expect(status.dataset.kind).toBe('error');
  });

  it('singular count for one argument', () => {
    card.update(state([arg('faces')]));
    expect(q('[data-action="toggle"]').textContent).toContain(t('cardCountOne'));
  });

  it('objections are listed as "Objection … → answer"', () => {
    card.update(state([arg('criticism', { objections: ['We will get a shitstorm'] })], { composing: true }));
    const item = argumentElements()[0];
    expect(item?.querySelector('.objection')?.textContent).toBe(t('cardObjection', 'We will get a shitstorm'));
  });
});

describe('visibility', () => {
  it('no host at all when nothing is relevant, and it goes away when arguments disappear', () => {
    card.update(state([]));
    expect(pageCard()).toBeNull();
    card.update(state(THREE));
    expect(pageCard()).toBe(card.host);
    card.update(state([]));
    expect(pageCard()).toBeNull();
  });

  it('status unreadable shows a plain message and no arguments', () => {
    card.update(state([], { status: 'unreadable' }));
    expect(pageCard()).toBe(card.host);
    expect(q('[data-action="toggle"]').textContent).toContain(t('cardPillUnreadable'));
    q('[data-action="toggle"]').click();
    const message = q('.message');
    expect(message.hidden).toBe(false);
    expect(message.textContent).toBe(t('cardUnreadable'));
    expect(argumentElements()).toHaveLength(0);
  });

  it('opens when composing starts, stays closed after the user closes it while composing, reopens on the next compose', () => {
    card.update(state(THREE));
    expect(argumentElements()).toHaveLength(0);
    card.update(state(THREE, { composing: true }));
    expect(argumentElements()).toHaveLength(3);
    q('[data-action="toggle"]').click();
    card.update(state([arg('faces'), ...THREE.slice(0, 2)], { composing: true }));
    expect(argumentElements()).toHaveLength(0);
    card.update(state(THREE, { composing: false }));
    card.update(state(THREE, { composing: true }));
    expect(argumentElements()).toHaveLength(3);
  });

  it('update with an unchanged state keeps the same nodes', () => {
    card.update(state(THREE, { composing: true }));
    const before = argumentElements();
    card.update(
      state(
        THREE.map((a) => ({ ...a })),
        { composing: true },
      ),
    );
    const after = argumentElements();
    expect(after).toHaveLength(3);
    for (const [i, node] of after.entries()) expect(node).toBe(before[i]);
  });

  it('RTL page: the card keeps its own direction and moves to the left corner', () => {
    document.documentElement.setAttribute('dir', 'rtl');
    card.update(state(THREE));
    expect(card.host.getAttribute('data-side')).toBe('left');
    expect(q('.root').getAttribute('dir')).toBe('ltr');
    expect(q('.root').getAttribute('translate')).toBe('no');
  });

  it('speaks the state language: lang attribute and German strings', () => {
    useMessages(de as MessagesFile);
    card.update(state(THREE, { lang: 'de' }));
    expect(q('.root').getAttribute('lang')).toBe('de');
    expect(q('[data-action="toggle"]').textContent).toContain('3 Argumente');
    expect(q('[data-action="dismiss"]').getAttribute('aria-label')).toBe((de as MessagesFile).cardDismiss?.message);
  });
});

describe('copy', () => {
  it('writes text/plain and text/html of the argument and shows "Copied"', async () => {
    const fake = installClipboard();
    card.update(state(THREE, { composing: true }));
    const button = argumentElements()[1]?.querySelector<HTMLElement>('[data-action="copy"]');
    button?.click();
    // Written synchronously inside the click handler (user activation), not after an await.
    expect(fake.clipboard.write).toHaveBeenCalledTimes(1);
    await settle();
    const item = fake.written[0]?.[0] as unknown as { items: Record<string, Blob> };
    expect(await item.items['text/plain']?.text()).toBe('Plain text of criticism');
    expect(await item.items['text/html']?.text()).toBe('<p>HTML of criticism</p>');
    expect(q('.status').textContent).toBe(t('cardCopied', 'Title of criticism'));
    expect(q('.status').dataset.kind).toBe('ok');
    expect(callbacks.onCopied).toHaveBeenCalledWith('criticism', true);
  });

  it('shows a failure when every clipboard path is refused, and reports ok=false', async () => {
    installClipboard(new DOMException('Document is not focused.', 'NotAllowedError'));
    card.update(state(THREE, { composing: true }));
    argumentElements()[0]?.querySelector<HTMLElement>('[data-action="copy"]')?.click();
    await settle();
    const status = q('.status');
    expect(status.dataset.kind).toBe('error');
    expect(status.textContent).toContain('NotAllowedError');
    expect(status.textContent?.startsWith(t('cardCopyFailed', '').split('(')[0] ?? '')).toBe(true);
    expect(callbacks.onCopied).toHaveBeenCalledWith('transparency', false);
  });

  it('the status is a polite live region present before any copy, and clears itself later', async () => {
    vi.useFakeTimers();
    installClipboard();
    card.update(state(THREE, { composing: true }));
    const status = q('.status');
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(status.getAttribute('role')).toBe('status');
    argumentElements()[0]?.querySelector<HTMLElement>('[data-action="copy"]')?.click();
    await settle();
    expect(status.textContent).not.toBe('');
    vi.advanceTimersByTime(10_000);
    expect(status.textContent).toBe('');
  });

  it('never takes focus from the editor: mousedown on card controls is cancelled, the caret stays', () => {
    installClipboard();
    const ta = document.getElementById('ta') as HTMLTextAreaElement;
    ta.focus();
    ta.setSelectionRange(5, 5);
    card.update(state(THREE, { composing: true }));
    for (const selector of ['[data-action="copy"]', '[data-action="toggle"]', '[data-action="dismiss"]', '.claim']) {
      const target = q(selector);
      const down = new MouseEvent('mousedown', { bubbles: true, cancelable: true, composed: true });
      expect(target.dispatchEvent(down)).toBe(false);
    }
    q('[data-action="copy"]').click();
    expect(document.activeElement).toBe(ta);
    expect([ta.selectionStart, ta.selectionEnd]).toEqual([5, 5]);
  });
});

describe('keyboard and events', () => {
  it('Escape collapses and returns focus from the panel to the pill', () => {
    card.update(state(THREE, { composing: true }));
    const copy = q('[data-action="copy"]');
    copy.focus();
    expect(shadow().activeElement).toBe(copy);
    copy.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true, cancelable: true }));
    expect(argumentElements()).toHaveLength(0);
    expect(shadow().activeElement).toBe(q('[data-action="toggle"]'));
  });

  it('all controls are native buttons (Tab-reachable, Enter/Space operable) with accessible names', () => {
    card.update(state(THREE, { composing: true }));
    for (const button of shadow().querySelectorAll<HTMLButtonElement>('button:not([hidden])')) {
      expect(button.type).toBe('button');
      expect(button.tabIndex).toBe(0);
      const name = button.getAttribute('aria-label') ?? button.textContent ?? '';
      expect(name.trim()).not.toBe('');
    }
  });

  it('keyboard focus survives a re-render of the list', () => {
    card.update(state(THREE, { composing: true }));
    const copy = argumentElements()[1]?.querySelector<HTMLElement>('[data-action="copy"]');
    copy?.focus();
    card.update(state([arg('insights'), ...THREE], { composing: true }));
    const focused = shadow().activeElement as HTMLElement | null;
    expect(focused?.dataset.action).toBe('copy');
    expect(focused?.dataset.id).toBe('criticism');
  });

  it("key and mouse events from the card do not reach the page's handlers", () => {
    const seen: string[] = [];
    for (const type of ['keydown', 'click', 'mousedown']) document.addEventListener(type, () => seen.push(type));
    card.update(state(THREE));
    const pill = q('[data-action="toggle"]');
    pill.dispatchEvent(new KeyboardEvent('keydown', { key: 'n', bubbles: true, composed: true }));
    pill.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, composed: true, cancelable: true }));
    pill.click();
    expect(seen).toEqual([]);
  });
});

describe('dismiss and teardown', () => {
  it('dismiss hides the card, calls onDismiss once, and later updates do not bring it back', () => {
    card.update(state(THREE));
    q('[data-action="dismiss"]').click();
    expect(callbacks.onDismiss).toHaveBeenCalledTimes(1);
    expect(pageCard()).toBeNull();
    card.update(state(THREE, { composing: true }));
    expect(pageCard()).toBeNull();
  });

  it('dismiss from the keyboard returns focus to where it was on the page', () => {
    const ta = document.getElementById('ta') as HTMLTextAreaElement;
    ta.focus();
    card.update(state(THREE));
    q('[data-action="dismiss"]').focus();
    q('[data-action="dismiss"]').click();
    expect(document.activeElement).toBe(ta);
  });

  it('when the arguments go away under a keyboard user, focus returns to the page element it came from', () => {
    const ta = document.getElementById('ta') as HTMLTextAreaElement;
    ta.focus();
    card.update(state(THREE, { composing: true }));
    q('[data-action="copy"]').focus();
    card.update(state([]));
    expect(pageCard()).toBeNull();
    expect(document.activeElement).toBe(ta);
  });

  it('destroy removes the host and stops re-attaching; a later update does nothing', async () => {
    card.update(state(THREE));
    card.destroy();
    expect(pageCard()).toBeNull();
    card.update(state(THREE));
    await flushObservers();
    expect(pageCard()).toBeNull();
  });

  it('aborting the signal destroys the card', async () => {
    card.update(state(THREE));
    controller.abort();
    expect(pageCard()).toBeNull();
    card.update(state(THREE));
    await flushObservers();
    expect(pageCard()).toBeNull();
  });

  it('a signal already aborted at mount gives a card that never shows', () => {
    const done = new AbortController();
    done.abort();
    const dead = mountCard(callbacks, done.signal, document);
    dead.update(state(THREE));
    expect(dead.host.isConnected).toBe(false);
  });
});

describe('hostile pages', () => {
  it('puts itself back a second after the page removes it, without touching the page nodes', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'] });
    card.update(state(THREE));
    const bodyBefore = pageNodes();
    card.host.remove();
    await flushObservers();
    expect(card.host.isConnected).toBe(false);
    vi.advanceTimersByTime(RETRY_BASE_MS);
    expect(card.host.parentNode).toBe(document.body);
    expect(pageNodes()).toBe(bodyBefore);
  });

  it('survives a framework replacing <body>: back at the end of the new one', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'] });
    card.update(state(THREE));
    const fresh = document.createElement('body');
    fresh.innerHTML = '<div id="root">re-rendered</div>';
    document.documentElement.replaceChild(fresh, document.body);
    await flushObservers();
    vi.advanceTimersByTime(RETRY_BASE_MS);
    expect(pageCard()).toBe(card.host);
    expect(card.host.parentNode).toBe(fresh);
  });

  it('a page that keeps removing the card gets a few tries (1, 2, 4 s), then a quiet card that reports it', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'] });
    const onEvicted = vi.fn();
    controller.abort();
    controller = new AbortController();
    card = mountCard({ ...callbacks, onEvicted }, controller.signal, document);
    let removals = 0;
    const hostile = new MutationObserver(() => {
      if (card.host.isConnected) {
        removals += 1;
        card.host.remove();
      }
    });
    hostile.observe(document.body, { childList: true });
    card.update(state(THREE));
    for (let i = 0; i < 50; i++) await flushObservers();
    expect(removals).toBe(1);
    for (const wait of [1000, 2000, 4000]) {
      vi.advanceTimersByTime(wait);
      for (let i = 0; i < 20; i++) await flushObservers();
    }
    expect(removals).toBe(PLACEMENT_TRIES + 1);
    expect(onEvicted).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(60_000);
    card.update(state(THREE, { composing: true }));
    for (let i = 0; i < 20; i++) await flushObservers();
    expect(removals).toBe(PLACEMENT_TRIES + 1);
    expect(card.host.isConnected).toBe(false);
    hostile.disconnect();
  });

  it('a placement that stayed settled forgives an earlier removal', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'] });
    const onEvicted = vi.fn();
    controller.abort();
    controller = new AbortController();
    card = mountCard({ ...callbacks, onEvicted }, controller.signal, document);
    card.update(state(THREE));
    for (let round = 0; round < PLACEMENT_TRIES + 2; round++) {
      card.host.remove();
      await flushObservers();
      vi.advanceTimersByTime(RETRY_BASE_MS);
      expect(card.host.isConnected).toBe(true);
      vi.advanceTimersByTime(SETTLED_MS);
    }
    expect(onEvicted).not.toHaveBeenCalled();
  });

  it('markup in page text, titles and objections is shown as text; nothing becomes an element', () => {
    const evil = ['<img src=x onerror="window.__pwned=1">', '"><svg onload="window.__pwned=1">', '<script>window.__pwned=1</script>'];
    card.update(
      state([arg('criticism', { title: evil[2] ?? '', claim: evil[0] ?? '', matched: evil, objections: [evil[1] ?? ''] })], {
        composing: true,
      }),
    );
    const root = shadow();
    expect(root.querySelectorAll('img, svg, script, iframe, object')).toHaveLength(0);
    const text = root.textContent ?? '';
    for (const s of evil) expect(text).toContain(s);
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('styles live in the shadow root, reset the host with all: initial, use px only, and no element has a style attribute', () => {
    card.update(state(THREE, { composing: true }));
    const root = shadow();
    const css = [
      ...[...(root.adoptedStyleSheets ?? [])].flatMap((s) => [...s.cssRules].map((r) => r.cssText)),
      ...[...root.querySelectorAll('style')].map((s) => s.textContent ?? ''),
    ].join('\n');
    expect(css).toMatch(/:host\s*\{[^}]*all:\s*initial\s*!important/);
    expect(css).not.toMatch(/\d(rem|em)\b/);
    expect(root.querySelectorAll('[style]')).toHaveLength(0);
    expect(card.host.hasAttribute('style')).toBe(false);
  });
});

describe('untrusted events', () => {
  it('a page script cannot copy or dismiss through the open shadow root', () => {
    CARD_SECURITY.trustedEventsOnly = true;
    const calls: string[] = [];
    const ac = new AbortController();
    const card = mountCard({ onCopied: (id) => calls.push(`copied ${id}`), onDismiss: () => calls.push('dismissed') }, ac.signal, document);
    card.update({
      arguments: [{ id: 'criticism', title: 'T', claim: 'C', matched: [], objections: [], copy: { plain: 'p', html: '<p>p</p>' } }],
      status: 'ok',
      lang: 'en',
      composing: true,
    });
    const root = card.host.shadowRoot as ShadowRoot;
    (root.querySelector('[data-action="copy"]') as HTMLElement).click();
    (root.querySelector('[data-action="dismiss"]') as HTMLElement).click();
    expect(calls).toEqual([]);
    expect(root.querySelector('[data-argument-id="criticism"]')).not.toBeNull();
    card.destroy();
    ac.abort();
    CARD_SECURITY.trustedEventsOnly = false;
  });
});
