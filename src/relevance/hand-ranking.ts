/**
 * The hand lexicon's own ranking (`Scorer.ranking`): the weights and factors below are the hand engine's, kept for
 * user and organisation arguments, which have no training data; the learned model never sees them (it takes the
 * lexicon's raw counts as features, `Scorer.evidence`).
 */
import type { Lang } from '../catalog/types';
import type { Entry, Lexicon } from './lexicon';
import { addMatched, type LangState } from './match-state';
import { OBJECTIONS } from './objections';
import type { ObjectionHit } from './scorer';
import type { RankedArgument } from './types';

/** Minimum score for an argument to count as relevant. */
export const THRESHOLD = 1;
/**
 * Score factor when the text has no word of company communication or social media at all: one
 * ordinary signal (weight 1) then stays under {@link THRESHOLD}, a second piece of evidence lifts it.
 * 0.9 rather than 0.75: same false hints on our tuning negatives, more recall on the dev half.
 */
const NO_CONTEXT = 0.9;

/** Further factor when off-topic evidence (sport, weather, recipes…; phrases count more) outweighs context words. */
const OFF_TOPIC = 0.5;
/** Bonus for answering an objection found in the text: best answer first, then less. */
const OBJECTION_BONUS = [1, 0.8, 0.6];
/** Factor for a signal found in a hashtag. */
const HASHTAG = 1.5;
/**
 * Bonus for an argument whose cues agree across sentences: a different lexicon entry of it found in
 * the next sentence (up to {@link CO_SPAN} sentences on). Why: texts that carry an argument
 * through weak paraphrases spread over two sentences ("… für Teenager. … liest die Tageszeitung")
 * scored 0.6–0.9, just under {@link THRESHOLD}. Two weak cues in ONE sentence get no bonus: on our
 * tuning negatives such pairs were admin notices ("Management … department", "rate … feedback"),
 * which added three false hints there, while same-sentence pairs gained no text on the dev half,
 * fresh.json or fresh2.json.
 */
const CO_BONUS = 0.3;

/** Adds `st`'s entry weights per argument into `scores` and its distinct entries into `distinct`. */
function collect(st: LangState, nArgs: number, scores: Float64Array, distinct: Uint16Array): void {
  const entries = st.lex.entries;
  // Only entries found so far: a unit of a few dozen words touches a handful of the lexicon's thousands.
  for (const i of st.touched) {
    const c = st.counts[i] as number;
    const e = entries[i] as Entry;
    const rep = (1 + 0.3 * Math.log(c)) * (st.tagged[i] ? HASHTAG : 1);
    for (let j = 0; j < e.targets.length; j++) {
      const t = e.targets[j] as number;
      if (t >= nArgs) continue;
      scores[t] = (scores[t] as number) + (e.weights[j] as number) * rep;
      distinct[t] = (distinct[t] as number) + 1;
    }
  }
}

/** What the hand ranking reads of a {@link Scorer}'s matching so far. */
export interface HandEvidence {
  lex: Lexicon;
  /** Matching state per language; `de?`/`en?` for blocks without language evidence, matched in both. */
  states: Partial<Record<Lang | 'de?' | 'en?', LangState>>;
  /** Per lexicon target: two different cues agreed in neighbouring sentences. */
  agreed: readonly boolean[];
  /** Per lexicon target: the matched words; an answered objection's words are added to its answers' lists. */
  matched: string[][];
  /** The objections found. */
  hits: readonly ObjectionHit[];
}

/**
 * The hand lexicon's ranking of what a scorer matched: entry weights per argument (repeats and hashtags counted up),
 * agreement and objection bonuses, the context and off-topic factors, and {@link THRESHOLD}. How user and
 * organisation arguments are matched (they have no training data), and `rankByLexicon`.
 * @returns the arguments scoring at least {@link THRESHOLD}, best first (score, then distinct entries, then catalog order)
 */
export function handRanking({ lex, states, agreed, matched, hits }: HandEvidence): RankedArgument[] {
  const nArgs = lex.nArgs;
  const scores = new Float64Array(nArgs);
  const distinct = new Uint16Array(nArgs);
  let ctx = 0;
  let off = 0;
  for (const st of [states.de, states.en]) {
    if (!st) continue;
    ctx += st.ctx;
    off += st.off;
    collect(st, nArgs, scores, distinct);
  }
  const ambDe = states['de?'];
  const ambEn = states['en?'];
  if (ambDe && ambEn) {
    const sd = new Float64Array(nArgs);
    const dd = new Uint16Array(nArgs);
    const se = new Float64Array(nArgs);
    const de = new Uint16Array(nArgs);
    collect(ambDe, nArgs, sd, dd);
    collect(ambEn, nArgs, se, de);
    for (let i = 0; i < nArgs; i++) {
      const useDe = (sd[i] as number) >= (se[i] as number);
      scores[i] = (scores[i] as number) + (useDe ? (sd[i] as number) : (se[i] as number));
      distinct[i] = (distinct[i] as number) + (useDe ? (dd[i] as number) : (de[i] as number));
    }
    ctx += Math.max(ambDe.ctx, ambEn.ctx);
    off += Math.max(ambDe.off, ambEn.off);
  }
  for (let i = 0; i < nArgs; i++) if (agreed[i]) scores[i] = (scores[i] as number) + CO_BONUS;
  const objectionsOf: string[][] = [];
  for (const hit of hits) {
    const answers = lex.objAnswers[hit.index] as number[];
    // An objection raised in two neighbouring sentences ("It's just hype. A fad, nothing more.") is made,
    // not mentioned in passing: its best answer gets the agreement bonus as well.
    const made = agreed[nArgs + hit.index] === true;
    answers.forEach((a, r) => {
      scores[a] = (scores[a] as number) + (OBJECTION_BONUS[r] ?? 0.5) + (made && r === 0 ? CO_BONUS : 0);
      distinct[a] = (distinct[a] as number) + 1;
      objectionsOf[a] ??= [];
      objectionsOf[a].push((OBJECTIONS[hit.index] as { id: string }).id);
      matched[a] ??= [];
      const list = matched[a];
      for (const w of hit.matched) addMatched(list, w);
    });
  }
  // Without context one ordinary signal is not enough ("Kritik" alone, a film review); terms of
  // the trade and phrases count as context themselves, so "#Shitstorm" alone still is.
  let factor = ctx === 0 ? NO_CONTEXT : 1;
  if (off > ctx) factor *= OFF_TOPIC;
  const out: (RankedArgument & { n: number; i: number })[] = [];
  for (let i = 0; i < nArgs; i++) {
    const s = (scores[i] as number) * factor;
    if (s < THRESHOLD) continue;
    const r: RankedArgument & { n: number; i: number } = {
      id: lex.argIds[i] as string,
      score: Math.round(s * 1000) / 1000,
      matched: (matched[i] ?? []).slice(),
      n: distinct[i] as number,
      i,
    };
    const obj = objectionsOf[i];
    if (obj) r.objections = obj;
    out.push(r);
  }
  out.sort((a, b) => b.score - a.score || b.n - a.n || a.i - b.i);
  return out.map(({ n: _n, i: _i, ...r }) => r);
}
