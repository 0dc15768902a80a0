/**
 * Import files and settings patches refused or accepted rule by rule, each refusal with its message and where it
 * points: a value that is not text, a file over the size limit, a file without arguments, a bad `exportedAt`,
 * `hidden` inside `settings`, more than 21 problems; what a file without a hidden list does to the user's hidden
 * arguments (nothing, in the preview too); the strict checks of a settings patch (not an object, unknown fields,
 * hint modes, list entries, list lengths) and the repairs on read. Written against the mutants StrykerJS left alive
 * in `transfer.ts` and `validate.ts` (docs/mutation-testing.md).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

// transfer.ts reaches storage through the platform: a fake browser, as in import.test.ts (nothing here writes).
vi.mock('../../src/platform/browser', async () => ({ browser: (await import('./settings-fake-browser')).createFakeBrowser() }));

import { t, useMessages } from '../../src/i18n';
import { defaults, SETTINGS_VERSION, type Settings } from '../../src/settings';
import { formatPath } from '../../src/settings/arguments';
import { EXPORT_FORMAT, exportFileName, MAX_IMPORT_CHARS, parseImport, previewImport, tooLargeResult } from '../../src/settings/transfer';
import { SETTINGS_LIMITS, validateSettings, validateSettingsPatch } from '../../src/settings/validate';
import { loadMessages } from './settings-fake-browser';

beforeEach(() => {
  useMessages(loadMessages('en'));
});

const file = (body: Record<string, unknown>) => JSON.stringify({ format: EXPORT_FORMAT, version: 1, ...body }, null, 2);
const refusedWith = (text: unknown) => {
  const r = parseImport(text);
  if (r.ok) throw new Error('the import was accepted');
  return r;
};

describe('import refusals', () => {
  it('a value that is not text', () => {
    const r = refusedWith(42);
    expect(r.error).toMatchObject({ code: 'not-text', detail: t('optionsImportNotText'), line: 1, column: 1, offset: 0 });
  });

  it('a file over the size limit, read or not', () => {
    const r = refusedWith(' '.repeat(MAX_IMPORT_CHARS + 1));
    const detail = t('optionsImportTooLarge', String(MAX_IMPORT_CHARS));
    expect(r.error).toMatchObject({ code: 'too-large', detail, line: 1, column: 1 });
    const before = tooLargeResult();
    expect(before.ok).toBe(false);
    if (!before.ok) expect(before.error).toMatchObject({ code: 'too-large', detail, line: 1, column: 1, offset: 0 });
  });

  it('a file of exactly the size limit is read (here: refused as empty, not as too large)', () => {
    expect(refusedWith(' '.repeat(MAX_IMPORT_CHARS)).error.code).toBe('empty');
  });

  it('a file without arguments names the missing field', () => {
    const r = refusedWith(file({}));
    expect(r.error).toMatchObject({ code: 'invalid', detail: t('optionsErrMissing', formatPath(['arguments'])) });
  });

  it('an exportedAt that is not text, pointing at it', () => {
    const text = file({ exportedAt: 5, arguments: [] });
    const r = refusedWith(text);
    expect(r.error).toMatchObject({ code: 'invalid', detail: t('optionsErrTextOptional', formatPath(['exportedAt']), '40'), line: 4 });
  });

  it('hidden ids inside settings (their place is the top level)', () => {
    const r = refusedWith(file({ arguments: [], settings: { hidden: ['reach'] } }));
    expect(r.error).toMatchObject({ code: 'invalid', detail: t('optionsErrUnknownField', formatPath(['settings', 'hidden'])) });
  });

  it('a wrong version names the field and the version we read, at its line', () => {
    const r = refusedWith(JSON.stringify({ format: EXPORT_FORMAT, version: 'one', arguments: [] }, null, 2));
    expect(r.error).toMatchObject({ code: 'invalid', detail: t('optionsErrOneOf', 'version', '1'), line: 3 });
  });

  it('lists the first problem and at most 20 more', () => {
    const r = refusedWith(file({ arguments: [], ...Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`extra${i}`, i])) }));
    expect(r.problems).toHaveLength(20);
  });
});

describe('an import without a hidden list', () => {
  const current = { userArguments: [], settings: { ...defaults, hidden: ['reach', 'faces'] } as Settings };

  it('is accepted without warnings (no BOM, nothing decomposed) and changes no hidden argument, in the preview too', () => {
    const r = parseImport(file({ arguments: [] }), current, 'replace');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.warnings).toEqual([]);
    expect(r.data).toStrictEqual({ arguments: [] });
    expect(previewImport(r.data, current, 'replace').hidden).toEqual({ added: [], removed: [] });
  });

  it('the export file is named by the day', () => {
    expect(exportFileName(new Date('2026-10-05T23:30:00Z'))).toBe('argumentarium-2026-10-05.json');
  });
});

describe('settings patches, strictly', () => {
  it('refuses what is not an object', () => {
    expect(validateSettingsPatch('lang=de', ['settings'])).toEqual({
      ok: false,
      problems: [{ path: ['settings'], message: t('optionsErrObject', formatPath(['settings'])) }],
    });
  });

  it('refuses a hintMode that is not an object, naming it', () => {
    expect(validateSettingsPatch({ hintMode: 'always' })).toEqual({
      ok: false,
      problems: [{ path: ['hintMode'], message: t('optionsErrObject', formatPath(['hintMode'])) }],
    });
  });

  it('refuses an unknown site group and an unknown hint mode in hintMode', () => {
    expect(validateSettingsPatch({ hintMode: { mastodon: 'always' } })).toEqual({
      ok: false,
      problems: [{ path: ['hintMode', 'mastodon'], message: t('optionsErrUnknownField', formatPath(['hintMode', 'mastodon'])) }],
    });
    const group = Object.keys(defaults.hintMode)[0] as string;
    const r = validateSettingsPatch({ hintMode: { [group]: 'loudly' } });
    expect(r.ok).toBe(false);
    expect(validateSettingsPatch({ includeSources: 'yes' })).toMatchObject({
      ok: false,
      problems: [{ path: ['includeSources'], message: t('optionsErrBoolean', formatPath(['includeSources'])) }],
    });
  });

  it('refuses a list with a bad entry, naming the entry', () => {
    expect(validateSettingsPatch({ snoozed: ['x.com', 7] })).toEqual({
      ok: false,
      problems: [{ path: ['snoozed', '1'], message: t('optionsErrEntry', formatPath(['snoozed', '1'])) }],
    });
  });

  it('refuses a list longer than its limit, and accepts one at the limit', () => {
    const hosts = (n: number) => Array.from({ length: n }, (_, i) => `h${i}.example.com`);
    expect(validateSettingsPatch({ snoozed: hosts(SETTINGS_LIMITS.snoozed) }).ok).toBe(true);
    expect(validateSettingsPatch({ snoozed: hosts(SETTINGS_LIMITS.snoozed + 1) })).toEqual({
      ok: false,
      problems: [{ path: ['snoozed'], message: t('optionsErrTooManyEntries', formatPath(['snoozed']), String(SETTINGS_LIMITS.snoozed)) }],
    });
  });

  it('host names: trimmed and lower-cased, IPv6 in brackets, at most 253 characters', () => {
    expect(validateSettingsPatch({ snoozed: [' Intranet.Example.COM ', '[::1]'] })).toEqual({
      ok: true,
      patch: { snoozed: ['intranet.example.com', '[::1]'] },
    });
    const label = 'a'.repeat(63);
    const at253 = `${label}.${label}.${label}.${'a'.repeat(61)}`;
    expect(at253).toHaveLength(253);
    expect(validateSettingsPatch({ snoozed: [at253] }).ok).toBe(true);
    expect(validateSettingsPatch({ snoozed: [`${at253}a`] }).ok).toBe(false);
    expect(validateSettingsPatch({ snoozed: ['x.com/'] }).ok).toBe(false);
    expect(validateSettingsPatch({ snoozed: ['x[::1]'] }).ok).toBe(false);
    expect(validateSettingsPatch({ snoozed: ['[::1]x'] }).ok).toBe(false);
    expect(validateSettingsPatch({ hidden: ['reach-extra!'] }).ok).toBe(false);
  });
});

describe('settings on read', () => {
  it('a list over its limit is cut to it and reported as repaired', () => {
    const hosts = Array.from({ length: SETTINGS_LIMITS.snoozed + 5 }, (_, i) => `h${i}.example.com`);
    const r = validateSettings({ version: SETTINGS_VERSION, snoozed: hosts });
    expect(r.settings.snoozed).toEqual(hosts.slice(0, SETTINGS_LIMITS.snoozed));
    expect(r.repaired).toEqual(['snoozed']);
  });

  it('a stored host name in capitals is read in lower case and reported as repaired (so it is written back)', () => {
    const r = validateSettings({ version: SETTINGS_VERSION, snoozed: ['Intranet.Example.com'] });
    expect(r.settings.snoozed).toEqual(['intranet.example.com']);
    expect(r.repaired).toEqual(['snoozed']);
  });

  it('valid stored lists and versions are read as they are: nothing repaired, no migration', () => {
    const r = validateSettings({ version: SETTINGS_VERSION, snoozed: ['x.com'], hidden: ['reach'] });
    expect(r.repaired).toEqual([]);
    expect(r.settings.snoozed).toEqual(['x.com']);
  });

  it('a version that is not a whole number from 0 up is read as 0, never as newer', () => {
    for (const version of [1.5, -1]) {
      expect(validateSettings({ version, lang: 'de' })).toMatchObject({ migratedFrom: 0, newer: false });
    }
  });

  it('nothing stored: the defaults, no repair, no migration', () => {
    expect(validateSettings({})).toStrictEqual({ settings: defaults, repaired: [], newer: false });
  });

  it('settings of the current version report no migration', () => {
    const r = validateSettings({ version: SETTINGS_VERSION, lang: 'de' });
    expect(r).not.toHaveProperty('migratedFrom');
    expect(r.settings.lang).toBe('de');
  });
});
