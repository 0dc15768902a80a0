// @vitest-environment jsdom
/**
 * Private messages are never read: on each site's messaging markup (Messenger on facebook.com, LinkedIn's messaging
 * page and overlay, X's direct messages, drawer and Chat), typing into the message box sends nothing to the
 * background and brings no card, and the conversation's own text is never read, while the page's ordinary compose
 * boxes still are.
 */
import type { JSDOM } from 'jsdom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type ContentController, start } from '../../content/index';
import { harness, loadPage, run, shownIds } from './helpers';

let ctl: ContentController | null = null;
beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  ctl?.stop();
  ctl = null;
  vi.useRealTimers();
});

/** An on-topic message (criticism and employer branding in the fake scorer's words). */
const SECRET = 'Unser Chef fürchtet einen Shitstorm und Kritik, und wir finden keine Bewerber mehr';

/** Types `text` into `editor` as the page's editor would leave it, and fires `input` as a keystroke does. */
function type(dom: JSDOM, editor: Element, text: string): void {
  const win = dom.window;
  if (editor instanceof win.HTMLTextAreaElement) editor.value = text;
  else editor.replaceChildren(Object.assign(win.document.createElement('p'), { textContent: text }));
  editor.dispatchEvent(new win.InputEvent('input', { bubbles: true }));
}

/**
 * Each fixture with private messages: its URL, the message box, words of the conversation that must stay unread,
 * and the page's status for the popup afterwards.
 */
const CASES: { name: string; path: string; url: string; editor: string; unread: RegExp; status: string }[] = [
  {
    name: 'Messenger chat window on a facebook.com page',
    path: 'facebook/chat.html',
    url: 'https://www.facebook.com/kiosk.demo',
    editor: '[aria-label="Message"]',
    unread: /angry customers/,
    status: 'ok',
  },
  {
    name: 'Messenger on facebook.com/messages/',
    path: 'facebook/messenger.html',
    url: 'https://www.facebook.com/messages/t/100000000000001/',
    editor: '[aria-label="Message"]',
    unread: /hire young people/,
    status: 'private',
  },
  {
    name: 'LinkedIn messaging overlay on a page without posts',
    path: 'linkedin/overlay.html',
    url: 'https://www.linkedin.com/jobs/',
    editor: '.msg-form__contenteditable',
    unread: /staff magazine/,
    status: 'empty',
  },
  {
    name: 'LinkedIn /messaging/',
    path: 'linkedin/messaging.html',
    url: 'https://www.linkedin.com/messaging/thread/2-example/',
    editor: '.msg-form__contenteditable',
    unread: /board fears/,
    status: 'private',
  },
  {
    name: 'X direct messages (/messages)',
    path: 'x/messages.html',
    url: 'https://x.com/messages/100-200',
    editor: '[data-testid="dmComposerTextInput"]',
    unread: /shitstorm/i,
    status: 'private',
  },
  {
    name: 'X message drawer on a profile',
    path: 'x/drawer.html',
    url: 'https://x.com/kiosk_demo',
    editor: '[data-testid="dmComposerTextInput"]',
    unread: /complain/,
    status: 'ok',
  },
  {
    name: 'X Chat (/i/chat)',
    path: 'x/chat.html',
    url: 'https://x.com/i/chat/100-200',
    editor: '[data-testid="dm-composer-textarea"]',
    unread: /apprentices/,
    status: 'private',
  },
];

describe('private messages are never read', () => {
  for (const c of CASES) {
    it(`${c.name}: typing sends nothing to the background and brings no card; the conversation is not read`, async () => {
      const dom = loadPage(c.path, c.url);
      const h = harness(dom.window as unknown as Window);
      ctl = start(h.env);
      await run();
      const editor = dom.window.document.querySelector(c.editor)!;
      expect(editor).not.toBeNull();
      type(dom, editor, SECRET);
      await run(2000);
      type(dom, editor, `${SECRET} – nochmal`);
      await run(2000);
      // Nothing of the message box or the conversation went to the background, under any key.
      const sent = JSON.stringify(h.sent);
      expect(sent).not.toContain('Shitstorm und Kritik');
      expect(sent).not.toMatch(c.unread);
      expect(h.ranked).toEqual([]);
      expect(shownIds(h)).toEqual([]);
      expect(h.cards.every((card) => card.states.every((s) => s.arguments.length === 0))).toBe(true);
      const report = ctl!.report();
      expect(report.ranked).toEqual([]);
      // A private page says so; a page with a chat window reads its own posts (if any) and nothing of the chat.
      expect(report.status).toBe(c.status);
    });
  }

  it("the same page's ordinary compose box is still scored (the LinkedIn 2026 comment editor)", async () => {
    const dom = loadPage('linkedin/feed-2026.html', 'https://www.linkedin.com/feed/following/');
    const h = harness(dom.window as unknown as Window);
    ctl = start(h.env);
    await run();
    const comment = dom.window.document.querySelector('[aria-label="Text editor for creating comment"]')!;
    type(dom, comment, SECRET);
    await run(2000);
    expect(h.ranked).toEqual([SECRET]);
    expect(shownIds(h)).toContain('criticism');
  });

  it('an app that moves to its messages in place (pushState) stops reading at once, also the editor typed into before', async () => {
    const dom = loadPage('facebook/feed.html', 'https://www.facebook.com/', { app: true });
    const h = harness(dom.window as unknown as Window);
    ctl = start(h.env);
    await run();
    const before = h.requests.length;
    const editor = dom.window.document.querySelector('[data-lexical-editor]')!;
    dom.window.history.pushState({}, '', '/messages/t/100000000000001/');
    type(dom, editor, SECRET);
    await run(2000);
    expect(h.ranked).toEqual([]);
    expect(JSON.stringify(h.sent.slice(before))).not.toContain('Shitstorm und Kritik');
    expect(ctl!.report().status).toBe('private');
  });
});
