/**
 * The relevance corpus (`tests/corpus/*.jsonl`, see its DATASHEET.md) keeps the shape training relies on: every line
 * parses with the fields of the record format, ids are unique, no text appears twice, every label is a catalog id,
 * `kind` agrees with the labels, and each argument has at least 150 texts per language (the minimum the relevance
 * issue set).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/catalog';

interface CorpusRecord {
  id: string;
  batch: string;
  writer: string;
  genre: string;
  lang: string;
  labels: string[];
  kind: string;
  text: string;
}

const dir = new URL('../corpus/', import.meta.url);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.jsonl'))
  .sort();
const records: { file: string; line: number; r: CorpusRecord }[] = files.flatMap((file) =>
  readFileSync(new URL(file, dir), 'utf8')
    .split('\n')
    .map((l, i) => ({ l, i }))
    .filter(({ l }) => l.trim())
    .map(({ l, i }) => ({ file, line: i + 1, r: JSON.parse(l) as CorpusRecord })),
);
const ids = new Set(catalog.map((a) => a.id));

describe('relevance corpus', () => {
  it('has every batch file the datasheet lists, each record with the fields of the record format', () => {
    expect(files.length).toBeGreaterThanOrEqual(19);
    const bad = records.filter(
      ({ r }) =>
        typeof r.id !== 'string' ||
        typeof r.batch !== 'string' ||
        typeof r.writer !== 'string' ||
        typeof r.genre !== 'string' ||
        (r.lang !== 'de' && r.lang !== 'en') ||
        !Array.isArray(r.labels) ||
        !['positive', 'near-miss', 'ordinary'].includes(r.kind) ||
        typeof r.text !== 'string' ||
        !r.text.trim(),
    );
    expect(bad.map(({ file, line }) => `${file}:${line}`)).toEqual([]);
  });

  it('has unique ids, each starting with its batch, and no text twice', () => {
    /** The values of `key` that occur more than once. */
    const repeated = (key: (r: CorpusRecord) => string): string[] => {
      const seen = new Set<string>();
      const twice: string[] = [];
      for (const { r } of records) {
        const k = key(r);
        if (seen.has(k)) twice.push(k);
        seen.add(k);
      }
      return twice;
    };
    expect(repeated((r) => r.id)).toEqual([]);
    expect(records.filter(({ r }) => !r.id.startsWith(`${r.batch}-`)).map(({ r }) => r.id)).toEqual([]);
    expect(repeated((r) => r.text)).toEqual([]);
  });

  it('labels only catalog ids, without repeats, and `kind` is positive exactly when there is a label', () => {
    expect(records.filter(({ r }) => r.labels.some((l) => !ids.has(l))).map(({ r }) => r.id)).toEqual([]);
    expect(records.filter(({ r }) => new Set(r.labels).size !== r.labels.length).map(({ r }) => r.id)).toEqual([]);
    expect(records.filter(({ r }) => (r.kind === 'positive') !== r.labels.length > 0).map(({ r }) => r.id)).toEqual([]);
  });

  it('has at least 150 texts per argument and language as first label, and at least 800 near-misses', () => {
    for (const lang of ['de', 'en'])
      for (const id of ids) {
        const n = records.filter(({ r }) => r.lang === lang && r.labels[0] === id).length;
        expect(n, `${lang} ${id}`).toBeGreaterThanOrEqual(150);
      }
    expect(records.filter(({ r }) => r.kind === 'near-miss').length).toBeGreaterThanOrEqual(800);
  });
});
