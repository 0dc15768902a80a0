/**
 * The printing half of `npm run eval` (bundled and run by scripts/eval.mjs): reads
 * tests/eval/texts.json, runs {@link runEval} on the built-in catalog and prints a table per
 * language and per argument, engine beside baseline, and whether each target of issue 4 is met.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalog } from '../../src/catalog';
import { type EvalText, pct, runEval, type Tally } from './metrics';

const pad = (s: string | number, n: number) => String(s).padEnd(n);
const num = (v: number) => `${v.toFixed(1).padStart(5)} %`;

function row(name: string, e: Tally, b: Tally, withFalse: boolean): string {
  const cells = [
    pad(name, 24),
    pad(e.relevant, 5),
    num(pct(e.top1, e.relevant)),
    num(pct(e.top3, e.relevant)),
    withFalse ? `${num(pct(e.falseHints, e.irrelevant))} (${e.falseHints}/${e.irrelevant})` : '',
    '|',
    num(pct(b.top1, b.relevant)),
    num(pct(b.top3, b.relevant)),
    withFalse ? `${num(pct(b.falseHints, b.irrelevant))} (${b.falseHints}/${b.irrelevant})` : '',
  ];
  return cells.join('  ');
}

/** Entry point: `root` is the repository root; `args` may contain `--misses`. */
export function main(root: string, args: string[]): void {
  const texts = JSON.parse(readFileSync(join(root, 'tests/eval/texts.json'), 'utf8')) as EvalText[];
  const { engine, baseline } = runEval(texts, catalog);
  console.log(`Relevance evaluation: ${texts.length} labelled texts (tests/eval/texts.json); language detected, not given.`);
  console.log('Engine = rankArguments; baseline = MiniSearch (BM25) over title, claim, reasoning, signals, default options.\n');
  console.log(
    `${pad('', 24)}  ${pad('n', 5)}  ${pad('top-1', 7)}  ${pad('top-3', 7)}  ${pad('false hints', 18)}  |  ` +
      `${pad('base top-1', 7)}  ${pad('top-3', 7)}  base false hints`,
  );
  for (const lang of ['de', 'en'] as const) console.log(row(`language ${lang}`, engine.byLang[lang], baseline.byLang[lang], true));
  console.log('');
  for (const id of Object.keys(engine.byArgument).sort()) {
    const e = engine.byArgument[id] as Tally;
    const b = baseline.byArgument[id] ?? { relevant: 0, top1: 0, top3: 0, irrelevant: 0, falseHints: 0 };
    console.log(row(id, e, b, false));
  }
  console.log('\nTargets per language (issue 4):');
  for (const lang of ['de', 'en'] as const) {
    const e = engine.byLang[lang];
    const b = baseline.byLang[lang];
    const t1 = pct(e.top1, e.relevant);
    const t3 = pct(e.top3, e.relevant);
    const fh = pct(e.falseHints, e.irrelevant);
    const gap = Math.round((t1 - pct(b.top1, b.relevant)) * 10) / 10;
    const ok = (c: boolean) => (c ? 'met' : 'MISSED');
    console.log(
      `  ${lang}: top-3 ${t3} % ≥ 95 ${ok(t3 >= 95)}; top-1 ${t1} % ≥ 85 ${ok(t1 >= 85)}; ` +
        `false hints ${fh} % ≤ 3 ${ok(fh <= 3)}; top-1 − baseline ${gap} points ≥ 15 ${ok(gap >= 15)}`,
    );
  }
  // Tuning looks only at the misses of the even-numbered texts ("dev"); the odd ones are held out,
  // and their figures beside the dev figures show how much of a gain is overfitting.
  const half = (odd: boolean) => texts.filter((t) => (Number(t.id.replace(/\D/g, '')) % 2 === 1) === odd);
  console.log('\nHeld-out check (tuning looked only at even-numbered texts):');
  for (const [name, part] of [['dev (even ids)', half(false)], ['held out (odd ids)', half(true)]] as const) {
    const r = runEval(part, catalog).engine;
    const f = (l: 'de' | 'en') =>
      `${l} top-1 ${pct(r.byLang[l].top1, r.byLang[l].relevant)} %, top-3 ${pct(r.byLang[l].top3, r.byLang[l].relevant)} %, false hints ${pct(r.byLang[l].falseHints, r.byLang[l].irrelevant)} %`;
    console.log(`  ${pad(name, 20)} ${f('de')}; ${f('en')}`);
  }
  if (args.includes('--misses')) {
    console.log('\nMisses (engine, dev half only):');
    const byId = new Map(texts.map((t) => [t.id, t]));
    for (const m of engine.misses) {
      if (Number(m.id.replace(/\D/g, '')) % 2 === 1) continue;
      const t = byId.get(m.id);
      console.log(`  ${m.id} expected [${m.expected.join(', ')}] got [${m.got.join(', ')}]  ${t?.text.slice(0, 140).replace(/\n/g, ' ')}`);
    }
  }
}
