// @vitest-environment jsdom
/**
 * `content/panel-feed.ts` on the Confluence fixture, with a real page reader ranked by the fake scorer: a connected
 * side panel gets the document's sections in heading order with the arguments found in each, a new feed after a
 * change, the section in view as the page scrolls, and a reveal scrolls to the unit holding a quote; ports from
 * anyone else get nothing, and nothing is watched once the panel is gone.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildFeed, headingElements, type PanelFeedSource, type PanelPort, startPanelFeed } from '../../content/panel-feed';
import { PageReader } from '../../content/reader';
import { confluence } from '../../content/sites/confluence';
import type { PageReport } from '../../src/messages';
import { PANEL_PORT } from '../../src/messages';
import { loadPage, rankBatch } from './helpers';
import { FakePort } from './panel-port';

const URL_PAGE = 'https://example.atlassian.net/wiki/spaces/KOMM/pages/123456/Social+Media+Strategie';

function setUp() {
  const dom = loadPage('confluence/page.html', URL_PAGE, {});
  const win = dom.window as unknown as Window & typeof globalThis;
  const reader = new PageReader(win.document, confluence);
  for (const unit of reader.scan()) reader.read(unit, true);
  rankBatch(reader);
  const report = (): PageReport => ({
    url: URL_PAGE,
    site: 'confluence',
    siteName: 'Confluence',
    status: 'ok',
    chars: reader.chars,
    ranked: reader.ranking(),
    title: 'Social-Media-Strategie 2027',
    objectionLabels: { 'Fear of public criticism': 'Angst vor öffentlicher Kritik' },
  });
  const source: PanelFeedSource = {
    report,
    sections: () => reader.sections(),
    kind: () => 'document',
    selectors: () => confluence.selectors,
    roots: () => reader.roots(),
  };
  let listener: ((port: PanelPort) => void) | null = null;
  const onConnect = {
    addListener: vi.fn((cb: (port: PanelPort) => void) => {
      listener = cb;
    }),
    removeListener: vi.fn(() => {
      listener = null;
    }),
  };
  const life = new win.AbortController();
  const feed = startPanelFeed({ window: win, onConnect, extensionId: () => 'ext', source, signal: life.signal, throttle: 0 });
  const connect = (name = PANEL_PORT, sender: { id?: string } = { id: 'ext' }): FakePort => {
    const port = new FakePort(name, sender);
    listener?.(port);
    return port;
  };
  return { win, reader, source, feed, connect, life, onConnect };
}

/** Puts each heading's top `offset(i)` px from the viewport's top (jsdom lays nothing out). */
function placeHeadings(win: Window & typeof globalThis, offset: (i: number) => number): void {
  const hs = [...win.document.querySelectorAll('.ak-renderer-document h2')];
  hs.forEach((h, i) => {
    h.getBoundingClientRect = () =>
      ({ top: offset(i), bottom: offset(i) + 20, left: 0, right: 100, width: 100, height: 20, x: 0, y: offset(i), toJSON() {} }) as DOMRect;
  });
}

afterEach(() => vi.useRealTimers());

describe('side-panel feed', () => {
  it('sends the document’s sections in heading order on connection, each with what was found in it', () => {
    const { connect } = setUp();
    const port = connect();
    const feed = port.last('panel-feed')?.feed;
    expect(feed).toBeDefined();
    expect(feed).toMatchObject({ url: URL_PAGE, site: 'confluence', kind: 'document', status: 'ok', title: 'Social-Media-Strategie 2027' });
    // Every heading of the document, in order, also the one whose section holds nothing relevant.
    expect(feed!.sections.map((s) => s.heading)).toEqual(['Ausgangslage', 'Bedenken', 'Personalgewinnung', 'Nächste Schritte']);
    const top = Object.fromEntries(feed!.sections.map((s) => [s.heading, s.ranked[0]?.id ?? null]));
    expect(top).toEqual({
      Ausgangslage: 'internal-communication',
      Bedenken: 'criticism',
      Personalgewinnung: 'employer-branding',
      'Nächste Schritte': null,
    });
    expect(feed!.sections[1]!.ranked[0]!.objections).toEqual(['Fear of public criticism']);
    expect(feed!.objectionLabels).toEqual({ 'Fear of public criticism': 'Angst vor öffentlicher Kritik' });
  });

  it('refuses ports of another name or another extension', () => {
    const { connect, feed } = setUp();
    expect(connect('someone-else').posted).toEqual([]);
    expect(connect(PANEL_PORT, { id: 'other-extension' }).posted).toEqual([]);
    expect(connect(PANEL_PORT, {}).posted).toEqual([]);
    expect(feed.connections).toBe(0);
  });

  it('sends a new feed after a change, and nothing while no panel is connected', async () => {
    vi.useFakeTimers();
    const { connect, feed, reader, win } = setUp();
    feed.changed();
    await vi.runAllTimersAsync();
    const port = connect();
    expect(port.posted).toHaveLength(1);
    // The page gains a paragraph about transparency under "Nächste Schritte".
    const p = win.document.createElement('p');
    p.textContent = 'Wir setzen auf Transparenz in allen Kanälen.';
    win.document.querySelector('.ak-renderer-document')!.append(p);
    reader.read(p);
    rankBatch(reader);
    feed.changed();
    feed.changed();
    await vi.runAllTimersAsync();
    const feeds = port.posted.filter((m) => m.type === 'panel-feed');
    expect(feeds).toHaveLength(2);
    const last = port.last('panel-feed')!.feed;
    expect(last.sections.find((s) => s.heading === 'Nächste Schritte')!.ranked.map((r) => r.id)).toEqual(['transparency']);
  });

  it('follows the section in view as the page scrolls, and stops watching when the panel closes', () => {
    const { connect, win, feed } = setUp();
    const h = win.innerHeight;
    placeHeadings(win, (i) => h + i * 400);
    const port = connect();
    // No heading above the view line yet: the first section is the one in view.
    expect(port.last('panel-feed')!.feed.current).toBe(0);
    // Scrolled so that "Personalgewinnung" (the third heading) is near the top, the fourth further down.
    placeHeadings(win, (i) => [-900, -500, 40, 600][i]!);
    win.dispatchEvent(new win.Event('scrollend'));
    expect(port.last('panel-in-view')).toEqual({ type: 'panel-in-view', current: 2 });
    const sent = port.posted.length;
    win.dispatchEvent(new win.Event('scrollend'));
    expect(port.posted).toHaveLength(sent);
    port.close();
    expect(feed.connections).toBe(0);
    placeHeadings(win, () => -1000);
    win.dispatchEvent(new win.Event('scrollend'));
    expect(port.posted).toHaveLength(sent);
  });

  it('scrolls the document to the unit holding a quote, or to a heading, and says when it found nothing', () => {
    const { connect, win } = setUp();
    const port = connect();
    const scrolled: string[] = [];
    win.Element.prototype.scrollIntoView = function (this: Element) {
      scrolled.push(this.textContent ?? '');
    };
    port.send({ type: 'panel-reveal', seq: 1, quote: 'wer auf negative Kommentare antwortet' });
    expect(port.last('panel-revealed')).toEqual({ type: 'panel-revealed', seq: 1, ok: true });
    expect(scrolled).toEqual(['Die Rechtsabteilung fragt, wer auf negative Kommentare antwortet und wie schnell.']);
    port.send({ type: 'panel-reveal', seq: 2, heading: 'Personalgewinnung' });
    expect(port.last('panel-revealed')).toEqual({ type: 'panel-revealed', seq: 2, ok: true });
    expect(scrolled.at(-1)).toBe('Personalgewinnung');
    port.send({ type: 'panel-reveal', seq: 3, quote: 'A sentence this page never had.' });
    expect(port.last('panel-revealed')).toEqual({ type: 'panel-revealed', seq: 3, ok: false });
    expect(scrolled).toHaveLength(2);
  });

  it('ends with its signal: ports are disconnected and the connect listener removed', () => {
    const { connect, life, onConnect } = setUp();
    const port = connect();
    life.abort();
    expect(port.disconnected).toBe(true);
    expect(onConnect.removeListener).toHaveBeenCalled();
  });

  it('what the user is writing comes as the draft, apart from the sections; nothing while nothing is written', () => {
    const { source } = setUp();
    const typing = [{ id: 'transparency', score: 0.8, matched: ['Transparenz'], quote: 'Wir wollen mehr Transparenz.' }];
    const built = buildFeed({ ...source, draft: () => typing }, headingElements(source), 0);
    expect(built.draft).toEqual(typing);
    expect(built.sections.flatMap((s) => s.ranked.map((r) => r.id))).not.toContain('transparency');
    expect(buildFeed({ ...source, draft: () => [] }, [], 0)).not.toHaveProperty('draft');
  });

  it('on a feed, an argument the draft brings is listed under the draft, not again under the page', () => {
    const { source } = setUp();
    const pageIds = source.report().ranked.map((r) => r.id);
    expect(pageIds.length).toBeGreaterThanOrEqual(2);
    const drafted = source.report().ranked[0]!;
    const feedSource: PanelFeedSource = { ...source, kind: () => 'feed', draft: () => [drafted] };
    const built = buildFeed(feedSource, [], -1);
    expect(built.draft?.map((r) => r.id)).toEqual([drafted.id]);
    expect(built.sections[0]!.ranked.map((r) => r.id)).toEqual(pageIds.slice(1));
  });

  it('a feed is one section of the page’s ranking; headings outside the roots are not sections', () => {
    const { source, win } = setUp();
    const feedSource: PanelFeedSource = { ...source, kind: () => 'feed' };
    const built = buildFeed(feedSource, [], -1);
    expect(built.sections).toHaveLength(1);
    expect(built.sections[0]!.heading).toBe('');
    expect(built.current).toBe(0);
    // The page title (h1) is outside Confluence's document root.
    expect(headingElements(source).map((h) => h.textContent)).not.toContain('Social-Media-Strategie 2027');
    expect(win.document.querySelector('h1')).not.toBeNull();
  });
});
