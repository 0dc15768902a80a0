/**
 * The scoring engine behind `rankArguments`, `createScorer` and `findObjections`: reads text
 * piece by piece, finds lexicon entries (words and phrases within one sentence), and keeps only
 * counts and matched words — never the texts — so memory stays bounded however much is added.
 *
 * Language: given, or detected per block of ~50 words (a feed mixes German and English posts),
 * from stop words and umlauts; a block without evidence takes the language seen so far.
 */
import type { Argument, Lang } from '../catalog/types';
import { type Entry, EntryKind, foldWord, type Lexicon, lexiconFor, lookup } from './lexicon';
import { TokenFlag, tokenize } from './normalize';
import { OBJECTIONS } from './objections';
import { addLangEvidence, type LangEvidence, langOf, STOP_DE, STOP_EN } from './stem';
import type { RankedArgument } from './types';

/** Number of {@link EntryKind}s. */
export const ENTRY_KINDS = EntryKind.Objection + 1;

/** Minimum score for an argument to count as relevant. */
export const THRESHOLD = 1;
/**
 * Score factor when the text has no word of company communication or social media at all: one
 * ordinary signal (weight 1) then stays under {@link THRESHOLD}, a second piece of evidence lifts it.
 * 0.9 rather than 0.75: same false hints on our tuning negatives, more recall on the dev half.
 */
const NO_CONTEXT = 0.9;

type StateKey = Lang | 'de?' | 'en?';
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
/** Largest sentence distance between two cues that still agree. */
const CO_SPAN = 1;
/** Matched words kept per argument or objection. */
const MAX_MATCHED = 12;
/** Words per block for language detection. */
const BLOCK = 48;

/** Per-language matching state. */
class LangState {
  readonly counts: Uint32Array;
  /** 1 where an entry was matched in a hashtag: a hashtag is the author's own topic label. */
  readonly tagged: Uint8Array;
  readonly slotPos: Int32Array;
  readonly slotSent: Int32Array;
  readonly slotRaw: string[];
  /** The lexicon's number in {@link Word}'s id slots, and its occurrences flattened (see {@link Flat}). */
  readonly flat: Flat;
  ctx = 0;
  off = 0;
  /** Entries whose count is non-zero, so {@link Scorer.clear} zeroes only those. */
  readonly touched: number[] = [];
  constructor(readonly lex: Lexicon) {
    this.flat = flatOf(lex);
    this.counts = new Uint32Array(lex.entries.length);
    this.tagged = new Uint8Array(lex.entries.length);
    this.slotPos = new Int32Array(lex.totalSlots).fill(-0x7fffffff);
    this.slotSent = new Int32Array(lex.totalSlots).fill(-1);
    this.slotRaw = new Array<string>(lex.totalSlots).fill('');
  }
}

/** A found objection with the words that triggered it. */
export interface ObjectionHit {
  index: number;
  matched: string[];
}

/** Accumulating scorer; see `createScorer` in index.ts for the public contract. */
export class Scorer {
  /**
   * Matching state per language; "de?"/"en?" hold blocks without language evidence ("Employee
   * advocacy"), matched in both languages, of which the ranking takes the better per argument.
   */
  private states: Partial<Record<StateKey, LangState>> = {};
  private matched: string[][] = [];
  /** Per argument or objection (lexicon target): sentence and entry of its last cue, and whether two different cues agreed (see {@link CO_BONUS}). */
  private cueSent: number[] = [];
  private cueEntry: number[] = [];
  private agreed: boolean[] = [];
  private words = 0;
  private pos = 0;
  private sentence = 0;
  private total: LangEvidence = { de: 0, en: 0 };
  // Block buffer, reused across calls (no per-word arrays).
  private bufWord: Word[] = [];
  private bufSent: number[] = [];
  private bufFlags: number[] = [];
  private bufLen = 0;
  private block: LangEvidence = { de: 0, en: 0 };

  /**
   * @param catalog the arguments whose lexicon is matched
   * @param lang the text's language; detected per block when omitted
   * @param keepWords record the matched words (for `ranking`); `false` for evidence only (`features.ts`), where
   *   the words are never shown and recording them was a fifth of the scoring time
   */
  constructor(
    private readonly catalog: readonly Argument[],
    private readonly lang?: Lang,
    private readonly keepWords = true,
  ) {}

  /** Per lexicon target: whether anything was found for it (when words are not kept). */
  private found: boolean[] = [];

  /** Adds a piece of text. */
  add(text: string): void {
    if (typeof text !== 'string' || text.length === 0) return;
    const base = this.sentence + 1;
    this.last = base;
    tokenize(text, (raw, _s, _e, sentence, flags) => this.push(raw, base + sentence, flags));
    this.flush();
    this.sentence = this.last + 1;
  }

  /**
   * Adds a piece of text already split into words (as {@link add} would split it): `n` words with their sentence
   * indices and `TokenFlag` bits. Lets `features.ts` scan a unit once for its own features and for the lexicon.
   */
  addTokens(words: readonly Word[], sentences: readonly number[], flags: readonly number[], n: number): void {
    if (n === 0) return;
    const base = this.sentence + 1;
    this.last = base;
    for (let i = 0; i < n; i++) this.pushWord(words[i] as Word, base + (sentences[i] as number), flags[i] as number);
    this.flush();
    this.sentence = this.last + 1;
  }

  /** Sentence of the word pushed last (see {@link push}). */
  private last = 0;

  private push(raw: string, sent: number, flags: number): void {
    this.pushWord(wordOf(raw), sent, flags);
  }

  private pushWord(word: Word, sent: number, flags: number): void {
    if (sent !== this.last && this.bufLen >= BLOCK) this.flush();
    this.last = sent;
    this.bufWord[this.bufLen] = word;
    this.bufSent[this.bufLen] = sent;
    this.bufFlags[this.bufLen] = flags;
    this.bufLen++;
    if (!this.lang && word.ev !== 0) {
      this.block.de += word.ev >> 2;
      this.block.en += word.ev & 3;
    }
  }

  private state(key: StateKey): LangState {
    let st = this.states[key];
    if (!st) {
      st = new LangState(lexiconFor(this.catalog, key.slice(0, 2) as Lang));
      this.states[key] = st;
    }
    return st;
  }

  private flush(): void {
    const n = this.bufLen;
    if (n === 0) return;
    if (this.lang) this.match(this.state(this.lang), n);
    else {
      const b = this.block;
      const t = this.total;
      if (b.de + b.en > 0) this.match(this.state(langOf(b)), n);
      else if (t.de + t.en > 0) this.match(this.state(langOf(t)), n);
      else {
        const pos = this.pos;
        this.match(this.state('de?'), n);
        this.pos = pos;
        this.match(this.state('en?'), n);
      }
      t.de += b.de;
      t.en += b.en;
      b.de = 0;
      b.en = 0;
    }
    this.words += n;
    this.bufLen = 0;
  }

  /** Matches the buffered block's `n` words against `st`'s lexicon. */
  private match(st: LangState, n: number): void {
    const lex = st.lex;
    const entries = lex.entries;
    const { start, rec } = st.flat;
    const slotPos = st.slotPos;
    const slotSent = st.slotSent;
    const slotRaw = st.slotRaw;
    const bufWord = this.bufWord;
    const bufSent = this.bufSent;
    const bufFlags = this.bufFlags;
    for (let i = 0; i < n; i++) {
      const word = bufWord[i] as Word;
      const raw = word.raw;
      const sent = bufSent[i] as number;
      const pos = this.pos++;
      const tag = ((bufFlags[i] as number) & TokenFlag.Hashtag) !== 0;
      const ids = tag ? lookup(lex, raw, true) : idsOf(word, st);
      for (let k = 0; k < ids.length; k++) {
        const id = ids[k] as number;
        const to = STRIDE * (start[id + 1] as number);
        for (let j = STRIDE * (start[id] as number); j < to; j += STRIDE) {
          const index = rec[j] as number;
          const slot = rec[j + 1] as number;
          if (slot < 0) {
            if (tag) st.tagged[index] = 1;
            this.hit(st, index, entries[index] as Entry, raw, -1, sent);
            continue;
          }
          if (slotPos[slot] === pos) continue; // one word fills a part once
          slotPos[slot] = pos;
          slotSent[slot] = sent;
          slotRaw[slot] = raw;
          // Most parts arrive alone: when another part is not in this sentence's window, `complete` is false.
          const other = rec[j + 2] as number;
          if (other >= 0 && (slotSent[other] !== sent || pos - (slotPos[other] as number) > (rec[j + 3] as number))) continue;
          const e = entries[index] as Entry;
          if (complete(st, e, pos, sent)) {
            this.hit(st, index, e, raw, pos, sent);
            for (let q = 0; q < e.parts.length; q++) slotPos[e.slot + q] = -0x7fffffff;
          }
        }
      }
    }
  }

  /** Records a match of entry `e`; for a phrase (`pos` ≥ 0) its parts present at `pos`/`sent` are the matched words. */
  private hit(st: LangState, index: number, e: Entry, raw: string, pos: number, sent: number): void {
    if (st.counts[index] === 0) st.touched.push(index);
    st.counts[index] = (st.counts[index] as number) + 1;
    const lex = st.lex;
    if (e.context) st.ctx++;
    for (const t of e.targets) {
      // Arguments and objections (targets below ctxTarget) collect agreeing cues alike.
      if (t < lex.ctxTarget) {
        const last = this.cueSent[t];
        if (last !== undefined && sent > last && sent - last <= CO_SPAN && this.cueEntry[t] !== index) this.agreed[t] = true;
        this.cueSent[t] = sent;
        this.cueEntry[t] = index;
      }
      if (t === lex.ctxTarget) st.ctx++;
      else if (t === lex.offTarget) st.off += e.parts.length > 1 ? 1.5 : 1;
      else if (!this.keepWords) this.found[t] = true;
      else {
        let list = this.matched[t];
        if (!list) {
          list = [];
          this.matched[t] = list;
        }
        if (pos >= 0) {
          // The phrase's words as the reader sees them, without its function words ("als Erste" shows "Erste"):
          // a "Why" of "Arbeitgeber, als" reads like noise. All of them when the phrase has nothing else.
          const stop = lex.lang === 'de' ? STOP_DE : STOP_EN;
          let shown = 0;
          for (let pass = 0; pass < 2 && shown === 0; pass++) {
            for (let q = 0; q < e.parts.length; q++) {
              const s = e.slot + q;
              if (st.slotSent[s] !== sent || pos - (st.slotPos[s] as number) > e.window) continue;
              const w = st.slotRaw[s] as string;
              if (pass === 0 && stop.has(w.toLowerCase())) continue;
              addMatched(list, w);
              shown++;
            }
          }
        } else addMatched(list, raw);
      }
    }
  }

  /** Objections found so far. */
  objections(): ObjectionHit[] {
    const lex = this.anyLexicon();
    if (!lex) return [];
    const hits: ObjectionHit[] = [];
    for (let j = 0; j < OBJECTIONS.length; j++) {
      const words = this.matched[lex.nArgs + j];
      if (words && words.length > 0) hits.push({ index: j, matched: words.slice() });
    }
    return hits;
  }

  private anyLexicon(): Lexicon | undefined {
    const s = this.states;
    return (s.de ?? s.en ?? s['de?'] ?? s['en?'])?.lex;
  }

  /** Adds `st`'s entry weights per argument into `scores` and its distinct entries into `distinct`. */
  private static collect(st: LangState, nArgs: number, scores: Float64Array, distinct: Uint16Array): void {
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

  /**
   * The lexicon's evidence so far, before any weight, threshold or factor, for the learned model's features. Writes
   * per argument (catalog order) and entry kind the number of matches into `counts[i · ENTRY_KINDS + kind]` (an
   * entry found n times counts 1 + ln n, as the hand ranking counts repeats) and 1 into `agreed[i]` where two
   * different cues of the argument agreed in neighbouring sentences; both are zeroed first. Reuses the caller's
   * arrays: it runs once per unit of every page read.
   * @returns the number of context and off-topic cues and the objections found (indices into `OBJECTIONS`)
   */
  evidence(counts: Float64Array, agreed: Uint8Array): { ctx: number; off: number; objections: number[] } {
    counts.fill(0);
    agreed.fill(0);
    const lex = this.anyLexicon();
    if (!lex) return { ctx: 0, off: 0, objections: [] };
    const nArgs = lex.nArgs;
    let ctx = 0;
    let off = 0;
    const states = this.states;
    for (const st of [states.de, states.en, states['de?'], states['en?']]) {
      if (!st) continue;
      ctx += st.ctx;
      off += st.off;
      const entries = st.lex.entries;
      for (const i of st.touched) {
        const c = st.counts[i] as number;
        const e = entries[i] as Entry;
        for (let j = 0; j < e.targets.length; j++) {
          const t = e.targets[j] as number;
          if (t >= nArgs) continue;
          const at = t * ENTRY_KINDS + (e.kinds[j] as number);
          counts[at] = (counts[at] as number) + 1 + Math.log(c);
        }
      }
    }
    for (let i = 0; i < nArgs; i++) if (this.agreed[i]) agreed[i] = 1;
    const objections: number[] = [];
    for (let j = 0; j < OBJECTIONS.length; j++) if (this.found[nArgs + j] || (this.matched[nArgs + j]?.length ?? 0) > 0) objections.push(j);
    return { ctx, off, objections };
  }

  /** The relevant arguments so far, best first. */
  ranking(): RankedArgument[] {
    const lex = this.anyLexicon();
    if (!lex) return [];
    const nArgs = lex.nArgs;
    const scores = new Float64Array(nArgs);
    const distinct = new Uint16Array(nArgs);
    let ctx = 0;
    let off = 0;
    for (const st of [this.states.de, this.states.en]) {
      if (!st) continue;
      ctx += st.ctx;
      off += st.off;
      Scorer.collect(st, nArgs, scores, distinct);
    }
    const ambDe = this.states['de?'];
    const ambEn = this.states['en?'];
    if (ambDe && ambEn) {
      const sd = new Float64Array(nArgs);
      const dd = new Uint16Array(nArgs);
      const se = new Float64Array(nArgs);
      const de = new Uint16Array(nArgs);
      Scorer.collect(ambDe, nArgs, sd, dd);
      Scorer.collect(ambEn, nArgs, se, de);
      for (let i = 0; i < nArgs; i++) {
        const useDe = (sd[i] as number) >= (se[i] as number);
        scores[i] = (scores[i] as number) + (useDe ? (sd[i] as number) : (se[i] as number));
        distinct[i] = (distinct[i] as number) + (useDe ? (dd[i] as number) : (de[i] as number));
      }
      ctx += Math.max(ambDe.ctx, ambEn.ctx);
      off += Math.max(ambDe.off, ambEn.off);
    }
    for (let i = 0; i < nArgs; i++) if (this.agreed[i]) scores[i] = (scores[i] as number) + CO_BONUS;
    const objectionsOf: string[][] = [];
    for (const hit of this.objections()) {
      const answers = lex.objAnswers[hit.index] as number[];
      // An objection raised in two neighbouring sentences ("It's just hype. A fad, nothing more.") is made,
      // not mentioned in passing: its best answer gets the agreement bonus as well.
      const agreed = this.agreed[nArgs + hit.index] === true;
      answers.forEach((a, r) => {
        scores[a] = (scores[a] as number) + (OBJECTION_BONUS[r] ?? 0.5) + (agreed && r === 0 ? CO_BONUS : 0);
        distinct[a] = (distinct[a] as number) + 1;
        objectionsOf[a] ??= [];
        objectionsOf[a].push((OBJECTIONS[hit.index] as { id: string }).id);
        this.matched[a] ??= [];
        const list = this.matched[a];
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
        matched: (this.matched[i] ?? []).slice(),
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

  /**
   * Forgets the evidence of everything added but keeps the allocated matching state: the cheap way to score many
   * short units one after another (`features.ts`). Word positions and sentence numbers keep counting up, so a
   * phrase part seen before the call can never complete a phrase after it.
   */
  clear(): void {
    const states = this.states;
    for (const st of [states.de, states.en, states['de?'], states['en?']]) {
      if (!st) continue;
      for (const i of st.touched) {
        st.counts[i] = 0;
        st.tagged[i] = 0;
      }
      st.touched.length = 0;
      st.ctx = 0;
      st.off = 0;
    }
    // Emptied in place: this runs once per unit of every page read.
    this.matched.length = 0;
    this.found.length = 0;
    this.cueSent.length = 0;
    this.cueEntry.length = 0;
    this.agreed.length = 0;
    this.total.de = 0;
    this.total.en = 0;
    this.block.de = 0;
    this.block.en = 0;
    this.bufLen = 0;
    this.sentence += 2;
    this.pos += 1000;
  }

  /** Forgets everything added. */
  reset(): void {
    this.states = {};
    this.pos = 0;
    this.sentence = 0;
    this.matched = [];
    this.cueSent = [];
    this.cueEntry = [];
    this.agreed = [];
    this.words = 0;
    this.total = { de: 0, en: 0 };
    this.bufLen = 0;
    this.bufWord.length = 0;
  }
}

function complete(st: LangState, e: Entry, pos: number, sent: number): boolean {
  if (e.quorum < e.parts.length) {
    let n = 0;
    for (let q = 0; q < e.parts.length; q++) {
      const s = e.slot + q;
      if (st.slotSent[s] === sent && pos - (st.slotPos[s] as number) <= e.window) n++;
    }
    return n >= e.quorum;
  }
  let prev = -0x7fffffff;
  for (let q = 0; q < e.parts.length; q++) {
    const s = e.slot + q;
    const p = st.slotPos[s] as number;
    if (st.slotSent[s] !== sent || pos - p > e.window) return false;
    if (e.ordered) {
      if (p <= prev) return false;
      prev = p;
    }
  }
  return true;
}

function addMatched(list: string[], raw: string): void {
  if (list.length >= MAX_MATCHED) return;
  const w =
    raw.indexOf('\u00AD') >= 0 || /[\u200B-\u200D\u2060\uFEFF]/.test(raw) ? raw.replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, '') : raw;
  const clean = w.normalize('NFC');
  if (!list.includes(clean)) list.push(clean);
}

/**
 * What matching needs of one raw word: its language evidence and its stem ids in the last two lexicons
 * asked (a catalog's German and English one). At most one map lookup per token finds both. Before, the language
 * evidence and `lookup`'s cache were two lookups of the same freshly sliced string, 16 % of a profile of
 * `rankArguments`; the second one cost 6–15 % of its time on the 1 MiB text of scripts/bench-scoring.mjs
 * (measured side by side).
 */
export interface Word {
  readonly raw: string;
  /** Language evidence: German points × 4 + English points (see `addLangEvidence`); 0 for none. */
  readonly ev: number;
  /** The learned model's per-language features of the word (`features.ts`), kept here so a word is looked up once. */
  featDe?: unknown;
  featEn?: unknown;
  /** Lexicon serial ({@link Flat}) of `idsA`, −1 for none; likewise `serialB` and `idsB`. */
  serialA: number;
  idsA: readonly number[];
  serialB: number;
  idsB: readonly number[];
}

/**
 * Raw word → {@link Word}. Bounded like `lookup`'s own cache (20,000 words, then it starts over), and
 * holds words and stem ids only, never a lexicon: a dropped user catalog's lexicon is not kept alive.
 */
const words = new Map<string, Word>();
const WORDS_LIMIT = 20000;
const NO_IDS: readonly number[] = Object.freeze([]);

/**
 * A direct-mapped front of {@link words}, indexed by a hash of a word's length and three of its code
 * units: a hit costs a string comparison instead of hashing a freshly sliced string in `Map.get`.
 * A miss or a collision only falls through to `words`, so which word holds a slot never changes a result.
 * Measured: `rankArguments` ~9 % faster on the 1 MiB text of scripts/bench-scoring.mjs, side by side.
 */
const front: (Word | undefined)[] = new Array(4096).fill(undefined);

/**
 * The scorer's record of one raw word (cached): its language evidence, German points × 4 + English points (each
 * capped at 3; see `addLangEvidence`), and room for the learned model's features of it.
 */
export function wordOf(raw: string): Word {
  const n = raw.length;
  const h = (((n * 31 + raw.charCodeAt(0)) * 31 + raw.charCodeAt(n - 1)) * 31 + raw.charCodeAt(n >> 1)) & 4095;
  const f = front[h];
  if (f !== undefined && f.raw === raw) return f;
  let w = words.get(raw);
  if (w === undefined) {
    const probe: LangEvidence = { de: 0, en: 0 };
    addLangEvidence(foldWord(raw), probe);
    // Every field set at creation, so all words share one object shape (the scoring loops stay monomorphic).
    w = { raw, ev: probe.de * 4 + probe.en, featDe: undefined, featEn: undefined, serialA: -1, idsA: NO_IDS, serialB: -1, idsB: NO_IDS };
    if (words.size >= WORDS_LIMIT) words.clear();
    words.set(raw, w);
  }
  front[h] = w;
  return w;
}

/** `lookup(st.lex, word.raw, false)`, kept on the word for the two lexicons used last. */
function idsOf(word: Word, st: LangState): readonly number[] {
  const serial = st.flat.serial;
  if (word.serialA === serial) return word.idsA;
  if (word.serialB === serial) return word.idsB;
  const ids = lookup(st.lex, word.raw, false);
  word.serialB = word.serialA;
  word.idsB = word.idsA;
  word.serialA = serial;
  word.idsA = ids;
  return ids;
}

/**
 * A lexicon's serial number (for {@link Word}'s id slots) and its `occ` lists flattened for the
 * matching loop: the occurrences of stem id `s` are the records [entry index, slot, other slot,
 * window] at `rec[4·start[s]] … rec[4·start[s + 1]]`; slot −1 for a single-word entry; "other slot"
 * is another part's slot of the same phrase (−1 for a quorum entry, which needs not every part),
 * which must be in the window for `complete` to hold. Why: on the 1 MiB text of
 * scripts/bench-scoring.mjs a word has ~3 occurrences (514,000 for 160,000 words), 94 % of them
 * parts of phrases, and only 7,600 phrases complete; the other-part check leaves 22,000 calls of
 * `complete` and made `rankArguments` ~10 % faster (measured side by side).
 */
interface Flat {
  /** Numbers the lexicon for {@link Word} without a reference to it. */
  serial: number;
  start: Int32Array;
  rec: Int32Array;
}

const STRIDE = 4;
/** Per lexicon, without keeping it alive (a user catalog's lexicon goes with its catalog). */
const flats = new WeakMap<Lexicon, Flat>();
let nextSerial = 0;

function flatOf(lex: Lexicon): Flat {
  let f = flats.get(lex);
  if (f === undefined) {
    const start = new Int32Array(lex.occ.length + 1);
    let total = 0;
    lex.occ.forEach((o, s) => {
      start[s] = total;
      total += o.length / 2;
    });
    start[lex.occ.length] = total;
    const rec = new Int32Array(STRIDE * total);
    let r = 0;
    for (const o of lex.occ) {
      for (let j = 0; j < o.length; j += 2) {
        const e = lex.entries[o[j] as number] as Entry;
        const part = o[j + 1] as number;
        const single = e.parts.length === 1;
        rec[r++] = o[j] as number;
        rec[r++] = single ? -1 : e.slot + part;
        rec[r++] = single || e.quorum < e.parts.length ? -1 : e.slot + (part === 0 ? 1 : 0);
        rec[r++] = e.window;
      }
    }
    f = { serial: nextSerial++, start, rec };
    flats.set(lex, f);
  }
  return f;
}
