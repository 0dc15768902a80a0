/** The manifests the build writes for Chrome and Firefox, checked against their rules (permissions, site access, store readiness). */
import { existsSync, readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM build script without type declarations
import { manifestFor } from '../../scripts/build.mjs';
// @ts-expect-error plain ESM script without type declarations
import { crc32, encodePng, renderIcon, SIZES } from '../../scripts/make-icons.mjs';
import { SITE_GROUPS } from '../../src/site-groups';

// biome-ignore lint/suspicious/noExplicitAny: a manifest is free-form JSON; the assertions give it its shape.
type Manifest = Record<string, any>;
const root = new URL('../../', import.meta.url);
const chrome: Manifest = manifestFor('chrome');
const firefox: Manifest = manifestFor('firefox');
const chromeGrantAll: Manifest = manifestFor('chrome', { grantAll: true });
const locales = {
  en: JSON.parse(readFileSync(new URL('_locales/en/messages.json', root), 'utf8')),
  de: JSON.parse(readFileSync(new URL('_locales/de/messages.json', root), 'utf8')),
};

/**
 * The permissions and why each is needed (the README's Privacy section says the same):
 * storage: settings, own arguments, usage record; activeTab: read the current page after a click,
 * menu item or shortcut; scripting: inject the content script on demand and register it for granted
 * sites; contextMenus: the two menu items. Firefox only, clipboardWrite: the copy from the context menu and the
 * keyboard command has no user activation in the page, which Firefox refuses without it (Chromium allows it;
 * measured by tests/e2e/clipboard.*.test.ts). Chrome only, sidePanel: the side panel (`sidePanel.open`); Firefox's
 * sidebar needs no permission.
 */
const JUSTIFIED = ['activeTab', 'contextMenus', 'scripting', 'storage'];
const JUSTIFIED_BY_BROWSER: Record<string, string[]> = {
  chrome: [...JUSTIFIED, 'sidePanel'].sort(),
  firefox: [...JUSTIFIED, 'clipboardWrite'].sort(),
};
/** The keyboard commands: the popup, copy-best, and the side panel (Firefox: its own sidebar command). */
const COMMANDS: Record<string, string[]> = {
  chrome: ['_execute_action', 'copy-best', 'open-panel'],
  firefox: ['_execute_action', '_execute_sidebar_action', 'copy-best'],
};

function strings(node: unknown): string[] {
  if (typeof node === 'string') return [node];
  if (Array.isArray(node)) return node.flatMap(strings);
  if (typeof node === 'object' && node !== null) return Object.values(node).flatMap(strings);
  return [];
}

function pngSize(file: URL): { width: number; height: number; colorType: number } {
  const buf = readFileSync(file);
  expect(buf.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(buf.toString('ascii', 12, 16)).toBe('IHDR');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20), colorType: buf[25] ?? -1 };
}

describe.each([
  ['chrome', chrome],
  ['firefox', firefox],
])('%s manifest', (name, m) => {
  it('is Manifest V3 with exactly the justified permissions; host permissions only for the social sites', () => {
    expect(m.manifest_version).toBe(3);
    expect([...m.permissions].sort()).toEqual(JUSTIFIED_BY_BROWSER[name]);
    // The social sites' content script needs them in Chromium to be re-injected into open tabs after an update
    // (content_scripts.matches alone do not let tabs.query/scripting.executeScript reach those tabs).
    const social = SITE_GROUPS.find((g) => g.id === 'social');
    expect([...(m.host_permissions ?? [])].sort()).toEqual([...(social?.origins ?? [])].sort());
    expect(strings(m.permissions)).not.toContain('<all_urls>');
  });

  it('lists every optional site group among the optional host permissions, and the social sites as content-script matches', () => {
    for (const g of SITE_GROUPS.filter((x) => x.optional)) {
      for (const o of g.origins) expect(m.optional_host_permissions, `${g.id}: ${o}`).toContain(o);
    }
    const social = SITE_GROUPS.find((g) => g.id === 'social');
    expect(m.content_scripts.flatMap((c: Manifest) => c.matches).sort()).toEqual([...(social?.matches ?? [])].sort());
    // The static script is the loader only: content.js arrives after `load` (the start budget, content/loader.ts).
    expect(m.content_scripts.every((c: Manifest) => c.js.join() === 'content-loader.js')).toBe(true);
  });

  it('has the keyboard commands: open the popup, copy the best argument, open the side panel', () => {
    expect(Object.keys(m.commands).sort()).toEqual(COMMANDS[name]);
    for (const c of Object.values<Manifest>(m.commands)) {
      expect(c.suggested_key.default).toMatch(/^(Alt|Ctrl|Command|MacCtrl)\+(Shift\+)?[A-Z0-9]$/);
    }
  });

  it('allows only its own scripts on its pages', () => {
    const csp: string = m.content_security_policy.extension_pages;
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|https?:/);
  });

  it('refers only to messages that exist in both locales', () => {
    const keys = strings(m).flatMap((s) => [...s.matchAll(/__MSG_(\w+)__/g)].map((x) => x[1] as string));
    expect(keys.length).toBeGreaterThan(3);
    for (const k of keys) {
      expect(locales.en[k]?.message, `en ${k}`).toBeTruthy();
      expect(locales.de[k]?.message, `de ${k}`).toBeTruthy();
    }
  });

  it('names icons that exist with the stated size', () => {
    const icons: Record<string, string> = { ...m.icons };
    expect(Object.keys(icons).sort()).toEqual(['128', '16', '32', '48']);
    for (const [size, path] of [...Object.entries(icons), ...Object.entries<string>(m.action.default_icon)]) {
      const file = new URL(path, root);
      expect(existsSync(file), path).toBe(true);
      expect(pngSize(file)).toEqual({ width: Number(size), height: Number(size), colorType: 6 });
    }
  });
});

describe('browser-specific keys', () => {
  it('Chrome runs the background as a service worker', () => {
    expect(chrome.background).toEqual({ service_worker: 'background.js' });
    expect(chrome.browser_specific_settings).toBeUndefined();
  });

  it('the side panel: Chrome’s side_panel, Firefox’s sidebar_action, the same page', () => {
    expect(chrome.side_panel).toEqual({ default_path: 'sidepanel.html' });
    expect(chrome.sidebar_action).toBeUndefined();
    expect(firefox.side_panel).toBeUndefined();
    expect(firefox.sidebar_action).toMatchObject({ default_panel: 'sidepanel.html', open_at_install: false });
    expect(firefox.commands._execute_sidebar_action).toEqual(chrome.commands['open-panel']);
  });

  it('Firefox runs it as an event page, with a gecko id and no data collection', () => {
    expect(firefox.background).toEqual({ scripts: ['background.js'] });
    expect(firefox.browser_specific_settings.gecko.id).toMatch(/^[\w.-]+@[\w.-]+$/);
    expect(firefox.browser_specific_settings.gecko.data_collection_permissions.required).toEqual(['none']);
    expect(firefox.minimum_chrome_version).toBeUndefined();
  });

  it('the test build grants the document groups up front but never every site', () => {
    const hosts: string[] = chromeGrantAll.host_permissions;
    expect(hosts).toEqual(expect.arrayContaining(['https://*.atlassian.net/*', 'https://docs.google.com/*']));
    expect(hosts).not.toContain('*://*/*');
    expect(hosts).not.toContain('<all_urls>');
  });
});

describe('icons', () => {
  it('are what scripts/make-icons.mjs draws (regenerate them after changing the script)', () => {
    for (const size of SIZES as number[]) {
      const committed = readFileSync(new URL(`icons/${size}.png`, root));
      expect(Buffer.compare(committed, encodePng(size, size, renderIcon(size))), `${size}.png`).toBe(0);
    }
  });

  it('encode pixels losslessly with valid chunk checksums', () => {
    const rgba = new Uint8Array(3 * 2 * 4).map((_, i) => (i * 37) % 256);
    const png: Buffer = encodePng(3, 2, rgba);
    let offset = 8;
    const idat: Buffer[] = [];
    while (offset < png.length) {
      const len = png.readUInt32BE(offset);
      const type = png.subarray(offset + 4, offset + 8);
      const data = png.subarray(offset + 8, offset + 8 + len);
      expect(png.readUInt32BE(offset + 8 + len)).toBe(crc32(Buffer.concat([type, data])));
      if (type.toString('ascii') === 'IDAT') idat.push(data);
      offset += 12 + len;
    }
    const raw = inflateSync(Buffer.concat(idat));
    // Each scanline: filter byte 0, then the row's RGBA bytes.
    expect(raw).toEqual(
      Buffer.concat([Buffer.from([0]), Buffer.from(rgba.subarray(0, 12)), Buffer.from([0]), Buffer.from(rgba.subarray(12))]),
    );
    expect(crc32(Buffer.from('IEND'))).toBe(0xae426082);
    expect(() => encodePng(2, 2, new Uint8Array(3))).toThrow(/expected 16 bytes/);
  });

  it('draw a transparent corner and an opaque mark in the middle', () => {
    const px = renderIcon(32) as Uint8Array;
    const at = (x: number, y: number) => Array.from(px.subarray((y * 32 + x) * 4, (y * 32 + x) * 4 + 4));
    expect(at(31, 31)[3]).toBe(0);
    expect(at(16, 10)).toEqual([255, 255, 255, 255]);
    expect(at(4, 12)).toEqual([29, 95, 191, 255]);
  });
});
