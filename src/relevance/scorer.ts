/**
 * The scoring engine behind `rankArguments`, `createScorer` and `findObjections`: reads text
 * piece by piece, finds lexicon entries (words and phrases within one sentence), and keeps only
 * counts and matched words — never the texts — so memory stays bounded however much is added.
 *
 * Language: given, or detected per block of ~50 words (a feed mixes German and English posts),
 * from stop words and umlauts; a block without evidence takes the language seen so far.
 */
import type { Argument, Lang } from '../catalog/types';
import { handRanking } from './hand-ranking';
import { type Entry, EntryKind, type Lexicon, lexiconFor, lookup } from './lexicon';
import { addMatched, complete, LangState } from './match-state';
import { TokenFlag, tokenize } from './normalize';
import { OBJECTIONS } from './objections';
import { type LangEvidence, langOf, STOP_DE, STOP_EN } from './stem';
import type { RankedArgument } from './types';
import { idsOf, STRIDE, type Word, wordOf } from './words';

/** Number of {@link EntryKind}s. */
export const ENTRY_KINDS = EntryKind.Objection + 1;

type StateKey = Lang | 'de?' | 'en?';
/** Largest sentence distance between two cues that still agree. */
const CO_SPAN = 1;
/** Words per block for language detection. */
const BLOCK = 48;

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
  /** Per argument or objection (lexicon target): sentence and entry of its last cue, and whether two different cues agreed (the agreement bonus of `./hand-ranking.ts`). */
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
      const ids = tag ? lookup(lex, raw, true) : idsOf(word, lex, st.flat.serial);
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
    const targets = e.targets;
    for (let i = 0; i < targets.length; i++) {
      const t = targets[i] as number;
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

  /** The relevant arguments so far, best first (the hand lexicon's own ranking: `./hand-ranking.ts`). */
  ranking(): RankedArgument[] {
    const lex = this.anyLexicon();
    if (!lex) return [];
    return handRanking({ lex, states: this.states, agreed: this.agreed, matched: this.matched, hits: this.objections() });
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
