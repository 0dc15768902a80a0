/**
 * Store packages: `scripts/package.mjs` writes the Chrome, Firefox and source zips with the version from
 * package.json, and the Chrome and Firefox zips, unpacked as a store would, load in real Chromium and Firefox: the
 * extension starts, and its popup lists all ten built-in arguments. Packages the `dist/` that `npm test` built.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import yauzl from 'yauzl';
import { BROWSERS, type Harness, launchBrowser, ROOT, startHarness } from '../../scripts/e2e/index.mjs';

const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
const work = mkdtempSync(join(tmpdir(), 'argumentarium-package-'));

/** Unpacks `zip` into `dir`; resolves with the entry names. */
function unzip(zip: string, dir: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    yauzl.open(zip, { lazyEntries: true }, (err, file) => {
      if (err || !file) return reject(err);
      const names: string[] = [];
      file.on('entry', (entry: yauzl.Entry) => {
        names.push(entry.fileName);
        if (entry.fileName.endsWith('/')) return file.readEntry();
        file.openReadStream(entry, (e, stream) => {
          if (e || !stream) return reject(e);
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            const target = join(dir, entry.fileName);
            mkdirSync(dirname(target), { recursive: true });
            writeFileSync(target, Buffer.concat(chunks));
            file.readEntry();
          });
        });
      });
      file.on('end', () => resolve(names));
      file.on('error', reject);
      file.readEntry();
    });
  });
}

describe('store packages', () => {
  let h: Harness;
  beforeAll(async () => {
    execFileSync(process.execPath, [join(ROOT, 'scripts/package.mjs'), '--no-build', '--out', join(work, 'zips')], { stdio: 'pipe' });
    h = await startHarness();
  }, 120_000);
  afterAll(async () => {
    await h?.close();
    rmSync(work, { recursive: true, force: true });
  });

  test('are named with the version; the source zip holds what a reviewer needs to build', async () => {
    expect(readdirSync(join(work, 'zips')).sort()).toEqual(['chrome', 'firefox', 'source'].map((k) => `argumentarium-${k}-${version}.zip`));
    const names = await unzip(join(work, 'zips', `argumentarium-source-${version}.zip`), join(work, 'source'));
    for (const f of ['package.json', 'package-lock.json', 'manifest.json', 'scripts/build.mjs', 'README.md']) expect(names).toContain(f);
    expect(names.some((n) => n.startsWith('node_modules/') || n.startsWith('dist/'))).toBe(false);
  });

  test.each(BROWSERS)('the %s zip, unpacked, loads and its popup lists the arguments', async (name) => {
    const kind = name === 'chromium' ? 'chrome' : 'firefox';
    const dir = join(work, kind);
    const names = await unzip(join(work, 'zips', `argumentarium-${kind}-${version}.zip`), dir);
    expect(names).toContain('manifest.json');
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { version: string; manifest_version: number };
    expect(manifest).toMatchObject({ version, manifest_version: 3 });
    const browser = await launchBrowser(name, { proxyPort: h.proxy.port, extensionDir: dir });
    try {
      const popup = await browser.newPage(browser.extensionUrl('popup.html'));
      const count = await popup.waitFor(() => document.querySelectorAll('[data-argument-id]').length || null, undefined, {
        timeout: 20_000,
        message: 'the popup list',
      });
      expect(count).toBeGreaterThanOrEqual(10);
    } finally {
      await browser.close();
    }
  });
});
