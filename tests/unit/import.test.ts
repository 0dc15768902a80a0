/**
 * Import and export: every kind of bad file gives a clear message with its
 * line and column and leaves storage exactly as it was; a valid file is previewed
 * (added / changed / removed) and applied all or nothing; export → import gives the
 * same data back; and fast-check throws random and mangled files at the parser.
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

import { useMessages } from '../../src/i18n';
import { loadSettings, loadUserArguments, saveSettings, saveUserArguments } from '../../src/platform/storage';
import { defaults, type Settings } from '../../src/settings';
import type { UserArgument } from '../../src/settings/arguments';
import { MAX_JSON_DEPTH, parseJson } from '../../src/settings/json';
import {
  applyImport,
  type CurrentData,
  EXPORT_FORMAT,
  exportData,
  MAX_IMPORT_ARGUMENTS,
  parseImport,
  serializeExport,
  type TransferData,
} from '../../src/settings/transfer';

const en = loadMessages('en');
const de = loadMessages('de');

function arg(id: string, title = 'Reach', extra: Partial<UserArgument> = {}): UserArgument {
  return {
    id,
    origin: 'user',
    text: { en: { title, claim: 'People read it.', reasoning: 'Because.', signals: ['reach'], objections: ['nobody reads it'] } },
    ...extra,
  };
}

function file(body: Record<string, unknown>): string {
  return JSON.stringify({ format: EXPORT_FORMAT, version: 1, ...body }, null, 2);
}

/** Line and column (1-based) of the first occurrence of `needle` in `text`, counted independently of the code under test. */
function where(text: string, needle: string, skip = 0): { line: number; column: number } {
  const i = text.indexOf(needle);
  if (i < 0) throw new Error(`${needle} not in text`);
  const before = text.slice(skip, i).split('\n');
  return { line: before.length, column: (before.at(-1) ?? '').length + 1 };
}

async function seed(): Promise<{ sync: string; local: string }> {
  await saveSettings({ hidden: ['criticism'], lang: 'de' });
  await saveUserArguments([arg('user-mine', 'Mine')]);
  return { sync: fake.current.storage.sync.snapshot(), local: fake.current.storage.local.snapshot() };
}

beforeEach(() => {
  fake.current.reset();
  useMessages(en);
});

describe('bad files', () => {
  it('a trailing comma: refused, named, with its position', () => {
    const text = '{\n  "format": "argumentarium",\n  "version": 1,\n  "arguments": [],\n}';
    const r = parseImport(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('trailing-comma');
    expect({ line: r.error.line, column: r.error.column }).toEqual(where(text, ',\n}'));
    expect(r.error.message).toBe(`Line 4, column 18: ${en.optionsJsonTrailingComma?.message}`);
  });

  it('a trailing comma inside a list', () => {
    const text = file({ arguments: [], hidden: ['a'] }).replace('"a"', '"a",');
    const r = parseImport(text);
    expect(!r.ok && r.error.code).toBe('trailing-comma');
    const quote = where(text, '"a",');
    expect(!r.ok && { line: r.error.line, column: r.error.column }).toEqual({ line: quote.line, column: quote.column + 3 });
  });

  it('a file cut off half-way: refused as cut off, at its end', () => {
    const whole = file({ arguments: [arg('user-one'), arg('user-two')] });
    for (const cut of [Math.floor(whole.length / 2), whole.length - 1, 20, whole.indexOf('"Reach"') + 3, whole.indexOf('true') + 2]) {
      const text = whole.slice(0, cut);
      const r = parseImport(text);
      expect(r.ok, `cut at ${cut}`).toBe(false);
      if (r.ok) continue;
      expect(r.error.code, `cut at ${cut}: ${text.slice(-20)}`).toBe('truncated');
      expect(r.error.offset).toBe(text.length);
      const lines = text.split('\n');
      expect(r.error.line).toBe(lines.length);
      expect(r.error.column).toBe((lines.at(-1) ?? '').length + 1);
      expect(r.error.message).toContain('cut off');
    }
  });

  it('a __proto__ key: refused, and no prototype is touched', () => {
    const text = '{"format":"argumentarium","version":1,"arguments":[{"id":"user-a","__proto__":{"polluted":true},"text":{}}]}';
    const r = parseImport(text);
    expect(!r.ok && r.error.code).toBe('proto-key');
    expect(!r.ok && r.error.column).toBe(text.indexOf('"__proto__"') + 1);
    expect(!r.ok && r.error.message).toContain('__proto__');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('a "constructor" or "prototype" key becomes an unknown field, never a prototype change', () => {
    const text = file({ arguments: [], constructor: { prototype: { polluted: 1 } } });
    const r = parseImport(text);
    expect(!r.ok && r.error.message).toContain('Unknown field “constructor”');
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('10,000 entries: refused above the limit, pointing at the first entry too many', () => {
    const args = Array.from({ length: 10_000 }, (_, i) => arg(`user-${i.toString(36)}`));
    const text = file({ arguments: args });
    const r = parseImport(text);
    expect(!r.ok && r.error.code).toBe('too-many');
    if (r.ok) return;
    expect(r.error.message).toContain(`The file has 10000 arguments; at most ${MAX_IMPORT_ARGUMENTS} can be imported`);
    const nth = text.indexOf(`"id": "user-${MAX_IMPORT_ARGUMENTS.toString(36)}"`);
    const brace = text.lastIndexOf('{', nth);
    expect(r.error.offset).toBe(brace);
  });

  it('exactly the limit is accepted', () => {
    const args = Array.from({ length: MAX_IMPORT_ARGUMENTS }, (_, i) => arg(`user-${i}`));
    const r = parseImport(file({ arguments: args }));
    expect(r.ok && r.preview.added.length).toBe(MAX_IMPORT_ARGUMENTS);
  });

  it('a byte-order mark: accepted and stripped, with a warning; positions ignore it', () => {
    const text = `\uFEFF${file({ arguments: [arg('user-a')] })}`;
    const r = parseImport(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.warnings.map((w) => w.code)).toEqual(['bom']);
    expect(r.warnings[0]?.message).toContain('byte-order mark');
    expect(r.data.arguments).toEqual([arg('user-a')]);
    const bad = `\uFEFF{"format": "argumentarium", "version": 1, "arguments": [}`;
    const e = parseImport(bad);
    expect(!e.ok && { line: e.error.line, column: e.error.column }).toEqual(where(bad, '}', 1));
  });

  it('a byte-order mark in the middle is an unexpected character, named by its code point', () => {
    const text = `{"format": \uFEFF"argumentarium"}`;
    const r = parseImport(text);
    expect(!r.ok && r.error.code).toBe('unexpected');
    expect(!r.ok && r.error.message).toContain('U+FEFF');
  });

  it('decomposed umlauts: normalised to NFC, with a warning at the first one', () => {
    const nfd = 'Gru\u0308nde fu\u0308r O\u0308ffentlichkeit';
    const a = { id: 'user-u', text: { de: { title: nfd, claim: 'Schön', signals: ['O\u0308ffentlichkeit'] } } };
    const text = file({ arguments: [a] });
    expect(text).toContain('u\u0308');
    const r = parseImport(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const de0 = r.data.arguments[0]?.text.de;
    expect(de0?.title).toBe('Gründe für Öffentlichkeit');
    expect(de0?.signals).toEqual(['Öffentlichkeit']);
    const w = r.warnings.find((x) => x.code === 'nfc');
    expect(w && { line: w.line, column: w.column }).toEqual(where(text, `"${nfd}"`));
    expect(w?.message).toContain('2 texts contained decomposed characters');
  });

  it.each([
    ['an empty file', '', 'empty', { line: 1, column: 1 }],
    ['only spaces', '  \n ', 'empty', { line: 2, column: 2 }],
    ['a duplicate key', '{"format":"argumentarium","format":"x"}', 'duplicate-key', { line: 1, column: 27 }],
    ['a raw line break in a text', '{"format":"argu\nmentarium"}', 'control-char', { line: 1, column: 16 }],
    ['a bad escape', '{"format":"\\x41"}', 'bad-escape', { line: 1, column: 12 }],
    ['a leading zero', '{"version":01}', 'bad-number', { line: 1, column: 12 }],
    ['single quotes', "{'format':1}", 'unexpected', { line: 1, column: 2 }],
    ['a comment', '{\n// note\n"format":1}', 'unexpected', { line: 2, column: 1 }],
    ['two objects', '{}\n{}', 'trailing-data', { line: 2, column: 1 }],
    [
      'deep nesting',
      `${'['.repeat(MAX_JSON_DEPTH + 1)}${']'.repeat(MAX_JSON_DEPTH + 1)}`,
      'too-deep',
      { line: 1, column: MAX_JSON_DEPTH + 1 },
    ],
    ['not an object', '[1,2]', 'not-argumentarium', { line: 1, column: 1 }],
    ['another format', '{\n  "format": "snippets"\n}', 'not-argumentarium', { line: 2, column: 13 }],
    ['a newer version', '{"format":"argumentarium","version":2,"arguments":[]}', 'newer-version', { line: 1, column: 37 }],
  ])('%s: refused with code and position', (_, text, code, pos) => {
    const r = parseImport(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe(code);
    expect({ line: r.error.line, column: r.error.column }).toEqual(pos);
    expect(r.error.message).toMatch(new RegExp(`^Line ${pos.line}, column ${pos.column}: .+`));
  });

  it('schema problems point at the value at fault', () => {
    const bad = { id: 'user-a', text: { en: { title: '', claim: 'c', signals: ['s'] } } };
    const text = file({ arguments: [arg('user-ok'), bad] });
    const r = parseImport(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('invalid');
    expect(r.error.detail).toBe('“arguments[1].text.en.title” must be a text of 1 to 120 characters.');
    expect({ line: r.error.line, column: r.error.column }).toEqual(where(text, '""'));
  });

  it('lists further problems too', () => {
    const text = file({ arguments: [{ id: 'criticism', text: { fr: {} } }], hidden: 'x' });
    const r = parseImport(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const all = [r.error, ...r.problems].map((p) => p.detail);
    expect(all).toContain('“arguments[0].id” must be an id such as user-3f9a…: “user-” followed by lower-case letters, digits or hyphens.');
    expect(all).toContain('Unknown field “arguments[0].text.fr”.');
    expect(all).toContain('“hidden” must be a list ([ … ]).');
  });

  it('refuses duplicate argument ids', () => {
    const r = parseImport(file({ arguments: [arg('user-a'), arg('user-a', 'Other')] }));
    expect(!r.ok && r.error.detail).toBe('“arguments[1].id”: the id user-a occurs more than once.');
  });

  it('messages come in German as well', () => {
    useMessages(de);
    const r = parseImport('{"format":"argumentarium",}');
    expect(!r.ok && r.error.message).toBe(`Zeile 1, Spalte 26: ${de.optionsJsonTrailingComma?.message}`);
  });

  it('a refused file leaves storage exactly as it was', async () => {
    const before = await seed();
    const texts = [
      '{"format":"argumentarium","version":1,"arguments":[],}',
      file({ arguments: [arg('user-a')] }).slice(0, 50),
      '{"__proto__":{}}',
      file({ arguments: Array.from({ length: 10_000 }, (_, i) => arg(`user-${i}`)) }),
    ];
    for (const text of texts) {
      const r = parseImport(text);
      expect(r.ok).toBe(false);
    }
    expect(fake.current.storage.sync.snapshot()).toBe(before.sync);
    expect(fake.current.storage.local.snapshot()).toBe(before.local);
  });
});

describe('preview and apply', () => {
  it('previews added, changed and removed against the current data', () => {
    const current: CurrentData = {
      userArguments: [arg('user-keep'), arg('user-change'), arg('user-gone')],
      settings: { ...structuredClone(defaults), hidden: ['criticism'], lang: 'de' },
    };
    const text = file({
      arguments: [arg('user-keep'), arg('user-change', 'New title'), arg('user-new')],
      hidden: ['reach'],
      settings: { lang: 'de', audience: 'hr' },
    });
    const r = parseImport(text, current);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.preview.added.map((a) => a.id)).toEqual(['user-new']);
    expect(r.preview.changed.map((a) => a.id)).toEqual(['user-change']);
    expect(r.preview.removed.map((a) => a.id)).toEqual(['user-gone']);
    expect(r.preview.hidden).toEqual({ added: ['reach'], removed: ['criticism'] });
    expect(r.preview.settings).toEqual(['audience']);
    const merged = parseImport(text, current, 'merge');
    expect(merged.ok && merged.preview.removed).toEqual([]);
    expect(merged.ok && merged.preview.hidden).toEqual({ added: ['reach'], removed: [] });
  });

  it('applies a replace import completely', async () => {
    await seed();
    const r = parseImport(file({ arguments: [arg('user-new')], hidden: [], settings: { lang: 'en' } }));
    if (!r.ok) throw new Error(r.error.message);
    await applyImport(r.data, 'replace');
    expect((await loadUserArguments()).map((a) => a.id)).toEqual(['user-new']);
    const { settings } = await loadSettings();
    expect(settings.hidden).toEqual([]);
    expect(settings.lang).toBe('en');
  });

  it('a merge import keeps the user’s own arguments and updates those with the same id', async () => {
    await seed();
    const r = parseImport(file({ arguments: [arg('user-mine', 'Updated'), arg('user-theirs')] }));
    if (!r.ok) throw new Error(r.error.message);
    await applyImport(r.data, 'merge');
    const list = await loadUserArguments();
    expect(list.map((a) => [a.id, a.text.en?.title])).toEqual([
      ['user-mine', 'Updated'],
      ['user-theirs', 'Reach'],
    ]);
    expect((await loadSettings()).settings.hidden).toEqual(['criticism']);
  });

  it('is all or nothing: a failing write leaves both areas as they were', async () => {
    const before = await seed();
    const r = parseImport(file({ arguments: [arg('user-new')], hidden: ['reach'] }));
    if (!r.ok) throw new Error(r.error.message);
    fake.current.storage.sync.failNextSets.push(new Error('QUOTA_BYTES quota exceeded'));
    await expect(applyImport(r.data)).rejects.toMatchObject({ kind: 'quota' });
    expect(fake.current.storage.sync.snapshot()).toBe(before.sync);
    expect(fake.current.storage.local.snapshot()).toBe(before.local);
    fake.current.storage.local.failNextSets.push(new Error('QuotaExceededError'));
    await expect(applyImport(r.data)).rejects.toMatchObject({ kind: 'quota' });
    expect(fake.current.storage.sync.snapshot()).toBe(before.sync);
    expect(fake.current.storage.local.snapshot()).toBe(before.local);
  });

  it('exportData writes a file that imports back to the same stored data', async () => {
    await seed();
    const text = await exportData();
    const parsed = JSON.parse(text) as Record<string, unknown>;
    expect(parsed.format).toBe('argumentarium');
    expect(parsed.version).toBe(1);
    expect(parsed.hidden).toEqual(['criticism']);
    expect((parsed.settings as Settings).lang).toBe('de');
    expect(parsed.settings).not.toHaveProperty('version');
    const before = { sync: fake.current.storage.sync.snapshot(), local: fake.current.storage.local.snapshot() };
    fake.current.reset();
    const r = parseImport(text);
    if (!r.ok) throw new Error(r.error.message);
    await applyImport(r.data);
    expect(await loadUserArguments()).toEqual([arg('user-mine', 'Mine')]);
    expect(JSON.parse(fake.current.storage.local.snapshot())).toEqual(JSON.parse(before.local));
    expect((await loadSettings()).settings).toEqual({ ...defaults, hidden: ['criticism'], lang: 'de' });
    expect(JSON.parse(fake.current.storage.sync.snapshot())).toEqual(expect.arrayContaining(JSON.parse(before.sync)));
  });

  it('exportData without settings leaves them out', async () => {
    await seed();
    expect(JSON.parse(await exportData(false))).not.toHaveProperty('settings');
  });
});

// ---------- property tests ----------

const word = fc.stringMatching(/^[A-Za-zÄÖÜäöüß0-9][A-Za-zÄÖÜäöüß0-9 ,.!?-]{0,30}[A-Za-zÄÖÜäöüß0-9.!?]$|^[A-Za-zÄÖÜäöüß]$/);
const textArb = fc
  .record(
    {
      title: word,
      claim: word,
      reasoning: fc.oneof(fc.constant(''), word),
      signals: fc.uniqueArray(word, { minLength: 1, maxLength: 4, comparator: (a, b) => a.toLowerCase() === b.toLowerCase() }),
      objections: fc.uniqueArray(word, { maxLength: 3, comparator: (a, b) => a.toLowerCase() === b.toLowerCase() }),
      audiences: fc.record({ management: word, it: word }, { requiredKeys: [] }),
    },
    { requiredKeys: ['title', 'claim', 'reasoning', 'signals', 'objections'] },
  )
  .map((t) => {
    const out = { ...t };
    if (out.audiences && Object.keys(out.audiences).length === 0) delete out.audiences;
    return out;
  });
const argArb = fc
  .record({
    id: fc.stringMatching(/^user-[a-z0-9][a-z0-9-]{0,20}$/),
    text: fc.oneof(fc.record({ de: textArb }), fc.record({ en: textArb }), fc.record({ de: textArb, en: textArb })),
    sources: fc.option(
      fc.array(fc.record({ title: word, url: fc.constant('https://example.com/a'), date: fc.constantFrom('2024', '2024-05-31') }), {
        minLength: 1,
        maxLength: 2,
      }),
      { nil: undefined },
    ),
  })
  .map((a) => {
    const out: UserArgument = { id: a.id, origin: 'user', text: a.text };
    if (a.sources) out.sources = a.sources;
    return out;
  });
const dataArb: fc.Arbitrary<TransferData> = fc.record({
  arguments: fc.uniqueArray(argArb, { maxLength: 6, selector: (a) => a.id }),
  hidden: fc.uniqueArray(fc.stringMatching(/^[a-z][a-z0-9-]{0,15}$/), { maxLength: 4 }),
  settings: fc.record({
    lang: fc.constantFrom('auto', 'de', 'en') as fc.Arbitrary<Settings['lang']>,
    audience: fc.constantFrom('general', 'hr', 'it') as fc.Arbitrary<Settings['audience']>,
    includeSources: fc.boolean(),
    snoozed: fc.uniqueArray(fc.constantFrom('x.com', 'www.facebook.com', 'intranet'), { maxLength: 3 }),
    intranetSites: fc.uniqueArray(fc.constantFrom('https://wiki.example.com/*', 'http://intranet/*', '*://*.corp.example/*'), {
      maxLength: 3,
    }),
  }),
});

describe('properties', () => {
  it('parseJson equals JSON.parse on every valid JSON text without __proto__ or duplicate keys', () => {
    fc.assert(
      fc.property(fc.json({ maxDepth: 6 }), (text) => {
        fc.pre(!text.includes('"__proto__"'));
        expect(parseJson(text).value).toEqual(JSON.parse(text));
      }),
      { numRuns: 400 },
    );
  });

  it('parseJson refuses whatever JSON.parse refuses, and never throws anything but its own error', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => {
        let native = true;
        try {
          JSON.parse(text);
        } catch {
          native = false;
        }
        let ours = true;
        try {
          parseJson(text);
        } catch (e) {
          expect((e as Error).name).toBe('JsonParseError');
          ours = false;
        }
        if (!native) expect(ours).toBe(false);
      }),
      { numRuns: 400 },
    );
  });

  it('export then import gives the same data back', async () => {
    await fc.assert(
      fc.asyncProperty(dataArb, async (data) => {
        fake.current.reset();
        await saveUserArguments(data.arguments);
        await saveSettings({ ...data.settings, hidden: data.hidden ?? [] });
        const text = await exportData();
        fake.current.reset();
        const r = parseImport(text);
        if (!r.ok) throw new Error(r.error.message);
        expect(r.data.arguments).toEqual(data.arguments);
        expect(r.preview.added).toHaveLength(data.arguments.length);
        await applyImport(r.data);
        expect(await loadUserArguments()).toEqual(data.arguments);
        const { settings } = await loadSettings();
        expect(settings.hidden).toEqual(data.hidden);
        for (const [k, v] of Object.entries(data.settings ?? {})) expect(settings[k as keyof Settings]).toEqual(v);
      }),
      { numRuns: 60 },
    );
  });

  const mangle = fc.oneof(
    fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
    fc.record({
      kind: fc.constant('insert' as const),
      at: fc.nat(),
      s: fc.constantFrom(',', '}', ']', '"', '{', ':', '\\', '\u0000', '__proto__', '\uFEFF', 'x'),
    }),
    fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), n: fc.integer({ min: 1, max: 5 }) }),
    fc.record({ kind: fc.constant('proto' as const), at: fc.nat() }),
  );

  type Mangle = { kind: 'cut' | 'insert' | 'delete' | 'proto'; at: number; s?: string; n?: number };
  function apply(text: string, m: Mangle): string {
    const at = m.at % (text.length + 1);
    switch (m.kind) {
      case 'cut':
        return text.slice(0, at);
      case 'insert':
        return text.slice(0, at) + (m.s ?? '') + text.slice(at);
      case 'delete':
        return text.slice(0, at) + text.slice(at + (m.n ?? 1));
      default: {
        const i = text.indexOf('"id"');
        return i < 0 ? `{"__proto__":1}` : `${text.slice(0, i)}"__proto__": {"polluted": true}, ${text.slice(i)}`;
      }
    }
  }

  it('stored data never changes on a rejected file (random and mangled files)', async () => {
    const before = await seed();
    const validText = await exportData();
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ maxLength: 200 }),
          fc.json().map((j) => j),
          fc.array(mangle, { minLength: 1, maxLength: 3 }).map((ms) => ms.reduce((t, m) => apply(t, m), validText)),
          dataArb
            .map((d) => serializeExport(d))
            .chain((t) => fc.array(mangle, { minLength: 1, maxLength: 2 }).map((ms) => ms.reduce((x, m) => apply(x, m), t))),
        ),
        async (text) => {
          const current = { userArguments: await loadUserArguments(), settings: (await loadSettings()).settings };
          const r = parseImport(text, current);
          if (r.ok) return; // a mangling can leave a valid file; that case is covered by the round trip
          expect(r.error.message).toMatch(/^Line \d+, column \d+: /);
          expect(r.error.line).toBeGreaterThanOrEqual(1);
          expect(r.error.column).toBeGreaterThanOrEqual(1);
          expect(r.error.offset).toBeLessThanOrEqual(text.length);
          expect(fake.current.storage.sync.snapshot()).toBe(before.sync);
          expect(fake.current.storage.local.snapshot()).toBe(before.local);
          expect(Object.prototype).not.toHaveProperty('polluted');
        },
      ),
      { numRuns: 500 },
    );
  });
});
