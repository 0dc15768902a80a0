/**
 * Store readiness: Mozilla's add-ons linter (`web-ext lint`) reports no errors, warnings or notices on the
 * built Firefox extension, and no source uses Preact's `dangerouslySetInnerHTML` (the build strips Preact's support for it).
 * Needs `npm run build` first (`npm test` does it).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? sources(p) : /\.(ts|tsx)$/.test(n) ? [p] : [];
  });
}

describe('store readiness', () => {
  it('web-ext lint finds nothing in dist/firefox', () => {
    const dir = join(root, 'dist/firefox');
    expect(existsSync(join(dir, 'manifest.json')), 'run npm run build first').toBe(true);
    let out: string;
    try {
      out = execFileSync(join(root, 'node_modules/.bin/web-ext'), ['lint', '--source-dir', dir, '--self-hosted', '--output', 'json'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    } catch (e) {
      // web-ext exits non-zero when it finds errors; its report is still on stdout.
      out = String((e as { stdout?: string }).stdout ?? '');
    }
    const report = JSON.parse(out) as { summary: Record<string, number>; errors: unknown[]; warnings: unknown[]; notices: unknown[] };
    expect([...report.errors, ...report.warnings, ...report.notices]).toEqual([]);
    expect(report.summary).toEqual({ errors: 0, notices: 0, warnings: 0 });
  }, 120_000);

  it('no source uses dangerouslySetInnerHTML or assigns innerHTML', () => {
    const offenders = [...sources(join(root, 'src')), ...sources(join(root, 'content'))].filter((f) =>
      /dangerouslySetInnerHTML|\.innerHTML\s*=|insertAdjacentHTML|document\.write\(/.test(readFileSync(f, 'utf8')),
    );
    expect(offenders).toEqual([]);
  });
});
