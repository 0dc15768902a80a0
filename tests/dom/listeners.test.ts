/**
 * What the content script listens to on the page's window and document (it must never slow the page down).
 * Chromium keeps hit-test regions for pointer, touch, wheel and scroll listeners, passive ones included, and one on
 * the window marks the whole layout tree for an update: on the 5 MB bench page that was a 130–180 ms rendering task
 * after our start, which the first card waited for (see `LIVENESS_EVENTS` in `content/index.ts`). The card's own
 * listeners on its shadow root are scoped to the card and allowed.
 */
import { describe, expect, it, vi } from 'vitest';
import { type ContentController, LIVENESS_EVENTS } from '../../content/index';
import { harness, loadPage, run, useContentScriptTest } from './helpers';

/** Event types with hit-test regions or scroll handlers in Chromium (`EventHandlerRegistry`'s classes); not `scrollend`. */
const COSTLY = /^(pointer|touch|wheel|mousewheel|gesture)|^scroll$/;

let controller: ContentController | null = null;
const content = useContentScriptTest({ after: () => (controller = null) });

describe('listeners on the page', () => {
  it('the liveness check uses no event with hit-test regions', () => {
    expect(LIVENESS_EVENTS.filter((t) => COSTLY.test(t))).toEqual([]);
  });

  for (const [path, url] of [
    ['x/timeline.html', 'https://x.com/home'],
    ['confluence/page.html', 'https://acme.atlassian.net/wiki/spaces/COMMS/pages/1/Strategy'],
  ] as const) {
    it(`none on the window or document of ${url} is a pointer, touch, wheel or scroll listener, card shown`, async () => {
      const dom = loadPage(path, url);
      const win = dom.window;
      const added: { target: string; type: string }[] = [];
      const original = win.EventTarget.prototype.addEventListener;
      const spy = vi.spyOn(win.EventTarget.prototype, 'addEventListener').mockImplementation(function (
        this: EventTarget,
        type: string,
        ...rest: unknown[]
      ) {
        const target = this === win ? 'window' : this === win.document ? 'document' : 'other';
        added.push({ target, type });
        return (original as (...a: unknown[]) => void).call(this, type, ...rest);
      });
      const h = harness(win as unknown as Window);
      controller = content.start(h.env);
      await run();
      spy.mockRestore();
      expect(win.document.querySelector('[data-argumentarium]')).not.toBeNull();
      const onPage = added.filter((a) => a.target !== 'other');
      // The check sees the page-level listeners at all (the spy works): the liveness ones are among them.
      expect(onPage.map((a) => a.type)).toEqual(expect.arrayContaining([...LIVENESS_EVENTS]));
      expect(onPage.filter((a) => COSTLY.test(a.type))).toEqual([]);
    });
  }
});
