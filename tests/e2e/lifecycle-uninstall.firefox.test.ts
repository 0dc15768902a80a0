/**
 * The card after the extension is removed, in Firefox: Firefox tears down the content script's sandbox (its
 * listeners and timers are gone, so the card cannot remove itself) and leaves the nodes it made, but removes the
 * style sheets the extension inserted. The card is visible only while that sheet is there (`src/card-alive.ts`), so
 * after the uninstall the card left on the page neither shows nor takes clicks. Own file: the uninstall ends the
 * session's extension. Chromium needs no such test: there the content script removes its card itself when its
 * context is gone (`lifecycle.ts`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { extensionDir } from '../../scripts/e2e/index.mjs';
import { CARD_TIMEOUT, type Session, TOGGLE, useSession } from './helpers';

/**
 * In-page: the card host's visibility, and whether a click at the centre of the card's pill would reach the card;
 * null while there is no card with a pill, or its visibility is not `visibility` yet (for polling).
 */
function cardLook(visibility: 'visible' | 'hidden'): { hosts: number; visibility: string; hit: boolean } | null {
  const host = document.querySelector<HTMLElement>('[data-argumentarium]');
  const pill = host?.shadowRoot?.querySelector('[data-action="toggle"]');
  if (!host || !pill) return null;
  if (getComputedStyle(host).visibility !== visibility) return null;
  const r = pill.getBoundingClientRect();
  const at = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
  return {
    hosts: document.querySelectorAll('[data-argumentarium]').length,
    visibility: getComputedStyle(host).visibility,
    hit: at === host,
  };
}

describe('firefox: the card after the extension is uninstalled', () => {
  const s: Session = useSession('firefox');
  beforeAll(() => {
    // Every `*.html` under /hostile/ is served from tests/fixtures/hostile/ (see routes.mjs).
    s.harness.server.addRoute({ host: 'x.com', prefix: '/hostile/', file: 'hostile/index.html' });
  });

  test('the card left on the page hides itself and takes no clicks', async () => {
    const page = await s.open(s.harness.server.url('x.com', '/hostile/rewrite.html'));
    const before = await page.waitFor(cardLook, 'visible', { timeout: CARD_TIMEOUT, message: 'the card with its pill' });
    expect(before).toEqual({ hosts: 1, visibility: 'visible', hit: true });
    await page.clickDeep(TOGGLE);

    const manifest = JSON.parse(readFileSync(join(extensionDir('firefox'), 'manifest.json'), 'utf8'));
    await (s.browser.raw as Browser).uninstallExtension(manifest.browser_specific_settings.gecko.id);

    const after = await page.waitFor(cardLook, 'hidden', { timeout: CARD_TIMEOUT, message: 'the card to hide after the uninstall' });
    // Firefox left the nodes (nothing of ours could remove them), but they are hidden and let clicks through.
    expect(after).toEqual({ hosts: 1, visibility: 'hidden', hit: false });
  });
});
