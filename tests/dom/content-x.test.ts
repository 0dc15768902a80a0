// @vitest-environment jsdom
/**
 * The content script on the X timeline fixture (tests/fixtures/x/): which text it reads, the card it shows,
 * typing in the Draft.js compose box, in-app navigation through the fixture's app.js, and new posts.
 */
import { describe, expect, it, vi } from 'vitest';
import type { ContentController } from '../../content/index';
import { type Harness, harness, loadPage, settle, shownIds, useContentScriptTest } from './helpers';

let ctl: ContentController | null = null;
const content = useContentScriptTest();

async function run(_h: Harness, ms = 1000): Promise<void> {
  await settle();
  await vi.advanceTimersByTimeAsync(ms);
}

describe('X timeline', () => {
  it('reads each post text once, without names, counters or placeholder, and shows criticism first', async () => {
    const dom = loadPage('x/timeline.html', 'https://x.com/home');
    const h = harness(dom.window as unknown as Window);
    ctl = content.start(h.env);
    await run(h);
    const added = h.pageTexts();
    expect(added).toHaveLength(4);
    expect(added.join(' ')).not.toMatch(/Kommunikation Müller AG|@mueller_komm|What is happening/);
    // The emoji image is a space and the <br> a word break.
    expect(added[0]).toContain('kritisieren? Wie habt');
    expect(added[2]).toContain('Nordstadt. Danke');
    expect(shownIds(h)[0]).toBe('criticism');
    expect(shownIds(h)).toContain('transparency');
    expect(h.cards[0]!.last!.composing).toBe(false);
  });

  it('scores the compose box debounced on input, not per keystroke, and opens the card', async () => {
    const dom = loadPage('x/timeline.html', 'https://x.com/home', { app: true });
    const h = harness(dom.window as unknown as Window);
    ctl = content.start(h.env);
    await run(h);
    const editor = dom.window.document.querySelector('[data-testid="tweetTextarea_0"]')!;
    const block = editor.querySelector('[data-offset-key] span')!;
    const words = 'Wir suchen Nachwuchs: wie werden wir ein attraktiver Arbeitgeber?'.split(' ');
    let typed = '';
    for (const w of words) {
      typed += `${typed ? ' ' : ''}${w}`;
      block.textContent = typed;
      editor.dispatchEvent(new dom.window.InputEvent('input', { bubbles: true }));
      await vi.advanceTimersByTimeAsync(50);
    }
    expect(h.ranked).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(500);
    expect(h.ranked).toEqual([typed]);
    const last = h.cards[0]!.last!;
    expect(last.composing).toBe(true);
    expect(last.arguments[0]!.id).toBe('employer-branding');
    // The page's posts still fill the rest of the card.
    expect(last.arguments.map((a) => a.id)).toContain('criticism');
  });

  it('follows in-app navigation: new page, scores reset; an irrelevant page hides the card', async () => {
    const dom = loadPage('x/timeline.html', 'https://x.com/home', { app: true });
    const doc = dom.window.document;
    const h = harness(dom.window as unknown as Window);
    ctl = content.start(h.env);
    await run(h);
    expect(shownIds(h)[0]).toBe('criticism');
    (doc.querySelector('a[href^="/recruiting"]') as HTMLElement).click();
    await run(h);
    expect(dom.window.location.pathname).toMatch(/^\/recruiting/);
    expect(shownIds(h)).toEqual(['employer-branding']);
    (doc.querySelector('a[href="/sport"]') as HTMLElement).click();
    await run(h);
    expect(shownIds(h)).toEqual([]);
    expect(doc.querySelector('[data-argumentarium]')).toBeNull();
    dom.window.history.back();
    await run(h);
    expect(dom.window.location.pathname).toMatch(/^\/recruiting/);
    expect(shownIds(h)).toEqual(['employer-branding']);
  });

  it('ignores hash-only changes', async () => {
    const dom = loadPage('x/timeline.html', 'https://x.com/home', { app: true });
    const h = harness(dom.window as unknown as Window);
    ctl = content.start(h.env);
    await run(h);
    const reads = ctl!.reader.reads;
    const reader = ctl!.reader;
    dom.window.location.hash = '#top';
    (dom.window as unknown as { __appendPosts(n: number): number }).__appendPosts(1);
    await run(h);
    expect(ctl!.reader).toBe(reader);
    expect(ctl!.reader.reads).toBe(reads + 1);
  });

  it('reads only new posts as they are appended, batched', async () => {
    const dom = loadPage('x/timeline.html', 'https://x.com/home', { app: true });
    const h = harness(dom.window as unknown as Window, { timing: { throttle: 300 } });
    ctl = content.start(h.env);
    await run(h);
    const app = dom.window as unknown as { __appendPosts(n: number): number };
    const before = ctl!.reader.reads;
    const updates = h.cards[0]!.states.length;
    const requests = h.requests.length;
    for (let i = 0; i < 10; i++) {
      app.__appendPosts(3);
      await settle();
      await vi.advanceTimersByTimeAsync(30);
    }
    await vi.advanceTimersByTimeAsync(1000);
    expect(ctl!.reader.reads - before).toBe(30);
    // 10 bursts within 300 ms: at most two batches (one leading, one after the throttle), one rank message each.
    expect(h.requests.length - requests).toBeGreaterThanOrEqual(1);
    expect(h.requests.length - requests).toBeLessThanOrEqual(2);
    expect(h.cards[0]!.states.length - updates).toBeLessThanOrEqual(2);
    expect(h.pageTexts().filter((t) => /\(#\d+\)$/.test(t))).toHaveLength(30);
  });
});
