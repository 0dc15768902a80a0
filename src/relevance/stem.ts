/**
 * Morphology for relevance: stemming (Snowball German from `@orama/stemmers`, Porter2 English from
 * `wink-porter2-stemmer`), German verb forms Snowball leaves alone (participles "abgestimmt",
 * "kritisiert", zu-infinitives "abzustimmen"), German separable prefixes, stop words, and
 * language detection.
 *
 * Why two libraries: `@orama/stemmers/english` is Porter's original 1980 algorithm, not Porter2
 * (Snowball English); `wink-porter2-stemmer` implements Porter2 and is 1.5 KB gzipped.
 * Both stemmers expect lower-case input; German Snowball also folds ä/ö/ü to a/o/u and ß to ss.
 */
import { stemmer as snowballGerman } from '@orama/stemmers/german';
import porter2 from 'wink-porter2-stemmer';
import type { Lang } from '../catalog/types';

/**
 * German plurals of Latin and Greek loanwords that Snowball cannot join to their singular
 * ("Foren" → "for", "Forum" → "forum"; "Gremien" → "gremi"). Without it "in Foren" missed the
 * criticism signal "Forum". Source: Duden, Fremdwörter mit Plural auf -en/-a (common business words
 * only). "Firmen" stays out: as a compound part ("Firmenblog") it would become a word of its own.
 */
export const LOANWORD_PLURALS: ReadonlyMap<string, string> = new Map([
  ['foren', 'forum'],
  ['gremien', 'gremium'],
  ['medien', 'medium'],
  ['themen', 'thema'],
  ['zentren', 'zentrum'],
  ['praktika', 'praktikum'],
  ['kriterien', 'kriterium'],
  ['ministerien', 'ministerium'],
  ['museen', 'museum'],
  ['podien', 'podium'],
]);

/**
 * A plural -s that Snowball German leaves on: it strips "s" only after b, d, f, g, h, k, l, m, n, r, t, so the plurals
 * of loanwords and short words ending in "a", "i", "o", "y" or "p" keep it ("Videos", "Fotos", "Azubis", "Profis",
 * "Hobbys", "Kameras", "Workshops"), so "eure Videos" missed the context word "Video". Dropping it from every
 * stem of five or more letters keeps a word's forms together (both sides of a match are stemmed alike); the rare
 * singulars it also shortens ("Basis" → "basi", "Chaos" → "chao") collide with no other word we know. Not after "u"
 * or "e": "Status", "Fokus", "Bonus" are singulars.
 */
const SNOWBALL_KEPT_PLURAL = /(?<=[aioyp])s$/;

/** Stems a normalised (lower-case) German word with Snowball German (loanword plurals joined first). */
export function stemDe(word: string): string {
  const s = snowballGerman(LOANWORD_PLURALS.get(word) ?? word);
  return s.length >= 5 && SNOWBALL_KEPT_PLURAL.test(s) ? s.slice(0, -1) : s;
}

/**
 * Stems a normalised English word with Porter2, after mapping British -ise/-isation spellings to
 * -ize/-ization (Porter2 keeps "criticised" and "criticized" apart) and dropping a possessive "'s".
 */
export function stemEn(word: string): string {
  let w = word;
  // "can't", "aren't", "cannot": one negation, so phrases with "not" match them all.
  if (w.endsWith("n't") || w.endsWith('n’t') || w === 'cannot') return 'not';
  if (w.endsWith("'s") || w.endsWith('’s')) w = w.slice(0, -2);
  else if (w.indexOf('’') >= 0) w = w.replace(/’/g, "'");
  if (w.length > 5) w = w.replace(/is(e|es|ed|ing|ation|ations|er|ers)$/, 'iz$1');
  // Porter2 strips "-able"/"-ably" down to the verb ("noticeably" → "notic", as in "get noticed"):
  // a degree adverb then matched a verb phrase ("it gets noticeably cooler"). The
  // adjective and adverb keep a mark of their own, shared with each other but not with the verb.
  if (w.length > 6 && /[ai]bl[ey]$/.test(w)) return `${porter2(w)}~abl`;
  return porter2(w);
}

const stemMemo: Record<Lang, Map<string, string>> = { de: new Map(), en: new Map() };
/** Entries kept per language before the memo starts over (bounded memory on long pages). */
const STEM_MEMO_LIMIT = 50000;

/**
 * Stems `word` (normalised) in `lang`. Memoised: compiling a lexicon stems the same words many
 * times (signals, prose, objections and their compound parts), and stemming was a fifth of the
 * lexicon build, which delays the first card after the background wakes.
 */
export function stem(word: string, lang: Lang): string {
  const memo = stemMemo[lang];
  let s = memo.get(word);
  if (s === undefined) {
    s = lang === 'de' ? stemDe(word) : stemEn(word);
    if (memo.size >= STEM_MEMO_LIMIT) memo.clear();
    memo.set(word, s);
  }
  return s;
}

/**
 * German separable verb prefixes (Duden, "trennbare Verben"), longest first so "zurück" wins over "zu".
 * Only those that occur in our signal verbs and common business verbs; each is also a free particle.
 */
export const SEPARABLE_PREFIXES = [
  'zurück',
  'zusammen',
  'weiter',
  'vorbei',
  'heraus',
  'herein',
  'hinzu',
  'mit',
  'nach',
  'vor',
  'weg',
  'auf',
  'aus',
  'bei',
  'ein',
  'los',
  'ab',
  'an',
  'zu',
  'dar',
  'fest',
  'teil',
  'her',
  'hin',
] as const;

/**
 * Extra stems of a German word that Snowball does not produce: the infinitive stem behind
 * participles and finite forms. "abgestimmt" → "abstimm", "kritisiert" → "kritisi",
 * "abzustimmen" → "abstimm", "stimmt" → "stimm", "gewählt" → "wahl".
 * Over-generation is harmless: callers only keep stems found in the lexicon.
 * @param word normalised German word
 * @returns candidate stems, possibly empty, never including `stemDe(word)` itself
 */
export function germanVerbStems(word: string): string[] {
  const bases: string[] = [word];
  for (const p of SEPARABLE_PREFIXES) {
    if (word.length > p.length + 4 && word.startsWith(p)) {
      const rest = word.slice(p.length);
      if (rest.startsWith('ge')) bases.push(p + rest.slice(2));
      if (rest.startsWith('zu')) bases.push(p + rest.slice(2));
      break;
    }
  }
  if (word.startsWith('ge') && word.length >= 6) bases.push(word.slice(2));
  const out: string[] = [];
  const direct = stemDe(word);
  for (const b of bases) {
    const m = /^(.{3,}?)(?:et|est|etet|ete|eten|t|st|te|ten|tet|test|tes|ter)$/.exec(b);
    const cands = m ? [b, `${m[1]}en`] : [b];
    for (const c of cands) {
      const s = stemDe(c);
      if (s !== direct && !out.includes(s)) out.push(s);
    }
  }
  return out;
}

/** German stop words (function words): never signals, and the language detector's evidence. */
export const STOP_DE = new Set(
  (
    'der die das den dem des ein eine einen einem einer eines und oder aber doch sondern denn weil dass daß ob wenn als wie ' +
    'ich du er sie es wir ihr mich mir dich dir uns euch ihnen ihm ihn sich mein meine unser unsere unseren unserem unserer ' +
    'euer eure ihre ihren ihrem ihrer sein seine seinen seinem seiner dein deine nicht kein keine keinen keinem keiner ' +
    'ist sind war waren bin bist seid wird werden wurde wurden worden hat haben hatte hatten habe hast kann können konnte ' +
    'muss müssen soll sollen sollte will wollen würde würden mit von zu zum zur bei beim auf aus für über unter vor nach ' +
    'durch gegen ohne um an am im in ins vom bis auch noch schon nur sehr mehr so da dort hier jetzt dann wieder immer ' +
    'man was wer wo warum weshalb diese dieser dieses diesen diesem jede jeder jedes alle allen alles viel viele ganz ' +
    'etwas nichts ja nein mal eben gerade sich selbst damit dabei dazu davon darüber sowie bzw usw also seit'
  ).split(' '),
);

/** English stop words (function words). */
export const STOP_EN = new Set(
  (
    'the a an and or but nor so because that if as than then when while of to in on at by for from with without about ' +
    'into over under after before between through against during i you he she it we they me him her us them my your his ' +
    'its our their mine yours ours theirs this these those is are was were be been being am has have had do does did ' +
    'will would shall should can could may might must not no yes all any some each every more most much many very too ' +
    "also just only even still again ever here there where what which who whom whose why how it's don't doesn't isn't " +
    "aren't won't can't let's we're they're i'm up out off such own same other"
  ).split(' '),
);

/** German words that are English stop words too and so no evidence either way. */
const AMBIGUOUS = new Set(['die', 'an', 'in', 'so', 'was', 'will', 'man', 'also', 'war', 'am', 'hat', 'bin', 'of']);

/**
 * Evidence for the language of a text: the number of German and English stop words in it, plus
 * two German points for each ä, ö, ü or ß. Words in both lists ("in", "so", "die") count for neither.
 */
export interface LangEvidence {
  de: number;
  en: number;
}

/** Adds one normalised word's evidence to `ev`. */
export function addLangEvidence(word: string, ev: LangEvidence): void {
  if (AMBIGUOUS.has(word)) return;
  if (STOP_DE.has(word)) ev.de++;
  else if (STOP_EN.has(word)) ev.en++;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c === 0xe4 || c === 0xf6 || c === 0xfc || c === 0xdf) {
      ev.de += 2;
      break;
    }
  }
}

/** The language the evidence points to; English only when it has strictly more evidence, else German. */
export function langOf(ev: LangEvidence): Lang {
  return ev.en > ev.de ? 'en' : 'de';
}
