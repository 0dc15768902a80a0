/**
 * The lexicon scorer's per-language matching state (`./scorer.ts`): entry counts, phrase slots and the context and
 * off-topic tallies of one lexicon, and the checks that complete a phrase and record a matched word.
 */
import type { Entry, Lexicon } from './lexicon';
import { type Flat, flatOf } from './words';

/** Matched words kept per argument or objection. */
export const MAX_MATCHED = 12;

/** Per-language matching state. */
export class LangState {
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

/**
 * Whether phrase entry `e` holds at word position `pos` of sentence `sent`: its parts (or its quorum of them) seen
 * in the same sentence within its window, in order when it is ordered.
 */
export function complete(st: LangState, e: Entry, pos: number, sent: number): boolean {
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

/** Adds `raw` (soft hyphens and zero-width characters removed, NFC) to `list` unless present or full. */
export function addMatched(list: string[], raw: string): void {
  if (list.length >= MAX_MATCHED) return;
  const w =
    raw.indexOf('\u00AD') >= 0 || /[\u200B-\u200D\u2060\uFEFF]/.test(raw) ? raw.replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, '') : raw;
  const clean = w.normalize('NFC');
  if (!list.includes(clean)) list.push(clean);
}
