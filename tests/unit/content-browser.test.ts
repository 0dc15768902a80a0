/**
 * `src/platform/content-browser.ts`, the content script's `browser` without webextension-polyfill: Firefox's own
 * `browser` as it is; in Chromium, `chrome` with the polyfill's answers by promise (a value, a rejection in the
 * polyfill's marker) and its `sendMessage` (the marker back to a rejection, "no answer" as `undefined`). The real
 * polyfill is the other end of each message in the extension (popup, background), so the wire format is checked
 * against what it sends and expects.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

// The module makes its `browser` when loaded, and outside an extension it throws (as the polyfill does): an extension's
// `chrome` for that one call; the tests below pass their own.
vi.hoisted(() => {
  (globalThis as { chrome?: unknown }).chrome = { runtime: { id: 'loaded-in-test' } };
});

import contentBrowserDefault, {
  type ChromeLike,
  contentBrowser,
  NO_RESPONSE,
  REJECT_MARKER,
  wrapChrome,
} from '../../src/platform/content-browser';

type ChromeListener = (message: unknown, sender: unknown, sendResponse: (answer: unknown) => void) => boolean;

/** A `chrome` whose `runtime.sendMessage` answers with `send` and whose `onMessage` keeps its listeners. */
function fakeChrome(send: (message: unknown) => Promise<unknown> = async () => undefined) {
  const listeners = new Set<ChromeListener>();
  const chrome = {
    runtime: {
      id: 'ext-id',
      sendMessage: vi.fn(send),
      getURL(this: { id: string }, path: string) {
        return `chrome-extension://${this.id}/${path}`;
      },
      onMessage: {
        addListener: (cb: ChromeListener) => listeners.add(cb),
        removeListener: (cb: ChromeListener) => listeners.delete(cb),
        hasListener: (cb: ChromeListener) => listeners.has(cb),
      },
    },
    storage: { local: { get: async () => ({}) } },
  };
  /** Delivers `message` as Chrome does: every listener, `true` keeps the channel open for `sendResponse`. */
  const deliver = (message: unknown) =>
    new Promise<{ kept: boolean[]; answer?: unknown }>((resolve) => {
      const kept = [...listeners].map((cb) => cb(message, { id: 'ext-id' }, (answer) => resolve({ kept, answer })));
      if (!kept.includes(true)) resolve({ kept });
    });
  return { chrome: chrome as unknown as ChromeLike, listeners, deliver, raw: chrome };
}

describe('choosing the browser object', () => {
  it('is made from the global `chrome` when loaded', () => {
    expect(contentBrowserDefault.runtime.id).toBe('loaded-in-test');
  });

  it('uses Firefox’s own `browser` unchanged', () => {
    const own = { runtime: { id: 'ext-id' } };
    expect(contentBrowser({ browser: own, chrome: fakeChrome().chrome })).toBe(own);
  });

  it('wraps `chrome` where there is no `browser` with a runtime id', () => {
    const { chrome } = fakeChrome();
    const b = contentBrowser({ browser: { runtime: {} }, chrome });
    expect(b).not.toBe(chrome);
    expect(b.runtime.id).toBe('ext-id');
  });

  it('refuses to run outside an extension, as the polyfill does', () => {
    expect(() => contentBrowser({})).toThrow('This script should only be loaded in a browser extension.');
    expect(() => contentBrowser({ chrome: { runtime: {} } })).toThrow('only be loaded in a browser extension');
  });
});

describe('runtime.onMessage in Chromium', () => {
  it('answers with the value of a listener’s promise and keeps the channel open for it', async () => {
    const f = fakeChrome();
    wrapChrome(f.chrome).runtime.onMessage.addListener(async (m: unknown) => ({ echo: m }));
    expect(await f.deliver('hi')).toEqual({ kept: [true], answer: { echo: 'hi' } });
  });

  it('answers a rejection or a throw with the polyfill’s marker and the message', async () => {
    const f = fakeChrome();
    const b = wrapChrome(f.chrome);
    b.runtime.onMessage.addListener(async () => {
      throw new Error('no card here');
    });
    expect((await f.deliver('x')).answer).toEqual({ [REJECT_MARKER]: true, message: 'no card here' });
    f.listeners.clear();
    b.runtime.onMessage.addListener((() => {
      throw 'not an error';
    }) as never);
    expect((await f.deliver('x')).answer).toEqual({ [REJECT_MARKER]: true, message: 'An unexpected error occurred' });
  });

  it('stays silent (returns false) when the listener returns no promise, so another listener may answer', async () => {
    const f = fakeChrome();
    wrapChrome(f.chrome).runtime.onMessage.addListener(() => undefined);
    expect(await f.deliver('x')).toEqual({ kept: [false] });
  });

  it('removes the listener it added (one wrapper per listener)', () => {
    const f = fakeChrome();
    const b = wrapChrome(f.chrome);
    const listener = async () => 1;
    b.runtime.onMessage.addListener(listener);
    b.runtime.onMessage.addListener(listener);
    expect(f.listeners.size).toBe(1);
    expect(b.runtime.onMessage.hasListener(listener)).toBe(true);
    b.runtime.onMessage.removeListener(listener);
    expect(f.listeners.size).toBe(0);
    expect(b.runtime.onMessage.hasListener(listener)).toBe(false);
  });
});

describe('runtime.sendMessage in Chromium', () => {
  it('resolves with the answer', async () => {
    const f = fakeChrome(async (m) => ({ got: m }));
    await expect(wrapChrome(f.chrome).runtime.sendMessage({ type: 'x' })).resolves.toEqual({ got: { type: 'x' } });
    expect(f.raw.runtime.sendMessage).toHaveBeenCalledWith({ type: 'x' });
  });

  it('rejects with the message of an answer in the polyfill’s rejection marker', async () => {
    const f = fakeChrome(async () => ({ [REJECT_MARKER]: true, message: 'bad request' }));
    await expect(wrapChrome(f.chrome).runtime.sendMessage({})).rejects.toThrow('bad request');
  });

  it('resolves to undefined when no listener answered, and rejects on any other error', async () => {
    await expect(wrapChrome(fakeChrome(() => Promise.reject(new Error(NO_RESPONSE))).chrome).runtime.sendMessage({})).resolves.toBe(
      undefined,
    );
    const gone = fakeChrome(() => {
      throw new Error('Extension context invalidated.');
    });
    await expect(wrapChrome(gone.chrome).runtime.sendMessage({})).rejects.toThrow('Extension context invalidated.');
  });
});

describe('the rest of `chrome`', () => {
  it('is passed through, its functions called on their own object', async () => {
    const f = fakeChrome();
    const b = wrapChrome(f.chrome);
    expect(b.runtime.getURL('catalog/en.json')).toBe('chrome-extension://ext-id/catalog/en.json');
    expect(b.storage).toBe(f.raw.storage);
  });
});

describe('the wire format', () => {
  it('is the one of the polyfill the other end runs (its marker and its "no answer" text)', () => {
    const polyfill = readFileSync(resolve(__dirname, '../../node_modules/webextension-polyfill/dist/browser-polyfill.js'), 'utf8');
    expect(polyfill).toContain(`${REJECT_MARKER}: true`);
    expect(polyfill).toContain(`CHROME_SEND_MESSAGE_CALLBACK_NO_RESPONSE_MESSAGE = "${NO_RESPONSE}"`);
  });
});
