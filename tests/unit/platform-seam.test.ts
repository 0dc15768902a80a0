/**
 * The browser seam: only `src/platform/` touches `browser.*`. Every other module of the extension (under `src/` and
 * `content/`) reaches the browser through the platform's functions, so unit tests swap one module for a fake and
 * the differences between Chrome and Firefox stay in one folder. And the platform depends on no entry point:
 * `src/platform/` imports nothing from the background, the extension pages, the usage record or the content script.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const PLATFORM = join(ROOT, 'src/platform');

/**
 * Modules outside `src/platform/` that still import the polyfill, each with why: the list may only shrink, and a
 * listed module that no longer imports it fails the test, so the list cannot go stale. Empty: every module outside
 * the platform reaches the browser through it.
 */
const NOT_YET: Record<string, string> = {};

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(e.name) && !e.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Every module specifier a file imports or re-exports, static or dynamic, type-only included. */
function specifiers(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(/(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]/g)) out.push(m[1] as string);
  for (const m of text.matchAll(/(?:^|[\s;])import\s*['"]([^'"]+)['"]/g)) out.push(m[1] as string);
  for (const m of text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) out.push(m[1] as string);
  return out;
}

/** The repository path a relative specifier of `file` points to, without extension; bare specifiers as they are. */
function target(file: string, spec: string): string {
  if (!spec.startsWith('.')) return spec;
  return relative(ROOT, resolve(dirname(file), spec))
    .replace(/\.(ts|tsx)$/, '')
    .replace(/\/index$/, '');
}

const files = [...sources(join(ROOT, 'src')), ...sources(join(ROOT, 'content'))];

function touchesBrowser(file: string): boolean {
  return specifiers(file).some((s) => {
    const t = target(file, s);
    return t === 'webextension-polyfill' || t === 'src/platform/browser';
  });
}

describe('the browser seam', () => {
  it('finds the modules it checks', () => {
    expect(files.length).toBeGreaterThan(80);
    expect(touchesBrowser(join(PLATFORM, 'storage.ts'))).toBe(true);
  });

  it('lets only src/platform/ import webextension-polyfill or src/platform/browser', () => {
    const offenders = files
      .filter((f) => !f.startsWith(`${PLATFORM}/`))
      .filter(touchesBrowser)
      .map((f) => relative(ROOT, f))
      .filter((f) => !(f in NOT_YET));
    expect(offenders).toEqual([]);
  });

  it('keeps its list of exceptions current (each listed module still imports the polyfill)', () => {
    for (const f of Object.keys(NOT_YET)) expect(touchesBrowser(join(ROOT, f)), f).toBe(true);
  });

  it('keeps src/platform/ free of imports from entry points and the content script', () => {
    const layers = /^(src\/(background|popup|options|onboarding|briefing|usage)|content)(\/|$)/;
    const offenders = sources(PLATFORM).flatMap((f) =>
      specifiers(f)
        .map((s) => target(f, s))
        .filter((t) => layers.test(t))
        .map((t) => `${relative(ROOT, f)} → ${t}`),
    );
    expect(offenders).toEqual([]);
  });
});
