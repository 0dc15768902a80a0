/**
 * `src/site-groups.ts` is the one list of site groups; everything else a group needs is checked against it here, so a
 * new group fails with the missing piece named: its hint default in the settings, its display name in both
 * languages, a fixture page the e2e server serves on its hosts, and the manifest's host permissions (optional ones
 * for an optional group, the static content script's for the social sites). Onboarding and the options page list the
 * groups from `SITE_GROUPS` itself.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROUTES } from '../../scripts/e2e/index.mjs';
import { matchesPattern } from '../../src/match-patterns';
import { defaults } from '../../src/settings/index';
import { SITE_GROUPS } from '../../src/site-groups';

const ROOT = resolve(__dirname, '../..');
const json = (path: string) => JSON.parse(readFileSync(join(ROOT, path), 'utf8'));
const manifest = json('manifest.json') as { optional_host_permissions: string[]; content_scripts: { matches: string[] }[] };
const locales = { de: json('_locales/de/messages.json'), en: json('_locales/en/messages.json') } as Record<string, Record<string, unknown>>;

describe('every site group has all its pieces', () => {
  it('ids are unique', () => {
    expect(new Set(SITE_GROUPS.map((g) => g.id)).size).toBe(SITE_GROUPS.length);
  });

  for (const g of SITE_GROUPS) {
    describe(g.id, () => {
      it('has a hint default (defaults.hintMode in src/settings/index.ts)', () => {
        expect(defaults.hintMode[g.id], `defaults.hintMode.${g.id} is missing in src/settings/index.ts`).toBeDefined();
      });

      it('has its display name in both languages (labelKey in _locales/de and _locales/en)', () => {
        for (const lang of ['de', 'en'])
          expect(locales[lang]?.[g.labelKey], `${g.labelKey} in _locales/${lang}/messages.json`).toBeDefined();
      });

      if (g.origins.length === 0) return;

      it('has a fixture page served on its pages (scripts/e2e/routes.mjs)', () => {
        const served = ROUTES.some((r) => g.origins.some((p) => matchesPattern(p, `https://${r.host}${r.prefix}`)));
        expect(served, `no route in scripts/e2e/routes.mjs serves a host of ${g.origins.join(', ')}`).toBe(true);
      });

      if (g.optional) {
        it("is in manifest.json's optional_host_permissions (onboarding and the options page ask for it)", () => {
          const missing = g.origins.filter((o) => !manifest.optional_host_permissions.includes(o));
          expect(missing, "origins missing from manifest.json's optional_host_permissions").toEqual([]);
        });
      } else {
        it("is in manifest.json's static content script", () => {
          const matches = manifest.content_scripts.flatMap((c) => c.matches);
          expect(
            g.matches.filter((m) => !matches.includes(m)),
            "pages missing from manifest.json's content_scripts matches",
          ).toEqual([]);
        });
      }
    });
  }
});
