/**
 * Figures of a set of predictions: top-1 / top-3 on texts that call for an argument, false hints on those that call
 * for none, per language; precision and recall per argument; a confusion matrix per language (expected primary
 * argument or `none` against the first hint or `none`). Shared by `npm run train` and `npm run eval`.
 */
import type { Lang } from '../../src/catalog/types';
import { CLASSES, type Example } from './core';

/** Counts behind one language's figures. */
export interface Tally {
  relevant: number;
  top1: number;
  top3: number;
  irrelevant: number;
  falseHints: number;
}

/** Per-language tallies, per-argument precision/recall counts and confusion matrices. */
export interface Figures {
  byLang: Record<Lang, Tally>;
  /** Per argument: texts expecting it, of those with it first (true positives), and first hints given to it. */
  byArg: Record<string, { expected: number; tp: number; predicted: number }>;
  /** `confusion[lang][expected][got]` counts, `none` included. */
  confusion: Record<Lang, Record<string, Record<string, number>>>;
}

const tally = (): Tally => ({ relevant: 0, top1: 0, top3: 0, irrelevant: 0, falseHints: 0 });

/** Tallies hints (ids best first, `[]` = none) against the examples' labels. */
export function figures(examples: readonly Example[], hints: readonly (readonly string[])[]): Figures {
  const f: Figures = { byLang: { de: tally(), en: tally() }, byArg: {}, confusion: { de: {}, en: {} } };
  for (const id of CLASSES.slice(1)) f.byArg[id] = { expected: 0, tp: 0, predicted: 0 };
  examples.forEach((e, i) => {
    const got = hints[i] ?? [];
    const t = f.byLang[e.lang];
    const first = got[0] ?? 'none';
    const want = e.labels[0] ?? 'none';
    const rows = f.confusion[e.lang];
    rows[want] ??= {};
    const row = rows[want];
    row[first] = (row[first] ?? 0) + 1;
    if (got[0] && f.byArg[got[0]]) (f.byArg[got[0]] as { predicted: number }).predicted++;
    if (e.labels.length === 0) {
      t.irrelevant++;
      if (got.length) t.falseHints++;
      return;
    }
    t.relevant++;
    if (got[0] && e.labels.includes(got[0])) {
      t.top1++;
      const a = f.byArg[got[0]];
      if (a) a.tp++;
    }
    if (got.slice(0, 3).some((g) => e.labels.includes(g))) t.top3++;
    const a = f.byArg[e.labels[0] as string];
    if (a) a.expected++;
  });
  return f;
}

const pct = (n: number, d: number) => (d ? (100 * n) / d : 0);
const p1 = (n: number, d: number) => `${pct(n, d).toFixed(1).padStart(5)} %`;

/** One line per language: n, top-1, top-3, false hints. */
export function languageLines(f: Figures): string[] {
  return (['de', 'en'] as const).map((l) => {
    const t = f.byLang[l];
    return `  ${l}  n=${String(t.relevant).padStart(4)}  top-1 ${p1(t.top1, t.relevant)}  top-3 ${p1(t.top3, t.relevant)}  false hints ${p1(t.falseHints, t.irrelevant)} (${t.falseHints}/${t.irrelevant})`;
  });
}

/** Both languages together: top-1, top-3, false hints. */
export function overall(f: Figures): { top1: number; top3: number; fh: number; line: string } {
  const t = tally();
  for (const l of ['de', 'en'] as const) for (const k of Object.keys(t) as (keyof Tally)[]) t[k] += f.byLang[l][k];
  const top1 = pct(t.top1, t.relevant);
  const top3 = pct(t.top3, t.relevant);
  const fh = pct(t.falseHints, t.irrelevant);
  return {
    top1,
    top3,
    fh,
    line: `  all n=${t.relevant}  top-1 ${p1(t.top1, t.relevant)}  top-3 ${p1(t.top3, t.relevant)}  false hints ${p1(t.falseHints, t.irrelevant)} (${t.falseHints}/${t.irrelevant})`,
  };
}

/** Per-argument precision and recall of the first hint. */
export function argumentLines(f: Figures): string[] {
  return Object.entries(f.byArg).map(
    ([id, a]) =>
      `  ${id.padEnd(24)} n=${String(a.expected).padStart(4)}  precision ${p1(a.tp, a.predicted)}  recall ${p1(a.tp, a.expected)}`,
  );
}

/** The confusion matrices, rows expected, columns first hint, short column names. */
export function confusionLines(f: Figures): string[] {
  const cols = [...CLASSES];
  const short = (id: string) => id.slice(0, 6).padStart(6);
  const out: string[] = [];
  for (const l of ['de', 'en'] as const) {
    out.push(`  ${l}: expected ↓ / first hint →`);
    out.push(`  ${''.padEnd(24)}${cols.map(short).join(' ')}`);
    for (const r of cols) {
      const row = f.confusion[l][r] ?? {};
      out.push(`  ${r.padEnd(24)}${cols.map((c) => String(row[c] ?? 0).padStart(6)).join(' ')}`);
    }
  }
  return out;
}
