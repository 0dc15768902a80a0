/**
 * What the bench serves and loads: the routes of its fixtures (`tests/fixtures/bench/`) on the e2e fixture
 * server, and the extension it measures.
 *
 * The extension: a copy of the built Chrome extension whose manifest also lists `https://intranet.example.com/*`
 * for the static content script (and as a host permission). The shipped manifest runs on intranet hosts only after
 * the user adds them and grants access; the `--grant-all` test build grants the document-tool groups but not
 * arbitrary intranet hosts. Declaring the host statically runs the very same content.js there without a
 * permission prompt and without depending on the background's registration code, which this bench does not
 * measure. Everything else in the copy is byte-for-byte the build.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { intranetPage } from '../../tests/fixtures/bench/intranet.mjs';
import { ROOT, ROUTES } from '../e2e/index.mjs';

/** Host of the 5 MB intranet page. */
export const INTRANET_HOST = 'intranet.example.com';

/** URLs of the bench pages (the proxy sends them to the fixture server). */
export const BENCH_URLS = {
  feed: 'https://x.com/bench/feed',
  list: 'https://x.com/bench/list',
  intranet: `https://${INTRANET_HOST}/`,
};

/**
 * The fixture server's routes for the bench: the e2e routes plus the feed and list pages on x.com (where the
 * content script runs) and the generated intranet page.
 * @param {{ intranetBytes?: number }} [options] size of the intranet page (default 5 000 000 bytes; 0: no intranet
 *   route, for tests that do not need it)
 * @returns {import('../e2e/index.d.mts').Route[]}
 */
export function benchRoutes(options = {}) {
  const bytes = options.intranetBytes ?? 5_000_000;
  return [
    ...ROUTES,
    // `/bench` also serves the pages' modules and assets (feed.mjs, cells.mjs, bench.css, …) from the same folder.
    { host: 'x.com', prefix: '/bench', file: 'bench/feed.html' },
    { host: 'x.com', prefix: '/bench/feed', file: 'bench/feed.html' },
    { host: 'x.com', prefix: '/bench/list', file: 'bench/list.html' },
    ...(bytes > 0 ? [{ host: INTRANET_HOST, prefix: '/', body: intranetPage({ bytes }) }] : []),
  ];
}

/**
 * Writes the bench's copy of a built Chrome extension (see the module comment).
 * @param {string} builtDir the built extension (`dist/chrome`)
 * @param {string} outDir where the copy goes (replaced)
 * @returns {string} `outDir`
 * @throws {Error} when `builtDir` has no manifest.json
 */
export function benchExtension(builtDir, outDir) {
  const manifestFile = join(builtDir, 'manifest.json');
  if (!existsSync(manifestFile)) throw new Error(`no built extension at ${builtDir}: run \`npm run build\` first`);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  cpSync(builtDir, outDir, { recursive: true });
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  const pattern = `https://${INTRANET_HOST}/*`;
  manifest.host_permissions = [...new Set([...(manifest.host_permissions ?? []), pattern])];
  const scripts = manifest.content_scripts ?? [];
  if (scripts.length === 0) throw new Error(`${manifestFile} declares no content script`);
  scripts[0].matches = [...new Set([...scripts[0].matches, pattern])];
  writeFileSync(join(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return outDir;
}

/** Folder for the bench's outputs (`out/`). */
export const OUT = join(ROOT, 'out');
