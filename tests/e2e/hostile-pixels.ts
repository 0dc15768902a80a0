/**
 * Colours as the user sees them: a screenshot of the card compared with the colours the card's own stylesheet gives
 * it (`html { filter: invert(1) }`). Computed styles cannot show a filter of the page reaching the card
 * (they stay the card's own whatever is painted), so the check reads pixels: the screenshot of the viewport (PNG,
 * decoded with `pngjs`), sampled inside the boxes an in-page probe reports.
 */
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import type { E2EBrowser, E2EPage } from '../../scripts/e2e/index.mjs';
import { OUT_DIR } from './helpers';

/** A box in CSS pixels of the viewport. */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** What {@link argumentBoxes} reports about one argument in the card. */
export interface ArgumentBoxes {
  /** The title's box and computed `color` (`rgb(…)`). */
  title: Box;
  titleColor: string;
  /** The box of the nearest element (title upwards) with an opaque background, and that `background-color`. */
  panel: Box;
  background: string;
  /** `innerWidth` of the page, to scale CSS px to screenshot px. */
  viewportWidth: number;
}

/**
 * In-page: the title and background boxes of argument `id` in the card, with the colours the card's stylesheet gives
 * them. Self-contained (serialised into the page).
 * @returns null when the card does not show that argument
 */
export function argumentBoxes(id: string): ArgumentBoxes | null {
  const root = document.querySelector('[data-argumentarium]')?.shadowRoot;
  const item = root?.querySelector(`[data-argument-id="${id}"]`);
  if (!item) return null;
  const title = item.querySelector('h3, .title') ?? item;
  const box = (e: Element): Box => {
    const r = e.getBoundingClientRect();
    return { left: r.left, top: r.top, width: r.width, height: r.height };
  };
  for (let n: Element | null = title; n; n = n.parentElement) {
    const bg = getComputedStyle(n).backgroundColor;
    const m = /rgba?\(([^)]*)\)/.exec(bg);
    const parts = m?.[1]?.split(/[\s,/]+/).filter(Boolean) ?? [];
    const alpha = parts[3] === undefined ? 1 : Number.parseFloat(parts[3]);
    if (m && alpha > 0.99) {
      return { title: box(title), titleColor: getComputedStyle(title).color, panel: box(n), background: bg, viewportWidth: innerWidth };
    }
  }
  return null;
}

/** An RGB colour, 0–255 per channel. */
export type Rgb = [number, number, number];

/** Parses a computed `rgb(r, g, b)` / `rgba(…)` colour. @throws {Error} for anything else */
export function parseRgb(css: string): Rgb {
  const m = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)/.exec(css);
  if (!m) throw new Error(`not an rgb() colour: ${css}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** Largest per-channel difference of two colours. */
export function channelDistance(a: Rgb, b: Rgb): number {
  return Math.max(Math.abs(a[0] - b[0]), Math.abs(a[1] - b[1]), Math.abs(a[2] - b[2]));
}

/** The colour `filter: invert(1)` turns `c` into. */
export function inverted(c: Rgb): Rgb {
  return [255 - c[0], 255 - c[1], 255 - c[2]];
}

/** A decoded screenshot of the viewport and its scale (screenshot px per CSS px). */
export interface Shot {
  png: PNG;
  scale: number;
}

/** Screenshots the viewport of `page` and decodes it. */
export async function screenshotOf(page: E2EPage, viewportWidth: number): Promise<Shot> {
  mkdirSync(OUT_DIR, { recursive: true });
  const file = join(OUT_DIR, `pixels-${page.browserName}-${process.pid}-${Date.now()}.png`);
  await page.screenshot(file);
  try {
    const png = PNG.sync.read(readFileSync(file));
    return { png, scale: png.width / viewportWidth };
  } finally {
    rmSync(file, { force: true });
  }
}

/** The colours of the screenshot's pixels inside `box` (CSS px), shrunk by `inset` CSS px on each side. */
export function pixelsIn(shot: Shot, box: Box, inset = 0): Rgb[] {
  const { png, scale } = shot;
  const x0 = Math.max(0, Math.ceil((box.left + inset) * scale));
  const y0 = Math.max(0, Math.ceil((box.top + inset) * scale));
  const x1 = Math.min(png.width, Math.floor((box.left + box.width - inset) * scale));
  const y1 = Math.min(png.height, Math.floor((box.top + box.height - inset) * scale));
  const out: Rgb[] = [];
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const i = (y * png.width + x) * 4;
      out.push([png.data[i] ?? 0, png.data[i + 1] ?? 0, png.data[i + 2] ?? 0]);
    }
  }
  return out;
}

/** The most frequent colour of `pixels`. @throws {Error} when there are none */
export function dominant(pixels: Rgb[]): Rgb {
  const counts = new Map<string, { c: Rgb; n: number }>();
  for (const c of pixels) {
    const k = c.join(',');
    const e = counts.get(k);
    if (e) e.n += 1;
    else counts.set(k, { c, n: 1 });
  }
  let best: { c: Rgb; n: number } | undefined;
  for (const e of counts.values()) if (!best || e.n > best.n) best = e;
  if (!best) throw new Error('no pixels in the box');
  return best.c;
}

/** The pixel of `pixels` farthest from `from` (for text: its darkest or lightest stroke, away from anti-aliasing). */
export function farthestFrom(pixels: Rgb[], from: Rgb): Rgb {
  let best: Rgb | undefined;
  let d = -1;
  for (const c of pixels) {
    const e = channelDistance(c, from);
    if (e > d) {
      d = e;
      best = c;
    }
  }
  if (!best) throw new Error('no pixels in the box');
  return best;
}

/** What the user sees of argument `id`: painted background and text colours next to the card's own. */
export interface PaintedColours {
  /** Colours the card's stylesheet gives (computed styles). */
  own: { background: Rgb; text: Rgb };
  /** Colours in the screenshot: the most frequent in the background box, the one farthest from it in the title. */
  painted: { background: Rgb; text: Rgb };
}

/**
 * Screenshots `page` and reads the painted colours of argument `id` in the card.
 * @throws {Error} when the card does not show `id`
 */
export async function paintedColours(page: E2EPage, id: string): Promise<PaintedColours> {
  const boxes = await page.evaluate(argumentBoxes, id);
  if (!boxes) throw new Error(`the card shows no argument ${id} with an opaque background`);
  const shot = await screenshotOf(page, boxes.viewportWidth);
  const background = dominant(pixelsIn(shot, boxes.panel, 2));
  const text = farthestFrom(pixelsIn(shot, boxes.title), background);
  return { own: { background: parseRgb(boxes.background), text: parseRgb(boxes.titleColor) }, painted: { background, text } };
}

/** A preference value Firefox's `Services.prefs` can hold. */
export type PrefValue = boolean | number | string;

/**
 * Firefox only: sets preference `name` through `about:config` (a privileged page the harness may script, since it
 * runs Firefox with `--remote-allow-system-access`; Puppeteer over WebDriver BiDi has no preference API).
 * @returns the value before, or null when it was unset (pass it to {@link restoreFirefoxPref})
 */
export async function setFirefoxPref(browser: E2EBrowser, name: string, value: PrefValue): Promise<PrefValue | null> {
  return withAboutConfig(browser, (page) =>
    page.evaluate(
      ([n, v]: [string, PrefValue]) => {
        const prefs = (globalThis as unknown as { Services: { prefs: FirefoxPrefs } }).Services.prefs;
        const type = prefs.getPrefType(n);
        const before =
          type === prefs.PREF_BOOL
            ? prefs.getBoolPref(n)
            : type === prefs.PREF_INT
              ? prefs.getIntPref(n)
              : type === prefs.PREF_STRING
                ? prefs.getStringPref(n)
                : null;
        if (typeof v === 'boolean') prefs.setBoolPref(n, v);
        else if (typeof v === 'number') prefs.setIntPref(n, v);
        else prefs.setStringPref(n, v);
        return before;
      },
      [name, value] as [string, PrefValue],
    ),
  );
}

/** Firefox only: puts back what {@link setFirefoxPref} returned (null: clears the user value). */
export async function restoreFirefoxPref(browser: E2EBrowser, name: string, before: PrefValue | null): Promise<void> {
  if (before !== null) {
    await setFirefoxPref(browser, name, before);
    return;
  }
  await withAboutConfig(browser, (page) =>
    page.evaluate((n: string) => {
      (globalThis as unknown as { Services: { prefs: FirefoxPrefs } }).Services.prefs.clearUserPref(n);
    }, name),
  );
}

/** The part of Firefox's `nsIPrefBranch` these helpers use. */
interface FirefoxPrefs {
  PREF_BOOL: number;
  PREF_INT: number;
  PREF_STRING: number;
  getPrefType(n: string): number;
  getBoolPref(n: string): boolean;
  getIntPref(n: string): number;
  getStringPref(n: string): string;
  setBoolPref(n: string, v: boolean): void;
  setIntPref(n: string, v: number): void;
  setStringPref(n: string, v: string): void;
  clearUserPref(n: string): void;
}

async function withAboutConfig<R>(browser: E2EBrowser, fn: (page: E2EPage) => Promise<R>): Promise<R> {
  if (browser.name !== 'firefox') throw new Error('about:config preferences exist only in Firefox');
  const page = await browser.newPage();
  try {
    const raw = page.raw as { goto(u: string, o: object): Promise<unknown> };
    // about:config never reports `load` to Puppeteer over BiDi: start the navigation and poll instead.
    raw.goto('about:config', { timeout: 60_000 }).catch(() => {});
    await page.waitFor(() => typeof (globalThis as unknown as { Services?: unknown }).Services === 'object', undefined, {
      message: 'about:config with Services.prefs',
      timeout: 30_000,
    });
    return await fn(page);
  } finally {
    await page.close();
  }
}
