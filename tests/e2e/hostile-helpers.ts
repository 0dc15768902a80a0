/**
 * Helpers for the hostile-page, lifecycle and options e2e suites, kept apart from
 * `helpers.ts` (stable, owned by the harness author):
 * - {@link openWatched}: a tab whose page errors, console errors and `alert()`s are recorded from before the
 *   first byte loads, so a test can prove that nothing of ours broke or ran in the page;
 * - in-page probes of the card that use no built-in a hostile page replaces (`Array.prototype.map`,
 *   `Element.prototype.querySelectorAll`, `JSON.stringify`, `String.prototype.toLowerCase`: see
 *   `tests/fixtures/hostile/builtins.js`) and return only strings, numbers and booleans;
 * - the catalog texts a copied argument must contain.
 *
 * Probes run in the page's main world (Playwright/Puppeteer `evaluate`), so they see the page's CSS and the card's
 * open shadow root exactly as the user's pointer and eyes do.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect } from 'vitest';
import type { E2EPage } from '../../scripts/e2e/index.mjs';
import { ROOT } from '../../scripts/e2e/index.mjs';
import { catalog } from '../../src/catalog/index';
import { CARD_TIMEOUT, OUT_DIR, type Session } from './helpers';

/** A tab with everything the page reported since before it loaded. */
export interface Watched {
  page: E2EPage;
  /** Uncaught errors in the page (`pageerror`), as `message @ stack`. */
  pageErrors: string[];
  /** Console messages of level error or warning, as `level: text @ url`. */
  console: string[];
  /** Messages of `alert`/`confirm`/`prompt` dialogs the page opened (each dismissed at once). */
  dialogs: string[];
  /** Our extension's origin in this browser. */
  origin: string | null;
}

/** Minimal shape shared by Playwright's and Puppeteer's page event emitters. */
interface RawPage {
  on(event: string, handler: (arg: never) => void): unknown;
}

/**
 * True when a reported line comes from our extension: its origin (`chrome-extension://ID`, `moz-extension://UUID`)
 * or our log prefix. Other extension origins are not ours (Firefox's built-in web-compatibility add-on logs from
 * `moz-extension://…/shims/` on some hosts, e.g. atlassian.net).
 */
export function mentionsUs(line: string, origin: string | null): boolean {
  return /argumentarium/i.test(line) || (origin !== null && line.includes(origin));
}

/**
 * Opens `url` in a new tab with page errors, console errors/warnings and dialogs recorded from the start.
 * The tab is closed (and screenshotted on failure) by {@link useWatchedPages}.
 */
export async function openWatched(s: Session, url: string, pages: Watched[]): Promise<Watched> {
  const page = await s.browser.newPage();
  const w: Watched = { page, pageErrors: [], console: [], dialogs: [], origin: s.browser.extensionOrigin };
  pages.push(w);
  const raw = page.raw as RawPage;
  raw.on('pageerror', ((e: Error) => {
    w.pageErrors.push(`${e?.message ?? e} @ ${e?.stack ?? ''}`);
  }) as (arg: never) => void);
  raw.on('console', ((m: { type(): string; text(): string; location?(): { url?: string } }) => {
    const level = m.type();
    if (level !== 'error' && level !== 'warning' && level !== 'warn') return;
    w.console.push(`${level}: ${m.text()} @ ${m.location?.()?.url ?? ''}`);
  }) as (arg: never) => void);
  raw.on('dialog', ((d: { message(): string; dismiss(): Promise<void> }) => {
    w.dialogs.push(d.message());
    void d.dismiss().catch(() => {});
  }) as (arg: never) => void);
  s.visited.push(url);
  await page.goto(url);
  return w;
}

/** Registers an afterEach that screenshots (on failure) and closes the watched tabs; returns the list to fill. */
export function useWatchedPages(browserName: string): Watched[] {
  const pages: Watched[] = [];
  afterEach(async (ctx) => {
    if (ctx.task.result?.state === 'fail') {
      const { mkdirSync } = await import('node:fs');
      mkdirSync(OUT_DIR, { recursive: true });
      const slug = `${browserName}-${ctx.task.name}`.replace(/[^a-z0-9]+/gi, '-').slice(0, 100);
      let i = 0;
      for (const w of pages) await w.page.screenshot(join(OUT_DIR, `${slug}-${i++}.png`)).catch(() => {});
    }
    for (const w of pages.splice(0)) await w.page.close();
  });
  return pages;
}

/** Errors and warnings that name our extension (none may appear on any page). */
export function ourErrors(w: Watched): string[] {
  return [...w.pageErrors, ...w.console].filter((l) => mentionsUs(l, w.origin));
}

/** What {@link peekCard} reads: plain values only (the page may have replaced `JSON.stringify`). */
export interface CardPeek {
  /** Number of `[data-argumentarium]` hosts in the top document. */
  hosts: number;
  /** `data-argument-id`s in the card, comma-separated, best first ('' when collapsed or absent). */
  ids: string;
  /** A `[data-action="toggle"]` control is rendered (non-zero size). */
  toggle: boolean;
}

/**
 * In-page: reads the card without `Array.prototype.map`/`forEach` or `Element.prototype.querySelectorAll`
 * (replaced by `builtins.js`); `Document` and `ShadowRoot` lookups are used instead.
 */
export function peekCard(): CardPeek {
  const hosts = document.querySelectorAll('[data-argumentarium]');
  const host = hosts[0] as HTMLElement | undefined;
  const root = host?.shadowRoot;
  let ids = '';
  let toggle = false;
  if (root) {
    const items = root.querySelectorAll('[data-argument-id]');
    for (let i = 0; i < items.length; i++) ids += `${i ? ',' : ''}${items[i]!.getAttribute('data-argument-id') ?? ''}`;
    const t = root.querySelector('[data-action="toggle"]');
    toggle = !!t && t.getBoundingClientRect().width > 0;
  }
  return { hosts: hosts.length, ids, toggle };
}

/** Splits {@link CardPeek.ids}. */
export function idsOf(p: CardPeek): string[] {
  return p.ids ? p.ids.split(',') : [];
}

/**
 * Waits until the card lists argument `id`, opening it from its pill (a real click) when it is collapsed.
 * @returns the ids shown then
 * @throws {Error} after `timeout` ms, with the last state of the card
 */
export async function waitForArgumentIn(page: E2EPage, id: string, timeout = CARD_TIMEOUT): Promise<string[]> {
  const deadline = Date.now() + timeout;
  let toggledAt = 0;
  let last: CardPeek | undefined;
  for (;;) {
    last = await page.evaluate(peekCard).catch(() => undefined);
    if (last && idsOf(last).includes(id)) return idsOf(last);
    // Collapsed (or collapsed again by a re-render): open it, at most once every 2 s so we do not toggle it shut.
    if (last?.toggle && last.ids === '' && Date.now() - toggledAt > 2000) {
      toggledAt = Date.now();
      await page.clickDeep(['[data-argumentarium]', '[data-action="toggle"]'], { timeout: 3000 }).catch(() => {});
    }
    if (Date.now() > deadline)
      throw new Error(`timed out after ${timeout} ms waiting for ${id} in the card; last: ${String(last?.ids)} hosts=${last?.hosts}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

/**
 * {@link waitForArgumentIn}, then waits until the card's list has not changed for `quietMs` (a feed's posts are
 * ranked in batches, so the order first seen can still change), at most `timeout` ms in all.
 * @returns the ids shown once the list is settled (best first)
 */
export async function waitForSettledArgument(page: E2EPage, id: string, quietMs = 1500, timeout = CARD_TIMEOUT): Promise<string[]> {
  let ids = await waitForArgumentIn(page, id, timeout);
  let since = Date.now();
  const deadline = Date.now() + timeout;
  while (Date.now() - since < quietMs && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 250));
    const now = await page.evaluate(peekCard).catch(() => undefined);
    const next = now ? idsOf(now) : [];
    if (next.length && next.join(',') !== ids.join(',')) {
      ids = next;
      since = Date.now();
    }
  }
  return ids;
}

/**
 * Asserts what the user reads in the card `ids` (as {@link waitForArgumentIn} returned them): at most three
 * arguments, and `id` at position `rank` (0: first). {@link waitForArgumentIn} only guarantees that `id` is there.
 */
export function expectRank(ids: readonly string[], id: string, rank = 0): void {
  expect(ids.length, `card: ${ids.join(',')}`).toBeLessThanOrEqual(3);
  expect(ids.indexOf(id), `rank of ${id} in the card: ${ids.join(',')}`).toBe(rank);
}

/**
 * Asserts that the card shows argument `id` under its own title in `lang` (the catalog's), as the user reads it.
 * For tests whose point is not the order (a reload, a hostile page), where a feed's order may still move.
 */
export async function expectTitleShown(page: E2EPage, id: string, lang: 'de' | 'en' = 'en'): Promise<void> {
  const shown = await page.evaluate((argId: string) => {
    const item = document.querySelector('[data-argumentarium]')?.shadowRoot?.querySelector(`[data-argument-id="${argId}"]`);
    return (item?.querySelector('h3, .title') ?? item)?.textContent?.trim() ?? null;
  }, id);
  const arg = catalog.find((a) => a.id === id);
  expect(arg, `${id} is a built-in argument`).toBeDefined();
  expect(shown).toBe(arg?.text[lang].title);
}

/** What {@link inspectArgument} measures about one argument in the card, as the user sees it. */
export interface ArgumentLook {
  /** Computed `font-size` of the argument's title, in CSS px. */
  titlePx: number;
  /** Computed `color` of the title. */
  titleColor: string;
  /** The first non-transparent `background-color` from the title up through the card's shadow tree ('' if none). */
  background: string;
  /** WCAG 2 contrast ratio of title colour on that background (0 when either is missing or transparent). */
  contrast: number;
  /** Computed `direction` of the title. */
  direction: string;
  /** Computed `font-size` of the copy button, px. */
  buttonPx: number;
  /** `document.elementFromPoint` at the copy button's centre is our host (the card is on top and hit-testable). */
  onTop: boolean;
  /** What is there instead (tag name), when not on top. */
  topTag: string;
  /** The copy button's centre is inside the viewport. */
  inViewport: boolean;
}

/**
 * In-page: measures the title and copy button of argument `id` (self-contained; no replaced built-ins).
 * @returns null when the card does not show that argument
 */
export function inspectArgument(id: string): ArgumentLook | null {
  const host = document.querySelector('[data-argumentarium]');
  const root = host?.shadowRoot;
  const item = root?.querySelector(`[data-argument-id="${id}"]`);
  if (!host || !root || !item) return null;
  const title = item.querySelector('h3, .title') ?? item;
  const copy = item.querySelector('[data-action="copy"]');
  if (!copy) return null;
  const parse = (c: string): number[] | null => {
    const m = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)/.exec(c);
    if (!m) return null;
    let a = m[4] === undefined ? 1 : Number.parseFloat(m[4]);
    if (m[4]?.endsWith('%')) a /= 100;
    return [Number(m[1]), Number(m[2]), Number(m[3]), a];
  };
  const lum = (rgb: number[]): number => {
    const ch = (v: number) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * ch(rgb[0]!) + 0.7152 * ch(rgb[1]!) + 0.0722 * ch(rgb[2]!);
  };
  const ts = getComputedStyle(title);
  let background = '';
  for (let n: Element | null = title; n; n = n.parentElement) {
    const bg = getComputedStyle(n).backgroundColor;
    const p = parse(bg);
    if (p && p[3]! > 0.5) {
      background = bg;
      break;
    }
  }
  if (!background) {
    const hb = getComputedStyle(host).backgroundColor;
    const p = parse(hb);
    if (p && p[3]! > 0.5) background = hb;
  }
  const fg = parse(ts.color);
  const bg = parse(background);
  let contrast = 0;
  if (fg && bg && fg[3]! > 0) {
    const a = lum(fg);
    const b = lum(bg);
    contrast = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  }
  const r = copy.getBoundingClientRect();
  const x = r.left + r.width / 2;
  const y = r.top + r.height / 2;
  const hit = document.elementFromPoint(x, y);
  return {
    titlePx: Number.parseFloat(ts.fontSize),
    titleColor: ts.color,
    background,
    contrast,
    direction: ts.direction,
    buttonPx: Number.parseFloat(getComputedStyle(copy).fontSize),
    onTop: hit === host,
    topTag: hit ? hit.tagName : 'none',
    inViewport: x >= 0 && y >= 0 && x <= innerWidth && y <= innerHeight,
  };
}

/** Tags that must never appear in the card's shadow root: they could only come from page text turned into markup. */
export const FOREIGN_TAGS = ['img', 'svg', 'script', 'iframe', 'object', 'embed', 'a', 'link', 'video', 'audio', 'form', 'math', 'b'];

/**
 * In-page: lists what in the card's shadow root could have come from page markup: elements of {@link FOREIGN_TAGS}
 * and any `on*` attribute. Returns `tag` or `tag[onx]` entries, comma-separated ('' when clean).
 */
export function foreignInCard(tags: string[]): string {
  const root = document.querySelector('[data-argumentarium]')?.shadowRoot;
  if (!root) return 'no card';
  let out = '';
  const all = root.querySelectorAll('*');
  for (let i = 0; i < all.length; i++) {
    const el = all[i]!;
    const tag = el.localName;
    if (tags.indexOf(tag) >= 0) out += `${out ? ',' : ''}${tag}`;
    const names = el.getAttributeNames();
    for (let j = 0; j < names.length; j++) if (/^on/i.test(names[j]!)) out += `${out ? ',' : ''}${tag}[${names[j]}]`;
  }
  return out;
}

/** Collapses whitespace so a copied text compares with the catalog regardless of line breaks. */
export function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** The catalog claims (either language) a copy of argument `id` must contain one of. */
export function claimsOf(id: string): string[] {
  const arg = catalog.find((a) => a.id === id);
  if (!arg) throw new Error(`argument ${id} is not in the catalog (src/catalog/index.ts)`);
  return [arg.text.de.claim, arg.text.en.claim].map(squash);
}

/**
 * Clicks the card's copy button of `id` (a real click) and reads the clipboard back through the page until it
 * holds that argument's claim.
 * @returns the clipboard text (the caller asserts on it)
 */
export async function copyFromCard(page: E2EPage, id: string): Promise<string> {
  await page.clickDeep(['[data-argumentarium]', `[data-argument-id="${id}"] [data-action="copy"]`]);
  const claims = claimsOf(id);
  const deadline = Date.now() + 5000;
  let text = '';
  for (;;) {
    text = await page.readClipboard().catch(() => '');
    if (claims.some((c) => squash(text).includes(c)) || Date.now() > deadline) return text;
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** A UI string of the locale files in both languages, with `$1…` replaced by `subs`. */
export function uiStrings(key: string, ...subs: string[]): string[] {
  return (['en', 'de'] as const).map((lang) => {
    const messages = JSON.parse(readFileSync(join(ROOT, '_locales', lang, 'messages.json'), 'utf8')) as Record<string, { message: string }>;
    const m = messages[key];
    if (!m) throw new Error(`_locales/${lang}/messages.json has no ${key}`);
    return m.message.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? `$${n}`);
  });
}

/**
 * Sets the user's colour scheme the page sees (`prefers-color-scheme`): Playwright's `emulateMedia` in Chromium,
 * Puppeteer's `emulateMediaFeatures` in Firefox.
 */
export async function emulateColorScheme(page: E2EPage, scheme: 'light' | 'dark'): Promise<void> {
  if (page.browserName === 'chromium') {
    await (page.raw as { emulateMedia(o: { colorScheme: 'light' | 'dark' }): Promise<void> }).emulateMedia({ colorScheme: scheme });
  } else {
    await (page.raw as { emulateMediaFeatures(f: { name: string; value: string }[]): Promise<void> }).emulateMediaFeatures([
      { name: 'prefers-color-scheme', value: scheme },
    ]);
  }
}

/** Relative luminance (WCAG 2) of a computed `rgb()`/`rgba()` colour; NaN when it cannot be parsed. */
export function luminance(color: string): number {
  const m = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)/.exec(color);
  if (!m) return Number.NaN;
  const ch = (v: string) => {
    const s = Number(v) / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * ch(m[1]!) + 0.7152 * ch(m[2]!) + 0.0722 * ch(m[3]!);
}
