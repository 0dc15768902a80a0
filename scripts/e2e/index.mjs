/**
 * The e2e harness in one import: fixture server, recording proxy, browser launchers, and where the built
 * extensions are. Used by `tests/e2e/`, `scripts/start.mjs` and the bench.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startProxy } from './proxy.mjs';
import { ROOT } from './routes.mjs';
import { startFixtureServer } from './server.mjs';

export * from './browsers.mjs';
export * from './proxy.mjs';
export * from './routes.mjs';
export * from './server.mjs';

/**
 * Folder of the built extension for a browser.
 * @param {'chromium' | 'firefox'} browser
 * @param {{ grantAll?: boolean }} [options] `grantAll`: the `--grant-all` build in `dist-test/` (document-tool
 *   groups granted up front) instead of `dist/`.
 * @returns {string} absolute path (`dist/chrome`, `dist/firefox`, `dist-test/chrome`, `dist-test/firefox`; the base
 *   folder can be overridden with the environment variables `E2E_DIST` and `E2E_DIST_TEST`)
 * @throws {Error} when that build does not exist, saying which command makes it
 */
export function extensionDir(browser, { grantAll = false } = {}) {
  // E2E_DIST / E2E_DIST_TEST point the suite at another build (e.g. an unpacked release) without rebuilding.
  const base = (grantAll ? process.env.E2E_DIST_TEST : process.env.E2E_DIST) || join(ROOT, grantAll ? 'dist-test' : 'dist');
  const dir = join(base, browser === 'chromium' ? 'chrome' : 'firefox');
  if (!existsSync(join(dir, 'manifest.json'))) {
    const cmd = grantAll ? 'node scripts/build.mjs --grant-all --out dist-test' : 'npm run build';
    throw new Error(`no built extension at ${dir}: run \`${cmd}\` first`);
  }
  return dir;
}

/**
 * Writes an extension that does nothing (a manifest with no scripts or pages) into a temporary folder.
 * The "no request" proof runs the browser with it as the baseline, so whatever the browser itself does because an
 * extension is installed is on both sides, and only what our code does makes a difference.
 * @param {'chromium' | 'firefox'} browser
 * @returns {{ dir: string, remove(): void }}
 */
export function makeStubExtension(browser) {
  const dir = mkdtempSync(join(tmpdir(), `argumentarium-stub-${browser}-`));
  /** @type {Record<string, unknown>} */
  const manifest = { manifest_version: 3, name: 'Baseline stub', version: '1.0.0', description: 'Does nothing.' };
  if (browser === 'firefox') {
    manifest.browser_specific_settings = {
      gecko: { id: 'baseline@argumentarium.test', data_collection_permissions: { required: ['none'] } },
    };
  }
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Starts the fixture server and the recording proxy in front of it.
 * @param {{ routes?: import('./index.d.mts').Route[], hosts?: string[] }} [options] passed to `startFixtureServer`
 * @returns {Promise<import('./index.d.mts').Harness>}
 */
export async function startHarness(options = {}) {
  const server = await startFixtureServer(options);
  let proxy;
  try {
    proxy = await startProxy({ targetPort: server.port, tunnelHosts: server.hosts });
  } catch (e) {
    await server.close();
    throw e;
  }
  return {
    server,
    proxy,
    async close() {
      await proxy.close();
      await server.close();
    },
  };
}
