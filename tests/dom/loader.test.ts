/**
 * The static loader (the start budget: under 5 ms before `load`): nothing but a wait for `load` before the page has loaded; then one
 * `load-content` request from the top frame, one retry when the background did not answer, and never a second
 * loader's request in the same frame.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LOAD_WAIT_MS } from '../../content/after-load';
import { LOADER_FLAG, type LoaderRuntime, RETRY_MS, startLoader } from '../../content/loader';

function fakeWindow(readyState: DocumentReadyState, top?: object) {
  const target = new EventTarget();
  const win = Object.assign(target, {
    document: { readyState },
    setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
    clearTimeout: (id: ReturnType<typeof setTimeout>) => clearTimeout(id),
  });
  return Object.assign(win, { top: top ?? win }) as unknown as Window;
}

function runtime(answers: (() => Promise<unknown>)[]): LoaderRuntime & { sent: unknown[] } {
  const sent: unknown[] = [];
  return {
    id: 'ext',
    sent,
    sendMessage(message) {
      sent.push(message);
      return (answers.shift() ?? (() => Promise.resolve({ ok: true })))();
    },
  };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('startLoader', () => {
  it('asks for the content script only once the page has loaded', async () => {
    const win = fakeWindow('interactive');
    const rt = runtime([]);
    expect(startLoader(win, rt, {})).toBe(true);
    await vi.advanceTimersByTimeAsync(LOAD_WAIT_MS - 1);
    expect(rt.sent).toEqual([]);
    win.dispatchEvent(new Event('load'));
    expect(rt.sent).toEqual([{ type: 'load-content' }]);
    await vi.advanceTimersByTimeAsync(LOAD_WAIT_MS + RETRY_MS);
    expect(rt.sent).toHaveLength(1);
  });

  it('does nothing in a sub-frame, without an extension context, or when a loader already ran in this world', () => {
    const scope: Record<string, unknown> = {};
    expect(startLoader(fakeWindow('complete', {}), runtime([]), scope)).toBe(false);
    expect(startLoader(fakeWindow('complete'), undefined, scope)).toBe(false);
    expect(startLoader(fakeWindow('complete'), { ...runtime([]), id: undefined }, scope)).toBe(false);
    expect(scope[LOADER_FLAG]).toBeUndefined();
    const first = runtime([]);
    expect(startLoader(fakeWindow('complete'), first, scope)).toBe(true);
    const second = runtime([]);
    expect(startLoader(fakeWindow('complete'), second, scope)).toBe(false);
    expect(first.sent).toHaveLength(1);
    expect(second.sent).toHaveLength(0);
  });

  it('retries once when the background did not answer or failed, then gives up', async () => {
    const rt = runtime([() => Promise.reject(new Error('Could not establish connection')), () => Promise.resolve(undefined)]);
    startLoader(fakeWindow('complete'), rt, {});
    expect(rt.sent).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(RETRY_MS);
    expect(rt.sent).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(RETRY_MS * 5);
    expect(rt.sent).toHaveLength(2);
  });

  it('stays quiet when the extension context is gone (sendMessage throws)', () => {
    const rt: LoaderRuntime = {
      id: 'ext',
      sendMessage() {
        throw new Error('Extension context invalidated.');
      },
    };
    expect(() => startLoader(fakeWindow('complete'), rt, {})).not.toThrow();
  });
});
