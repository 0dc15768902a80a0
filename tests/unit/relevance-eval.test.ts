/**
 * Keeps a floor under the relevance figures of `npm run eval` (issue 4) so they cannot silently
 * fall: the same computation (scripts/eval/metrics.ts) on tests/eval/texts.json. The floors sit a
 * little under what the engine reaches today (see the report of `npm run eval`); they are not the
 * issue's targets where those are not reached yet. The gap is measured against baseline A
 * (MiniSearch over the catalog prose), the one issue 4's "15 points above the baseline" means.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type EvalText, pct, runEval } from '../../scripts/eval/metrics';
import { catalog } from '../../src/catalog';

const texts = JSON.parse(readFileSync(new URL('../eval/texts.json', import.meta.url), 'utf8')) as EvalText[];
const { engine, baseline, baselineSignals } = runEval(texts, catalog);

/**
 * Floors per language: top-1 and top-3 in %, false hints at most, top-1 points above the baseline at least. Round five
 * reached 97.0 / 97.0 / 0.0 % (de) and 95.8 / 95.8 / 2.2 % (en), 47.5 and 35.4 points above baseline A, after
 * studying the whole set: the targets are the floors for top-3 and false hints.
 */
const FLOORS = {
  de: { top1: 96, top3: 95, falseHints: 3, gap: 46 },
  en: { top1: 95, top3: 95, falseHints: 3, gap: 34 },
} as const;

/**
 * Floors for the sets written apart from tuning (top-1 in %, false hints at most, in %).
 * fresh.json: 95.5 / 95.7 % top-1 and no false hint after round five (54.5 / 60.9 % before round
 * three; rounds four and five studied its misses, so these are not blind). fresh2.json: 92.3 / 76.9 % top-1,
 * no false hint (studied in rounds four and five too). fresh3.json (written before round four changed
 * anything, never studied): 73.3 / 73.3 % top-1, one false hint in five per language. fresh4.json (written by
 * someone who never saw the engine, before round five changed it, never studied): 77.8 / 55.6 % top-1, false hints
 * 0 / 25 %, unchanged by round five. These sets are small (13–27 relevant texts per language): one text is 4–8 points.
 */
const FRESH_FLOORS = {
  'fresh.json': { de: { top1: 92, falseHints: 13 }, en: { top1: 92, falseHints: 15 } },
  'fresh2.json': { de: { top1: 90, falseHints: 20 }, en: { top1: 75, falseHints: 20 } },
  'fresh3.json': { de: { top1: 70, falseHints: 20 }, en: { top1: 70, falseHints: 20 } },
  'fresh4.json': { de: { top1: 74, falseHints: 13 }, en: { top1: 55, falseHints: 25 } },
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
  describe(`relevance on texts nobody tuned on (tests/eval/${file})`, () => {
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
