// @vitest-environment jsdom
/**
 * The side panel's feed wired into the running content script (`content/index.ts`): a panel that connects to a
 * Confluence page gets the sections the content script read and ranked, and a new feed when the page gains text, with
 * no extra `rank` request for the panel; a page without a panel port option serves none.
 */
import { describe, expect, it, vi } from 'vitest';
import type { PanelPort } from '../../content/panel-feed';
import { PANEL_PORT } from '../../src/messages';
import { harness, loadPage, run, useContentScriptTest } from './helpers';
import { FakePort } from './panel-port';

const content = useContentScriptTest();
const URL_PAGE = 'https://example.atlassian.net/wiki/spaces/KOMM/pages/123456/Social+Media+Strategie';

function connectEvent() {
  let listener: ((port: PanelPort) => void) | null = null;
  return {
    event: {
      addListener: vi.fn((cb: (port: PanelPort) => void) => {
        listener = cb;
      }),
      removeListener: vi.fn(() => {
        listener = null;
      }),
    },
    connect(id = 'argumentarium-test-id'): FakePort {
      const port = new FakePort(PANEL_PORT, { id });
      listener?.(port);
      return port;
    },
  };
}

describe('side-panel feed in the content script', () => {
  it('a connected panel gets the sections read, and a new feed when the document gains text, without rank requests of its own', async () => {
    const dom = loadPage('confluence/page.html', URL_PAGE);
    const win = dom.window as unknown as Window;
    const c = connectEvent();
    const h = harness(win, { onPanelConnect: c.event });
    content.start(h.env);
    await run();
    const requests = h.requests.length;
    const port = c.connect();
    const feed = port.last('panel-feed')?.feed;
    expect(feed?.kind).toBe('document');
    expect(Object.fromEntries(feed!.sections.map((s) => [s.heading, s.ranked[0]?.id ?? null]))).toEqual({
      Ausgangslage: 'internal-communication',
      Bedenken: 'criticism',
      Personalgewinnung: 'employer-branding',
      'Nächste Schritte': null,
    });
    expect(h.requests.length).toBe(requests);
    // The author adds a paragraph under the last heading: read and ranked once, for the card and the panel alike.
    const p = win.document.createElement('p');
    p.textContent = 'Wir setzen auf Transparenz in allen Kanälen.';
    win.document.querySelector('.ak-renderer-document')!.append(p);
    await run();
    expect(h.requests.length).toBe(requests + 1);
    const last = port.last('panel-feed')!.feed;
    expect(last.sections.find((s) => s.heading === 'Nächste Schritte')!.ranked.map((r) => r.id)).toEqual(['transparency']);
  });

  it('while the author edits a block, the panel gets what that block is about as the draft', async () => {
    const dom = loadPage('confluence/edit-cloud.html', 'https://example.atlassian.net/wiki/spaces/KOMM/pages/edit-v2/654321');
    const win = dom.window as unknown as Window & typeof globalThis;
    const c = connectEvent();
    const h = harness(win, { onPanelConnect: c.event });
    content.start(h.env);
    await run();
    const port = c.connect();
    expect(port.last('panel-feed')?.feed.draft).toBeUndefined();
    // The caret in the paragraph about customers complaining in public, and a keystroke there.
    const p = [...win.document.querySelectorAll('.ProseMirror p')].find((e) => e.textContent?.includes('beschweren'))!;
    win.getSelection()!.collapse(p.firstChild!, 5);
    p.dispatchEvent(new win.InputEvent('input', { bubbles: true }));
    await run();
    expect(h.ranked.at(-1)).toContain('beschweren');
    expect(port.last('panel-feed')?.feed.draft?.map((r) => r.id)).toEqual(['criticism']);
  });

  it('stops serving the panel when the content script stops', async () => {
    const dom = loadPage('confluence/page.html', URL_PAGE);
    const c = connectEvent();
    const h = harness(dom.window as unknown as Window, { onPanelConnect: c.event });
    const controller = content.start(h.env);
    await run();
    const port = c.connect();
    controller!.stop();
    expect(port.disconnected).toBe(true);
    expect(c.event.removeListener).toHaveBeenCalled();
    expect(c.connect().posted).toEqual([]);
  });
});
