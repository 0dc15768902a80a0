// @vitest-environment jsdom
/**
 * Hostile pages that jsdom can show: a framework that re-renders its root and removes foreign nodes
 * (the card tries a few times, then stays off and the report says so; posts are not counted twice), user-written markup in posts (read and shown as text
 * only), an editor that reverts foreign changes (we never touch it), and an editor in an about:blank iframe read
 * from the top frame. Replaced built-ins need isolated worlds: tests/fixtures/hostile/builtins.html is for e2e.
 */
import { describe, expect, it } from 'vitest';
import en from '../../_locales/en/messages.json';
import { CARD_SECURITY, mountCard } from '../../content/card/index';

// jsdom's synthetic clicks are never trusted (the trusted-only rule is tested in card.test.ts).
CARD_SECURITY.trustedEventsOnly = false;

import type { ContentController } from '../../content/index';
import { type MessagesFile, useMessages } from '../../src/i18n/index';
import { harness, loadGlobalPage, loadPage, run, useContentScriptTest } from './helpers';

let ctl: ContentController | null = null;
let close: (() => void) | null = null;
const content = useContentScriptTest({
  before: () => {
    useMessages(en as MessagesFile);
  },
  after: () => {
    close?.();
    close = null;
  },
});

describe('hostile pages', () => {
  it('a framework re-rendering its root every 500 ms and removing foreign nodes: a few tries, then the card stays off and says so', async () => {
    const win = loadGlobalPage('hostile/rerender.html', 'https://x.com/hostile/rerender', 'rerender.js');
    const doc = win.document;
    const app = win as unknown as { __rerender(): void; __renders: number };
    const h = harness(win, { mountCard: (cb, signal, d) => mountCard(cb, signal, d) });
    ctl = content.start(h.env);
    let shown = 0;
    let wasShown = false;
    // Sample every 100 ms: the card on the page, then removed by the page's next render, then back a while later.
    for (let i = 0; i < 120; i++) {
      const now = !!doc.querySelector('[data-argumentarium]')?.shadowRoot?.querySelector('[data-action="toggle"]');
      if (now && !wasShown) shown += 1;
      wasShown = now;
      await run(100);
    }
    const added = h.pageTexts().length;
    const reads = ctl!.reader.reads;
    await run(5000);
    expect(app.__renders).toBeGreaterThan(30);
    // Placed once, put back after 1, 2 and 4 s, then no more.
    expect(shown).toBe(4);
    expect(doc.querySelectorAll('[data-argumentarium]')).toHaveLength(0);
    expect(ctl!.report().cardRemoved).toBe(true);
    // Every re-render made new post nodes, read again, but the same texts were not scored again.
    expect(ctl!.reader.reads).toBeGreaterThanOrEqual(reads + 6);
    expect(h.pageTexts().length).toBe(added);
    expect(ctl!.reader.ranking()[0]!.id).toBe('criticism');
    expect(ctl!.report().ranked[0]?.id).toBe('criticism');
  });

  it('markup written by users stays text: read as text, nothing from it becomes an element', async () => {
    const win = loadGlobalPage('hostile/markup.html', 'https://x.com/hostile/markup');
    const doc = win.document;
    const before = doc.querySelectorAll('*').length;
    const h = harness(win, { mountCard: (cb, signal, d) => mountCard(cb, signal, d) });
    ctl = content.start(h.env);
    await run();
    const texts = h.pageTexts();
    expect(texts[0]).toContain('<img src=x onerror=alert(1)>');
    expect(texts[1]).toContain('"><svg onload=alert(2)> und <script>alert(3)</script>');
    const host = doc.querySelector('[data-argumentarium]')!;
    (host.shadowRoot!.querySelector('[data-action="toggle"]') as HTMLElement).click();
    await run();
    expect(Array.from(host.shadowRoot!.querySelectorAll('[data-argument-id]'), (e) => e.getAttribute('data-argument-id'))).toEqual([
      'criticism',
      'transparency',
    ]);
    expect(host.shadowRoot!.querySelector('img, svg, script, [onerror], [onload]')).toBeNull();
    // The page gained exactly one element: our card's host.
    expect(doc.querySelectorAll('*').length).toBe(before + 1);
  });

  it('an editor that reverts foreign changes: we only read it, and what the user types is scored', async () => {
    const dom = loadPage('hostile/revert.html', 'https://www.facebook.com/hostile/revert', { app: 'revert.js' });
    close = () => dom.window.close();
    const app = dom.window as unknown as { __type(text: string): void; __reverts: number };
    const h = harness(dom.window as unknown as Window);
    ctl = content.start(h.env);
    await run();
    expect(h.cards).toHaveLength(0);
    app.__type('Unser Vorstand fürchtet einen Shitstorm');
    await run();
    expect(app.__reverts).toBe(0);
    expect(h.ranked).toEqual(['Unser Vorstand fürchtet einen Shitstorm']);
    expect(h.cards[0]!.last!.arguments[0]!.id).toBe('criticism');
    expect(h.cards[0]!.last!.composing).toBe(true);
  });

  it('an editor in an about:blank iframe is read and followed from the top frame', async () => {
    const dom = loadPage('hostile/frames.html', 'https://intranet.example.com/hostile/frames.html', { app: 'frames.js' });
    const doc = dom.window.document;
    const h = harness(dom.window as unknown as Window);
    ctl = content.start(h.env);
    await run();
    expect(h.pageTexts()).toContain('Our staff newsletter reaches nobody; an internal network would be faster.');
    // Typing in the frame's editor: its input events reach us through the frame's document.
    const frameDoc = (doc.getElementById('blank-editor') as HTMLIFrameElement).contentDocument!;
    const p = frameDoc.body.appendChild(frameDoc.createElement('p'));
    p.textContent = 'We fear a shitstorm if customers complain in public.';
    const sel = frameDoc.getSelection()!;
    sel.collapse(p.firstChild!, 5);
    frameDoc.body.dispatchEvent(new frameDoc.defaultView!.InputEvent('input', { bubbles: true }));
    await run();
    expect(h.ranked).toEqual(['We fear a shitstorm if customers complain in public.']);
    expect(h.cards[0]!.last!.arguments[0]!.id).toBe('criticism');
    // The new paragraph is also read as part of the document (new node in the observed frame).
    expect(h.pageTexts()).toContain('We fear a shitstorm if customers complain in public.');
  });
});
