/**
 * The card is visible only while the extension's sheet is in the page (`src/card-alive.ts`): the content script goes
 * into a page only after that sheet, with the user origin, and the card's host is hidden without it. The removal of
 * the sheet by Firefox, and the card hiding then, is the e2e test `lifecycle-uninstall.firefox.test.ts`.
 */
import { describe, expect, it, vi } from 'vitest';

const calls = vi.hoisted(() => [] as [string, unknown][]);
vi.mock('../../src/platform/browser', () => ({
  browser: {
    scripting: {
      insertCSS: vi.fn(async (details: unknown) => void calls.push(['insertCSS', details])),
      executeScript: vi.fn(async (details: unknown) => void calls.push(['executeScript', details])),
    },
  },
}));

const { injectScript } = await import('../../src/platform/extension');
const { ALIVE_CSS, ALIVE_PROPERTY } = await import('../../src/card-alive');
const { CARD_CSS } = await import('../../content/card/styles');

describe('the sheet that keeps the card alive', () => {
  it('goes into the same document as the content script, before it, with the user origin', async () => {
    calls.length = 0;
    const target = { tabId: 7, documentIds: ['DOC'] };
    await injectScript(target, 'content.js');
    expect(calls).toEqual([
      ['insertCSS', { target, css: ALIVE_CSS, origin: 'USER' }],
      ['executeScript', { target, files: ['content.js'] }],
    ]);
  });

  it('sets the property on the card host, and the host is hidden without it', () => {
    expect(ALIVE_CSS).toBe(`[data-argumentarium] { ${ALIVE_PROPERTY}: visible !important; }`);
    const host = /:host \{[^}]*\}/.exec(CARD_CSS)?.[0] ?? '';
    expect(host).toContain(`visibility: var(${ALIVE_PROPERTY}, hidden) !important;`);
    expect(host).not.toMatch(/visibility: visible/);
  });
});
