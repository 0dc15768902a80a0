/**
 * Accessibility of the built extension in real Chromium: axe-core finds no violations in the popup (list,
 * an expanded argument, the briefing tab, the about tab), the options page, the onboarding page, the full-page
 * briefing view and the hint card on the X fixture (opened), each in the light and the dark colour scheme; and the
 * controls work with the keyboard alone: Tab reaches the popup's search box, an argument's disclosure and its Copy
 * button; the card's pill, copy and dismiss are reached with Tab and work with Enter; the card announces itself
 * through a polite live region and never takes the focus out of the page's editor.
 *
 * axe-core is the installed package's `axe.min.js`, evaluated in the page through the DevTools protocol (an injected
 * `<script>` would be refused by the extension pages' CSP `script-src 'self'`). Every rule axe runs by default is on
 * (WCAG 2.0–2.2 A/AA and best practices). Screenshots of every state go to `out/a11y/` for a person to look at.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import type { E2EPage } from '../../scripts/e2e/index.mjs';
import { axe, describeViolations } from './axe';
import { CARD_TIMEOUT, OUT_DIR, openCard, typeInto, useSession, waitForCard } from './helpers';

const SHOTS = join(OUT_DIR, '..', 'a11y');
const X_EDITOR = '[data-testid="tweetTextarea_0"]';
/** Written for this test: a compose-box text about attracting young applicants (the card then lists arguments). */
const EMPLOYER_TEXT = 'Wir suchen dringend Nachwuchs. Wie werden wir als Arbeitgeber attraktiv für junge Bewerberinnen und Bewerber?';

type Scheme = 'light' | 'dark';

function raw(page: E2EPage): Page {
  return page.raw as Page;
}

/**
 * Screenshots the page to `out/a11y/<name>-<scheme>.png` and expects no axe violations.
 * @param include see {@link axe}
 * @param contrastByAxe false where axe cannot compute colour contrast (the card: every text node comes back
 *   "incomplete: unable to determine contrast ratio" in axe-core 4.14 inside the card's shadow root), so the caller
 *   checks contrast itself with {@link textContrasts}.
 */
async function expectNoViolations(page: E2EPage, name: string, scheme: Scheme, include?: string, contrastByAxe = true): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot(join(SHOTS, `${name}-${scheme}.png`));
  const { violations, incomplete, contrastPasses } = await axe(page, include);
  if (process.env.A11Y_DEBUG) console.log(name, scheme, contrastPasses, incomplete);
  expect(violations, describeViolations(violations)).toEqual([]);
  // Proof that the contrast rule ran on real text rather than being skipped for every element.
  if (contrastByAxe) expect(contrastPasses, 'axe computed the contrast of some text').toBeGreaterThan(0);
}

/** One text element of the card with its colours and WCAG contrast ratio. */
interface TextContrast {
  text: string;
  ratio: number;
  /** Large text (≥ 24 px, or ≥ 18.67 px bold): 3:1 suffices (WCAG 2.2 SC 1.4.3). */
  large: boolean;
}

/**
 * In-page: the contrast of every visible element with its own text inside the card's shadow root, against the
 * nearest opaque background of it or an ancestor (WCAG 2.2 relative luminance). Self-contained (serialised into
 * the page).
 */
function textContrasts(): TextContrast[] {
  const root = document.querySelector('[data-argumentarium]')?.shadowRoot;
  if (!root) return [];
  const rgba = (c: string): number[] => (c.match(/[\d.]+/g) ?? []).map(Number);
  const lum = (c: number[]): number => {
    const [r = 0, g = 0, b = 0] = c.map((v) => {
      const x = v / 255;
      return x <= 0.04045 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const out: TextContrast[] = [];
  for (const el of Array.from(root.querySelectorAll<HTMLElement>('*'))) {
    const own = Array.from(el.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim());
    if (!own || el.getBoundingClientRect().width === 0) continue;
    const style = getComputedStyle(el);
    let bg: number[] | null = null;
    for (let a: Element | null = el; a && !bg; a = a.parentElement) {
      const c = rgba(getComputedStyle(a).backgroundColor);
      if (c.length >= 3 && (c[3] ?? 1) === 1) bg = c;
    }
    const fg = rgba(style.color);
    const [l1, l2] = [lum(fg), lum(bg ?? [255, 255, 255])].sort((x, y) => y - x) as [number, number];
    const size = Number.parseFloat(style.fontSize);
    out.push({
      text: el.textContent?.trim().slice(0, 40) ?? '',
      ratio: Math.round(((l1 + 0.05) / (l2 + 0.05)) * 100) / 100,
      large: size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700),
    });
  }
  return out;
}

/** Does the page follow the scheme? (The body background is dark in dark mode: a check that emulation took.) */
async function backgroundIsDark(page: E2EPage): Promise<boolean> {
  return page.evaluate(() => {
    const m = getComputedStyle(document.body)
      .backgroundColor.match(/\d+(\.\d+)?/g)
      ?.map(Number) ?? [255, 255, 255];
    const [r = 255, g = 255, b = 255] = m;
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128;
  });
}

/**
 * In-page: empties the briefing as the user's *Clear briefing* does. A briefing is kept in storage.local between
 * pages, so the picks of an earlier test would otherwise be toggled off by this test's clicks.
 */
function clearBriefing(): void {
  const clear = document.querySelector<HTMLButtonElement>('[data-action="clear-briefing"]');
  if (clear && !clear.disabled) clear.click();
}

describe('chromium: accessibility', () => {
  const s = useSession('chromium');

  async function openExtensionPage(path: string, scheme: Scheme): Promise<E2EPage> {
    const page = await s.open('about:blank');
    await raw(page).emulateMedia({ colorScheme: scheme });
    await page.goto(s.browser.extensionUrl(path));
    await page.waitFor(() => (document.getElementById('app')?.childElementCount ?? 0) > 0, undefined, { message: `${path} to render` });
    return page;
  }

  describe.each(['light', 'dark'] as const)('%s scheme', (scheme) => {
    test('popup: the argument list and an expanded argument', async () => {
      const page = await openExtensionPage('popup.html', scheme);
      expect(await backgroundIsDark(page)).toBe(scheme === 'dark');
      await page.waitFor(() => document.querySelectorAll('[data-argument-id]').length > 0, undefined, { message: 'arguments listed' });
      await page.waitFor(() => document.querySelector('[data-page-state="loading"]') === null, undefined, { message: 'page state known' });
      await expectNoViolations(page, 'popup-list', scheme);
      await page.clickDeep(['[data-argument-id] .arg-toggle']);
      await page.waitFor(() => document.querySelector('.arg-toggle[aria-expanded="true"]') !== null);
      // A copy shows the "Copied" state and the status line: both must be readable too.
      await page.clickDeep(['[data-argument-id] [data-action="copy"]']);
      await page.waitFor(() => document.querySelector('.popup-status')?.textContent !== '', undefined, { message: 'copy status' });
      await expectNoViolations(page, 'popup-expanded', scheme);
    });

    test('popup: the briefing tab with chosen arguments and the preview open', async () => {
      const page = await openExtensionPage('popup.html', scheme);
      await page.clickDeep(['#tab-briefing']);
      await page.waitFor(() => document.querySelectorAll('[data-briefing-pick]').length >= 2, undefined, { message: 'briefing picks' });
      await page.evaluate(clearBriefing);
      await page.evaluate(() => {
        for (const box of Array.from(document.querySelectorAll<HTMLInputElement>('[data-briefing-pick]')).slice(0, 2)) box.click();
      });
      await page.waitFor(() => document.querySelectorAll('[data-briefing-id]').length === 2, undefined, { message: 'two chosen' });
      await page.evaluate(() => {
        const d = document.querySelector('details.composer-preview') as HTMLDetailsElement | null;
        if (d) d.open = true;
      });
      await expectNoViolations(page, 'popup-briefing', scheme);
    });

    test('popup: the about tab', async () => {
      const page = await openExtensionPage('popup.html', scheme);
      await page.clickDeep(['#tab-about']);
      await page.waitFor(() => !(document.getElementById('panel-about') as HTMLElement | null)?.hidden);
      await expectNoViolations(page, 'popup-about', scheme);
    });

    test('options page', async () => {
      const page = await openExtensionPage('options.html', scheme);
      expect(await backgroundIsDark(page)).toBe(scheme === 'dark');
      await page.waitFor(() => document.getElementById('general') !== null, undefined, { message: 'options loaded' });
      await page.waitFor(() => !document.querySelector('#usage [aria-busy="true"]'), undefined, { message: 'usage loaded' });
      await expectNoViolations(page, 'options', scheme);
      // The form for a new argument, with the errors of an empty save shown next to their fields.
      await page.clickDeep(['#arguments button.primary']);
      await page.clickDeep(['.argument-form button[type="submit"]']);
      await page.waitFor(() => document.querySelector('.argument-form [aria-invalid="true"]') !== null, undefined, {
        message: 'field errors',
      });
      await expectNoViolations(page, 'options-form', scheme);
    });

    test('onboarding page', async () => {
      const page = await openExtensionPage('onboarding.html', scheme);
      expect(await backgroundIsDark(page)).toBe(scheme === 'dark');
      await expectNoViolations(page, 'onboarding', scheme);
      // The error state: nothing chosen.
      await page.clickDeep(['.onboarding button[type="submit"]']);
      await page.waitFor(() => document.querySelector('.onboarding [role="alert"]') !== null, undefined, { message: 'error shown' });
      await expectNoViolations(page, 'onboarding-error', scheme);
    });

    test('briefing page', async () => {
      const page = await openExtensionPage('briefing.html', scheme);
      await page.waitFor(() => document.querySelectorAll('[data-briefing-pick]').length >= 3, undefined, { message: 'briefing picks' });
      await page.evaluate(clearBriefing);
      await page.evaluate(() => {
        for (const box of Array.from(document.querySelectorAll<HTMLInputElement>('[data-briefing-pick]')).slice(0, 3)) box.click();
      });
      await page.waitFor(() => document.querySelectorAll('[data-briefing-id]').length === 3, undefined, { message: 'three chosen' });
      await expectNoViolations(page, 'briefing', scheme);
    });

    test('card on x.com, opened', async () => {
      const page = await s.open('about:blank');
      await raw(page).emulateMedia({ colorScheme: scheme });
      await page.goto('https://x.com/home');
      await openCard(page);
      const dark = await page.evaluate(() => {
        const panel = document.querySelector('[data-argumentarium]')?.shadowRoot?.querySelector('.panel');
        const m = panel ? getComputedStyle(panel).backgroundColor.match(/\d+/g)?.map(Number) : undefined;
        return m ? 0.2126 * (m[0] ?? 0) + 0.7152 * (m[1] ?? 0) + 0.0722 * (m[2] ?? 0) < 128 : null;
      });
      expect(dark).toBe(scheme === 'dark');
      await expectNoViolations(page, 'card', scheme, '[data-argumentarium]', false);
      const contrasts = await page.evaluate(textContrasts);
      // Pill count, dismiss, heading, and per argument title, claim, why and copy: well over five texts.
      expect(contrasts.length).toBeGreaterThan(5);
      expect(contrasts.filter((c) => c.ratio < (c.large ? 3 : 4.5))).toEqual([]);
    });
  });

  test('German UI: popup and options in German have no violations either', async () => {
    // The language switch in the popup saves `lang: de`; every page then loads the German strings. Switched back after.
    const page = await openExtensionPage('popup.html', 'light');
    const choose = (lang: string) =>
      page.evaluate((l: string) => {
        const select = document.querySelector<HTMLSelectElement>('.popup-lang select');
        if (!select) throw new Error('no language select');
        select.value = l;
        select.dispatchEvent(new Event('change', { bubbles: true }));
      }, lang);
    await choose('de');
    try {
      await page.waitFor(
        () => document.documentElement.lang === 'de' && document.querySelector('[data-action="copy"]')?.textContent === 'Kopieren',
        undefined,
        {
          message: 'the popup in German',
        },
      );
      await page.clickDeep(['[data-argument-id] .arg-toggle']);
      await page.clickDeep(['[data-argument-id] [data-action="copy"]']);
      await page.waitFor(() => document.querySelector('.arg-copy.is-copied') !== null, undefined, { message: 'copied state' });
      await expectNoViolations(page, 'popup-de', 'light');
      const options = await openExtensionPage('options.html', 'light');
      await options.waitFor(() => document.documentElement.lang === 'de' && document.getElementById('general') !== null, undefined, {
        message: 'the options page in German',
      });
      await expectNoViolations(options, 'options-de', 'light');
    } finally {
      await choose('en');
      await page.waitFor(() => document.documentElement.lang === 'en');
    }
  });

  describe('keyboard', () => {
    /** Presses Tab until `match` holds for the focused element (through shadow roots), at most `max` times. */
    async function tabUntil(page: E2EPage, selector: string, max = 40): Promise<number> {
      for (let i = 1; i <= max; i++) {
        await page.press('Tab');
        const hit = await page.evaluate((sel: string) => {
          let a: Element | null = document.activeElement;
          while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
          return a?.matches(sel) ?? false;
        }, selector);
        if (hit) return i;
      }
      throw new Error(`Tab did not reach ${selector} within ${max} presses`);
    }

    test('popup: Tab reaches the search box, an argument disclosure and its Copy; Enter expands', async () => {
      const page = await openExtensionPage('popup.html', 'light');
      await page.waitFor(() => document.querySelectorAll('.arg-toggle').length > 0, undefined, { message: 'arguments listed' });
      // Start from the document, not from the autofocused search box, to prove Tab gets there.
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      expect(await tabUntil(page, 'input[type="search"]')).toBeGreaterThan(0);
      await tabUntil(page, '.arg-toggle');
      const expandedBefore = await page.evaluate(() => document.activeElement?.getAttribute('aria-expanded'));
      expect(expandedBefore).toBe('false');
      await page.press('Enter');
      await page.waitFor(() => document.activeElement?.getAttribute('aria-expanded') === 'true', undefined, {
        message: 'Enter expands the argument',
      });
      const panelShown = await page.evaluate(() => {
        const id = document.activeElement?.getAttribute('aria-controls');
        return id ? !(document.getElementById(id) as HTMLElement).hidden : false;
      });
      expect(panelShown).toBe(true);
      await tabUntil(page, '[data-action="copy"]', 3);
      await page.press('Enter');
      await page.waitFor(() => document.querySelector('[role="status"]')?.textContent?.trim() !== '', undefined, {
        message: 'Enter on Copy announces the result',
      });
    });

    test('card: polite live region; typing keeps the focus in the editor; pill, copy and dismiss work with Tab and Enter', async () => {
      const page = await s.open('https://x.com/sport');
      // Remember the last page element that had the focus, to check where dismissing the card sends it.
      await page.evaluate(() => {
        document.addEventListener(
          'focusin',
          (e) => {
            if (!(e.target as Element).closest('[data-argumentarium]')) (window as unknown as { lastFocus: unknown }).lastFocus = e.target;
          },
          true,
        );
      });
      await typeInto(page, X_EDITOR, EMPLOYER_TEXT);
      await waitForCard(page, CARD_TIMEOUT);
      // The card appeared while the user was typing: the caret is still in the editor.
      expect(await page.evaluate((sel: string) => document.activeElement?.closest(sel) != null, X_EDITOR)).toBe(true);
      const live = await page.evaluate(() => {
        const root = document.querySelector('[data-argumentarium]')?.shadowRoot;
        const region = root?.querySelector('[aria-live]');
        return { live: region?.getAttribute('aria-live'), role: region?.getAttribute('role'), focusInCard: !!root?.activeElement };
      });
      expect(live).toEqual({ live: 'polite', role: 'status', focusInCard: false });

      await tabUntil(page, '[data-action="toggle"]');
      const before = await page.evaluate(() =>
        document.querySelector('[data-argumentarium]')?.shadowRoot?.querySelector('[data-action="toggle"]')?.getAttribute('aria-expanded'),
      );
      await page.press('Enter');
      await page.waitFor(
        (b: string | null | undefined) =>
          document
            .querySelector('[data-argumentarium]')
            ?.shadowRoot?.querySelector('[data-action="toggle"]')
            ?.getAttribute('aria-expanded') !== b,
        before,
        { message: 'Enter toggles the card' },
      );
      // Open (again, if typing had opened it and Enter closed it): the copy buttons are in the panel.
      const open = await page.evaluate(() =>
        document.querySelector('[data-argumentarium]')?.shadowRoot?.querySelector('[data-action="toggle"]')?.getAttribute('aria-expanded'),
      );
      if (open !== 'true') await page.press('Enter');
      await page.waitFor(
        () => (document.querySelector('[data-argumentarium]')?.shadowRoot?.querySelectorAll('[data-action="copy"]').length ?? 0) > 0,
      );

      await tabUntil(page, '[data-action="dismiss"]', 3);
      await tabUntil(page, '[data-action="copy"]', 3);
      await page.press('Enter');
      await page.waitFor(
        () => (document.querySelector('[data-argumentarium]')?.shadowRoot?.querySelector('[role="status"]')?.textContent ?? '') !== '',
        undefined,
        {
          message: 'Enter on Copy announces the result in the live region',
        },
      );

      // Back to dismiss with Shift+Tab, then Enter hides the card and the focus returns to the page element it came from.
      const raw_ = raw(page);
      for (let i = 0; i < 6; i++) {
        await raw_.keyboard.press('Shift+Tab');
        const onDismiss = await page.evaluate(
          () => document.querySelector('[data-argumentarium]')?.shadowRoot?.activeElement?.getAttribute('data-action') === 'dismiss',
        );
        if (onDismiss) break;
      }
      await page.press('Enter');
      await page.waitFor(() => !document.querySelector('[data-argumentarium]')?.isConnected, undefined, {
        message: 'Enter on dismiss hides the card',
      });
      const focusAfter = await page.evaluate(() => ({
        back: document.activeElement === (window as unknown as { lastFocus: unknown }).lastFocus,
        onBody: document.activeElement === document.body,
      }));
      expect(focusAfter).toEqual({ back: true, onBody: false });
    });
  });
});

/**
 * The same axe checks in Firefox, light scheme only: the harness launches Firefox through Puppeteer's WebDriver BiDi,
 * which has no colour-scheme emulation, and the dark scheme's colours are the same CSS in both browsers.
 */
describe('firefox: accessibility (light scheme)', () => {
  const s = useSession('firefox');

  async function openExtensionPage(path: string): Promise<E2EPage> {
    const page = await s.open(s.browser.extensionUrl(path));
    await page.waitFor(() => (document.getElementById('app')?.childElementCount ?? 0) > 0, undefined, { message: `${path} to render` });
    return page;
  }

  test('popup with an expanded argument, options page, onboarding page', async () => {
    const popup = await openExtensionPage('popup.html');
    await popup.waitFor(() => document.querySelectorAll('[data-argument-id]').length > 0, undefined, { message: 'arguments listed' });
    // One click: the popup's first paint already holds the page report, so the list does not move under the pointer.
    await popup.clickDeep(['[data-argument-id] .arg-toggle']);
    await popup.waitFor(() => document.querySelector('.arg-toggle[aria-expanded="true"]') !== null, undefined, {
      message: 'an argument opened',
    });
    await expectNoViolations(popup, 'firefox-popup', 'light');
    const options = await openExtensionPage('options.html');
    await options.waitFor(() => document.getElementById('general') !== null, undefined, { message: 'options loaded' });
    await expectNoViolations(options, 'firefox-options', 'light');
    const onboarding = await openExtensionPage('onboarding.html');
    await expectNoViolations(onboarding, 'firefox-onboarding', 'light');
  });

  test('card on x.com, opened', async () => {
    const page = await s.open('https://x.com/home');
    await openCard(page);
    await expectNoViolations(page, 'firefox-card', 'light', '[data-argumentarium]', false);
    const contrasts = await page.evaluate(textContrasts);
    expect(contrasts.length).toBeGreaterThan(5);
    expect(contrasts.filter((c) => c.ratio < (c.large ? 3 : 4.5))).toEqual([]);
  });
});
