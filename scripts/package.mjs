#!/usr/bin/env node
/**
 * Package: writes store-ready zips into `artifacts/`, named with the version from package.json:
 *   argumentarium-chrome-<v>.zip   (Chrome Web Store: the contents of dist/chrome at the zip root)
 *   argumentarium-firefox-<v>.zip  (addons.mozilla.org: made by `web-ext build` from dist/firefox)
 *   argumentarium-source-<v>.zip   (source for Firefox's reviewers: every file tracked by git, plus build instructions in README.md)
 *
 * Runs `npm run build` first (`--no-build`: package the existing dist/). `--out DIR`: write the zips there instead.
 * Exit 1 on any failure.
 */
import { execFileSync } from 'node:child_process';
import { createWriteStream, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import yazl from 'yazl';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const argv = process.argv.slice(2);
const outIdx = argv.indexOf('--out');
const out = outIdx >= 0 ? resolve(argv[outIdx + 1]) : join(root, 'artifacts');

/** Every file under `dir`, relative to it, sorted (deterministic zips). */
function walk(dir, base = dir) {
  return readdirSync(dir)
    .flatMap((name) => {
      const p = join(dir, name);
      return statSync(p).isDirectory() ? walk(p, base) : [relative(base, p)];
    })
    .sort();
}

/** Zips `files` (paths relative to `base`) into `target`; resolves when written. */
function zip(base, files, target) {
  return new Promise((resolvePromise, reject) => {
    const z = new yazl.ZipFile();
    const mtime = new Date('2020-01-01T00:00:00Z');
    for (const f of files) z.addFile(join(base, f), f.split('\\').join('/'), { mtime });
    z.outputStream.pipe(createWriteStream(target)).on('close', resolvePromise).on('error', reject);
    z.end();
  });
}

async function main() {
  if (!argv.includes('--no-build')) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });

  const chromeZip = join(out, `argumentarium-chrome-${version}.zip`);
  await zip(join(root, 'dist/chrome'), walk(join(root, 'dist/chrome')), chromeZip);

  const ffName = `argumentarium-firefox-${version}.zip`;
  execFileSync(
    join(root, 'node_modules/.bin/web-ext'),
    ['build', '--source-dir', join(root, 'dist/firefox'), '--artifacts-dir', out, '--filename', ffName, '--overwrite-dest'],
    { cwd: root, stdio: 'inherit' },
  );

  const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' }).split('\0').filter(Boolean);
  const sourceZip = join(out, `argumentarium-source-${version}.zip`);
  await zip(root, tracked, sourceZip);

  for (const f of readdirSync(out)) console.log(`${relative(root, join(out, f))}  ${(statSync(join(out, f)).size / 1024).toFixed(1)} KB`);
}

main().catch((e) => {
  console.error(e.message ?? e);
  process.exit(1);
});
