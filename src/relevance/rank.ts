/**
 * Ranking with the learned model: a text is cut into units (paragraphs; long ones into windows of sentences), each
 * unit is classified on its own, and a page's evidence for an argument is the sum of its probability over the units
 * that passed the gate. So a page's ranking does not depend on where it was cut into batches (units are never merged
 * across `add` calls, and sums add up the same way in any order), fifty unrelated posts stay as quiet as one (no unit
 * passes), one on-topic post among them shows its argument, and an argument several posts make ranks above one made
 * once.
 *
 * Per unit: the model's gate (`1 − P(none)`) must reach the calibrated threshold; then the most probable argument is
 * a hint, and so is any other within the model's `follow` share of it (at most three). The "why" of a hint is the
 * best unit's sentence that carries the argument, with the words that pull towards it most.
 *
 * User and organisation arguments have no training data: they are matched through the hand lexicon of their own
 * claim, reasoning, signal words and objections (`./scorer.ts`), which needs two pieces of evidence or a term of the
 * trade; a lexicon score `s ≥ 1` counts as `s / (s + 1)` per unit, so a hint on its own words sits among the model's
 * probabilities (0.5 and above).
 */
import { catalog as builtinCatalog } from '../catalog';
import type { Argument, Lang } from '../catalog/types';
import { contentWords, stemBuckets } from './features';
import { foldWord } from './lexicon';
import { type Model, shippedModel } from './model';
import { INVISIBLE_RE, tokenize } from './normalize';
import { OBJECTIONS } from './objections';
import { Scorer } from './scorer';
import { addLangEvidence, type LangEvidence, langOf } from './stem';
import type { RankedArgument } from './types';

/**
 * Words per unit before a paragraph is cut into windows of sentences: about the length of the texts the model learned
 * from (the corpus's median is 24–35 words per batch), so one on-topic sentence in a long post is not drowned. Chosen
 * by grouped cross-validation through this very cut (fold models, gate recalibrated): on corpus texts buried among
 * 8–17 sentences of small talk, top-1 34.7 % at 160 words, 40.3 % at 100, 45.3 % at 70, 51.8 % at 50; false hints on
 * such buried negatives 3.8, 4.5, 4.5, 5.7 %; the corpus texts themselves unchanged (82.5–82.6 %).
 */
const UNIT_WORDS = 70;
/** Longest quote in a "why", in characters; longer sentences are cut at a word boundary. */
const QUOTE_CHARS = 180;
/** Decisive words shown per hint, at most. */
const WHY_WORDS = 3;
/**
 * Added to the pull of a word the hand lexicon matched for the argument: more than any single stem's weight, so
 * such words come first.
 */
const LEXICON_PULL = 100;
/**
 * Words never shown as decisive although the stemmers' stop lists keep them as features: determiners, pronouns,
 * auxiliaries and adverbs a reader does not accept as a reason ("welche", "jeden", "now", "let"). Display only.
 */
const NOT_DECISIVE = new Set(
  (
    'welche welcher welches welchen jeden jede jeder jedem statt also dann denn doch etwa gar halt immer schon sehr wirklich ' +
    'einfach eigentlich eigenen eigene eigener irgendwie bitte hier heute morgen gestern nun mal wohl ' +
    "now then just really very let lets let's want wants see read full think thing things something anything nobody " +
    "everyone everybody someone we'll we've i'll i've you're it's that's there's here today tomorrow yesterday " +
    'maybe also still even'
  ).split(' '),
);
/** Share of the strongest word's pull another word needs to be shown as decisive. */
const DECISIVE = 0.5;

/** The language of `text` from its function words and umlauts (German when there is no evidence). */
export function langOfText(text: string): Lang {
  const ev: LangEvidence = { de: 0, en: 0 };
  tokenize(text, (raw) => addLangEvidence(foldWord(raw), ev));
  return langOf(ev);
}

/** Abbreviations whose full stop does not end a sentence (lower case, without the stop). */
const ABBREVIATIONS = new Set(
  'dr prof bzw ca z b d h u a o ä s vgl ggf evtl inkl usw etc nr st str abs bspw mr mrs ms vs e g i eg ie jr sr co inc ltd'.split(' '),
);

/**
 * Sentences of `text` as [start, end) offsets, for quoting: the tokenizer's breaks (. ! ? ; and line breaks), except
 * a break after an abbreviation ("Dr.", "z. B."), after an ordinal number ("12. Mai"), at a semicolon, or before a
 * word in lower case; each sentence runs to the next one's first word, so its closing punctuation stays with it.
 */
function sentences(text: string): [number, number][] {
  const starts: number[] = [];
  let last = -1;
  let prevRaw = '';
  let prevEnd = 0;
  tokenize(text, (raw, start, end, sentence) => {
    if (sentence !== last) {
      const gap = text.slice(prevEnd, start);
      const first = raw.charAt(0);
      const continues =
        last >= 0 &&
        !gap.includes('\n') &&
        (gap.includes(';') ||
          (/^\s*\.\s*$/.test(gap) && (ABBREVIATIONS.has(prevRaw.toLowerCase()) || /^\d+$/.test(prevRaw))) ||
          (first !== first.toUpperCase() && first === first.toLowerCase() && /\p{Ll}/u.test(first)));
      if (!continues) starts.push(start);
      last = sentence;
    }
    prevRaw = raw;
    prevEnd = end;
  });
  // A sentence that starts with a hashtag or a mention keeps its sign ("#EmployerBranding", not "EmployerBranding").
  const from = starts.map((s) => (s > 0 && (text[s - 1] === '#' || text[s - 1] === '@') ? s - 1 : s));
  return from.map((s, i) => {
    let e = from[i + 1] ?? text.length;
    while (e > s && /\s/.test(text[e - 1] as string)) e--;
    return [s, e];
  });
}

/** Sentences per window of a unit read on a page ({@link windowsOf}). */
export const WINDOW_SENTENCES = 2;

/**
 * The windows of {@link WINDOW_SENTENCES} consecutive sentences of a unit of more sentences than that, for a page
 * being read: a post makes its point in one sentence among small talk, and on a page each unit must pass the strict
 * page gate, which the whole post's diluted evidence misses. The page gate is calibrated on the same aggregate (the
 * best of the whole unit and its windows, `scripts/train/run.ts`), so the per-unit false-hint rate holds.
 * @returns `[]` for a unit of {@link WINDOW_SENTENCES} sentences or fewer
 */
export function windowsOf(unit: string): string[] {
  const spans = sentences(unit);
  if (spans.length <= WINDOW_SENTENCES) return [];
  const out: string[] = [];
  for (let i = 0; i + WINDOW_SENTENCES <= spans.length; i++) {
    out.push(unit.slice((spans[i] as [number, number])[0], (spans[i + WINDOW_SENTENCES - 1] as [number, number])[1]));
  }
  return out;
}

/** A run of hashtags and mentions only ("#EmployerBranding #Recruiting"): a post's tag line, not a sentence. */
const TAG_LINE = /^(?:\s*[#@][\p{L}\p{N}_]+[.,!?]*)+\s*$/u;

/**
 * Cuts a free text into units: paragraphs at blank lines, and a paragraph of more than {@link UNIT_WORDS} words
 * into consecutive windows of whole sentences of about that size.
 */
export function unitsOf(text: string): string[] {
  const out: string[] = [];
  for (const para of text.split(/\n\s*\n/)) {
    if (!para.trim()) continue;
    // Fewer characters than a unit's words could fill: no need to count them.
    if (para.length <= UNIT_WORDS * 4) {
      out.push(para);
      continue;
    }
    let n = 0;
    tokenize(para, () => {
      n++;
    });
    if (n <= UNIT_WORDS) {
      out.push(para);
      continue;
    }
    // Windows start at a sentence's first word once the window before holds enough words; each runs to the next
    // window's start, so no character of the paragraph is lost between them.
    const starts: number[] = [];
    let words = UNIT_WORDS;
    let lastSentence = -1;
    tokenize(para, (_raw, start, _end, sentence) => {
      if (sentence !== lastSentence && words >= UNIT_WORDS) {
        starts.push(start);
        words = 0;
      }
      lastSentence = sentence;
      words++;
    });
    starts.forEach((start, i) => {
      const unit = para.slice(start, starts[i + 1] ?? para.length).trim();
      if (unit) out.push(unit);
    });
  }
  return out;
}

/** The evidence for one argument so far: the sum over the units that passed the gate, and the best of them. */
interface Best {
  /** Sum of the argument's probability over every unit that showed it: evidence accumulates across posts. */
  total: number;
  /** The best unit's probability: the unit the "why" quotes. */
  score: number;
  /** The unit that carries it, cut to {@link UNIT_CHARS}: its "why" is worked out only when a ranking is asked for. */
  unit: string;
  lang: Lang;
  /** The model's class index, or −1 for a user argument (matched by its lexicon). */
  k: number;
  /** The lexicon's matched words (user arguments). */
  words?: string[];
  objections?: string[];
  /** The worked-out "why", once asked for. */
  why?: { matched: string[]; quote: string };
}

/** Characters of a unit kept as an argument's best evidence (bounded memory: one per argument). */
const UNIT_CHARS = 2000;

/** Cuts `s` to at most {@link QUOTE_CHARS} characters at a word boundary. */
function cut(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim();
  if (t.length <= QUOTE_CHARS) return t;
  const i = t.lastIndexOf(' ', QUOTE_CHARS - 1);
  return `${t.slice(0, i > 40 ? i : QUOTE_CHARS - 1)}…`;
}

/**
 * Accumulates a page's evidence unit by unit. Memory is bounded by the catalog (one {@link Best} per argument),
 * never by the text added.
 */
export class PageEvidence {
  private best = new Map<string, Best>();
  /** First appearance order, the tie-breaker. */
  private order: string[] = [];
  private readonly model: Model = shippedModel();
  private readonly builtinIds: Set<string>;
  private readonly own: Argument[];
  private readonly ownIds: Set<string>;
  /** The lexicon scorer for user and organisation arguments, made on first need and cleared per unit. */
  private lexicon: Scorer | undefined;

  /**
   * @param catalog the arguments that may be hinted: built-ins the model knows (those missing here are hidden by
   *   the user and never returned) and user or organisation arguments (matched by their lexicon)
   * @param lang the language of every unit; detected per unit when omitted
   * @param mode `text`: one text someone wrote or selected (the model's gate); `page`: units of a page being read,
   *   each of which must pass the stricter page gate, so many unrelated posts do not add up to chances of a hint
   */
  constructor(
    private readonly catalog: readonly Argument[],
    private readonly lang?: Lang,
    private readonly mode: 'text' | 'page' = 'text',
  ) {
    const known = new Set(this.model.classes);
    this.builtinIds = new Set(catalog.filter((a) => known.has(a.id)).map((a) => a.id));
    this.own = catalog.filter((a) => !known.has(a.id));
    this.ownIds = new Set(this.own.map((a) => a.id));
  }

  /** Adds one unit (a post, a paragraph). */
  addUnit(text: string): void {
    if (!/\S/.test(text)) return;
    // "𝗕𝗼𝗹𝗱" and "𝘪𝘵𝘢𝘭𝘪𝘤" posts (Mathematical Alphanumeric Symbols, common on LinkedIn) read as the letters they
    // stand for; NFKC maps them, and only then, since it also folds other compatibility characters.
    const unit = text.includes('\uD835') ? text.normalize('NFKC') : text;
    const m = this.model;
    const first = m.unit(unit, this.lang);
    const { objections, lang } = first;
    // `unit` reuses its buffer: the probabilities are copied before another text is scored.
    let p = this.mode === 'page' ? Float64Array.from(first.p) : first.p;
    if (this.mode === 'page') {
      for (const w of windowsOf(unit)) {
        const q = m.unit(w, lang).p;
        if ((q[0] as number) < (p[0] as number)) p = Float64Array.from(q);
      }
    }
    if (1 - (p[0] as number) >= (this.mode === 'page' ? m.pageGate : m.gate)) {
      let top = 0;
      for (let k = 1; k < p.length; k++) top = Math.max(top, p[k] as number);
      const shown: { id: string; k: number; p: number }[] = [];
      for (let k = 1; k < p.length; k++) {
        const pk = p[k] as number;
        if (pk >= m.follow * top) shown.push({ id: m.classes[k] as string, k, p: pk });
      }
      shown.sort((a, b) => b.p - a.p || a.k - b.k);
      for (const r of shown.slice(0, 3)) {
        if (!this.builtinIds.has(r.id)) continue;
        this.record(r.id, r.p, () => ({ unit: unit.slice(0, UNIT_CHARS), lang, k: r.k, ...this.objectionsFor(r.id, objections) }));
      }
    }
    if (this.own.length > 0) {
      this.lexicon ??= new Scorer(this.catalog, this.lang);
      this.lexicon.clear();
      this.lexicon.add(unit);
      for (const r of this.lexicon.ranking()) {
        if (!this.ownIds.has(r.id)) continue;
        const objections = r.objections;
        this.record(r.id, r.score / (r.score + 1), () => ({
          unit: unit.slice(0, UNIT_CHARS),
          lang,
          k: -1,
          words: r.matched,
          ...(objections ? { objections } : {}),
        }));
      }
    }
  }

  /**
   * Adds a unit's probability `p` for argument `id` to its total; when it beats the best unit so far, `unit()` gives
   * what the "why" needs of it (made only then: most units do not beat the best).
   */
  private record(id: string, p: number, unit: () => Omit<Best, 'total' | 'score'>): void {
    const cur = this.best.get(id);
    if (!cur) {
      this.order.push(id);
      this.best.set(id, { total: p, score: p, ...unit() });
      return;
    }
    cur.total += p;
    if (p > cur.score) this.best.set(id, { total: cur.total, score: p, ...unit() });
  }

  /** The ids of the objections found in the unit (indices into `OBJECTIONS`) that argument `id` answers. */
  private objectionsFor(id: string, indices: readonly number[]): { objections?: string[] } {
    const found = indices
      .map((j) => OBJECTIONS[j] as (typeof OBJECTIONS)[number])
      .filter((o) => o.answeredBy.includes(id))
      .map((o) => o.id);
    return found.length ? { objections: found } : {};
  }

  /** The sentence of `unit` that carries class `k`, and its words that pull most towards it. */
  private why(unit: string, lang: Lang, k: number): { matched: string[]; quote: string } {
    const m = this.model;
    // A word's pull is that of its stem (character n-grams spread evidence over look-alike words); words the hand
    // lexicon matched for this argument count first, as a reader recognises them.
    const lexicon = new Scorer(this.catalog, lang);
    lexicon.add(unit);
    const id = m.classes[k] as string;
    const named = new Set((lexicon.ranking().find((r) => r.id === id)?.matched ?? []).map((w) => foldWord(w)));
    const pullOf = (raw: string) => m.pull(stemBuckets(raw, lang), k) + (named.has(foldWord(raw)) ? LEXICON_PULL : 0);
    const spans = sentences(unit);
    let quote = unit;
    if (spans.length > 1) {
      // The sentence whose words pull most towards the argument (against `none`): the one that carries it. A tag
      // line only where no sentence pulls towards it at all: a reader accepts a sentence as a reason, not hashtags.
      let best = Number.NEGATIVE_INFINITY;
      let bestTags = Number.NEGATIVE_INFINITY;
      let tagQuote = unit;
      for (const [s, e] of spans) {
        const text = unit.slice(s, e);
        let pull = 0;
        for (const w of contentWords(text, lang)) pull += pullOf(w.raw);
        if (TAG_LINE.test(text)) {
          if (pull > bestTags) {
            bestTags = pull;
            tagQuote = text;
          }
        } else if (pull > best) {
          best = pull;
          quote = text;
        }
      }
      if (!(best > 0) && bestTags > best) quote = tagQuote;
    }
    const pulls = contentWords(quote, lang)
      .filter((w) => !NOT_DECISIVE.has(foldWord(w.raw)) && !/^\p{N}/u.test(w.raw))
      .map((w, i) => ({ raw: w.raw, i, pull: pullOf(w.raw) }));
    const seen = new Set<string>();
    const strongest = Math.max(0, ...pulls.map((w) => w.pull));
    // Decisive words only: those that pull at least half as hard as the strongest; a word that merely leans the
    // same way ("anything", "below") is no reason a reader accepts.
    const top = pulls
      .filter((w) => w.pull > 0 && w.pull >= DECISIVE * strongest)
      .sort((a, b) => b.pull - a.pull)
      .filter((w) => {
        const f = foldWord(w.raw);
        if (seen.has(f)) return false;
        seen.add(f);
        return true;
      })
      .slice(0, WHY_WORDS)
      .sort((a, b) => a.i - b.i);
    return { matched: top.map((w) => w.raw.replace(INVISIBLE_RE, '').normalize('NFC')), quote: cut(quote) };
  }

  /** The first sentence of `unit` that contains one of `words`, or the unit's start. */
  private quoteWith(unit: string, words: readonly string[]): string {
    const wanted = new Set(words.map((w) => foldWord(w)));
    for (const [s, e] of sentences(unit)) {
      const text = unit.slice(s, e);
      let hit = false;
      tokenize(text, (raw) => {
        if (wanted.has(foldWord(raw))) hit = true;
      });
      if (hit) return cut(text);
    }
    return cut(unit);
  }

  /** The hints so far, best first (ties in order of first appearance). */
  ranking(): RankedArgument[] {
    const out: RankedArgument[] = [];
    const sorted = this.order
      .map((id, i) => ({ id, i, b: this.best.get(id) as Best }))
      .sort((a, b) => b.b.total - a.b.total || b.b.score - a.b.score || a.i - b.i);
    for (const { id, b } of sorted) {
      b.why ??= b.k >= 0 ? this.why(b.unit, b.lang, b.k) : { matched: b.words ?? [], quote: this.quoteWith(b.unit, b.words ?? []) };
      // A hint needs a reason a person can see: no decisive word in the text ("Thoughts?"), no hint.
      if (b.why.matched.length === 0) continue;
      const r: RankedArgument = {
        id,
        score: Math.round(b.total * 1000) / 1000,
        best: Math.round(b.score * 1000) / 1000,
        matched: [...b.why.matched],
        quote: b.why.quote,
      };
      if (b.objections) r.objections = [...b.objections];
      out.push(r);
    }
    return out;
  }

  /** Forgets everything added. */
  reset(): void {
    this.best.clear();
    this.order = [];
  }
}

/** `catalog` or the built-in one. */
export function catalogOr(catalog: readonly Argument[] | undefined): readonly Argument[] {
  return catalog ?? builtinCatalog;
}
