/**
 * Text normalisation and tokenisation for relevance: Unicode NFC, removal of invisible
 * characters, German-aware case folding, and a word scanner that keeps umlauts, ß and combining
 * marks inside words (JavaScript's `\b` does not), skips URLs, @-mentions and e-mail addresses,
 * marks hashtags and sentence boundaries, and reports offsets into the ORIGINAL text.
 *
 * The scanner walks UTF-16 code units with a lazily filled class table instead of a regular
 * expression per character: it runs over every byte of a feed, so it has to be cheap
 * (see scripts/bench-scoring.mjs).
 */

/** Invisible characters removed before matching: soft hyphen, zero-width space/non-joiner/joiner, word joiner, BOM. */
export const INVISIBLE_RE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;

function isInvisible(c: number): boolean {
  return c === 0xad || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff;
}

/**
 * Normalises text for matching: removes U+00AD, U+200B–U+200D, U+2060 and U+FEFF; composes to
 * Unicode NFC (a decomposed "u + U+0308" becomes "ü"); folds case with `toLowerCase` (which maps
 * Ä→ä, ẞ→ß) and then ß→"ss" (Unicode full case folding, so "Straße" and "STRASSE" meet).
 * Idempotent: `normalize(normalize(s)) === normalize(s)`.
 * @param text any string
 * @returns the normalised string (may be shorter than `text`; offsets are not preserved —
 *   use {@link tokenize} for offsets)
 */
export function normalize(text: string): string {
  let s = text.replace(INVISIBLE_RE, '').normalize('NFC').toLowerCase();
  if (s.indexOf('ß') >= 0) s = s.replace(/ß/g, 'ss');
  // Lowercasing can un-compose in rare scripts; compose again so the function is idempotent.
  return s.normalize('NFC');
}

/** Character classes of the scanner. */
enum C {
  Other = 0,
  Word = 1,
  /** Joins word parts but never starts a word: apostrophes. */
  Apos = 2,
  /** Ends a sentence: . ! ? ; and line breaks. Phrases never match across one. */
  Stop = 3,
  Invisible = 4,
  Hyphen = 5,
  Hash = 6,
  At = 7,
}

const table = new Uint8Array(0x10000);
const filled = new Uint8Array(0x10000);
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

function classOf(c: number): number {
  if (filled[c]) return table[c] as number;
  let k: number = C.Other;
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) k = C.Word;
  else if (c === 39 || c === 0x2019) k = C.Apos;
  else if (c === 46 || c === 33 || c === 63 || c === 59 || c === 10 || c === 13 || c === 0x2029 || c === 0x2028) k = C.Stop;
  else if (isInvisible(c)) k = C.Invisible;
  else if (c === 45 || c === 0x2010 || c === 0x2011) k = C.Hyphen;
  else if (c === 35) k = C.Hash;
  else if (c === 64) k = C.At;
  else if (c >= 0xd800 && c <= 0xdfff)
    k = C.Other; // astral: emoji and friends are never letters here
  else if (c >= 128 && WORD_CHAR.test(String.fromCharCode(c))) k = C.Word;
  table[c] = k;
  filled[c] = 1;
  return k;
}

/** Flags of a token. */
export enum TokenFlag {
  None = 0,
  /** The token followed a `#`. */
  Hashtag = 1,
  /** The token was joined to the previous one by a hyphen ("Social-Media-Strategie"). */
  Hyphenated = 2,
}

/**
 * Receives the words of a text one by one.
 * @param raw the word exactly as in the text (may contain invisible characters or decomposed marks)
 * @param start offset of the word's first UTF-16 code unit in the text
 * @param end offset after its last code unit
 * @param sentence index of the sentence it belongs to (0-based); increases at . ! ? ; and line breaks
 * @param flags {@link TokenFlag} bits
 */
export type TokenSink = (raw: string, start: number, end: number, sentence: number, flags: number) => void;

/**
 * Longest token treated as a word, in UTF-16 code units. Long German compounds stay well under it
 * ("Donaudampfschifffahrtsgesellschaftskapitän" has 42); longer runs are skipped by {@link tokenize}.
 */
export const MAX_WORD_LENGTH = 64;

/**
 * Scans `text` for words and calls `sink` for each, in order. A word is a run of letters, digits
 * and combining marks (any script), with apostrophes inside it ("don't", "company's") and invisible
 * characters inside it ignored. Hyphens split words but are reported as {@link TokenFlag.Hyphenated}.
 * Skipped as content: URLs (`http://…`, `https://…`, `www.…`), @-mentions, e-mail addresses and runs longer than
 * {@link MAX_WORD_LENGTH}.
 * @returns the number of words reported
 */
export function tokenize(text: string, sink: TokenSink): number {
  const n = text.length;
  let i = 0;
  let sentence = 0;
  let count = 0;
  let pendingFlags = 0;
  let lastWasWordEnd = false;
  while (i < n) {
    const c = text.charCodeAt(i);
    const k = classOf(c);
    if (k === C.Word) {
      const start = i;
      i++;
      for (; i < n; i++) {
        const d = text.charCodeAt(i);
        const kd = classOf(d);
        if (kd === C.Word) continue;
        if (kd === C.Invisible) continue;
        if (kd === C.Apos && i + 1 < n && classOf(text.charCodeAt(i + 1)) === C.Word) continue;
        break;
      }
      const end = i;
      // URL: "http://", "https://", "www." — skip to the next whitespace.
      const next = i < n ? text.charCodeAt(i) : 0;
      if (
        (next === 58 /* : */ && text.charCodeAt(i + 1) === 47 && end - start <= 5 && /^https?$/i.test(text.slice(start, end))) ||
        (next === 46 /* . */ && end - start === 3 && /^www$/i.test(text.slice(start, end))) ||
        next === 64 /* @: e-mail local part */
      ) {
        i = skipToSpace(text, i);
        pendingFlags = 0;
        lastWasWordEnd = false;
        continue;
      }
      if (end - start > MAX_WORD_LENGTH) {
        // Not a word: a hash, base64, a URL fragment or spam. Stemming and compound splitting cost grows with the
        // square of a word's length, so one such "word" could stall ranking for every tab.
        pendingFlags = 0;
        lastWasWordEnd = false;
        continue;
      }
      const raw = text.slice(start, end);
      count++;
      sink(raw, start, end, sentence, pendingFlags);
      pendingFlags = 0;
      lastWasWordEnd = true;
      continue;
    }
    if (k === C.Hash) {
      pendingFlags = TokenFlag.Hashtag;
      lastWasWordEnd = false;
      i++;
      continue;
    }
    if (k === C.At) {
      // @mention: skip the handle.
      i = skipWord(text, i + 1);
      pendingFlags = 0;
      lastWasWordEnd = false;
      continue;
    }
    if (k === C.Hyphen) {
      pendingFlags = lastWasWordEnd ? TokenFlag.Hyphenated : 0;
      lastWasWordEnd = false;
      i++;
      continue;
    }
    if (k === C.Stop) {
      // A period between digits or letters without a space ("3.5", "z.B") does not end a sentence.
      if (c === 46 && i + 1 < n && classOf(text.charCodeAt(i + 1)) === C.Word) {
        i++;
        lastWasWordEnd = false;
        pendingFlags = 0;
        continue;
      }
      sentence++;
    }
    pendingFlags = 0;
    lastWasWordEnd = false;
    i++;
  }
  return count;
}

function skipToSpace(text: string, i: number): number {
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0) break;
    i++;
  }
  return i;
}

function skipWord(text: string, i: number): number {
  const n = text.length;
  while (i < n) {
    const k = classOf(text.charCodeAt(i));
    if (k !== C.Word && k !== C.Invisible && !((text.charCodeAt(i) === 95) /* _ */)) break;
    i++;
  }
  return i;
}

/**
 * Splits a camelCase or PascalCase word at lower→upper transitions ("CrowdSourcing" →
 * ["Crowd", "Sourcing"], "SocialMediaStrategie" → 3 parts); ALL-CAPS and lower-case words stay whole.
 */
export function splitCamel(raw: string): string[] {
  const parts: string[] = [];
  let from = 0;
  for (let i = 1; i < raw.length; i++) {
    const prev = raw[i - 1] as string;
    const cur = raw[i] as string;
    if (cur !== cur.toLowerCase() && prev === prev.toLowerCase() && prev !== prev.toUpperCase()) {
      parts.push(raw.slice(from, i));
      from = i;
    }
  }
  parts.push(raw.slice(from));
  return parts;
}

/** The word as written, with invisible characters removed and composed to NFC (for `matched`). */
export function cleanWord(raw: string): string {
  return raw.replace(INVISIBLE_RE, '').normalize('NFC');
}
