/**
 * Organisation defaults through browser policy, in a real Firefox: the policy of
 * `tests/fixtures/managed/policy.json` as a managed storage manifest (`~/.mozilla/managed-storage/<add-on id>.json`
 * on Linux, MDN "Native manifests"), found through a temporary HOME so nothing outside this test is touched.
 * The options page marks the organisation's arguments and intranet sites as managed, and the background ranks with
 * the organisation's arguments (the popup's search finds one by its own signal word).
 *
 * Chromium reads extension policy only from `/etc/chromium/policies/managed/` (root, machine-wide): not done here;
 * the README's "Browser differences" says so.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type E2EBrowser, extensionDir, type Harness, launchFirefox, ROOT, startHarness } from '../../scripts/e2e/index.mjs';

/** The Firefox build's add-on id (`scripts/build.mjs`): the manifest is named after it. */
const GECKO_ID = 'argumentarium@argumentarium.app';
const policy = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/managed/policy.json'), 'utf8')) as {
  intranetSites: string[];
  arguments: { id: string; text: { de: { title: string; signals: string[] }; en: { title: string } } }[];
};

let home = '';
let harness: Harness | undefined;
let firefox: E2EBrowser | undefined;

beforeAll(async () => {
  home = mkdtempSync(join(tmpdir(), 'argumentarium-managed-home-'));
  const dir = join(home, '.mozilla', 'managed-storage');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, `${GECKO_ID}.json`),
    JSON.stringify({ name: GECKO_ID, description: 'test policy', type: 'storage', data: policy }),
  );
  harness = await startHarness();
  // The launcher passes our environment to Firefox, which looks for the manifest under HOME.
  const saved = process.env.HOME;
  process.env.HOME = home;
  try {
    firefox = await launchFirefox({ proxyPort: harness.proxy.port, extensionDir: extensionDir('firefox') });
  } finally {
    process.env.HOME = saved;
  }
});

afterAll(async () => {
  await firefox?.close();
  await harness?.close();
  if (home) rmSync(home, { recursive: true, force: true });
});

describe('firefox: organisation defaults from a managed storage manifest', () => {
  test('the options page marks the organisation’s arguments and intranet sites as managed', async () => {
    const page = await firefox!.newPage();
    await page.goto(firefox!.extensionUrl('options.html'));
    const managed = await page.waitFor(
      () => {
        const ids = [...document.querySelectorAll('[data-argument-id^="managed-"]')].map((e) => e.getAttribute('data-argument-id'));
        return ids.length ? ids : null;
      },
      undefined,
      { timeout: 20_000, message: 'the organisation’s arguments on the options page' },
    );
    expect([...managed].sort()).toEqual(policy.arguments.map((a) => `managed-${a.id}`).sort());
    const sites = await page.evaluate(() =>
      [...document.querySelectorAll('#sites li[data-site]')].map((li) => ({
        site: li.getAttribute('data-site'),
        text: li.textContent ?? '',
      })),
    );
    for (const host of ['intranet.example.com', 'wiki.example.com']) {
      const row = sites.find((s) => (s.site ?? '').includes(host));
      expect(row, `${host} in ${JSON.stringify(sites)}`).toBeDefined();
      expect(row!.text).toMatch(/Managed by your organisation|Von deiner Organisation verwaltet/);
    }
    await page.close();
  });

  test('the background ranks with them: the popup’s search finds an organisation argument by its signal word', async () => {
    const first = policy.arguments[0]!;
    const page = await firefox!.newPage();
    await page.goto(firefox!.extensionUrl('popup.html'));
    await page.waitFor(() => document.querySelectorAll('[data-argument-id]').length > 0, undefined, { message: 'the popup' });
    await page.clickDeep(['input[type="search"]']);
    await page.type(first.text.de.signals[1] ?? first.text.de.signals[0]!);
    const top = await page.waitFor(
      (id: string) => {
        const found = document.querySelector('[data-argument-id]')?.getAttribute('data-argument-id');
        return found === id ? found : null;
      },
      `managed-${first.id}`,
      { timeout: 10_000, message: 'the organisation argument first in the search' },
    );
    expect(top).toBe(`managed-${first.id}`);
    await page.close();
  });
});
