/**
 * Keeps a floor under the relevance figures of `npm run eval` so they cannot silently fall: the same computation
 * (scripts/eval/metrics.ts) on the labelled sets. texts.json, fresh.json and fresh2.json are part of the model's
 * training data, so their floors only guard against a broken model; blind8.json, blind7.json, blind6.json, blind5.json, fresh4.json and fresh3.json
 * were never trained or tuned on, and pages-blind.json checks whole pages read unit by unit. The floors sit a few points
 * under what the shipped model reaches (see the README's relevance section); the blind sets are small, so one text
 * moves a figure by 1 (blind5) to 7 (fresh3) points. The gap is measured against baseline A (MiniSearch over the
 * catalog prose).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type EvalText, pct, runEval } from '../../scripts/eval/metrics';
import { catalog } from '../../src/catalog';
import { createScorer } from '../../src/relevance';

const texts = JSON.parse(readFileSync(new URL('../eval/texts.json', import.meta.url), 'utf8')) as EvalText[];
const { engine, baseline, baselineSignals } = runEval(texts, catalog);

/** Floors per language on texts.json (trained on): top-1 and top-3 in %, false hints at most, top-1 points above baseline A at least. */
const FLOORS = {
  de: { top1: 93, top3: 93, falseHints: 3, gap: 44 },
  en: { top1: 93, top3: 93, falseHints: 3, gap: 34 },
} as const;

/** Floors per set and language: top-1 in %, false hints at most in %. */
const FRESH_FLOORS = {
  'fresh.json': { de: { top1: 92, falseHints: 13 }, en: { top1: 92, falseHints: 15 } },
  'fresh2.json': { de: { top1: 90, falseHints: 20 }, en: { top1: 75, falseHints: 20 } },
  'fresh3.json': { de: { top1: 85, falseHints: 20 }, en: { top1: 78, falseHints: 20 } },
  'fresh4.json': { de: { top1: 70, falseHints: 13 }, en: { top1: 74, falseHints: 13 } },
  'blind5.json': { de: { top1: 86, falseHints: 7 }, en: { top1: 72, falseHints: 10 } },
  'blind6.json': { de: { top1: 80, falseHints: 7 }, en: { top1: 76, falseHints: 7 } },
  'blind7.json': { de: { top1: 84, falseHints: 7 }, en: { top1: 87, falseHints: 10 } },
  'blind8.json': { de: { top1: 90, falseHints: 12 }, en: { top1: 86, falseHints: 12 } },
} as const;

describe('relevance evaluation (tests/eval/texts.json)', () => {
  it('has the labelled set the issue asks for', () => {
    expect(texts.length).toBeGreaterThanOrEqual(200);
    expect(texts.filter((t) => t.expected.length === 0).length).toBeGreaterThanOrEqual(50);
  });
  for (const lang of ['de', 'en'] as const) {
    it(`${lang}: top-1, top-3, false hints and the gap to the baseline stay above their floors`, () => {
      const e = engine.byLang[lang];
      const b = baseline.byLang[lang];
      const top1 = pct(e.top1, e.relevant);
      expect(top1).toBeGreaterThanOrEqual(FLOORS[lang].top1);
      expect(pct(e.top3, e.relevant)).toBeGreaterThanOrEqual(FLOORS[lang].top3);
      expect(pct(e.falseHints, e.irrelevant)).toBeLessThanOrEqual(FLOORS[lang].falseHints);
      expect(top1 - pct(b.top1, b.relevant)).toBeGreaterThanOrEqual(FLOORS[lang].gap);
    });
  }
  it('baseline B (prose plus signal lists) is stronger than baseline A, so A is the fair comparison for the gap', () => {
    for (const lang of ['de', 'en'] as const) {
      const a = baseline.byLang[lang];
      const b = baselineSignals.byLang[lang];
      expect(pct(b.top1, b.relevant)).toBeGreaterThan(pct(a.top1, a.relevant));
    }
  });
  it('every argument is found at least half of the time (top-3)', () => {
    for (const [id, t] of Object.entries(engine.byArgument)) {
      expect(pct(t.top3, t.relevant), id).toBeGreaterThanOrEqual(50);
    }
  });
});

for (const [file, floors] of Object.entries(FRESH_FLOORS)) {
  describe(`relevance on tests/eval/${file}`, () => {
    const set = JSON.parse(readFileSync(new URL(`../eval/${file}`, import.meta.url), 'utf8')) as EvalText[];
    const r = runEval(set, catalog).engine;
    it('has relevant and irrelevant texts in both languages', () => {
      for (const lang of ['de', 'en'] as const) {
        expect(r.byLang[lang].relevant).toBeGreaterThanOrEqual(10);
        expect(r.byLang[lang].irrelevant).toBeGreaterThanOrEqual(5);
      }
    });
    for (const lang of ['de', 'en'] as const) {
      it(`${lang}: top-1 and false hints stay above their floors`, () => {
        const e = r.byLang[lang];
        expect(pct(e.top1, e.relevant)).toBeGreaterThanOrEqual(floors[lang].top1);
        expect(pct(e.falseHints, e.irrelevant)).toBeLessThanOrEqual(floors[lang].falseHints);
      });
    }
  });
}

describe('whole pages read unit by unit (tests/eval/pages-blind.json)', () => {
  const pages = JSON.parse(readFileSync(new URL('../eval/pages-blind.json', import.meta.url), 'utf8')) as {
    units: string[];
    expected: string[];
  }[];
  const results = pages.map((p) => {
    const s = createScorer({ catalog });
    for (const u of p.units) s.add(u);
    return { expected: p.expected, ids: s.ranking().map((r) => r.id) };
  });
  it('most pages about other things stay quiet (at least 21 of 24)', () => {
    const quiet = results.filter((r) => r.expected.length === 0);
    expect(quiet.length).toBe(24);
    expect(quiet.filter((r) => r.ids.length === 0).length).toBeGreaterThanOrEqual(21);
  });
  it("a page with one on-topic post shows that post's argument first (at least 7 of 12)", () => {
    const one = results.filter((r) => r.expected.length > 0);
    expect(one.length).toBe(12);
    expect(one.filter((r) => r.expected.includes(r.ids[0] as string)).length).toBeGreaterThanOrEqual(7);
  });
});
