/**
 * A page Chrome prerenders: the loader asks for the content script only once the page is shown (the document's
 * `prerenderingchange`), and the background injects into a prerendered top frame by its documentId although its
 * frameId is not 0.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('../../src/platform/browser', () => ({ browser: {} }));

import { type LoaderRuntime, startLoader } from '../../content/loader';
import { injectionTarget } from '../../src/background/inject';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('prerendered pages', () => {
  it('the loader waits for activation before it asks', async () => {
    const doc = Object.assign(new EventTarget(), { readyState: 'complete', prerendering: true });
    const win = Object.assign(new EventTarget(), {
      document: doc,
      setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
      clearTimeout: (id: ReturnType<typeof setTimeout>) => clearTimeout(id),
    });
    Object.assign(win, { top: win });
    const sent: unknown[] = [];
    const rt: LoaderRuntime = {
      id: 'ext',
      sendMessage: async (m) => {
        sent.push(m);
        return { ok: true };
      },
    };
    expect(startLoader(win as unknown as Window, rt, {})).toBe(true);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(sent).toEqual([]);
    doc.prerendering = false;
    doc.dispatchEvent(new Event('prerenderingchange'));
    expect(sent).toEqual([{ type: 'load-content' }]);
  });

  it('the background targets a prerendered top frame by its documentId, and still refuses sub-frames', () => {
    const tab = { id: 7 } as never;
    expect(injectionTarget({ tab, frameId: 3, documentId: 'DOC', documentLifecycle: 'prerender' })).toEqual({
      ok: true,
      target: { tabId: 7, documentIds: ['DOC'] },
    });
    expect(injectionTarget({ tab, frameId: 3, documentId: 'DOC', documentLifecycle: 'active' })).toMatchObject({ ok: false });
    expect(injectionTarget({ tab, frameId: 3, documentLifecycle: 'prerender' })).toMatchObject({ ok: false });
    expect(injectionTarget({ tab, frameId: 0, documentId: 'DOC', documentLifecycle: 'active' })).toEqual({
      ok: true,
      target: { tabId: 7, documentIds: ['DOC'] },
    });
  });
});
