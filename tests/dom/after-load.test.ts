// @vitest-environment jsdom
/**
 * The content script starts its work only after the page's `load` event (the start budget: under 5 ms of work before `load`),
 * or after LOAD_WAIT_MS when `load` never comes.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterLoad, LOAD_WAIT_MS } from '../../content/after-load';

function fakeWindow(readyState: DocumentReadyState) {
  const target = new EventTarget();
  return Object.assign(target, {
    document: { readyState },
    setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
    clearTimeout: (id: ReturnType<typeof setTimeout>) => clearTimeout(id),
  }) as unknown as Window;
}

describe('afterLoad', () => {
  afterEach(() => vi.useRealTimers());

  it('starts at once on a page that has loaded', () => {
    const begin = vi.fn();
    afterLoad(fakeWindow('complete'), begin);
    expect(begin).toHaveBeenCalledTimes(1);
  });

  it('waits for load, then starts exactly once', () => {
    vi.useFakeTimers();
    const win = fakeWindow('interactive');
    const begin = vi.fn();
    afterLoad(win, begin);
    expect(begin).not.toHaveBeenCalled();
    win.dispatchEvent(new Event('load'));
    expect(begin).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(LOAD_WAIT_MS * 2);
    win.dispatchEvent(new Event('load'));
    expect(begin).toHaveBeenCalledTimes(1);
  });

  it('starts after the longest wait when load never comes', () => {
    vi.useFakeTimers();
    const begin = vi.fn();
    afterLoad(fakeWindow('loading'), begin);
    vi.advanceTimersByTime(LOAD_WAIT_MS - 1);
    expect(begin).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(begin).toHaveBeenCalledTimes(1);
  });
});
