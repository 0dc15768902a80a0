// @vitest-environment jsdom
/**
 * The content script's lifecycle: the double-injection guard, teardown when the extension context is gone
 * (and the new instance taking over with exactly one card), only the top frame, the sender check, and messages.
 */
import type { DOMWindow } from 'jsdom';
import { describe, expect, it, vi } from 'vitest';
import { HELLO, MARKER } from '../../content/index';
import { harness, loadPage, run, shownIds, useContentScriptTest } from './helpers';

/** Starts a content script that is stopped after the test. */
const launch = useContentScriptTest().start;

describe('lifecycle', () => {
  it('a second injection while the first is alive does not start', async () => {
    const dom = loadPage('x/timeline.html', 'https://x.com/home');
    const a = harness(dom.window as unknown as Window);
    const b = harness(dom.window as unknown as Window);
    const first = launch(a.env);
    await run();
    expect(first).not.toBeNull();
    expect(dom.window.document.documentElement.getAttribute(MARKER)).toBeTruthy();
    expect(launch(b.env)).toBeNull();
    await run();
    expect(b.cards).toHaveLength(0);
    expect(b.runtime.listeners.size).toBe(0);
    expect(dom.window.document.querySelectorAll('[data-argumentarium]')).toHaveLength(1);
  });

  it('after an extension reload the old instance tears down and the new one shows exactly one card', async () => {
    const dom = loadPage('x/timeline.html', 'https://x.com/home', { app: true });
    const doc = dom.window.document;
    const old = harness(dom.window as unknown as Window);
    const first = launch(old.env)!;
    await run();
    expect(doc.querySelectorAll('[data-argumentarium]')).toHaveLength(1);
    const oldMarker = doc.documentElement.getAttribute(MARKER);
    // The extension is reloaded: the old context is gone.
    old.runtime.id = undefined;
    const fresh = harness(dom.window as unknown as Window);
    const second = launch(fresh.env);
    expect(second).not.toBeNull();
    expect(first.signal.aborted).toBe(true);
    expect(old.cards[0]!.destroyed).toBe(true);
    expect(old.runtime.listeners.size).toBe(0);
    await run();
    expect(doc.querySelectorAll('[data-argumentarium]')).toHaveLength(1);
    expect(doc.documentElement.getAttribute(MARKER)).not.toBe(oldMarker);
    // The old observer is gone: new posts reach only the new instance.
    const oldReads = first.reader.reads;
    (dom.window as unknown as { __appendPosts(n: number): number }).__appendPosts(2);
    await run();
    expect(first.reader.reads).toBe(oldReads);
    expect(second!.reader.reads).toBeGreaterThanOrEqual(6);
  });

  it('a dead instance that cannot answer leaves a card behind: the new one removes it', async () => {
    const dom = loadPage('x/timeline.html', 'https://x.com/home');
    const doc = dom.window.document;
    const stale = doc.createElement('argumentarium-card');
    stale.setAttribute('data-argumentarium', '');
    doc.documentElement.appendChild(stale);
    doc.documentElement.setAttribute(MARKER, 'dead-instance');
    const h = harness(dom.window as unknown as Window);
    launch(h.env);
    await run();
    expect(stale.isConnected).toBe(false);
    expect(doc.querySelectorAll('[data-argumentarium]')).toHaveLength(1);
  });

  it('stops by itself when the context is found gone during work, removing card, observer and listeners', async () => {
    const dom = loadPage('x/timeline.html', 'https://x.com/home', { app: true });
    const doc = dom.window.document;
    const h = harness(dom.window as unknown as Window);
    const c = launch(h.env)!;
    await run();
    expect(h.cards[0]!.host.isConnected).toBe(true);
    h.runtime.id = undefined;
    (dom.window as unknown as { __appendPosts(n: number): number }).__appendPosts(1);
    await run();
    expect(c.signal.aborted).toBe(true);
    expect(doc.querySelector('[data-argumentarium]')).toBeNull();
    expect(doc.documentElement.hasAttribute(MARKER)).toBe(false);
    expect(h.runtime.listeners.size).toBe(0);
    const reads = c.reader.reads;
    (dom.window as unknown as { __appendPosts(n: number): number }).__appendPosts(3);
    await run();
    expect(c.reader.reads).toBe(reads);
  });

  // A mouse user's press, and a reader who only scrolls: an element's scroll end does not bubble, the capture
  // listener on the window sees it.
  it.each([
    ['a mouse press', (w: DOMWindow) => w.document.body.dispatchEvent(new w.MouseEvent('mousedown', { bubbles: true }))],
    ['the end of a scroll', (w: DOMWindow) => w.document.querySelector('article')!.dispatchEvent(new w.Event('scrollend'))],
  ] as const)('on a quiet page (no mutations) notices the lost context at %s, with no timer meanwhile', async (_, act) => {
    const dom = loadPage('x/timeline.html', 'https://x.com/home');
    const h = harness(dom.window as unknown as Window);
    const c = launch(h.env)!;
    await run();
    expect(dom.window.document.querySelector('[data-argumentarium]')).not.toBeNull();
    h.runtime.id = undefined;
    // Nothing of ours runs on a quiet page: no timer is pending, and the card stays while nobody looks.
    expect(vi.getTimerCount()).toBe(0);
    await run(10_000);
    expect(c.signal.aborted).toBe(false);
    act(dom.window);
    expect(c.signal.aborted).toBe(true);
    expect(dom.window.document.querySelector('[data-argumentarium]')).toBeNull();
  });

  it('a hello stops an instance whose context is gone; one the page forges cannot stop a live instance', async () => {
    const dom = loadPage('x/timeline.html', 'https://x.com/home');
    const h = harness(dom.window as unknown as Window);
    const c = launch(h.env)!;
    await run();
    const doc = dom.window.document;
    doc.dispatchEvent(new dom.window.CustomEvent(HELLO, { cancelable: true }));
    expect(c.signal.aborted).toBe(false);
    expect(doc.querySelectorAll('[data-argumentarium]')).toHaveLength(1);
    h.runtime.id = undefined;
    doc.dispatchEvent(new dom.window.CustomEvent(HELLO));
    expect(c.signal.aborted).toBe(true);
  });

  it('a page that cancels or swallows the hello cannot keep the content script from starting', async () => {
    const dom = loadPage('x/timeline.html', 'https://x.com/home');
    const win = dom.window;
    // The page's own script, first in line: cancels and stops every hello.
    const swallow = (e: Event) => {
      e.preventDefault();
      e.stopImmediatePropagation();
    };
    win.addEventListener(HELLO, swallow, { capture: true });
    win.document.addEventListener(HELLO, swallow, { capture: true });
    const h = harness(win as unknown as Window);
    expect(launch(h.env)).not.toBeNull();
    await run();
    expect(shownIds(h)).toEqual(['criticism', 'transparency']);
  });

  it('does not start in a sub-frame', () => {
    const dom = loadPage('hostile/frames-inner.html', 'https://intranet.example.com/notes');
    const h = harness(dom.window as unknown as Window);
    const fakeFrame = new Proxy(dom.window, { get: (t, p) => (p === 'top' ? {} : Reflect.get(t, p)) });
    expect(launch({ ...h.env, window: fakeFrame as unknown as Window })).toBeNull();
  });
});

describe('messages', () => {
  it('ignores messages from other senders and answers page-report from our own', async () => {
    const dom = loadPage('x/timeline.html', 'https://x.com/home#top');
    const h = harness(dom.window as unknown as Window);
    launch(h.env);
    await run();
    expect(h.runtime.deliver({ type: 'page-report' }, { id: 'some-other-extension' })).toBeUndefined();
    expect(h.runtime.deliver({ type: 'page-report' }, {})).toBeUndefined();
    expect(h.runtime.deliver('page-report')).toBeUndefined();
    expect(h.runtime.deliver({ type: 'copied', argumentId: 'x', siteKind: 'social' })).toBeUndefined();
    const report = (await h.runtime.deliver({ type: 'page-report' })) as import('../../src/messages').PageReport;
    expect(report.url).toBe('https://x.com/home');
    expect(report.site).toBe('x');
    expect(report.status).toBe('ok');
    expect(report.chars).toBeGreaterThan(200);
    expect(report.ranked[0]!.id).toBe('criticism');
    expect(report.ranked[0]!.matched).toContain('Shitstorm');
    expect(report.title).toBe('Home / X');
  });

  it('copy-best writes the best argument in the destination format and reports it', async () => {
    const dom = loadPage('x/timeline.html', 'https://x.com/home');
    const h = harness(dom.window as unknown as Window);
    launch(h.env);
    await run();
    const res = await h.runtime.deliver({ type: 'copy-best' });
    expect(res).toEqual({ ok: true, argumentId: 'criticism', title: 'Answer criticism in public' });
    expect(h.clipboard).toHaveLength(1);
    // Social sites copy plain text (src/site-groups.ts): the plain flavour has no Markdown.
    expect(h.clipboard[0]!.plain).toContain('Answer criticism in public');
    expect(h.clipboard[0]!.plain).not.toContain('**');
    // …and the card says so where the user is looking (the badge is not the only result).
    expect(h.cards[0]!.copies).toEqual([{ title: h.cards[0]!.last!.arguments[0]!.title, ok: true }]);
  });

  it('copy-best that the clipboard refuses says why in the card', async () => {
    const dom = loadPage('x/timeline.html', 'https://x.com/home');
    const h = harness(dom.window as unknown as Window, { writeClipboard: async () => ({ ok: false, error: 'NotAllowedError' }) });
    launch(h.env);
    await run();
    const res = await h.runtime.deliver({ type: 'copy-best' });
    expect(res).toEqual({ ok: false, argumentId: 'criticism', title: 'Answer criticism in public', error: 'NotAllowedError' });
    expect(h.cards[0]!.copies).toEqual([{ title: h.cards[0]!.last!.arguments[0]!.title, ok: false, error: 'NotAllowedError' }]);
  });

  it('copy-best on an irrelevant page reports that nothing is relevant and writes nothing', async () => {
    const dom = loadPage('irrelevant/sport.html', 'https://x.com/sport-only');
    const h = harness(dom.window as unknown as Window);
    launch(h.env);
    await run();
    expect(h.cards).toHaveLength(0);
    const res = (await h.runtime.deliver({ type: 'copy-best' })) as { ok: boolean; error?: string };
    expect(res.ok).toBe(false);
    expect(res.error).toBe('nothing-relevant');
    expect(h.clipboard).toHaveLength(0);
  });

  it('a selection with nothing relevant is not sent, and an empty one leaves the card alone (the popup takes over)', async () => {
    const dom = loadPage('x/timeline.html', 'https://x.com/home');
    const h = harness(dom.window as unknown as Window);
    launch(h.env);
    await run();
    const before = h.cards[0]!.last;
    expect(before?.arguments.map((a) => a.id)).toEqual(['criticism', 'transparency']);
    // The background ranks the selection itself: nothing fits, so nothing goes to the page.
    expect(h.selection('Heute ab 18 Uhr Wartungsarbeiten am Netz in der Nordstadt.')).toBeNull();
    const res = await h.runtime.deliver({ type: 'show-selection', ranked: [], cards: {}, objectionLabels: {} });
    expect(res).toEqual({ ok: false });
    await run();
    // The card still shows the page's arguments as the page's, not as the selection's.
    expect(h.cards[h.cards.length - 1]!.last?.source).toBeUndefined();
    expect(h.cards[h.cards.length - 1]!.last?.arguments.map((a) => a.id)).toEqual(before!.arguments.map((a) => a.id));
  });

  it('a selection the background ranked shows on the card, even on an unreadable page and after a dismissal', async () => {
    const dom = loadPage('gdocs/document.html', 'https://docs.google.com/document/d/1AbCdEf/edit');
    const h = harness(dom.window as unknown as Window);
    launch(h.env);
    await run();
    expect(h.cards[0]!.last!.status).toBe('unreadable');
    expect(h.cards[0]!.last!.arguments).toEqual([]);
    expect(h.cards[0]!.last!.source).toBeUndefined();
    h.cards[0]!.callbacks.onDismiss();
    await run();
    expect(h.session.has('dismissed:docs.google.com')).toBe(true);
    const requests = h.requests.length;
    const res = await h.runtime.deliver(h.selection('Die Personalabteilung findet kaum Nachwuchs als Arbeitgeber.'));
    expect(res).toEqual({ ok: true });
    // The content script shows what the background ranked: the selection does not come back to be ranked.
    expect(h.requests).toHaveLength(requests);
    const card = h.cards[h.cards.length - 1]!;
    expect(card.last!.arguments.map((a) => a.id)).toEqual(['employer-branding']);
    expect(card.last!.composing).toBe(true);
    // The card's heading names the selection, not the page.
    expect(card.last!.source).toBe('selection');
    const report = (await h.runtime.deliver({ type: 'page-report' })) as import('../../src/messages').PageReport;
    expect(report.status).toBe('unreadable');
    expect(report.title).toBe('Social-Media-Strategie 2027');
  });

  it('a settings change applies hint mode, snooze and hidden arguments', async () => {
    const dom = loadPage('x/timeline.html', 'https://x.com/home');
    const h = harness(dom.window as unknown as Window);
    launch(h.env);
    await run();
    expect(shownIds(h)).toContain('criticism');
    h.changeSettings({ hidden: ['criticism'] });
    await run();
    expect(shownIds(h)).not.toContain('criticism');
    expect(shownIds(h)).toContain('transparency');
    h.changeSettings({ snoozed: ['x.com'] });
    await run();
    expect(shownIds(h)).toEqual([]);
    h.changeSettings({ snoozed: [], hintMode: { ...h.settings.hintMode, social: 'composing' } });
    await run();
    expect(shownIds(h)).toEqual([]);
    h.changeSettings({ hintMode: { ...h.settings.hintMode, social: 'always' } });
    await run();
    expect(shownIds(h)).toEqual(['transparency']);
  });

  it('a settings change that leaves the page’s answer as it was never empties the card in between', async () => {
    const dom = loadPage('x/timeline.html', 'https://x.com/home');
    const h = harness(dom.window as unknown as Window);
    launch(h.env);
    await run();
    const card = h.cards[0]!;
    const before = shownIds(h);
    expect(before).toEqual(['criticism', 'transparency']);
    const seen = card.states.length;
    // The same language as before, named now: the page is read again and ranks as it did.
    h.changeSettings({ lang: 'en' });
    await run();
    // Every update since the change showed arguments: the real card would have closed on an empty one.
    expect(card.states.slice(seen).every((s) => s.arguments.length > 0)).toBe(true);
    expect(shownIds(h)).toEqual(before);
    expect(h.cards).toHaveLength(1);
  });

  it('a settings change that hides the card here hides it at once, without waiting for the page to be read', async () => {
    const dom = loadPage('x/timeline.html', 'https://x.com/home');
    const h = harness(dom.window as unknown as Window);
    launch(h.env);
    await run();
    h.changeSettings({ snoozed: ['x.com'] });
    // Only the settings round trip: no rank answer has come back yet.
    await vi.advanceTimersByTimeAsync(0);
    expect(shownIds(h)).toEqual([]);
  });

  it('a dismissal hides the card on the site for the session, across navigation and a new instance', async () => {
    const dom = loadPage('x/timeline.html', 'https://x.com/home', { app: true });
    const h = harness(dom.window as unknown as Window);
    const c = launch(h.env)!;
    await run();
    h.cards[0]!.callbacks.onDismiss();
    await run();
    expect(shownIds(h)).toEqual([]);
    (dom.window.document.querySelector('a[href^="/recruiting"]') as HTMLElement).click();
    await run();
    expect(shownIds(h)).toEqual([]);
    c.stop();
    // A page reload in the same session: the session flag persists.
    const again = harness(dom.window as unknown as Window);
    for (const k of h.session) again.session.add(k);
    launch(again.env);
    await run();
    expect(again.cards).toHaveLength(0);
  });
});
