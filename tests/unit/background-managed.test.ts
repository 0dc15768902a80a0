/** Organisation defaults from `storage.managed`: validation entry by entry, and the schema the browser reads. */
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ARGUMENT_LIMITS, AUDIENCE_KEYS, Problems, validateUserArgument } from '../../src/settings/arguments';
import { loadManaged, MAX_MANAGED_ARGUMENTS, normaliseSite, validateManaged } from '../../src/settings/managed';
import { fakeBrowser, fakeState, resetFake } from './background-fake';

vi.mock('../../src/platform/browser', async () => {
  const { fakeBrowser } = await import('./background-fake');
  return { browser: fakeBrowser };
});

beforeEach(() => resetFake());

const text = (title: string) => ({
  title,
  claim: 'Ein Satz.',
  reasoning: 'Eine Begründung.',
  signals: ['Betriebsrat'],
  objections: ['Der Betriebsrat ist dagegen'],
});

describe('validateManaged', () => {
  it('keeps valid arguments as managed, with ids that cannot collide with built-in or user ids', () => {
    const result = validateManaged({
      arguments: [
        {
          id: 'works-council',
          text: { de: text('Betriebsvereinbarung'), en: text('Works agreement') },
          sources: [{ title: 'Policy', url: 'https://intranet.example.com/policy', date: '2025-06-01' }],
        },
        { id: 'managed-second', text: { en: text('Second') } },
      ],
    });
    expect(result.problems).toEqual([]);
    expect(result.arguments.map((a) => [a.id, a.origin])).toEqual([
      ['managed-works-council', 'managed'],
      ['managed-second', 'managed'],
    ]);
    expect(result.arguments[0]?.sources).toEqual([{ title: 'Policy', url: 'https://intranet.example.com/policy', date: '2025-06-01' }]);
    expect(result.arguments[1]?.text.de).toBeUndefined();
  });

  it('drops bad entries one by one, saying where and why, and keeps the good ones', () => {
    const result = validateManaged({
      arguments: [
        'not an object',
        { id: 'Bad Id!', text: { de: text('x') } },
        { id: 'no-text', text: {} },
        { id: 'empty-title', text: { de: { ...text(''), title: '   ' } } },
        { id: 'no-signals', text: { en: { ...text('t'), signals: [] } } },
        { id: 'good', text: { de: text('Gut') } },
        { id: 'good', text: { de: text('Doppelt') } },
        { id: 'bad-source', text: { de: text('Quelle') }, sources: [{ title: 'x', url: 'javascript:alert(1)', date: 'gestern' }] },
      ],
    });
    expect(result.arguments.map((a) => a.id)).toEqual(['managed-good', 'managed-bad-source']);
    expect(result.arguments[1]?.sources).toEqual([{ title: 'x' }]);
    const paths = result.problems.map((p) => p.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'arguments[0]',
        'arguments[1].id',
        'arguments[2].text',
        'arguments[3].text.de.title',
        'arguments[4].text.en.signals',
        'arguments[6].id',
        'arguments[7].sources[0].url',
        'arguments[7].sources[0].date',
      ]),
    );
    expect(result.problems.every((p) => p.message.length > 0)).toBe(true);
  });

  it('checks each argument by the rules of the user’s own arguments, dropping only the bad entries', () => {
    const long = 'x'.repeat(ARGUMENT_LIMITS.signal + 1);
    const entry = { id: 'lenient', text: { de: { ...text('Nachsicht'), signals: ['Betriebsrat', long, 'Mitbestimmung'] } } };
    const result = validateManaged({ arguments: [entry] });
    expect(result.arguments[0]?.text.de?.signals).toEqual(['Betriebsrat', 'Mitbestimmung']);
    expect(result.problems.map((p) => p.path)).toEqual(['arguments[0].text.de.signals[1]']);
    // The same entry as the user's own argument is refused whole, with the same problem.
    const p = new Problems();
    expect(validateUserArgument({ ...entry, id: 'user-lenient' }, ['arguments', 0], p)).toBeUndefined();
    expect(p.list.map((x) => x.path)).toEqual([['arguments', 0, 'text', 'de', 'signals', 1]]);
  });

  it('accepts every audience variant the schema names, and the schema names every audience a user argument has', () => {
    const schema = JSON.parse(readFileSync(new URL('../../src/settings/managed-schema.json', import.meta.url), 'utf8'));
    const named = Object.keys(schema.properties.arguments.items.properties.text.properties.de.properties.audiences.properties);
    expect(named.sort()).toEqual([...AUDIENCE_KEYS].sort());
    const audiences = Object.fromEntries(AUDIENCE_KEYS.map((a) => [a, `Für ${a}.`]));
    const result = validateManaged({ arguments: [{ id: 'all-audiences', text: { de: { ...text('Alle'), audiences } } }] });
    expect(result.arguments[0]?.text.de?.audiences).toEqual(audiences);
  });

  it('normalises umlauts to NFC and never lets __proto__ reach an object', () => {
    const raw = JSON.parse(
      '{"arguments":[{"id":"umlaut","text":{"de":{"title":"Mu\\u0308ller","claim":"c","reasoning":"r","signals":["s"],"__proto__":{"polluted":true}}}}]}',
    );
    const result = validateManaged(raw);
    expect(result.arguments[0]?.text.de?.title).toBe('Müller');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.hasOwn(result.arguments[0]?.text.de ?? {}, '__proto__')).toBe(false);
  });

  it('caps the number of arguments', () => {
    const many = Array.from({ length: MAX_MANAGED_ARGUMENTS + 5 }, (_, i) => ({ id: `a${i}`, text: { en: text(`T${i}`) } }));
    const result = validateManaged({ arguments: many });
    expect(result.arguments).toHaveLength(MAX_MANAGED_ARGUMENTS);
    expect(result.problems).toEqual([{ path: 'arguments', message: expect.stringContaining(String(MAX_MANAGED_ARGUMENTS)) }]);
  });

  it('turns intranet hosts into match patterns and refuses what would match too much', () => {
    const result = validateManaged({
      intranetSites: [
        'intranet.example.com',
        'https://wiki.example.com/strategie/*',
        'intranet.example.com',
        '*://*/*',
        '<all_urls>',
        'ftp://files.example.com/*',
        42,
      ],
    });
    expect(result.intranetSites).toEqual(['https://intranet.example.com/*', 'https://wiki.example.com/strategie/*']);
    expect(result.problems.map((p) => p.path)).toEqual(['intranetSites[3]', 'intranetSites[4]', 'intranetSites[5]', 'intranetSites[6]']);
    expect(normaliseSite('  ')).toBeNull();
  });

  it('reports wrong top-level shapes instead of throwing', () => {
    expect(validateManaged('nonsense').problems).toEqual([{ path: '', message: 'policy must be an object' }]);
    const r = validateManaged({ arguments: {}, intranetSites: 'intranet.example.com' });
    expect(r.arguments).toEqual([]);
    expect(r.intranetSites).toEqual([]);
    expect(r.problems.map((p) => p.path)).toEqual(['arguments', 'intranetSites']);
    expect(validateManaged(undefined)).toEqual({ arguments: [], intranetSites: [], problems: [] });
  });
});

describe('loadManaged', () => {
  it('is empty where managed storage is unavailable (Firefox without policies)', async () => {
    await expect(loadManaged()).resolves.toEqual({ arguments: [], intranetSites: [], problems: [] });
  });

  it('reads and validates the policy', async () => {
    fakeState.managedUnavailable = false;
    await fakeBrowser.storage.managed.set({ intranetSites: ['intranet.example.com'], arguments: [{ id: 'x', text: { en: text('X') } }] });
    const result = await loadManaged();
    expect(result.intranetSites).toEqual(['https://intranet.example.com/*']);
    expect(result.arguments.map((a) => a.id)).toEqual(['managed-x']);
  });
});

describe('managed-schema.json', () => {
  const schema = JSON.parse(readFileSync(new URL('../../src/settings/managed-schema.json', import.meta.url), 'utf8'));

  it('describes exactly the keys loadManaged reads, with the types it expects', () => {
    expect(schema.type).toBe('object');
    expect(Object.keys(schema.properties).sort()).toEqual(['arguments', 'intranetSites']);
    expect(schema.properties.intranetSites).toMatchObject({ type: 'array', items: { type: 'string' } });
    const item = schema.properties.arguments.items;
    expect(item.properties.id.type).toBe('string');
    const de = item.properties.text.properties.de;
    expect(Object.keys(de.properties).sort()).toEqual(['audiences', 'claim', 'objections', 'reasoning', 'signals', 'title']);
    // Chrome's schema format: the English text reuses the German definition by id.
    expect(item.properties.text.properties.en).toEqual({ $ref: de.id });
  });

  it("uses only keywords Chrome's policy schema understands", () => {
    const allowed = new Set([
      'type',
      'properties',
      'items',
      'title',
      'description',
      'id',
      '$ref',
      'additionalProperties',
      'enum',
      'pattern',
      'minimum',
      'maximum',
    ]);
    const walk = (node: unknown, path: string): void => {
      if (typeof node !== 'object' || node === null) return;
      for (const [k, v] of Object.entries(node)) {
        if (path.endsWith('.properties')) {
          walk(v, `${path}.${k}`);
          continue;
        }
        expect(allowed.has(k), `${path}.${k}`).toBe(true);
        if (typeof v === 'object') walk(v, `${path}.${k}`);
      }
    };
    walk(schema, '$');
  });
});
