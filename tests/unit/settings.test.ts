/**
 * Settings: validation and key-by-key repair of stored data, migrations, the
 * strict patch check, intranet site patterns, and the storage module against an
 * in-memory browser (quota, verification, change events, user arguments).
 */
import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { type createFakeBrowser, loadMessages } from './settings-fake-browser';

const fake = vi.hoisted(() => ({ current: undefined as unknown as ReturnType<typeof createFakeBrowser> }));
vi.mock('../../src/platform/browser', async () => {
  const m = await import('./settings-fake-browser');
  fake.current = m.createFakeBrowser();
  return { browser: fake.current };
});

import { effectiveCatalog } from '../../src/catalog/effective';
import type { Argument } from '../../src/catalog/types';
import { useMessages } from '../../src/i18n';
import {
  loadSettings,
  loadUserArguments,
  loadUserArgumentsChecked,
  onSettingsChanged,
  persistRepairs,
  StorageError,
  saveAll,
  saveSettings,
  saveUserArguments,
  USER_ARGUMENTS_KEY,
} from '../../src/platform/storage';
import { defaults, SETTINGS_VERSION, type Settings } from '../../src/settings';
import { newUserArgumentId, type UserArgument } from '../../src/settings/arguments';
import { migrate, SETTING_KEYS, validateSettings, validateSettingsPatch, validateSitePattern } from '../../src/settings/validate';

const en = loadMessages('en');
const de = loadMessages('de');

function arg(id: string, title = 'Reach', lang: 'de' | 'en' = 'en'): UserArgument {
  return { id, origin: 'user', text: { [lang]: { title, claim: 'People read it.', reasoning: '', signals: ['reach'], objections: [] } } };
}

beforeEach(() => {
  fake.current.reset();
  useMessages(en);
});

describe('validateSettings (repair on read)', () => {
  it('gives the defaults for empty storage without reporting a repair', () => {
    const r = validateSettings({});
    expect(r.settings).toEqual(defaults);
    expect(r.repaired).toEqual([]);
  });

  it('keeps valid values', () => {
    const stored = { version: 1, lang: 'de', audience: 'hr', copyFormat: 'markdown', includeSources: true, snoozed: ['x.com'] };
    const r = validateSettings(stored);
    expect(r.settings.lang).toBe('de');
    expect(r.settings.audience).toBe('hr');
    expect(r.settings.copyFormat).toBe('markdown');
    expect(r.settings.includeSources).toBe(true);
    expect(r.settings.snoozed).toEqual(['x.com']);
    expect(r.repaired).toEqual([]);
  });

  it('repairs each bad key on its own and names it, keeping the good ones', () => {
    const r = validateSettings({ version: 1, lang: 'fr', audience: 'hr', includeSources: 'yes', copyFormat: 42, hintMode: null });
    expect(r.settings.lang).toBe(defaults.lang);
    expect(r.settings.includeSources).toBe(defaults.includeSources);
    expect(r.settings.copyFormat).toBe(defaults.copyFormat);
    expect(r.settings.hintMode).toEqual(defaults.hintMode);
    expect(r.settings.audience).toBe('hr');
    expect(r.repaired.sort()).toEqual(['copyFormat', 'hintMode', 'includeSources', 'lang']);
  });

  it('repairs one bad group in hintMode and keeps the others', () => {
    const r = validateSettings({ version: 1, hintMode: { social: 'never', notion: 'sometimes', unknownGroup: 'always' } });
    expect(r.settings.hintMode.social).toBe('never');
    expect(r.settings.hintMode.notion).toBe(defaults.hintMode.notion);
    expect(r.settings.hintMode).not.toHaveProperty('unknownGroup');
    expect(r.repaired).toEqual(['hintMode']);
  });

  it('drops bad list entries and duplicates, keeps good ones, canonicalises intranet sites', () => {
    const r = validateSettings({
      version: 1,
      snoozed: ['x.com', 'X.COM', 42, 'not a host', 'intranet'],
      hidden: ['criticism', 'Bad Id', 'criticism'],
      intranetSites: ['intranet.example.com', 'https://*.corp.example/*', '*://*/*'],
    });
    expect(r.settings.snoozed).toEqual(['x.com', 'intranet']);
    expect(r.settings.hidden).toEqual(['criticism']);
    expect(r.settings.intranetSites).toEqual(['https://intranet.example.com/*', 'https://*.corp.example/*']);
    expect(r.repaired.sort()).toEqual(['hidden', 'intranetSites', 'snoozed']);
  });

  it('never throws, whatever is stored', () => {
    for (const raw of [null, 7, 'x', [], { version: 'x', lang: {} }, { hintMode: [] }, { snoozed: {} }]) {
      expect(() => validateSettings(raw)).not.toThrow();
      expect(validateSettings(raw).settings.version).toBe(SETTINGS_VERSION);
    }
  });

  it('marks data from a newer version', () => {
    expect(validateSettings({ version: SETTINGS_VERSION + 1, lang: 'de' }).newer).toBe(true);
    expect(validateSettings({ version: SETTINGS_VERSION, lang: 'de' }).newer).toBe(false);
  });
});

describe('validateSettings properties', () => {
  it('never throws on any stored value, and what it returns passes the strict check', () => {
    const keys = fc.constantFrom(...SETTING_KEYS, 'version', 'other');
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.dictionary(keys, fc.anything())), (raw) => {
        const r = validateSettings(raw);
        const { version, ...rest } = r.settings;
        expect(version).toBe(SETTINGS_VERSION);
        expect(validateSettingsPatch(rest)).toEqual({ ok: true, patch: rest });
        for (const k of r.repaired) expect(SETTING_KEYS).toContain(k);
      }),
      { numRuns: 500 },
    );
  });

  it('valid stored settings come back unchanged, with nothing repaired', () => {
    fc.assert(
      fc.property(
        fc.record({
          lang: fc.constantFrom('auto', 'de', 'en'),
          includeSources: fc.boolean(),
          snoozed: fc.uniqueArray(
            fc.domain().map((d) => d.toLowerCase()),
            { maxLength: 5 },
          ),
        }),
        (stored) => {
          const r = validateSettings({ version: SETTINGS_VERSION, ...stored });
          expect(r.repaired).toEqual([]);
          expect(r.settings).toEqual({ ...defaults, ...stored });
        },
      ),
    );
  });
});

describe('migrations', () => {
  it('runs the migrations in order from the stored version', () => {
    const calls: number[] = [];
    const table = {
      0: (r: Record<string, unknown>) => {
        calls.push(0);
        return { ...r, a: 1 };
      },
      1: (r: Record<string, unknown>) => {
        calls.push(1);
        return { ...r, b: (r.a as number) + 1 };
      },
      2: (r: Record<string, unknown>) => {
        calls.push(2);
        return { ...r, c: (r.b as number) + 1 };
      },
    };
    expect(migrate({}, 3, table)).toEqual({ data: { a: 1, b: 2, c: 3, version: 3 }, from: 0 });
    expect(calls).toEqual([0, 1, 2]);
    calls.length = 0;
    expect(migrate({ version: 2, b: 5 }, 3, table).data).toEqual({ version: 3, b: 5, c: 6 });
    expect(calls).toEqual([2]);
  });

  it('migrates unversioned data: one hint mode for all groups, snoozed as a map', () => {
    const r = validateSettings({ hintMode: 'never', snoozed: { 'x.com': true, 'old.example': false } });
    expect(Object.values(r.settings.hintMode).every((m) => m === 'never')).toBe(true);
    expect(r.settings.snoozed).toEqual(['x.com']);
    expect(r.migratedFrom).toBe(0);
    expect(r.repaired).toEqual([]);
  });
});

describe('validateSettingsPatch (strict)', () => {
  it('accepts a valid patch and canonicalises it', () => {
    const r = validateSettingsPatch({ lang: 'en', intranetSites: ['Wiki.Example.com'] });
    expect(r).toEqual({ ok: true, patch: { lang: 'en', intranetSites: ['https://wiki.example.com/*'] } });
  });

  it('refuses unknown keys, version and bad values with a path', () => {
    const r = validateSettingsPatch({ colour: 'red', version: 3, hintMode: { notion: 'loud' } });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const messages = r.problems.map((p) => p.message);
    expect(messages).toContain('Unknown field “colour”.');
    expect(messages).toContain('Unknown field “version”.');
    expect(messages).toContain('“hintMode.notion” must be one of: always, composing, never.');
  });

  it('every setting key except version can be patched with its default', () => {
    for (const k of SETTING_KEYS) {
      const r = validateSettingsPatch({ [k]: defaults[k] });
      expect(r.ok, k).toBe(true);
    }
  });
});

describe('validateSitePattern', () => {
  const ok: [string, string][] = [
    ['intranet.example.com', 'https://intranet.example.com/*'],
    ['  Intranet.Example.COM  ', 'https://intranet.example.com/*'],
    ['intranet.example.com/', 'https://intranet.example.com/*'],
    ['http://wiki', 'http://wiki/*'],
    ['https://intranet.example.com', 'https://intranet.example.com/*'],
    ['https://intranet.example.com/wiki', 'https://intranet.example.com/wiki*'],
    ['https://intranet.example.com/wiki/page?id=3#top', 'https://intranet.example.com/wiki/page*'],
    ['*://*.intranet.example.com/*', '*://*.intranet.example.com/*'],
    ['https://*.corp.example/docs/*', 'https://*.corp.example/docs/*'],
    ['bücher.example', 'https://xn--bcher-kva.example/*'],
    ['10.0.0.12', 'https://10.0.0.12/*'],
  ];
  it.each(ok)('accepts %s as %s', (input, pattern) => {
    expect(validateSitePattern(input)).toEqual({ ok: true, pattern });
  });

  const bad: [string, string, string][] = [
    ['', 'empty', 'Enter a host such as intranet.example.com'],
    ['   ', 'empty', 'Enter a host'],
    ['intranet example.com', 'spaces', 'cannot contain spaces'],
    ['ftp://files.example.com/*', 'scheme', '“ftp” is not supported'],
    ['file:///home', 'scheme', '“file” is not supported'],
    ['mailto:someone@example.com', 'scheme', '“mailto” is not supported'],
    ['intranet.example.com:8080', 'port', 'Leave out the port (:8080)'],
    ['https://intranet.example.com:8443/*', 'port', 'Leave out the port (:8443)'],
    ['<all_urls>', 'too-broad', 'would match every website'],
    ['*://*/*', 'too-broad', 'would match every website'],
    ['https://*.com/*', 'too-broad', 'whole top-level domain'],
    ['https://intra*net.example.com/*', 'host', 'is not a valid host name'],
    ['-bad-.example.com', 'host', 'is not a valid host name'],
    ['user@intranet.example.com', 'host', 'is not a valid host name'],
    ['https://[::1]/*', 'host', 'is not a valid host name'],
    ['https://intranet.example.com/a"b', 'path', 'contains characters'],
    [`${'a'.repeat(300)}.com`, 'too-long', 'at most 300 characters'],
  ];
  it.each(bad)('refuses %j (%s) with a clear message', (input, code, text) => {
    const r = validateSitePattern(input);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.code).toBe(code);
    expect(r.error).toContain(text);
  });

  it('gives the message in German too', () => {
    useMessages(de);
    const r = validateSitePattern('intranet.example.com:8080');
    expect(r.ok || r.error).toBe('Lass den Port (:8080) weg: Ein Muster gilt für alle Ports seines Hosts.');
  });

  it('any domain name is accepted as https://<domain>/*, and the result is a fixed point', () => {
    fc.assert(
      fc.property(fc.domain(), (d) => {
        const r = validateSitePattern(d);
        expect(r).toEqual({ ok: true, pattern: `https://${d.toLowerCase()}/*` });
        if (r.ok) expect(validateSitePattern(r.pattern)).toEqual(r);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws, and every accepted pattern is one the background can parse', async () => {
    const { parseMatchPattern } = await import('../../src/match-patterns');
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 60 }),
          fc.webUrl(),
          fc.domain().map((d) => `*.${d}`),
        ),
        (input) => {
          const r = validateSitePattern(input);
          if (r.ok) expect(parseMatchPattern(r.pattern), r.pattern).not.toBeNull();
          else expect(r.error.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('a canonical pattern validates to itself', () => {
    for (const [, pattern] of ok) expect(validateSitePattern(pattern)).toEqual({ ok: true, pattern });
  });
});

describe('storage: settings', () => {
  it('loads defaults from empty storage', async () => {
    expect(await loadSettings()).toEqual({ settings: defaults, repaired: [], newer: false });
  });

  it('saves one item per key, with the version, and reads it back', async () => {
    const s = await saveSettings({ lang: 'de', snoozed: ['x.com'] });
    expect(s.lang).toBe('de');
    expect(s.snoozed).toEqual(['x.com']);
    const sync = fake.current.storage.sync;
    expect(JSON.parse(sync.data.get('lang') ?? 'null')).toBe('de');
    expect(JSON.parse(sync.data.get('version') ?? 'null')).toBe(SETTINGS_VERSION);
    expect(sync.data.has('hintMode')).toBe(false);
    expect((await loadSettings()).settings.lang).toBe('de');
  });

  it('refuses an invalid patch without writing', async () => {
    const before = fake.current.storage.sync.snapshot();
    const err = await saveSettings({ lang: 'fr' as Settings['lang'] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StorageError);
    expect((err as StorageError).kind).toBe('invalid');
    expect((err as StorageError).message).toBe('“lang” must be one of: auto, de, en.');
    expect(fake.current.storage.sync.snapshot()).toBe(before);
  });

  it('reports repaired keys from corrupt storage, and persistRepairs writes them once', async () => {
    fake.current.storage.sync.put('lang', 'klingon');
    fake.current.storage.sync.put('audience', 'hr');
    const r = await loadSettings();
    expect(r.repaired).toEqual(['lang']);
    expect(r.settings.audience).toBe('hr');
    expect(fake.current.storage.sync.data.get('lang')).toBe('"klingon"');
    expect(await persistRepairs()).toEqual(['lang']);
    expect((await loadSettings()).repaired).toEqual([]);
    expect(JSON.parse(fake.current.storage.sync.data.get('lang') ?? 'null')).toBe(defaults.lang);
  });

  it('never writes back data from a newer version', async () => {
    fake.current.storage.sync.put('version', SETTINGS_VERSION + 1);
    fake.current.storage.sync.put('lang', 'klingon');
    expect(await persistRepairs()).toEqual([]);
    expect(fake.current.storage.sync.data.get('lang')).toBe('"klingon"');
  });

  it('turns an item over the sync limit into a quota error before writing', async () => {
    const hosts = Array.from({ length: 200 }, (_, i) => `host-number-${i}.a-rather-long-subdomain.example.com`);
    const before = fake.current.storage.sync.snapshot();
    const err = (await saveSettings({ snoozed: hosts }).catch((e: unknown) => e)) as StorageError;
    expect(err.kind).toBe('quota');
    expect(err.key).toBe('snoozed');
    expect(err.message).toContain('“snoozed” has grown too large');
    expect(fake.current.storage.sync.snapshot()).toBe(before);
    expect(fake.current.storage.sync.writes).toBe(0);
  });

  it('maps the browser’s quota and rate errors to typed errors', async () => {
    fake.current.storage.sync.failNextSets.push(new Error('QUOTA_BYTES quota exceeded'));
    const quota = (await saveSettings({ lang: 'de' }).catch((e: unknown) => e)) as StorageError;
    expect(quota.kind).toBe('quota');
    expect(quota.message).toContain('storage is full');
    fake.current.storage.sync.failNextSets.push(new Error('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded'));
    const rate = (await saveSettings({ lang: 'de' }).catch((e: unknown) => e)) as StorageError;
    expect(rate.kind).toBe('rate');
  });

  it('verifies a write by reading it back', async () => {
    fake.current.storage.sync.corrupt = (k, v) => (k === 'lang' ? 'en' : v);
    const err = (await saveSettings({ lang: 'de' }).catch((e: unknown) => e)) as StorageError;
    expect(err.kind).toBe('verify');
    expect(err.key).toBe('lang');
  });

  it('onSettingsChanged reports sync changes until aborted', async () => {
    const seen: [Settings['lang'], string[]][] = [];
    const ctl = new AbortController();
    onSettingsChanged((s, keys) => seen.push([s.lang, keys]), ctl.signal);
    await saveSettings({ lang: 'de' });
    await vi.waitFor(() => expect(seen).toEqual([['de', ['lang', 'version']]]));
    await fake.current.storage.local.set({ unrelated: 1 });
    ctl.abort();
    await saveSettings({ lang: 'en' });
    await new Promise((r) => setTimeout(r, 0));
    expect(seen).toHaveLength(1);
  });
});

describe('storage: user arguments', () => {
  it('new ids start with user- and do not repeat', () => {
    const ids = new Set(Array.from({ length: 1000 }, newUserArgumentId));
    expect(ids.size).toBe(1000);
    for (const id of ids) expect(id).toMatch(/^user-[0-9a-f]{16}$/);
  });

  it('saves to storage.local and loads them back', async () => {
    const list = [arg('user-a1'), arg('user-b2', 'Vertrauen', 'de')];
    await saveUserArguments(list);
    expect(fake.current.storage.local.data.has(USER_ARGUMENTS_KEY)).toBe(true);
    expect(fake.current.storage.sync.data.has(USER_ARGUMENTS_KEY)).toBe(false);
    expect(await loadUserArguments()).toEqual(list);
  });

  it('refuses a built-in-looking id, a missing language and duplicates', async () => {
    for (const list of [[{ ...arg('user-a'), id: 'criticism' }], [{ ...arg('user-a'), text: {} }], [arg('user-a'), arg('user-a')]]) {
      const err = (await saveUserArguments(list as UserArgument[]).catch((e: unknown) => e)) as StorageError;
      expect(err.kind).toBe('invalid');
    }
    expect(fake.current.storage.local.data.size).toBe(0);
  });

  it('leaves invalid stored entries out and counts them', async () => {
    fake.current.storage.local.put(USER_ARGUMENTS_KEY, [arg('user-ok'), { id: 'user-bad' }, 'nonsense', arg('user-ok')]);
    const r = await loadUserArgumentsChecked();
    expect(r.arguments.map((a) => a.id)).toEqual(['user-ok']);
    expect(r.invalid).toBe(3);
  });

  it('saveAll restores both areas when the second write fails', async () => {
    await saveSettings({ hidden: ['criticism'] });
    await saveUserArguments([arg('user-old')]);
    const sync = fake.current.storage.sync.snapshot();
    const local = fake.current.storage.local.snapshot();
    fake.current.storage.sync.failNextSets.push(new Error('QUOTA_BYTES quota exceeded'));
    const err = (await saveAll({ hidden: ['reach'] }, [arg('user-new')]).catch((e: unknown) => e)) as StorageError;
    expect(err.kind).toBe('quota');
    expect(fake.current.storage.sync.snapshot()).toBe(sync);
    expect(fake.current.storage.local.snapshot()).toBe(local);
  });

  it('saveAll removes keys that did not exist before when it fails', async () => {
    fake.current.storage.sync.failNextSets.push(new Error('boom'));
    const err = (await saveAll({ lang: 'de' }, [arg('user-new')]).catch((e: unknown) => e)) as StorageError;
    expect(err.kind).toBe('failed');
    expect(fake.current.storage.local.data.size).toBe(0);
    expect(fake.current.storage.sync.data.size).toBe(0);
  });
});

describe('effectiveCatalog', () => {
  const builtin = (id: string): Argument => ({ id, origin: 'builtin', text: arg('user-x').text });
  it('is the built-ins minus hidden, then managed, then the user’s', () => {
    const managed: Argument = { ...builtin('managed-policy'), origin: 'managed' };
    const out = effectiveCatalog([builtin('a'), builtin('b'), builtin('c')], { hidden: ['b'] }, [arg('user-1')], [managed]);
    expect(out.map((a) => a.id)).toEqual(['a', 'c', 'managed-policy', 'user-1']);
  });
  it('never lets a repeated id shadow an earlier one', () => {
    const out = effectiveCatalog([builtin('a')], { hidden: [] }, [{ ...arg('user-1'), id: 'a' }]);
    expect(out).toHaveLength(1);
    expect(out[0]?.origin).toBe('builtin');
  });
});
