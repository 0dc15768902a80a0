/**
 * End-to-end checks on the document tools, run per browser by `documents.chromium.test.ts` and
 * `documents.firefox.test.ts`: the test build (`dist-test/`, made by `node scripts/build.mjs --grant-all`) grants the
 * Confluence, SharePoint, Notion and Google Docs host permissions up front, so the background must register those
 * groups' content scripts by itself at start-up (a group is active however its permission was granted).
 *
 * Expected arguments come from the fixture texts: the Confluence strategy paper, the Notion workshop notes and the
 * SharePoint guidelines each voice the fear of public criticism; Google Docs draws its text on a canvas, so the card
 * must say that it cannot read it rather than show nothing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { type BrowserName, ROOT } from '../../scripts/e2e/index.mjs';
import { CARD_TIMEOUT, expectNoCard, type Session, useSession, waitForCard } from './helpers';
import { waitForSettledArgument } from './hostile-helpers';

/** A UI string in both languages, from the locale files (the card may speak either, after the browser's UI language). */
function uiString(key: string): string[] {
  return (['en', 'de'] as const).map((lang) => {
    const messages = JSON.parse(readFileSync(join(ROOT, '_locales', lang, 'messages.json'), 'utf8')) as Record<string, { message: string }>;
    const m = messages[key];
    if (!m) throw new Error(`_locales/${lang}/messages.json has no ${key}`);
    return m.message;
  });
}

/** Defines the document-tool suite for one browser. */
export function defineDocumentSuite(name: BrowserName): void {
  describe(`${name}: document tools (site groups granted up front)`, () => {
    const s: Session = useSession(name, { grantAll: true });

    // Each page makes criticism and the arguments listed beside it (its sections as written); the card shows
    // criticism and nothing the page does not make, in whatever order the model weighs them.
    test.each([
      [
        'Confluence Cloud page',
        'https://example.atlassian.net/wiki/spaces/KOMM/pages/123456/Social+Media+Strategie',
        ['internal-communication', 'employer-branding'],
      ],
      [
        'SharePoint modern page',
        'https://contoso.sharepoint.com/sites/Communications/SitePages/Social-Media.aspx',
        ['transparency', 'employer-branding'],
      ],
      ['Notion page', 'https://www.notion.so/Kommunikationsstrategie-0123456789abcdef', ['crowdsourcing']],
    ])('%s: the card appears with the criticism argument', async (_label, url, also) => {
      const page = await s.open(url);
      const card = await waitForCard(page);
      expect(card.hosts).toBe(1);
      expect(card.open).toBe(true);
      const ids = await waitForSettledArgument(page, 'criticism');
      expect(ids.length, `card: ${ids.join(',')}`).toBeLessThanOrEqual(3);
      expect(
        ids.filter((id) => id !== 'criticism' && !also.includes(id)),
        `card: ${ids.join(',')}`,
      ).toEqual([]);
    });

    test('Google Docs: the card says plainly that the canvas text cannot be read', async () => {
      const page = await s.open('https://docs.google.com/document/d/1AbCdEf/edit');
      await waitForCard(page);
      const labels = [...uiString('cardPillUnreadable'), ...uiString('cardUnreadable')];
      const text = await page.waitFor(
        (wanted: string[]) => {
          const t = document.querySelector('[data-argumentarium]')?.shadowRoot?.textContent ?? '';
          return wanted.some((w) => t.includes(w)) ? t : null;
        },
        labels,
        { timeout: CARD_TIMEOUT, message: 'the "cannot read" notice in the card' },
      );
      expect(labels.some((l) => text.includes(l))).toBe(true);
    });

    test('a page of a document host outside the group’s pages gets no card (Confluence outside /wiki/)', async () => {
      const page = await s.open('https://example.atlassian.net/jira/your-work');
      await page.waitFor(() => document.readyState === 'complete');
      const probe = await expectNoCard(page, 2000);
      expect(probe.hosts).toBe(0);
    });
  });
}
