// @vitest-environment jsdom
/**
 * Document mode: long documents are ranked per section (by heading) and report the objections they
 * raise, each with the argument that answers it; Google Docs says plainly that it cannot read the canvas; the
 * popup's page report carries all of it.
 */
import { describe, expect, it, vi } from 'vitest';
import type { PageReport } from '../../src/messages';
import { harness, loadPage, run, shownIds, useContentScriptTest } from './helpers';

const content = useContentScriptTest();

describe('document mode', () => {
  it('Confluence: per-section ranking and the objections with their answers in the page report', async () => {
    const dom = loadPage('confluence/page.html', 'https://example.atlassian.net/wiki/spaces/KOMM/pages/123456/Social+Media+Strategie');
    const h = harness(dom.window as unknown as Window);
    content.start(h.env);
    await run();
    const report = (await h.runtime.deliver({ type: 'page-report' })) as PageReport;
    expect(report.site).toBe('confluence');
    expect(report.title).toBe('Social-Media-Strategie 2027');
    const bySection = Object.fromEntries(report.sections!.map((s) => [s.heading, s.ranked[0]!.id]));
    expect(bySection).toMatchObject({
      Ausgangslage: 'internal-communication',
      Bedenken: 'criticism',
      Personalgewinnung: 'employer-branding',
    });
    expect(report.sections!.map((s) => s.heading)).not.toContain('Nächste Schritte');
    expect(report.objections).toContainEqual({ objection: 'Fear of public criticism', argumentId: 'criticism' });
    // The popup shows the ranked objections by these labels (not by their ids).
    const ids = [...new Set(report.ranked.flatMap((r) => r.objections ?? []))];
    expect(ids.sort()).toEqual(['Fear of public criticism']);
    expect(Object.keys(report.objectionLabels ?? {}).sort()).toEqual(ids.sort());
    expect(Object.values(report.objectionLabels ?? {})).toContain('Fear of public criticism');
    expect(shownIds(h)).toHaveLength(3);
    // Markdown is Confluence's copy format (src/site-groups.ts).
    expect(h.cards[0]!.last!.arguments[0]!.copy.plain).toMatch(/^\*\*/);
  });

  it('a feed has no sections and no objections list in its report', async () => {
    const dom = loadPage('x/timeline.html', 'https://x.com/home');
    const h = harness(dom.window as unknown as Window);
    content.start(h.env);
    await run();
    const report = (await h.runtime.deliver({ type: 'page-report' })) as PageReport;
    expect(report.sections).toBeUndefined();
    expect(report.objections).toBeUndefined();
  });

  it('Google Docs: the card says the canvas cannot be read instead of showing nothing', async () => {
    const dom = loadPage('gdocs/document.html', 'https://docs.google.com/document/d/1AbCdEf/edit');
    const h = harness(dom.window as unknown as Window);
    content.start(h.env);
    await run();
    expect(h.cards[0]!.last).toMatchObject({ status: 'unreadable', arguments: [] });
    const report = (await h.runtime.deliver({ type: 'page-report' })) as PageReport;
    expect(report).toMatchObject({ site: 'gdocs', status: 'unreadable', chars: 0, ranked: [] });
  });

  it('an irrelevant intranet page gets no card and reports status ok with nothing ranked', async () => {
    const dom = loadPage('irrelevant/cake.html', 'https://intranet.example.com/kantine/rezept');
    const h = harness(dom.window as unknown as Window);
    content.start(h.env);
    await run();
    expect(h.cards).toHaveLength(0);
    const report = (await h.runtime.deliver({ type: 'page-report' })) as PageReport;
    expect(report).toMatchObject({ site: 'generic', status: 'ok', ranked: [] });
    expect(report.chars).toBeGreaterThan(100);
  });

  it('a page outside every site group (read for the popup) shows no card but answers, and shows one when asked', async () => {
    const dom = loadPage('intranet/page.html', 'https://wiki.other.example.org/news');
    const h = harness(dom.window as unknown as Window);
    content.start(h.env);
    await run();
    expect(h.cards).toHaveLength(0);
    const report = (await h.runtime.deliver({ type: 'page-report' })) as PageReport;
    expect(report.ranked.map((r) => r.id)).toContain('criticism');
    await h.runtime.deliver(h.selection('Kunden kritisieren uns öffentlich.'));
    expect(shownIds(h)).toEqual(['criticism']);
  });

  it("on the user's intranet site the card shows", async () => {
    const dom = loadPage('intranet/page.html', 'https://intranet.example.com/news/social-media');
    const h = harness(dom.window as unknown as Window);
    content.start(h.env);
    await run();
    expect(shownIds(h)).toContain('criticism');
    expect(shownIds(h)).toContain('internal-communication');
  });

  it('Notion: typing in a block scores that block, debounced', async () => {
    const dom = loadPage('notion/page.html', 'https://www.notion.so/Kommunikationsstrategie-0123456789abcdef');
    const doc = dom.window.document;
    const h = harness(dom.window as unknown as Window);
    content.start(h.env);
    await run();
    const leaf = doc.querySelector('[data-block-id="b-007"] [contenteditable]')!;
    leaf.textContent = 'Wir suchen Nachwuchs als Arbeitgeber';
    doc.getSelection()!.collapse(leaf.firstChild!, 3);
    leaf.dispatchEvent(new dom.window.InputEvent('input', { bubbles: true }));
    await vi.advanceTimersByTimeAsync(100);
    expect(h.ranked).toEqual([]);
    await run();
    expect(h.ranked).toEqual(['Wir suchen Nachwuchs als Arbeitgeber']);
    expect(shownIds(h)[0]).toBe('employer-branding');
  });
});
