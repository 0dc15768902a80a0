// @vitest-environment jsdom
/**
 * Following the page: new nodes only, each unit read once, our card's changes ignored, the compose
 * box left to its own debounced scoring, a hidden tab paused and caught up, a virtualised document (20 of 500
 * blocks at a time) accumulating with nothing of removed nodes kept, and big batches split into slices that
 * let the page run in between.
 */
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import type { ContentController } from '../../content/index';
import { PageReader } from '../../content/reader';
import { harness, loadPage, run, settle, shownIds, useContentScriptTest } from './helpers';

let ctl: ContentController | null = null;
const content = useContentScriptTest();

/** Every DOM node reachable through strong references from `root` (own properties, arrays, Sets, Maps), except `allowed`. */
function strongNodes(root: unknown, allowed: Set<unknown>): Node[] {
  const found: Node[] = [];
  const seen = new Set<unknown>();
  const visit = (v: unknown, depth: number): void => {
    if (v === null || typeof v !== 'object' || seen.has(v) || depth > 8) return;
    seen.add(v);
    if (v instanceof WeakSet || v instanceof WeakMap || (typeof WeakRef !== 'undefined' && v instanceof WeakRef)) return;
    if (typeof (v as Node).nodeType === 'number' && typeof (v as Node).nodeName === 'string') {
      if (!allowed.has(v)) found.push(v as Node);
      return;
    }
    if (v instanceof Map) {
      for (const [k, x] of v) {
        visit(k, depth + 1);
        visit(x, depth + 1);
      }
    } else if (v instanceof Set || Array.isArray(v)) for (const x of v) visit(x, depth + 1);
    else for (const key of Object.keys(v)) visit((v as Record<string, unknown>)[key], depth + 1);
  };
  visit(root, 0);
  return found;
}

describe('following the page', () => {
  it('ignores our own card and the compose box, reads each appended post once', async () => {
    const dom = loadPage('x/timeline.html', 'https://x.com/home', { app: true });
    const doc = dom.window.document;
    const h = harness(dom.window as unknown as Window);
    ctl = content.start(h.env);
    await run();
    const reads = ctl!.reader.reads;
    // Our card changing (re-attached, re-rendered) causes no reads.
    h.cards[0]!.host.remove();
    doc.documentElement.appendChild(h.cards[0]!.host);
    h.cards[0]!.host.appendChild(doc.createElement('div')).textContent = 'Shitstorm Kritik';
    // Typing in the compose box changes its DOM: not a post.
    const span = doc.querySelector('[data-testid="tweetTextarea_0"] [data-offset-key] span')!;
    span.textContent = 'Shitstorm';
    await run();
    expect(ctl!.reader.reads).toBe(reads);
    (dom.window as unknown as { __appendPosts(n: number): number }).__appendPosts(5);
    await run();
    expect(ctl!.reader.reads).toBe(reads + 5);
    // Re-adding an already read post (a recycled cell) reads nothing new.
    const cell = doc.querySelector('[data-testid="cellInnerDiv"]')!;
    cell.remove();
    doc.getElementById('timeline')!.appendChild(cell);
    await run();
    expect(ctl!.reader.reads).toBe(reads + 5);
  });

  it('a re-rendered copy of a post (new nodes, same text) is read but not counted twice', async () => {
    const dom = loadPage('x/timeline.html', 'https://x.com/home');
    const doc = dom.window.document;
    const h = harness(dom.window as unknown as Window);
    ctl = content.start(h.env);
    await run();
    const before = h.pageTexts().length;
    const timeline = doc.getElementById('timeline')!;
    timeline.replaceChildren(...[...timeline.children].map((c) => c.cloneNode(true)));
    await run();
    expect(h.pageTexts().length).toBe(before);
  });

  it('pauses while the tab is hidden and catches up when it is visible again', async () => {
    const dom = loadPage('x/timeline.html', 'https://x.com/home', { app: true });
    const doc = dom.window.document;
    let hidden = false;
    Object.defineProperty(doc, 'hidden', { configurable: true, get: () => hidden });
    const h = harness(dom.window as unknown as Window);
    ctl = content.start(h.env);
    await run();
    const reads = ctl!.reader.reads;
    const updates = h.cards[0]!.states.length;
    hidden = true;
    doc.dispatchEvent(new dom.window.Event('visibilitychange'));
    (dom.window as unknown as { __appendPosts(n: number): number }).__appendPosts(8);
    await run(5000);
    expect(ctl!.reader.reads).toBe(reads);
    expect(h.cards[0]!.states.length).toBe(updates);
    hidden = false;
    doc.dispatchEvent(new dom.window.Event('visibilitychange'));
    await run();
    expect(ctl!.reader.reads).toBe(reads + 8);
  });

  it('a tab opened in the background starts reading when it is first shown', async () => {
    const dom = loadPage('x/timeline.html', 'https://x.com/home');
    const doc = dom.window.document;
    let hidden = true;
    Object.defineProperty(doc, 'hidden', { configurable: true, get: () => hidden });
    const h = harness(dom.window as unknown as Window);
    ctl = content.start(h.env);
    await run();
    expect(ctl!.reader.reads).toBe(0);
    hidden = false;
    doc.dispatchEvent(new dom.window.Event('visibilitychange'));
    await run();
    expect(ctl!.reader.reads).toBe(4);
    expect(shownIds(h)[0]).toBe('criticism');
  });

  it('virtualised document: 20 of 500 blocks at a time; all read once, scores accumulate, no removed node kept', async () => {
    const dom = loadPage('notion/page.html', 'https://www.notion.so/Kommunikationsstrategie-0123456789abcdef', { app: true });
    const doc = dom.window.document;
    const app = dom.window as unknown as {
      __mountVirtualList(n: number, s: number): number;
      __scrollTo(i: number): number;
      __blockText(i: number): string;
    };
    const h = harness(dom.window as unknown as Window, { keepTexts: false, reader: { maxKeys: 200 } });
    ctl = content.start(h.env);
    await run();
    expect(app.__mountVirtualList(500, 20)).toBe(20);
    await run();
    // Each window stays longer than one batch (300 ms), as while reading; blocks that appear and vanish
    // within one batch are not read (see content/index.ts).
    for (let first = 20; first <= 480; first += 20) {
      expect(app.__scrollTo(first)).toBe(20);
      await run(350);
    }
    await run();
    expect(doc.querySelectorAll('.notion-page-content [data-block-id]')).toHaveLength(20);
    // 500 generated blocks + 6 of the static page read before the list was mounted.
    expect(ctl!.reader.reads).toBe(506);
    const ranked = ctl!.reader.ranking().map((r) => r.id);
    expect(ranked).toEqual(expect.arrayContaining(['crowdsourcing', 'criticism', 'internal-communication']));
    // Memory stays bounded: the text-hash set is capped and the reader keeps no page node.
    expect(ctl!.reader.keyCount).toBeLessThanOrEqual(200);
    expect(strongNodes({ kept: [doc.body] }, new Set([doc]))).toHaveLength(1); // the probe finds a kept node
    expect(strongNodes(ctl!.reader, new Set([doc]))).toEqual([]);
    // Sections follow the headings that passed by.
    const report = ctl!.report();
    expect(report.sections?.map((s) => s.heading)).toEqual(expect.arrayContaining(['Abschnitt 1', 'Abschnitt 5', 'Abschnitt 10']));
    expect(app.__blockText(450)).toBe('Abschnitt 10');
    // jsdom builds 500 blocks slowly on a busy machine: a generous timeout, not a performance limit.
  }, 60_000);

  it('splits a big batch into slices and lets the page run in between', async () => {
    const dom = loadPage('intranet/page.html', 'https://intranet.example.com/news/social-media');
    const doc = dom.window.document;
    const article = doc.querySelector('article')!;
    for (let i = 0; i < 60; i++)
      article.appendChild(doc.createElement('p')).textContent = `Absatz ${i}: Wir beantworten Kritik öffentlich.`;
    const log: string[] = [];
    const h = harness(dom.window as unknown as Window, { timing: { slice: 0 } });
    const read = PageReader.prototype.read;
    const spy = vi.spyOn(PageReader.prototype, 'read').mockImplementation(function (this: PageReader, unit: Element) {
      const n = read.call(this, unit);
      if (n > 0) log.push('read');
      return n;
    });
    onTestFinished(() => spy.mockRestore());
    const mount = h.env.mountCard;
    h.env.mountCard = (callbacks, signal, d) => {
      const card = mount(callbacks, signal, d);
      const update = card.update.bind(card);
      card.update = (state) => {
        if (state.arguments.length) log.push('card');
        update(state);
      };
      return card;
    };
    ctl = content.start(h.env);
    await settle();
    // The page's own tasks, queued while the content script works.
    const pageTask = () => {
      log.push('page');
      if (log.filter((x) => x === 'page').length < 20) setTimeout(pageTask, 0);
    };
    setTimeout(pageTask, 0);
    await run();
    const first = log.indexOf('read');
    const last = log.lastIndexOf('read');
    const pageTurnsWhileReading = log.slice(first, last).filter((x) => x === 'page').length;
    expect(log.filter((x) => x === 'read').length).toBeGreaterThan(60);
    expect(pageTurnsWhileReading).toBeGreaterThanOrEqual(10);
    // The first hint is shown before the whole page is read (its first slice was sent early).
    expect(log.indexOf('card')).toBeGreaterThan(first);
    expect(log.indexOf('card')).toBeLessThan(last);
  });
});
