/**
 * Bundle sizes against their budgets: the content script at most 25 KB gzipped (everything included:
 * content.js carries the card's UI and styles too), the popup at most 60 KB gzipped (popup.js, popup.css,
 * popup.html and the built-in arguments of the language it shows, `catalog/<lang>.json`: what the popup loads to open;
 * the larger language counts). KB = 1,000 bytes; gzip at level 9, as stores and servers compress.
 * Also names what takes the room in each bundle, from esbuild's metafile (`dist/meta.json`).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Budgets in bytes. */
export const SIZE_BUDGETS = { content: 25_000, popup: 60_000 };

/** Files of each budgeted bundle, relative to the built Chrome extension. */
const FILES = { content: ['content.js', 'content-loader.js'], popup: ['popup.js', 'popup.css', 'popup.html'] };

/** Folder of the per-language built-in arguments the popup loads at start (`src/popup/builtins-data.ts`). */
const BUILTINS_DIR = 'catalog';

/** gzip -9 size of a file in bytes. */
export function gzipSize(file) {
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

/**
 * Groups an esbuild input path: a package under node_modules by its name, else its first two folders
 * (`src/relevance`, `content/card`).
 */
function groupOf(input) {
  const parts = input.split(/[\\/]/);
  const nm = parts.lastIndexOf('node_modules');
  if (nm >= 0) return parts[nm + 1]?.startsWith('@') ? `${parts[nm + 1]}/${parts[nm + 2]}` : parts[nm + 1];
  return parts.slice(0, Math.min(2, parts.length - 1)).join('/') || input;
}

/**
 * The largest contributors to an output bundle (minified bytes before gzip).
 * @param {string} metaFile esbuild metafile (`dist/meta.json`)
 * @param {string} name output file name, e.g. `content.js`
 * @param {number} [top] how many groups
 * @returns {{ group: string, bytes: number }[]} largest first; empty when the metafile is missing
 */
export function contributors(metaFile, name, top = 5) {
  if (!existsSync(metaFile)) return [];
  const meta = JSON.parse(readFileSync(metaFile, 'utf8'));
  const key = Object.keys(meta.outputs ?? {}).find((k) => k.split(/[\\/]/).pop() === name);
  if (!key) return [];
  const groups = new Map();
  for (const [input, info] of Object.entries(meta.outputs[key].inputs ?? {})) {
    const g = groupOf(input);
    groups.set(g, (groups.get(g) ?? 0) + info.bytesInOutput);
  }
  return [...groups]
    .map(([group, bytes]) => ({ group, bytes }))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, top);
}

/**
 * Measures the budgeted bundles of a built Chrome extension.
 * @param {string} chromeDir e.g. `dist/chrome`
 * @param {string} [metaFile] esbuild metafile for the contributors
 * @returns {{ name: 'content' | 'popup', files: string[], raw: number, gzip: number, budget: number, pass: boolean, top: { group: string, bytes: number }[] }[]}
 * @throws {Error} when a bundle file is missing
 */
export function bundleSizes(chromeDir, metaFile) {
  return /** @type {const} */ (['content', 'popup']).map((name) => {
    const files = [...FILES[name]];
    const builtins = join(chromeDir, BUILTINS_DIR);
    if (name === 'popup' && existsSync(builtins)) {
      // The popup loads one language's file at start: the larger one counts.
      const [largest] = readdirSync(builtins)
        .filter((f) => f.endsWith('.json'))
        .map((f) => ({ f: `${BUILTINS_DIR}/${f}`, gz: gzipSize(join(builtins, f)) }))
        .sort((a, b) => b.gz - a.gz);
      if (largest) files.push(largest.f);
    }
    let raw = 0;
    let gzip = 0;
    for (const f of files) {
      const path = join(chromeDir, f);
      if (!existsSync(path)) throw new Error(`bundle file missing: ${relative(process.cwd(), path).split(sep).join('/')}`);
      raw += readFileSync(path).length;
      gzip += gzipSize(path);
    }
    const budget = SIZE_BUDGETS[name];
    return { name, files, raw, gzip, budget, pass: gzip <= budget, top: metaFile ? contributors(metaFile, files[0]) : [] };
  });
}
