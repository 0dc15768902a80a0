/**
 * What the user stores, tested where a mutation could lose data unnoticed: merge and replace imports told apart,
 * `http://` source addresses and October–December dates, JSON escapes, Windows line ends and tab indentation in a
 * backup from another tool, the refusal of a missing or wrong `version`, the read-back check failing for lists, and
 * a post of exactly 280 weighted characters.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { type createFakeBrowser, loadMessages } from './settings-fake-browser';

const fake = vi.hoisted(() => ({ current: undefined as unknown as ReturnType<typeof createFakeBrowser> }));
vi.mock('../../src/platform/browser', async () => {
  const m = await import('./settings-fake-browser');
  fake.current = m.createFakeBrowser();
  return { browser: fake.current };
});

import { fitsX, truncateToX, X_MAX_LENGTH, xWeightedLength } from '../../src/copy/x-length';
import { useMessages } from '../../src/i18n';
import {
  loadSettings,
  loadUserArguments,
  StorageError,
  saveSettings,
  saveUserArguments,
  USER_ARGUMENTS_KEY,
} from '../../src/platform/storage';
import { defaults } from '../../src/settings';
import { Problems, type UserArgument, validateUserArgument } from '../../src/settings/arguments';
import { parseJson } from '../../src/settings/json';
import { applyImport, importResult, parseImport, previewImport, serializeExport } from '../../src/settings/transfer';

function arg(id: string, title = 'Reach'): UserArgument {
  return { id, origin: 'user', text: { en: { title, claim: 'People read it.', reasoning: '', signals: ['reach'], objections: [] } } };
}

function file(args: unknown[], extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ format: 'argumentarium', version: 1, arguments: args, ...extra });
}

beforeEach(() => {
  fake.current.reset();
  useMessages(loadMessages('en'));
});

describe('import: merge keeps the user’s own arguments, replace does not', () => {
  const current = { userArguments: [arg('user-mine', 'Mine'), arg('user-both', 'Old')], settings: { ...defaults, hidden: ['reach'] } };
  const data = { arguments: [arg('user-both', 'New'), arg('user-theirs', 'Theirs')], hidden: ['criticism'] };

  it('importResult: merge keeps, updates and adds; replace keeps only the file’s', () => {
    const merged = importResult(data, current, 'merge');
    expect(merged.userArguments.map((a) => [a.id, a.text.en?.title])).toEqual([
      ['user-mine', 'Mine'],
      ['user-both', 'New'],
      ['user-theirs', 'Theirs'],
    ]);
    expect(merged.patch.hidden).toEqual(['reach', 'criticism']);
    const replaced = importResult(data, current, 'replace');
    expect(replaced.userArguments.map((a) => a.id)).toEqual(['user-both', 'user-theirs']);
    expect(replaced.patch.hidden).toEqual(['criticism']);
  });

  it('previewImport names what replace would remove and merge would not', () => {
    const merge = previewImport(data, current, 'merge');
    expect(merge.removed).toEqual([]);
    expect(merge.added.map((a) => a.id)).toEqual(['user-theirs']);
    expect(merge.changed.map((a) => a.id)).toEqual(['user-both']);
    expect(merge.hidden).toEqual({ added: ['criticism'], removed: [] });
    const replace = previewImport(data, current, 'replace');
    expect(replace.removed.map((a) => a.id)).toEqual(['user-mine']);
    expect(replace.hidden).toEqual({ added: ['criticism'], removed: ['reach'] });
  });

  it('applyImport in storage: merge keeps the user’s argument, replace removes it', async () => {
    await saveUserArguments([arg('user-mine', 'Mine')]);
    await applyImport({ arguments: [arg('user-theirs')] }, 'merge');
    expect((await loadUserArguments()).map((a) => a.id)).toEqual(['user-mine', 'user-theirs']);
    await applyImport({ arguments: [arg('user-theirs')] }, 'replace');
    expect((await loadUserArguments()).map((a) => a.id)).toEqual(['user-theirs']);
  });

  it('the preview of a parsed file follows the mode', () => {
    const text = file([arg('user-theirs')]);
    const merge = parseImport(text, current, 'merge');
    const replace = parseImport(text, current, 'replace');
    if (!merge.ok || !replace.ok) throw new Error('refused');
    expect(merge.preview.removed).toEqual([]);
    expect(replace.preview.removed.map((a) => a.id)).toEqual(['user-mine', 'user-both']);
  });
});

describe('sources: http addresses and dates in every month', () => {
  const withSource = (source: Record<string, unknown>) => ({ ...arg('user-s'), sources: [{ title: 'Study', ...source }] });

  it('keeps an http:// address as it is, refuses other schemes', () => {
    const p = new Problems();
    expect(validateUserArgument(withSource({ url: 'http://intranet.example.com/study' }), [], p)?.sources?.[0]?.url).toBe(
      'http://intranet.example.com/study',
    );
    expect(p.list).toEqual([]);
    for (const url of ['ftp://example.com/x', 'javascript:alert(1)', 'http://', 'https://exa mple.com']) {
      const q = new Problems();
      expect(validateUserArgument(withSource({ url }), [], q), url).toBeUndefined();
      expect(q.list[0]?.path).toEqual(['sources', 0, 'url']);
    }
  });

  it('accepts dates in October, November and December, refuses months and days that do not exist', () => {
    for (const date of ['2025-10', '2025-11-30', '2025-12-31', '2025-10-01', '2025', '2025-09-09']) {
      expect(validateUserArgument(withSource({ date }), [], new Problems())?.sources?.[0]?.date, date).toBe(date);
    }
    for (const date of ['2025-13', '2025-00', '2025-12-32', '2025-10-00', '25-10-01', '2025-1', 'October 2025']) {
      const q = new Problems();
      expect(validateUserArgument(withSource({ date }), [], q), date).toBeUndefined();
      expect(q.list[0]?.path).toEqual(['sources', 0, 'date']);
    }
  });
});

describe('a backup written by another tool', () => {
  it('parses every JSON escape', () => {
    const { value } = parseJson('{"a":"line\\nbreak\\ttab \\u00e9\\u00C9 \\"q\\" \\\\ \\/ \\b\\f\\r \\ud83d\\ude00"}');
    expect(value).toEqual({ a: 'line\nbreak\ttab éÉ "q" \\ / \b\f\r 😀' });
  });

  it('keeps the line breaks of a reasoning written with \\n through an import', () => {
    const a = { ...arg('user-lines'), text: { en: { ...arg('x').text.en, reasoning: 'First line.\nSecond line.\tIndented.' } } };
    const r = parseImport(file([a]));
    if (!r.ok) throw new Error(r.error.message);
    expect(r.data.arguments[0]?.text.en?.reasoning).toBe('First line.\nSecond line.\tIndented.');
  });

  it('accepts Windows line ends and tab indentation, and reports positions by line', () => {
    const text = JSON.stringify({ format: 'argumentarium', version: 1, arguments: [arg('user-crlf')] }, null, '\t').replace(/\n/g, '\r\n');
    const r = parseImport(text);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.data.arguments.map((a) => a.id)).toEqual(['user-crlf']);
    const bad = parseImport(text.replace('"user-crlf"', '"Not An Id"'));
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    const line = text.split('\r\n').findIndex((l) => l.includes('user-crlf')) + 1;
    expect(bad.error.line).toBe(line);
  });

  it('refuses a missing or wrong version, and names a newer one', () => {
    for (const version of [undefined, 'one', 0, -1, 1.5, null]) {
      const text = JSON.stringify({ format: 'argumentarium', version, arguments: [] });
      const r = parseImport(text);
      expect(r.ok, String(version)).toBe(false);
      if (!r.ok) expect(r.error.code).toBe('invalid');
    }
    const newer = parseImport(file([], { version: 2 }));
    expect(newer.ok).toBe(false);
    if (!newer.ok) expect(newer.error.code).toBe('newer-version');
    expect(parseImport(file([])).ok).toBe(true);
  });

  it('an export reads back as the same data', () => {
    const data = { arguments: [arg('user-a'), arg('user-b', 'Zwei')], hidden: ['reach'] };
    const r = parseImport(serializeExport(data, new Date('2025-11-05T10:00:00Z')));
    if (!r.ok) throw new Error(r.error.message);
    expect(r.data).toEqual(data);
  });
});

describe('the read-back check after a write', () => {
  it('fails for the list of arguments when storage keeps less than was written', async () => {
    fake.current.storage.local.corrupt = (key, value) => (key === USER_ARGUMENTS_KEY && Array.isArray(value) ? value.slice(0, -1) : value);
    const err = (await saveUserArguments([arg('user-a'), arg('user-b')]).catch((e: unknown) => e)) as StorageError;
    expect(err).toBeInstanceOf(StorageError);
    expect(err.kind).toBe('verify');
    expect(err.key).toBe(USER_ARGUMENTS_KEY);
  });

  it('fails for a list setting whose entries storage reordered', async () => {
    fake.current.storage.sync.corrupt = (key, value) => (key === 'hidden' && Array.isArray(value) ? [...value].reverse() : value);
    const err = (await saveSettings({ hidden: ['reach', 'criticism'] }).catch((e: unknown) => e)) as StorageError;
    expect(err.kind).toBe('verify');
    expect(err.key).toBe('hidden');
  });

  it('passes when storage keeps what was written', async () => {
    await saveSettings({ hidden: ['reach', 'criticism'] });
    expect((await loadSettings()).settings.hidden).toEqual(['reach', 'criticism']);
  });
});

describe('a post of exactly 280 weighted characters', () => {
  it('fits at 280 and not at 281, with Latin text', () => {
    expect(fitsX('a'.repeat(X_MAX_LENGTH))).toBe(true);
    expect(fitsX('a'.repeat(X_MAX_LENGTH + 1))).toBe(false);
    expect(truncateToX('a'.repeat(X_MAX_LENGTH))).toBe('a'.repeat(X_MAX_LENGTH));
  });

  it('fits at 280 with a link counted 23 and CJK counted 2', () => {
    const withLink = `${'b'.repeat(256)} https://example.com/a/very/long/path/that/x/shortens`;
    expect(xWeightedLength(withLink)).toBe(280);
    expect(fitsX(withLink)).toBe(true);
    expect(fitsX(`${withLink}!`)).toBe(false);
    expect(fitsX(`c${withLink}`)).toBe(false);
    expect(xWeightedLength('漢'.repeat(140))).toBe(280);
    expect(fitsX('漢'.repeat(140))).toBe(true);
    expect(fitsX('漢'.repeat(141))).toBe(false);
  });
});
