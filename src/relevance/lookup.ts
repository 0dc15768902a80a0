/**
 * What a word of a text stands for in a compiled lexicon (`./lexicon.ts`): its folded form, its stem, German verb
 * forms and compound parts, a hashtag's camelCase parts; cached per raw word in the lexicon.
 */
import type { Lexicon } from './lexicon-types';
import { splitCamel } from './normalize';
import { germanVerbStems, stem } from './stem';

/** Shortest compound part looked up (a four-letter part only ends a compound, see `splitCompound`). */
export const MIN_PART = 5;
/** Raw words whose ids a lexicon keeps before its cache starts over. */
const CACHE_LIMIT = 20000;
const EMPTY: readonly number[] = Object.freeze([]);

/**
 * Folds one word for lookup: invisible characters removed, NFC, lower case, ß → ss.
 * A fast path returns plain lower-case ASCII words unchanged.
 */
export function foldWord(raw: string): string {
  let ascii = true;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c > 122 || (c >= 65 && c <= 90) || c === 39) {
      ascii = false;
      break;
    }
  }
  if (ascii) return raw;
  let s = raw
    .replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, '')
    .normalize('NFC')
    .toLowerCase();
  if (s.indexOf('ß') >= 0) s = s.replace(/ß/g, 'ss');
  if (s.indexOf('’') >= 0) s = s.replace(/’/g, "'");
  return s;
}

/** Endings that may follow the last recognised part of a compound: inflection and feminine forms. */
const TAIL = new Set(['e', 'en', 'n', 's', 'es', 'er', 'ern', 'in', 'innen', 'ns']);
/** Derivational suffixes: a part followed by one of these is not a compound part ("Verteil-ung"). */
const DERIV = /^(ung|heit|keit|lich|isch|schaft|haft|tum|nis|sam|bar|los|ig)/;

/**
 * Splits a German compound (or a run-together hashtag) into the lexicon words it contains,
 * longest first from left to right. A part must have at least 5 letters and, unless it starts
 * the word, follow at least 3 letters (the modifier, Fugen element included); what follows a part
 * is another word of at least 4 letters or an inflectional ending — never a derivational suffix.
 * "kundenkritik" → ["kritik"], "beschwerdemanagement" → ["beschwerde"],
 * "kundenbindungsprogramm" → ["kundenbindung"]. A four-letter part only ends the word, after at
 * least four letters: "mitarbeiterblog" → ["mitarbeiter", "blog"].
 * @returns the parts found (normalised substrings of `w`), in order
 */
export function splitCompound(w: string, lex: Lexicon): string[] {
  const out: string[] = [];
  const n = w.length;
  let i = 0;
  while (i <= n - MIN_PART + 1) {
    let found = 0;
    if ((i === 0 || i >= 3) && lex.vocabPrefix.has(w.slice(i, i + MIN_PART))) {
      for (let L = Math.min(n - i, lex.maxVocab); L >= MIN_PART; L--) {
        if (i === 0 && L === n) continue;
        const piece = w.slice(i, i + L);
        if (!lex.vocab.has(piece)) continue;
        const rest = w.slice(i + L);
        if (rest.length > 0 && !TAIL.has(rest) && (rest.length < 4 || DERIV.test(rest))) continue;
        found = L;
        out.push(piece);
        break;
      }
    }
    // A four-letter word ends a compound of at least eight letters ("Mitarbeiterblog",
    // "Firmenchef"): only at the very end, so "Blogger" or "Teamleiter" are not split wrongly.
    if (found === 0 && i >= 4 && (i + 4 === n || TAIL.has(w.slice(i + 4))) && lex.vocab4.has(w.slice(i, i + 4))) {
      out.push(w.slice(i, i + 4));
      break;
    }
    i += found || 1;
  }
  return out;
}

/**
 * The stem ids a word of a text stands for in `lex` (empty when none): its stem; for German also
 * the stems of its verb forms (participles, zu-infinitives) and, failing those, of its compound
 * parts; for a hashtag also its camelCase parts and run-together words ("#EmployerBranding").
 * Cached per raw word.
 * @param raw the word as in the text
 * @param hashtag whether it followed a `#`
 */
export function lookup(lex: Lexicon, raw: string, hashtag: boolean): readonly number[] {
  const key = hashtag ? `#${raw}` : raw;
  const hit = lex.cache.get(key);
  if (hit !== undefined) return hit;
  if (lex.cache.size >= CACHE_LIMIT) lex.cache.clear();
  const w = foldWord(raw);
  const ids: number[] = [];
  const push = (s: string) => {
    const id = lex.stemIds.get(s);
    if (id !== undefined && !ids.includes(id)) ids.push(id);
  };
  const lang = lex.lang;
  push(stem(w, lang));
  push(`=${w}`);
  // Verb forms when the word is unknown, and also for known words with a finite or participle
  // ending: "fragt" is a signal's own word in one phrase and the finite form of "fragen" in another.
  // Not for other known words ("Gesichter", "Auszubildende"), whose verb readings are spurious.
  if (lang === 'de' && w.length >= 5 && (ids.length === 0 || /(?:t|st|te|ten)$/.test(w))) for (const s of germanVerbStems(w)) push(s);
  if (ids.length === 0 && hashtag) {
    const parts = splitCamel(raw);
    if (parts.length > 1) for (const p of parts) for (const id of lookup(lex, p, false)) if (!ids.includes(id)) ids.push(id);
  }
  if (ids.length === 0 && (lang === 'de' || hashtag) && w.length >= 8) {
    for (const part of splitCompound(w, lex)) {
      push(part);
      push(stem(part, lang));
    }
  }
  const result = ids.length ? ids : EMPTY;
  lex.cache.set(key, result);
  return result;
}
