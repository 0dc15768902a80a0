/**
 * The argument validator's every rule, with the exact problem (path and translated message) it reports, and the
 * quarantine's naming: so that a changed limit, path or message in the code that guards stored arguments fails a test.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { t, useMessages } from '../../src/i18n';
import {
  ARGUMENT_LIMITS,
  formatPath,
  Problems,
  stableJson,
  text,
  textList,
  USER_ID_PATTERN,
  validateUserArgument,
  validateUserArguments,
} from '../../src/settings/arguments';
import { describeQuarantine, quarantineKeyOf, quarantineTitle, salvage } from '../../src/settings/quarantine';
import { loadMessages } from './settings-fake-browser';

beforeEach(() => useMessages(loadMessages('en')));

const en = (extra: Record<string, unknown> = {}) => ({ title: 'Reach', claim: 'People read it.', signals: ['reach'], ...extra });
const arg = (extra: Record<string, unknown> = {}, text: Record<string, unknown> = en()) => ({ id: 'user-a', text: { en: text }, ...extra });

/** The problems `validateUserArgument` reports for `v`, as `path: message`. */
function problems(v: unknown): string[] {
  const p = new Problems();
  expect(validateUserArgument(v, [], p)).toBeUndefined();
  return p.list.map((x) => `${formatPath(x.path)}: ${x.message}`);
}
const msg = (key: string, path: (string | number)[], ...subs: string[]) => `${formatPath(path)}: ${t(key, formatPath(path), ...subs)}`;

describe('text and textList', () => {
  it('text: the limit is inclusive, NFC counts, and the two messages differ by optional', () => {
    const p = new Problems();
    expect(text('a'.repeat(5), 5, ['x'], p)).toBe('aaaaa');
    expect(text('  e\u0301  ', 1, ['x'], p)).toBe('é');
    expect(p.list).toEqual([]);
    expect(text('a'.repeat(6), 5, ['x'], p)).toBeUndefined();
    expect(text(7, 5, ['y'], p)).toBeUndefined();
    expect(text('', 5, ['z'], p)).toBeUndefined();
    expect(text('', 5, ['o'], p, true)).toBe('');
    expect(text(null, 5, ['n'], p, true)).toBeUndefined();
    expect(p.list.map((x) => x.message)).toEqual([
      t('optionsErrText', 'x', '5'),
      t('optionsErrText', 'y', '5'),
      t('optionsErrText', 'z', '5'),
      t('optionsErrTextOptional', 'n', '5'),
    ]);
  });

  it('textList: trims, drops empty entries and duplicates whatever their case, keeps the first spelling', () => {
    const p = new Problems();
    expect(textList([' Reach ', 'reach', '', 'e\u0301', 'É'], 3, 5, ['s'], p, true)).toEqual(['Reach', 'é']);
    expect(p.list).toEqual([]);
  });

  it('textList: every limit with its path and message', () => {
    const cases: [unknown, number, number, boolean, (string | number)[], string, string[]][] = [
      ['x', 2, 5, false, ['l'], 'optionsErrList', ['2', '5']],
      [['a', 'b', 'c', 'd', 'e'], 2, 5, false, ['l'], 'optionsErrList', ['2', '5']],
      [['a', 'b', 'c'], 2, 5, false, ['l'], 'optionsErrList', ['2', '5']],
      [['abcdef'], 2, 5, false, ['l', 0], 'optionsErrTextOptional', ['5']],
      [[3], 2, 5, false, ['l', 0], 'optionsErrTextOptional', ['5']],
      [['', ' '], 2, 5, true, ['l'], 'optionsErrListEmpty', []],
    ];
    for (const [v, max, len, nonEmpty, path, key, subs] of cases) {
      const p = new Problems();
      expect(textList(v, max, len, ['l'], p, nonEmpty), JSON.stringify(v)).toBeUndefined();
      expect(p.list, JSON.stringify(v)).toEqual([{ path, message: t(key, formatPath(path), ...subs) }]);
    }
    // Twice the limit before duplicates are dropped is still read; the length check is on what remains.
    const p = new Problems();
    expect(textList(['a', 'A', 'b', 'B'], 2, 5, ['l'], p, false)).toEqual(['a', 'b']);
    expect(textList(['abcde'], 1, 5, ['l'], p, false)).toEqual(['abcde']);
    expect(textList([], 1, 5, ['l'], p, false)).toEqual([]);
    expect(p.list).toEqual([]);
  });
});

describe('validateUserArgument: each rule with its path and message', () => {
  it('refuses what is not an argument', () => {
    expect(problems('x')).toEqual([msg('optionsErrObject', [])]);
    expect(problems({ id: 'user-a', text: 'x' })).toEqual([msg('optionsErrObject', ['text'])]);
    expect(problems({ id: 'user-a', text: {} })).toEqual([msg('optionsErrNoLanguage', ['text'])]);
    expect(problems({ id: 'user-a', text: { en: 'x' } })).toEqual([msg('optionsErrObject', ['text', 'en'])]);
  });

  it('ids: user- and 1 to 60 lower-case letters, digits or hyphens, anchored at both ends', () => {
    for (const id of ['user-a', 'user-0', `user-${'a'.repeat(60)}`]) expect(USER_ID_PATTERN.test(id), id).toBe(true);
    for (const id of ['xuser-a', 'user-a!', 'user-', 'user--', `user-${'a'.repeat(61)}`, 'User-a', 'reach'])
      expect(USER_ID_PATTERN.test(id), id).toBe(false);
    expect(problems(arg({ id: 'reach' }))).toEqual([msg('optionsErrId', ['id'])]);
    expect(problems(arg({ id: 5 }))).toEqual([msg('optionsErrId', ['id'])]);
  });

  it('origin is user or absent; unknown fields are named', () => {
    expect(problems(arg({ origin: 'builtin' }))).toEqual([msg('optionsErrOneOf', ['origin'], 'user')]);
    expect(validateUserArgument(arg({ origin: 'user' }), [], new Problems())?.origin).toBe('user');
    expect(problems(arg({ colour: 'red' }))).toEqual([msg('optionsErrUnknownField', ['colour'])]);
    expect(problems(arg({}, en({ colour: 'red' })))).toEqual([msg('optionsErrUnknownField', ['text', 'en', 'colour'])]);
  });

  it('audiences: an object of known keys, empty ones left out', () => {
    expect(problems(arg({}, en({ audiences: 'x' })))).toEqual([msg('optionsErrObject', ['text', 'en', 'audiences'])]);
    expect(problems(arg({}, en({ audiences: { board: 'x' } })))).toEqual([
      msg('optionsErrUnknownField', ['text', 'en', 'audiences', 'board']),
    ]);
    expect(problems(arg({}, en({ audiences: { it: 5 } })))).toEqual([
      msg('optionsErrTextOptional', ['text', 'en', 'audiences', 'it'], String(ARGUMENT_LIMITS.audience)),
    ]);
    const ok = validateUserArgument(arg({}, en({ audiences: { it: ' For IT. ', hr: '' } })), [], new Problems());
    expect(ok?.text.en?.audiences).toEqual({ it: 'For IT.' });
    expect(validateUserArgument(arg({}, en({ audiences: { hr: '' } })), [], new Problems())?.text.en).not.toHaveProperty('audiences');
    expect(validateUserArgument(arg(), [], new Problems())?.text.en).toEqual({
      title: 'Reach',
      claim: 'People read it.',
      reasoning: '',
      signals: ['reach'],
      objections: [],
    });
  });

  it('sources: a list of at most 20, each an object with a title, an http(s) address of at most 2000 characters, a date', () => {
    expect(problems(arg({ sources: 'x' }))).toEqual([msg('optionsErrSources', ['sources'], '20')]);
    expect(problems(arg({ sources: Array.from({ length: 21 }, () => ({ title: 'T' })) }))).toEqual([
      msg('optionsErrSources', ['sources'], '20'),
    ]);
    expect(
      validateUserArgument(arg({ sources: Array.from({ length: 20 }, () => ({ title: 'T' })) }), [], new Problems())?.sources,
    ).toHaveLength(20);
    expect(validateUserArgument(arg({ sources: [] }), [], new Problems())).not.toHaveProperty('sources');
    expect(problems(arg({ sources: ['x'] }))).toEqual([msg('optionsErrObject', ['sources', 0])]);
    expect(problems(arg({ sources: [{ url: 'https://a.example' }] }))).toEqual([msg('optionsErrText', ['sources', 0, 'title'], '300')]);
    expect(problems(arg({ sources: [{ title: 'T', url: 5 }] }))).toEqual([msg('optionsErrUrl', ['sources', 0, 'url'])]);
    expect(problems(arg({ sources: [{ title: 'T', url: 'see https://a.example' }] }))).toEqual([
      msg('optionsErrUrl', ['sources', 0, 'url']),
    ]);
    expect(problems(arg({ sources: [{ title: 'T', date: 5 }] }))).toEqual([msg('optionsErrDate', ['sources', 0, 'date'])]);
    expect(problems(arg({ sources: [{ title: 'T', date: '2025-1x' }] }))).toEqual([msg('optionsErrDate', ['sources', 0, 'date'])]);
    const long = `https://a.example/${'p'.repeat(2000 - 'https://a.example/'.length)}`;
    expect(long).toHaveLength(2000);
    const s = (source: Record<string, unknown>) =>
      validateUserArgument(arg({ sources: [{ title: 'T', ...source }] }), [], new Problems())?.sources?.[0];
    expect(s({ url: long })?.url).toBe(long);
    expect(s({ url: `${long}p` })).toBeUndefined();
    expect(s({ url: ' HTTPS://A.example/x ', date: ' 2025-12 ' })).toEqual({ title: 'T', url: 'HTTPS://A.example/x', date: '2025-12' });
    expect(s({ url: '', date: '' })).toEqual({ title: 'T' });
    expect(s({ date: '2025-12-29' })?.date).toBe('2025-12-29');
    expect(s({ date: '2025-12-2x' })).toBeUndefined();
  });

  it('a list: every problem collected, repeated ids named at the repeat', () => {
    const p = new Problems();
    expect(validateUserArguments('x', ['arguments'], p)).toBeUndefined();
    expect(p.list).toEqual([{ path: ['arguments'], message: t('optionsErrArray', 'arguments') }]);
    const q = new Problems();
    expect(validateUserArguments([arg(), arg()], ['arguments'], q)).toBeUndefined();
    expect(q.list).toEqual([{ path: ['arguments', 1, 'id'], message: t('optionsErrDuplicateId', 'arguments[1].id', 'user-a') }]);
    expect(validateUserArguments([arg(), arg({ id: 'user-b' })], [], new Problems())?.map((a) => a.id)).toEqual(['user-a', 'user-b']);
  });
});

describe('stableJson', () => {
  it('sorts keys, skips undefined values, and writes arrays and scalars as JSON', () => {
    expect(stableJson({ b: [1, { d: 2, c: undefined, a: 'x' }], a: null })).toBe('{"a":null,"b":[1,{"a":"x","d":2}]}');
    expect(stableJson(undefined)).toBe('null');
    expect(stableJson([])).toBe('[]');
    expect(stableJson({})).toBe('{}');
  });
});

describe('quarantine naming and description', () => {
  it('a key is stable across versions of the code that wrote it', () => {
    expect(quarantineKeyOf('nonsense')).toBe(quarantineKeyOf('nonsense'));
    expect(quarantineKeyOf({ a: 1 })).toMatch(/^q[0-9a-z]+-7$/);
    // FNV-1a of the stable JSON, base 36, and the JSON's length: the same value must keep its key in every version.
    expect(quarantineKeyOf('nonsense')).toBe('q5sfqm8-a');
    expect(quarantineKeyOf({ a: 1 })).toBe('q12qlvkh-7');
  });

  it('names an entry by a trimmed title of at most 120 characters, skipping blank ones', () => {
    expect(quarantineTitle({ text: { en: { title: '  Reach  ' } } }, 'en')).toBe('Reach');
    expect(quarantineTitle({ text: { en: { title: 't'.repeat(130) } } }, 'en')).toHaveLength(120);
    expect(quarantineTitle({ text: { en: { title: '   ' }, de: { title: 'Reichweite' } } }, 'en')).toBe('Reichweite');
  });

  it('describes a stored value that is not a list as one entry, and nothing stored as none', () => {
    expect(describeQuarantine(undefined, new Set())).toEqual([]);
    const [one] = describeQuarantine('odd', new Set());
    expect(one?.raw).toBe('odd');
    expect(one?.problems).toEqual([{ path: [], message: t('optionsErrObject', '') }]);
    const valid = arg();
    const [free] = describeQuarantine([valid], new Set());
    expect(free?.valid?.id).toBe('user-a');
    expect(free?.problems).toEqual([]);
    const [bad] = describeQuarantine([arg({ id: 'x' })], new Set(['x']));
    expect(bad?.valid).toBeUndefined();
    expect(bad?.problems).toHaveLength(1);
  });

  it('salvage keeps lists of strings and numbers, and gives an empty English text to a value without any', () => {
    const s = salvage(
      { id: 'user-b', text: { en: { title: 'T', signals: ['a', 3, null, ''], objections: 'one' } } },
      'user-new',
      new Set(),
    );
    expect(s.text.en?.signals).toEqual(['a', '3']);
    expect(s.text.en?.objections).toEqual(['one']);
    expect(salvage({ id: 'user-b' }, 'user-new', new Set()).text).toEqual({
      en: { title: '', claim: '', reasoning: '', signals: [], objections: [] },
    });
  });
});
