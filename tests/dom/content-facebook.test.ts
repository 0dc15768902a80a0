// @vitest-environment jsdom
/**
 * The content script on the Facebook feed fixture (tests/fixtures/facebook/): the card for the feed, the
 * Lexical composer (placeholder sibling and aria-placeholder not content), in-app navigation, and the
 * "composing only" hint mode.
 */
import { describe, expect, it } from 'vitest';
import { harness, loadPage, run, shownIds, useContentScriptTest } from './helpers';

const content = useContentScriptTest();

function type(dom: import('jsdom').JSDOM, text: string): void {
  const editor = dom.window.document.querySelector('[data-lexical-editor]')!;
  editor.replaceChildren();
  for (const line of text.split('\n')) editor.appendChild(dom.window.document.createElement('p')).textContent = line;
  editor.dispatchEvent(new dom.window.InputEvent('input', { bubbles: true }));
}

describe('Facebook feed', () => {
  it('shows criticism for the feed; a collapsed card while not composing', async () => {
    const dom = loadPage('facebook/feed.html', 'https://www.facebook.com/', { app: true });
    const h = harness(dom.window as unknown as Window);
    content.start(h.env);
    await run();
    expect(shownIds(h)[0]).toBe('criticism');
    expect(shownIds(h)).toContain('crowdsourcing');
    expect(h.cards[0]!.last!.composing).toBe(false);
    expect(h.pageTexts()).toHaveLength(3);
  });

  it('the empty composer is not composing; paragraphs typed are words apart', async () => {
    const dom = loadPage('facebook/feed.html', 'https://www.facebook.com/', { app: true });
    const h = harness(dom.window as unknown as Window);
    content.start(h.env);
    await run();
    const editor = dom.window.document.querySelector('[data-lexical-editor]')!;
    editor.dispatchEvent(new dom.window.InputEvent('input', { bubbles: true }));
    await run();
    expect(h.ranked).toEqual([]);
    expect(h.cards[0]!.last!.composing).toBe(false);
    type(dom, 'Unsere Mitarbeiterzeitung liest keiner\nInterne Kommunikation muss schneller werden');
    await run();
    expect(h.ranked).toEqual(['Unsere Mitarbeiterzeitung liest keiner Interne Kommunikation muss schneller werden']);
    expect(h.cards[0]!.last!.composing).toBe(true);
    expect(shownIds(h)[0]).toBe('internal-communication');
    type(dom, '');
    await run();
    expect(h.cards[0]!.last!.composing).toBe(false);
  });

  it('hint mode "composing": no card until the user types something relevant', async () => {
    const dom = loadPage('facebook/feed.html', 'https://www.facebook.com/', { app: true });
    const h = harness(dom.window as unknown as Window, {
      settings: {
        hintMode: {
          social: 'composing',
          confluence: 'always',
          sharepoint: 'always',
          notion: 'always',
          gdocs: 'always',
          intranet: 'always',
        },
      },
    });
    content.start(h.env);
    await run();
    expect(h.cards).toHaveLength(0);
    type(dom, 'Wir suchen Nachwuchs und wollen ein attraktiver Arbeitgeber werden.');
    await run();
    expect(shownIds(h)[0]).toBe('employer-branding');
    expect(h.cards[0]!.last!.composing).toBe(true);
  });

  it("navigates to a group and back with the page's own links", async () => {
    const dom = loadPage('facebook/feed.html', 'https://www.facebook.com/', { app: true });
    const doc = dom.window.document;
    const h = harness(dom.window as unknown as Window);
    content.start(h.env);
    await run();
    (doc.querySelector('a[href="/groups/kommunikation"]') as HTMLElement).click();
    await run();
    expect(shownIds(h)).toEqual(['internal-communication']);
    (doc.querySelector('a[href="/marketplace"]') as HTMLElement).click();
    await run();
    expect(shownIds(h)).toEqual([]);
    (doc.querySelector('a[aria-label="Facebook"]') as HTMLElement).click();
    await run();
    expect(shownIds(h)[0]).toBe('criticism');
  });
});
