// @vitest-environment jsdom
/**
 * A document replaced under the content script (what `document.open()` / `document.write()` after load does: a new
 * `<html>`, the old listeners gone): the instance stops, its card is destroyed, and a new instance starts on the new
 * document with its own card and marker. jsdom cannot `document.write` after load; replacing `<html>` is the same
 * signal for the content script.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import en from '../../_locales/en/messages.json';
import { type ContentController, INSTANCE, MARKER, start } from '../../content/index';
import { type MessagesFile, useMessages } from '../../src/i18n/index';
import { harness, loadPage, run } from './helpers';

let ctl: ContentController | null = null;
beforeEach(() => {
  vi.useFakeTimers();
  useMessages(en as MessagesFile);
});
afterEach(() => {
  ctl?.stop();
  ctl = null;
  vi.clearAllTimers();
  vi.useRealTimers();
});

describe('a rewritten document', () => {
  it('stops the old instance and starts a new one on the new document', async () => {
    const dom = loadPage('hostile/rewrite.html', 'https://x.com/hostile/rewrite');
    const doc = dom.window.document;
    const h = harness(dom.window as unknown as Window);
    ctl = start(h.env);
    await run(2000);
    expect(h.cards).toHaveLength(1);
    const oldMarker = doc.documentElement.getAttribute(MARKER);
    expect(oldMarker).toBeTruthy();

    const fresh = doc.createElement('html');
    fresh.innerHTML =
      '<head><title>After</title></head><body><main role="main"><div data-testid="primaryColumn"><article data-testid="tweet"><div data-testid="tweetText" lang="en">The legal team fears public criticism and a shitstorm.</div></article></div></main></body>';
    doc.replaceChild(fresh, doc.documentElement);
    await run(2000);

    expect(ctl?.signal.aborted).toBe(true);
    expect(h.cards[0]?.destroyed).toBe(true);
    expect(doc.documentElement.getAttribute(MARKER)).toBeTruthy();
    expect(doc.documentElement.getAttribute(MARKER)).not.toBe(oldMarker);
    expect(h.cards).toHaveLength(2);
    expect(h.cards[1]?.destroyed).toBe(false);
    expect(h.cards[1]?.host.isConnected).toBe(true);
    // The new instance is the window's running one: stop it before the window goes.
    (dom.window as unknown as Record<string, { stop(): void } | undefined>)[INSTANCE]?.stop();
    dom.window.close();
  });
});
