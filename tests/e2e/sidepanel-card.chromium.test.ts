/**
 * Chromium: the card's *Side panel* button on a document opens the real side panel. The click is a real (trusted)
 * mouse click in the page; the content script's `open-panel` message reaches the background inside that gesture, and
 * `sidePanel.open` opens `sidepanel.html` beside the tab. Playwright does not list side-panel pages among a context's
 * pages, so the panel is looked for among the browser's DevTools targets.
 */
import type { BrowserContext } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { openCard, useSession } from './helpers';

const DOC = 'https://example.atlassian.net/wiki/spaces/KOMM/pages/123456/Social+Media+Strategie';

describe('chromium: the card opens the side panel', () => {
  const s = useSession('chromium', { grantAll: true });

  test('a click on the card’s Side panel button opens sidepanel.html beside the document', async () => {
    const page = await s.open(DOC);
    await openCard(page);
    const cdp = await (s.browser.raw as BrowserContext).newCDPSession(page.raw as never);
    const panels = async (): Promise<number> => {
      const { targetInfos } = await cdp.send('Target.getTargets');
      return targetInfos.filter((t) => t.type === 'page' && t.url === s.browser.extensionUrl('sidepanel.html')).length;
    };
    expect(await panels()).toBe(0);
    await page.clickDeep(['[data-argumentarium]', '[data-action="panel"]']);
    let open = 0;
    for (let i = 0; i < 50 && open === 0; i++) {
      await new Promise((r) => setTimeout(r, 100));
      open = await panels();
    }
    expect(open).toBe(1);
  });
});
