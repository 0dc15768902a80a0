/**
 * The popup's, briefing's, options page's and copy features end to end in a real browser (run per browser by `features.chromium.test.ts` and
 * `features.firefox.test.ts`), through their own UI, with the clipboard read back through a web page:
 * - the briefing page: three arguments picked, one set to one line, reordered with the buttons, copied as Markdown
 *   (titles in the chosen order, the one-line argument without its reasoning, the others with theirs);
 * - the usage record on the options page lists those copies, and erasing empties it;
 * - the popup's audience: Copy uses the chosen variant of the reasoning, and the choice is remembered.
 *
 * Selects are changed the way the browser does after a user's choice (value set, `change` dispatched): both drivers'
 * native `<select>` pickers are outside the page.
 */
import { describe, expect, test } from 'vitest';
import type { BrowserName, E2EPage } from '../../scripts/e2e/index.mjs';
import { catalog } from '../../src/catalog/index';
import type { Argument } from '../../src/catalog/types';
import { readClipboardSoon, useSession } from './helpers';
import { squash } from './hostile-helpers';

/** In-page: sets the `<select>` matching `selector` to `value` and dispatches `change`, as a user's choice does. */
function choose(arg: { selector: string; value: string }): boolean {
  const select = document.querySelector<HTMLSelectElement>(arg.selector);
  if (!select) return false;
  select.value = arg.value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  return select.value === arg.value;
}

/** Where in `text` the title of `arg` appears (either language), or -1. */
function titleAt(text: string, arg: Argument): number {
  const found = [arg.text.de?.title, arg.text.en?.title]
    .filter((t): t is string => !!t)
    .map((t) => text.indexOf(squash(t)))
    .filter((i) => i >= 0);
  return found.length ? Math.min(...found) : -1;
}

/** The first words of a text, as a probe that a copy contains it (either language). */
function starts(texts: (string | undefined)[]): string[] {
  return texts.filter((t): t is string => !!t).map((t) => squash(t).slice(0, 60));
}

export function defineFeaturesSuite(name: BrowserName): void {
  describe(`${name}: briefings, usage record and audiences`, () => {
    const s = useSession(name);

    async function clipboard(ok: (text: string) => boolean): Promise<string> {
      // Read through a web page: extension origins cannot be granted clipboard-read in Chromium.
      const reader: E2EPage = await s.open('https://x.com/sport');
      return squash(await readClipboardSoon(reader, (t) => ok(squash(t))));
    }

    test('briefing page: pick three, one as one line, reorder, copy as Markdown; the usage record lists them and erases', async () => {
      const [a, b, c] = catalog as [Argument, Argument, Argument];
      const page = await s.open(s.browser.extensionUrl('briefing.html'));
      await page.waitFor(() => document.querySelectorAll('[data-briefing-pick]').length > 0, undefined, {
        message: 'the briefing page to list the arguments',
      });
      for (const arg of [a, b, c]) await page.clickDeep([`[data-briefing-pick="${arg.id}"]`]);
      await page.waitFor(() => document.querySelectorAll('[data-briefing-id]').length === 3, undefined, { message: 'three picked' });
      expect(await page.evaluate(choose, { selector: `[data-briefing-id="${b.id}"] select`, value: 'line' })).toBe(true);
      expect(await page.evaluate(choose, { selector: '.popup-options select:not([data-setting])', value: 'markdown' })).toBe(true);
      // The third moves up one place: a, c, b.
      await page.clickDeep([`[data-briefing-id="${c.id}"] [data-action="move-up"]`]);
      const order = await page.evaluate(() =>
        [...document.querySelectorAll('[data-briefing-id]')].map((e) => e.getAttribute('data-briefing-id')),
      );
      expect(order).toEqual([a.id, c.id, b.id]);
      await page.clickDeep(['[data-action="copy-briefing"]']);

      const text = await clipboard((t) => titleAt(t, a) >= 0 && titleAt(t, b) >= 0 && titleAt(t, c) >= 0);
      expect(titleAt(text, a), text).toBeGreaterThanOrEqual(0);
      expect(titleAt(text, a)).toBeLessThan(titleAt(text, c));
      expect(titleAt(text, c)).toBeLessThan(titleAt(text, b));
      // Markdown: headings or bold titles.
      expect(text).toMatch(/(^|\s)(#{1,3} |\*\*)/);
      // Full reasoning for a and c, the claim only for b (one line).
      for (const full of [a, c])
        expect(starts([full.text.de?.reasoning, full.text.en?.reasoning]).some((p) => text.includes(p))).toBe(true);
      // A one-line item reads "Title: claim", the claim's first letter in lower case after the colon in English.
      expect(starts([b.text.de?.claim, b.text.en?.claim]).some((p) => text.toLowerCase().includes(p.toLowerCase()))).toBe(true);
      expect(starts([b.text.de?.reasoning, b.text.en?.reasoning]).some((p) => text.includes(p))).toBe(false);

      const options = await s.open(s.browser.extensionUrl('options.html#usage'));
      const rows = await options.waitFor(
        () => {
          const r = [...document.querySelectorAll('#usage tbody tr')].map((tr) => tr.textContent ?? '');
          return r.length >= 3 ? r : null;
        },
        undefined,
        { message: 'the usage record to list the briefing’s three arguments' },
      );
      for (const arg of [a, b, c]) expect(rows.some((r) => titleAt(squash(r), arg) >= 0)).toBe(true);
      // Erase asks first; confirming empties the record.
      const eraseButtons = () =>
        [...document.querySelectorAll<HTMLButtonElement>('#usage .actions button')].map((x) => x.textContent ?? '');
      const before = await options.evaluate(eraseButtons);
      await options.clickDeep(['#usage .actions button:last-of-type']);
      await options.waitFor((n: number) => document.querySelectorAll('#usage .actions button').length !== n, before.length, {
        message: 'the erase confirmation',
      });
      await options.clickDeep(['#usage .actions button.danger']);
      await options.waitFor(() => document.querySelectorAll('#usage tbody tr').length === 0, undefined, { message: 'an empty record' });
    });

    test('popup: the audience chosen is what Copy uses, and it is remembered', async () => {
      const arg = catalog.find((x) => x.id === 'criticism')!;
      const management = starts([arg.text.de?.audiences?.management, arg.text.en?.audiences?.management]);
      // Both languages have a management variant of criticism.
      expect(management).toHaveLength(2);
      const popup = await s.open(s.browser.extensionUrl('popup.html'));
      await popup.waitFor(() => !!document.querySelector('[data-argument-id="criticism"]'), undefined, { message: 'the popup' });
      expect(await popup.evaluate(choose, { selector: '[data-setting="audience"]', value: 'management' })).toBe(true);
      await popup.clickDeep(['[data-argument-id="criticism"] [data-action="copy"]']);
      const text = await clipboard((t) => management.some((p) => t.includes(p)));
      expect(
        management.some((p) => text.includes(p)),
        text,
      ).toBe(true);
      const again = await s.open(s.browser.extensionUrl('popup.html'));
      const value = await again.waitFor(() => document.querySelector<HTMLSelectElement>('[data-setting="audience"]')?.value, undefined, {
        message: 'the audience select',
      });
      expect(value).toBe('management');
    });
  });
}
