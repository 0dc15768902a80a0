#!/usr/bin/env node
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
/**
 * Build: bundles the extension with esbuild and writes two unpacked extensions,
 * `dist/chrome/` and `dist/firefox/`, from the one source `manifest.json`.
 *
 * Usage: node scripts/build.mjs [--grant-all] [--out DIR]
 *   --grant-all  test build: the document-tool site groups become required
 *                `host_permissions` (granted up front), so tests need no permission prompt.
 *   --out DIR    output folder instead of `dist` (used by tests for the --grant-all build).
 *   --no-minify  keep names readable (profiling: `npm run bench -- --dist DIR` names functions in its hot list).
 *
 * Fails (exit 1) on any esbuild error, including an unresolved import.
 */
import { build, transform, transformSync } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const grantAll = args.includes('--grant-all');
const minify = !args.includes('--no-minify');
const outIdx = args.indexOf('--out');
const outBase = resolve(root, outIdx >= 0 ? args[outIdx + 1] : 'dist');

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const sourceManifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));

/**
 * Extension pages: entry module, and style sheets of other pages it shares (between `src/ui/base.css` and its own
 * `src/<name>/<name>.css`): the side panel lists arguments and holds the briefing composer as the popup does.
 */
export const PAGES = [
  { name: 'popup', entry: 'src/popup/index.tsx' },
  { name: 'options', entry: 'src/options/index.tsx' },
  { name: 'onboarding', entry: 'src/onboarding/index.tsx' },
  { name: 'briefing', entry: 'src/briefing/index.tsx' },
  { name: 'sidepanel', entry: 'src/sidepanel/index.tsx', shares: ['src/popup/popup.css'] },
];

/** Script entries (not pages). */
export const SCRIPTS = [
  { name: 'background', entry: 'src/background/index.ts' },
  { name: 'content', entry: 'content/index.ts' },
  { name: 'content-loader', entry: 'content/loader.ts' },
];

function pageHtml(name) {
  const css = existsSync(join(root, `src/${name}/${name}.css`)) || existsSync(join(root, 'src/ui/base.css'));
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>Argumentarium</title>
${css ? `<link rel="stylesheet" href="${name}.css">` : ''}
</head>
<body>
<div id="app"></div>
<script src="${name}.js"></script>
</body>
</html>
`;
}

/** Manifest for one browser. */
export function manifestFor(browser, { grantAll = false } = {}) {
  const m = structuredClone(sourceManifest);
  m.version = pkg.version;
  if (grantAll) {
    m.host_permissions = [...(m.host_permissions ?? []), ...m.optional_host_permissions.filter((p) => p !== '*://*/*')];
  }
  if (browser === 'firefox') {
    // Firefox only: the context menu and the copy-best command copy from a content script that has no user
    // activation, which Firefox refuses without `clipboardWrite`; Chromium allows it (measured on Firefox ESR 153 and
    // Chromium 156 by tests/e2e/clipboard.*.test.ts).
    m.permissions = [...(m.permissions ?? []).filter((p) => p !== 'sidePanel'), 'clipboardWrite'];
    m.background = { scripts: ['background.js'] };
    // Firefox's side panel is its sidebar: no permission, and its own command opens it from a shortcut without code
    // (`sidebarAction.open()` is allowed only inside a user action's handler, which a command's is not in every case).
    delete m.side_panel;
    m.sidebar_action = {
      default_panel: sourceManifest.side_panel.default_path,
      default_title: '__MSG_extName__',
      default_icon: m.action?.default_icon,
      open_at_install: false,
    };
    const { 'open-panel': openPanel, ...commands } = m.commands ?? {};
    m.commands = { ...commands, ...(openPanel ? { _execute_sidebar_action: openPanel } : {}) };
    m.browser_specific_settings = {
      gecko: {
        id: 'argumentarium@argumentarium.app',
        // data_collection_permissions needs Firefox 140 (142 on Android).
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    };
    delete m.minimum_chrome_version;
  } else {
    m.background = { service_worker: 'background.js' };
  }
  return m;
}

/**
 * Preact supports `dangerouslySetInnerHTML` by assigning `innerHTML`; we never use it (a unit test checks the sources), and
 * `web-ext lint` rightly warns about a dynamic `innerHTML` assignment in every page bundle. This plugin replaces that one
 * assignment in Preact's ES module build with a throw. It fails the build when the pattern is not found (a Preact upgrade
 * must be looked at, not silently shipped with the warning back).
 */
const noInnerHtml = {
  name: 'preact-no-inner-html',
  setup(b) {
    b.onLoad({ filter: /preact[\\/]dist[\\/]preact\.module\.js$/ }, (args) => {
      const src = readFileSync(args.path, 'utf8');
      const pattern = /\(u\.innerHTML=h\.__html\)/;
      if (!pattern.test(src)) throw new Error(`preact-no-inner-html: pattern not found in ${args.path}; check the Preact version`);
      return { contents: src.replace(pattern, '(()=>{throw new Error("dangerouslySetInnerHTML is not supported")})()'), loader: 'js' };
    });
  },
};

/**
 * The built-in arguments of each language, as the popup and the side panel load them (`src/popup/builtins-data.ts`,
 * whose `builtinsPath` names the files): `builtinsInLanguage` of `src/catalog/builtins.ts`, run here in Node from an
 * in-memory bundle, so the files hold exactly what that function gives.
 * @returns JSON text by path inside the extension (`catalog/de.json`, `catalog/en.json`)
 */
async function builtinsFiles() {
  const result = await build({
    stdin: {
      contents: "export { builtinsInLanguage } from './src/catalog/builtins'; export { LANGS } from './src/catalog/types';",
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    logLevel: 'warning',
  });
  const mod = await import(`data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString('base64')}`);
  return Object.fromEntries(mod.LANGS.map((lang) => [`catalog/${lang}.json`, JSON.stringify(mod.builtinsInLanguage(lang))]));
}

/**
 * `content.js` without webextension-polyfill: its import resolves to `src/platform/content-browser.ts`, which keeps the
 * two parts of the polyfill the content script relies on (the content script's size budget, `npm run bench`).
 */
const contentBrowser = {
  name: 'content-browser',
  setup(b) {
    b.onResolve({ filter: /^webextension-polyfill$/ }, () => ({ path: join(root, 'src/platform/content-browser.ts') }));
  },
};

/**
 * The card's style sheet (`CARD_CSS` of `content/card/styles.ts`, a template literal kept readable in the source)
 * minified by esbuild's CSS minifier in the bundle: its indentation and comments were 0.3 KB of the content script's
 * gzipped size. `${…}` substitutions stand in as custom property names while it is minified and must come back as
 * often as they went in; the build fails when the sheet is not found or a substitution was lost (look at the source,
 * do not ship it half-minified).
 */
const minifyCardCss = {
  name: 'minify-card-css',
  setup(b) {
    b.onLoad({ filter: /content[\\/]card[\\/]styles\.ts$/ }, async (args) => {
      const src = readFileSync(args.path, 'utf8');
      const sheet = /export const CARD_CSS = `([^`]*)`;/.exec(src);
      if (!sheet) throw new Error(`minify-card-css: no CARD_CSS template literal in ${args.path}`);
      const exprs = [];
      const css = sheet[1].replace(/\$\{([^}]*)\}/g, (_, e) => `--argumentarium-build-${exprs.push(e) - 1}`);
      const min = (await transform(css, { loader: 'css', minify: true, target: ['chrome116', 'firefox140'] })).code.trim();
      if (/[`\\]/.test(min)) throw new Error(`minify-card-css: the minified sheet has a backtick or backslash (${args.path})`);
      let restored = min;
      exprs.forEach((e, i) => {
        const name = new RegExp(`--argumentarium-build-${i}(?![0-9])`, 'g');
        if ((min.match(name) ?? []).length !== (css.match(name) ?? []).length) {
          throw new Error(`minify-card-css: the substitution \${${e}} was not kept in ${args.path}`);
        }
        restored = restored.replace(name, () => `\${${e}}`);
      });
      return { contents: src.replace(sheet[0], () => `export const CARD_CSS = \`${restored}\`;`), loader: 'ts' };
    });
  },
};

/** Entries bundled with {@link contentBrowser} instead of the polyfill. */
const WITHOUT_POLYFILL = new Set(['content']);

async function bundle(outdir) {
  const entryPoints = {};
  const light = {};
  for (const { name, entry } of [...SCRIPTS, ...PAGES]) {
    if (existsSync(join(root, entry))) (WITHOUT_POLYFILL.has(name) ? light : entryPoints)[name] = join(root, entry);
  }
  const options = {
    outdir,
    bundle: true,
    format: 'iife',
    target: ['chrome116', 'firefox140'],
    minify,
    sourcemap: false,
    legalComments: 'none',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    loader: { '.css': 'text' },
    metafile: true,
    logLevel: 'warning',
    // The test-only trigger of src/background/actions/test-trigger.ts exists only in the --grant-all build.
    define: { 'process.env.NODE_ENV': '"production"', 'globalThis.__ARGUMENTARIUM_TEST_TRIGGERS__': String(grantAll) },
  };
  const [all, content] = await Promise.all([
    build({ ...options, entryPoints, plugins: [noInnerHtml] }),
    build({ ...options, entryPoints: light, plugins: [noInnerHtml, contentBrowser, ...(minify ? [minifyCardCss] : [])] }),
  ]);
  // One metafile for both (`npm run bench` names what takes the room): inputs and outputs by path.
  return {
    inputs: { ...all.metafile.inputs, ...content.metafile.inputs },
    outputs: { ...all.metafile.outputs, ...content.metafile.outputs },
  };
}

export async function buildAll() {
  const tmp = join(outBase, '.bundle');
  rmSync(outBase, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  const metafile = await bundle(tmp);
  for (const [path, json] of Object.entries(await builtinsFiles())) {
    mkdirSync(dirname(join(tmp, path)), { recursive: true });
    writeFileSync(join(tmp, path), json);
  }
  for (const browser of ['chrome', 'firefox']) {
    const out = join(outBase, browser);
    mkdirSync(out, { recursive: true });
    cpSync(tmp, out, { recursive: true });
    for (const { name, entry, shares = [] } of PAGES) {
      if (!existsSync(join(root, entry))) continue;
      writeFileSync(join(out, `${name}.html`), pageHtml(name));
      const css = join(root, `src/${name}/${name}.css`);
      const base = join(root, 'src/ui/base.css');
      const parts = [base, ...shares.map((f) => join(root, f)), css].filter(existsSync).map((f) => readFileSync(f, 'utf8'));
      // Minified like the scripts: the sheets' comments are for us, not for the package (and count in the popup's budget).
      if (parts.length) writeFileSync(join(out, `${name}.css`), transformSync(parts.join('\n'), { loader: 'css', minify: true }).code);
    }
    cpSync(join(root, '_locales'), join(out, '_locales'), { recursive: true });
    cpSync(join(root, 'icons'), join(out, 'icons'), { recursive: true });
    const managed = join(root, 'src/settings/managed-schema.json');
    const manifest = manifestFor(browser, { grantAll });
    if (browser === 'chrome' && existsSync(managed)) {
      cpSync(managed, join(out, 'managed-schema.json'));
      manifest.storage = { managed_schema: 'managed-schema.json' };
    }
    writeFileSync(join(out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  }
  rmSync(tmp, { recursive: true, force: true });
  writeFileSync(join(outBase, 'meta.json'), JSON.stringify(metafile));
  return outBase;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildAll()
    .then((out) => console.log(`built ${out}/chrome and ${out}/firefox`))
    .catch((e) => {
      console.error(e.message ?? e);
      process.exit(1);
    });
}
