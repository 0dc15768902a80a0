/** Typed messaging: result unions for every way a send can fail, and sender checks on listen. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  classifySendError,
  isRestrictedUrl,
  listen,
  PENDING_SELECTION_KEY,
  senderKind,
  sendToBackground,
  sendToTab,
  takePendingSelection,
} from '../../src/platform/messaging';
import { fakeBrowser, fakeState, NO_RECEIVER, resetFake } from './background-fake';

vi.mock('../../src/platform/browser', async () => {
  const { fakeBrowser } = await import('./background-fake');
  return { browser: fakeBrowser };
});

const EXT = 'chrome-extension://test-extension-id/';

beforeEach(() => {
  resetFake();
  fakeBrowser.runtime.onMessage.listeners = [];
  fakeBrowser.runtime.sendMessage.mockReset();
});

describe('isRestrictedUrl', () => {
  it('knows the pages no extension may script', () => {
    for (const url of [
      'chrome://settings/',
      'about:addons',
      'edge://extensions',
      'moz-extension://abc/popup.html',
      'view-source:https://x.com/',
      'https://chromewebstore.google.com/detail/x',
      'https://chrome.google.com/webstore/category/extensions',
      'https://addons.mozilla.org/de/firefox/',
      'file:///home/user/strategy.html',
      'not a url',
    ]) {
      expect(isRestrictedUrl(url), url).toBe(true);
    }
    for (const url of ['https://x.com/home', 'https://docs.google.com/document/d/1', 'http://intranet/']) {
      expect(isRestrictedUrl(url), url).toBe(false);
    }
    expect(isRestrictedUrl(undefined)).toBe(false);
  });
});

describe('classifySendError', () => {
  it("maps the browsers' error texts", () => {
    expect(classifySendError(new Error(NO_RECEIVER)).reason).toBe('no-receiver');
    expect(classifySendError(new Error('The message port closed before a response was received.')).reason).toBe('no-receiver');
    expect(classifySendError(new Error('Extension context invalidated.')).reason).toBe('context-gone');
    expect(classifySendError(new Error('No tab with id: 4.')).reason).toBe('no-tab');
    expect(classifySendError(new Error('Cannot access a chrome:// URL')).reason).toBe('restricted');
    expect(classifySendError('boom')).toEqual({ reason: 'error', message: 'boom' });
  });
});

describe('sendToTab', () => {
  it('returns the typed answer', async () => {
    fakeState.tabs = [{ id: 1, url: 'https://x.com/', content: () => ({ ok: true, argumentId: 'reach' }) }];
    await expect(sendToTab(1, { type: 'copy-best' })).resolves.toEqual({ ok: true, value: { ok: true, argumentId: 'reach' } });
  });

  it('tells a page without content script from a restricted page and a closed tab', async () => {
    fakeState.tabs = [
      { id: 1, url: 'https://example.com/' },
      { id: 2, url: 'chrome://newtab/' },
    ];
    await expect(sendToTab(1, { type: 'page-report' })).resolves.toMatchObject({ ok: false, reason: 'no-receiver' });
    await expect(sendToTab(2, { type: 'page-report' })).resolves.toMatchObject({ ok: false, reason: 'restricted' });
    await expect(sendToTab(3, { type: 'page-report' })).resolves.toMatchObject({ ok: false, reason: 'no-tab' });
  });

  it('treats a listener that answered nothing as no receiver', async () => {
    fakeState.tabs = [{ id: 1, url: 'https://x.com/', content: () => undefined }];
    await expect(sendToTab(1, { type: 'copy-best' })).resolves.toMatchObject({ ok: false, reason: 'no-receiver' });
  });

  it("passes a receiver's error on as reason error", async () => {
    fakeState.tabs = [{ id: 1, url: 'https://x.com/', content: () => Promise.reject(new Error('reader crashed')) }];
    await expect(sendToTab(1, { type: 'page-report' })).resolves.toEqual({ ok: false, reason: 'error', message: 'reader crashed' });
  });
});

describe('sendToBackground', () => {
  it('retries once when the worker was not ready, then answers', async () => {
    fakeBrowser.runtime.sendMessage.mockRejectedValueOnce(new Error(NO_RECEIVER)).mockResolvedValueOnce({ ok: true });
    await expect(sendToBackground({ type: 'copied', argumentId: 'reach', siteKind: 'social' })).resolves.toEqual({
      ok: true,
      value: { ok: true },
    });
    expect(fakeBrowser.runtime.sendMessage).toHaveBeenCalledTimes(2);
  });

  it('gives up after the retry with reason no-receiver', async () => {
    fakeBrowser.runtime.sendMessage.mockRejectedValue(new Error(NO_RECEIVER));
    await expect(sendToBackground({ type: 'refresh-registrations' })).resolves.toMatchObject({ ok: false, reason: 'no-receiver' });
    expect(fakeBrowser.runtime.sendMessage).toHaveBeenCalledTimes(2);
  });

  it('does not retry other failures', async () => {
    fakeBrowser.runtime.sendMessage.mockRejectedValue(new Error('Extension context invalidated.'));
    await expect(sendToBackground({ type: 'open-options' })).resolves.toMatchObject({ ok: false, reason: 'context-gone' });
    expect(fakeBrowser.runtime.sendMessage).toHaveBeenCalledTimes(1);
  });
});

describe('senderKind', () => {
  it('accepts our pages and our content scripts in a tab, nothing else', () => {
    expect(senderKind({ id: 'test-extension-id', url: `${EXT}popup.html` })).toBe('extension-page');
    expect(senderKind({ id: 'test-extension-id', url: 'https://x.com/', tab: { id: 3 } as never })).toBe('content-script');
    expect(senderKind({ id: 'test-extension-id', url: 'https://x.com/' })).toBeNull();
    expect(senderKind({ id: 'other-extension', url: `${EXT}popup.html` })).toBeNull();
    expect(senderKind({ url: 'https://evil.example/' })).toBeNull();
  });
});

describe('listen', () => {
  const popup = { id: 'test-extension-id', url: `${EXT}popup.html` };
  const content = { id: 'test-extension-id', url: 'https://x.com/', tab: { id: 3 } };
  const fire = (msg: unknown, sender: object) => fakeBrowser.runtime.onMessage.fire(msg as never, sender as never)[0];

  it("answers handled types with the handler's result and stays silent for the rest", async () => {
    listen({ 'page-report': () => ({ url: 'https://x.com/', site: 'x', status: 'empty', chars: 0, ranked: [] }) });
    await expect(fire({ type: 'page-report' }, popup)).resolves.toMatchObject({ site: 'x' });
    expect(fire({ type: 'copy-best' }, popup)).toBeUndefined();
    expect(fire({ kind: 'page-report' }, popup)).toBeUndefined();
    expect(fire(null, popup)).toBeUndefined();
  });

  it('ignores foreign senders and senders a handler does not accept', () => {
    const handle = vi.fn(() => ({ ok: true, registered: [] }));
    listen({ 'refresh-registrations': { handle, from: ['extension-page'] } });
    expect(fire({ type: 'refresh-registrations' }, content)).toBeUndefined();
    expect(fire({ type: 'refresh-registrations' }, { ...popup, id: 'x' })).toBeUndefined();
    expect(handle).not.toHaveBeenCalled();
    expect(fire({ type: 'refresh-registrations' }, popup)).toBeInstanceOf(Promise);
    expect(handle).toHaveBeenCalledTimes(1);
  });

  it('turns a throwing handler into a rejected answer', async () => {
    listen({
      copied: () => {
        throw new Error('disk full');
      },
    });
    await expect(fire({ type: 'copied', argumentId: 'a', siteKind: 'social' }, content)).rejects.toThrow('disk full');
  });

  it('removes its listener when the signal aborts', () => {
    const controller = new AbortController();
    listen({ 'copy-best': () => ({ ok: true }) }, controller.signal);
    expect(fakeBrowser.runtime.onMessage.listeners).toHaveLength(1);
    controller.abort();
    expect(fakeBrowser.runtime.onMessage.listeners).toHaveLength(0);
    listen({ 'copy-best': () => ({ ok: true }) }, controller.signal);
    expect(fakeBrowser.runtime.onMessage.listeners).toHaveLength(0);
  });
});

describe('takePendingSelection', () => {
  it('returns a fresh selection once and removes it', async () => {
    await fakeBrowser.storage.session.set({
      [PENDING_SELECTION_KEY]: { text: 'Kritik', at: '2026-01-01T10:00:00.000Z', url: 'https://a.example/' },
    });
    const now = new Date('2026-01-01T10:01:00.000Z');
    await expect(takePendingSelection(now)).resolves.toEqual({ text: 'Kritik', at: '2026-01-01T10:00:00.000Z', url: 'https://a.example/' });
    await expect(takePendingSelection(now)).resolves.toBeUndefined();
  });

  it('drops a stale or malformed one', async () => {
    await fakeBrowser.storage.session.set({ [PENDING_SELECTION_KEY]: { text: 'Kritik', at: '2026-01-01T10:00:00.000Z' } });
    await expect(takePendingSelection(new Date('2026-01-01T11:00:00.000Z'))).resolves.toBeUndefined();
    expect(fakeBrowser.storage.session.data[PENDING_SELECTION_KEY]).toBeUndefined();
    await fakeBrowser.storage.session.set({ [PENDING_SELECTION_KEY]: { text: 42 } });
    await expect(takePendingSelection()).resolves.toBeUndefined();
  });
});
