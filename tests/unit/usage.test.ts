/** The private usage record: counting, repair of damaged data, CSV per RFC 4180, erasing, failures. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Argument } from '../../src/catalog/types';
import { useMessages } from '../../src/i18n';
import { clearUsage, csvField, loadUsage, recordCopy, repairUsage, toSiteKind, USAGE_KEY, usageCsv, usageToCsv } from '../../src/usage';
import { fakeBrowser, resetFake } from './background-fake';

vi.mock('../../src/platform/browser', async () => {
  const { fakeBrowser } = await import('./background-fake');
  return { browser: fakeBrowser };
});

const T1 = new Date('2026-03-01T09:00:00.000Z');
const T2 = new Date('2026-03-02T09:00:00.000Z');

beforeEach(() => {
  resetFake();
  useMessages({
    bgUsageCsvId: { message: 'Argument-ID' },
    bgUsageCsvTitle: { message: 'Titel' },
    bgUsageCsvSite: { message: 'Art der Seite' },
    bgUsageCsvCount: { message: 'Kopiert' },
    bgUsageCsvFirst: { message: 'Zuerst kopiert (UTC)' },
    bgUsageCsvLast: { message: 'Zuletzt kopiert (UTC)' },
    bgSiteKindSocial: { message: 'Soziales Netzwerk' },
    bgSiteKindDocument: { message: 'Dokumenten-Werkzeug' },
    bgSiteKindIntranet: { message: 'Intranet' },
    bgSiteKindOther: { message: 'Andere Seite' },
  });
});

describe('recordCopy', () => {
  it('counts per argument and kind of site, with first and last time', async () => {
    await recordCopy('reach', 'social', T1);
    await recordCopy('reach', 'social', T2);
    await recordCopy('reach', 'document', T1);
    await recordCopy('user-abc123', 'intranet', T2);
    expect(await loadUsage()).toEqual([
      { argumentId: 'reach', siteKind: 'social', count: 2, first: T1.toISOString(), last: T2.toISOString() },
      { argumentId: 'user-abc123', siteKind: 'intranet', count: 1, first: T2.toISOString(), last: T2.toISOString() },
      { argumentId: 'reach', siteKind: 'document', count: 1, first: T1.toISOString(), last: T1.toISOString() },
    ]);
  });

  it('keeps every copy when many arrive at once (writes are queued)', async () => {
    await Promise.all(Array.from({ length: 12 }, () => recordCopy('criticism', 'social', T1)));
    expect((await loadUsage())[0]?.count).toBe(12);
  });

  it('files an unknown kind of site under other', async () => {
    expect(toSiteKind('mail')).toBe('other');
    await recordCopy('reach', 'something-else', T1);
    expect((await loadUsage())[0]?.siteKind).toBe('other');
  });

  it('refuses what is not an argument id and stores nothing', async () => {
    for (const bad of ['', '__proto__', '../x', 'a'.repeat(101), 'has space']) {
      await expect(recordCopy(bad, 'social', T1), bad).rejects.toThrow(/not an argument id/);
    }
    expect(fakeBrowser.storage.local.data[USAGE_KEY]).toBeUndefined();
  });

  it('rejects on a storage failure and leaves the record as it was', async () => {
    await recordCopy('reach', 'social', T1);
    const before = structuredClone(fakeBrowser.storage.local.data[USAGE_KEY]);
    fakeBrowser.storage.local.failWith = new Error('QUOTA_BYTES quota exceeded');
    await expect(recordCopy('reach', 'social', T2)).rejects.toThrow(/quota/);
    fakeBrowser.storage.local.failWith = null;
    expect(fakeBrowser.storage.local.data[USAGE_KEY]).toEqual(before);
    // The queue is not stuck after a failure.
    await recordCopy('reach', 'social', T2);
    expect((await loadUsage())[0]?.count).toBe(2);
  });

  it('erases the record', async () => {
    await recordCopy('reach', 'social', T1);
    await clearUsage();
    expect(await loadUsage()).toEqual([]);
    expect(USAGE_KEY in fakeBrowser.storage.local.data).toBe(false);
  });
});

describe('repairUsage', () => {
  it('keeps well-formed entries of a damaged record and drops the rest', () => {
    const repaired = repairUsage({
      version: 1,
      byArgument: {
        reach: { social: { count: 3, first: '2026-01-01T00:00:00.000Z', last: '2026-01-02T00:00:00.000Z' }, mail: { count: 1 } },
        broken: { social: { count: -1, first: 'x', last: 'y' } },
        'bad id': { social: { count: 1, first: '2026-01-01T00:00:00.000Z', last: '2026-01-01T00:00:00.000Z' } },
        criticism: 'nonsense',
      },
    });
    expect(Object.keys(repaired.byArgument)).toEqual(['reach']);
    expect(repaired.byArgument.reach).toEqual({
      social: { count: 3, first: '2026-01-01T00:00:00.000Z', last: '2026-01-02T00:00:00.000Z' },
    });
    for (const junk of [null, 'x', 42, [], { byArgument: [] }]) expect(repairUsage(junk).byArgument).toEqual({});
  });

  it('loads a damaged stored record without throwing', async () => {
    fakeBrowser.storage.local.data[USAGE_KEY] = { byArgument: { reach: { social: { count: 'many' } } } };
    await expect(loadUsage()).resolves.toEqual([]);
  });
});

describe('CSV', () => {
  it('quotes per RFC 4180 and defuses spreadsheet formulas', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('Er sagte "Reichweite"')).toBe('"Er sagte ""Reichweite"""');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('-1')).toBe("'-1");
    expect(csvField(-1)).toBe('-1');
  });

  it('writes a header and one CRLF-terminated line per row, titles in the chosen language', () => {
    const args: Argument[] = [
      {
        id: 'user-q1',
        origin: 'user',
        text: {
          de: { title: 'Kritik, "offen" beantworten', claim: 'c', reasoning: 'r', signals: ['s'], objections: [] },
          en: { title: 'Answer criticism openly', claim: 'c', reasoning: 'r', signals: ['s'], objections: [] },
        },
      },
    ];
    const rows = [
      { argumentId: 'user-q1', siteKind: 'social' as const, count: 2, first: '2026-03-01T09:00:00.000Z', last: '2026-03-02T09:00:00.000Z' },
      { argumentId: 'gone', siteKind: 'other' as const, count: 1, first: '2026-03-01T09:00:00.000Z', last: '2026-03-01T09:00:00.000Z' },
    ];
    expect(usageToCsv(rows, 'de', args)).toBe(
      'Argument-ID,Titel,Art der Seite,Kopiert,Zuerst kopiert (UTC),Zuletzt kopiert (UTC)\r\n' +
        'user-q1,"Kritik, ""offen"" beantworten",Soziales Netzwerk,2,2026-03-01T09:00:00.000Z,2026-03-02T09:00:00.000Z\r\n' +
        'gone,,Andere Seite,1,2026-03-01T09:00:00.000Z,2026-03-01T09:00:00.000Z\r\n',
    );
    expect(usageToCsv(rows, 'en', args).split('\r\n')[1]).toContain('Answer criticism openly');
  });

  it('exports the stored record', async () => {
    await recordCopy('reach', 'document', T1);
    const csv = await usageCsv('en', []);
    expect(csv.split('\r\n')).toEqual([
      'Argument-ID,Titel,Art der Seite,Kopiert,Zuerst kopiert (UTC),Zuletzt kopiert (UTC)',
      'reach,,Dokumenten-Werkzeug,1,2026-03-01T09:00:00.000Z,2026-03-01T09:00:00.000Z',
      '',
    ]);
  });
});
