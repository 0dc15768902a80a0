/**
 * The compiled lexicon: turns a catalog's signal words (plus the objection and context
 * vocabularies) into stem sequences per language. Looking up the words of a text in it (stemming,
 * German verb forms, compound splitting, camelCase hashtags) is `./lookup.ts`.
 *
 * Compiled once per catalog array and language and cached in a WeakMap, so user arguments
 * (passed in as a new catalog array) rank alongside the built-ins without recompiling per call.
 */

import { SIGNALS, STRONG_SIGNALS, WEAK_SIGNALS } from '../catalog/signals';
import type { Argument, Lang } from '../catalog/types';
import { CONTEXT, OFF_TOPIC } from './context';
import { type Entry, EntryKind, type Lexicon } from './lexicon-types';
import { foldWord, MIN_PART } from './lookup';
import { tokenize } from './normalize';
import { OBJECTIONS } from './objections';
import { LOANWORD_PLURALS, SEPARABLE_PREFIXES, STOP_DE, STOP_EN, stem } from './stem';

/** Weight of a single-word signal. A phrase of k content words weighs 1 + 0.4·(k − 1), at most 2. */
const SINGLE = 1;
/** Factor for signals listed in WEAK_SIGNALS: ambiguous words that support but rarely carry a hint. */
const WEAK = 0.4;
/** Factor for signals listed in STRONG_SIGNALS: terms of the trade that carry a hint alone. */
const STRONG = 1.5;
/** Weight of an argument's own objection sentence (catalog `objections`) found in a text. */
const OBJECTION_SENTENCE = 1.2;
/** Share of an objection sentence's content words that must occur in one sentence of the text. */
const OBJECTION_QUORUM = 0.6;
/** Negation stems kept in phrases ("n't" forms stem to "not", see stemEn). */
const NEGATION = new Set(['nicht', 'kein', 'not', 'no', 'never', 'nobodi', 'nobody']);
/** Articles dropped even from phrases that keep their stop words. */
const ARTICLES = new Set(['a', 'an', 'the', 'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer']);

const cache = new WeakMap<readonly Argument[], Partial<Record<Lang, Lexicon>>>();

/**
 * The lexicon for `catalog` in `lang`, compiled on first use and cached per catalog array.
 * Signals come from each argument's text in `lang` (falling back to its other language), plus,
 * for built-ins, `SIGNALS[id]` (so relevance works whether or not the catalog merged them).
 */
export function lexiconFor(catalog: readonly Argument[], lang: Lang): Lexicon {
  let byLang = cache.get(catalog);
  if (!byLang) {
    byLang = {};
    cache.set(catalog, byLang);
  }
  let lex = byLang[lang];
  if (!lex) {
    lex = compile(catalog, lang);
    byLang[lang] = lex;
  }
  return lex;
}

function isStop(w: string, lang: Lang): boolean {
  return lang === 'de' ? STOP_DE.has(w) : STOP_EN.has(w);
}

/** Normalised words of a signal phrase. */
function wordsOf(phrase: string): string[] {
  const out: string[] = [];
  tokenize(phrase, (raw) => {
    out.push(foldWord(raw));
  });
  return out;
}

interface Builder {
  lex: Lexicon;
  byKey: Map<string, number>;
  weak: Set<string>;
  /** The weak signals' stem sequences (space-joined). */
  weakStems: Set<string>;
  strong: Set<string>;
  /** The other language's terms of the trade, as written. */
  strongOther: Set<string>;
}

function stemId(b: Builder, s: string): number {
  let id = b.lex.stemIds.get(s);
  if (id === undefined) {
    id = b.lex.occ.length;
    b.lex.stemIds.set(s, id);
    b.lex.occ.push([]);
  }
  return id;
}

interface EntryOptions {
  ordered?: boolean;
  window?: number;
  quorum?: number;
  context?: boolean;
}

function addEntry(b: Builder, stems: string[], opts: EntryOptions, target: number, weight: number, kind: EntryKind): void {
  if (stems.length === 0) return;
  const ordered = opts.ordered ?? false;
  const quorum = opts.quorum ?? stems.length;
  const key = (ordered ? '>' : '') + (quorum < stems.length ? `${quorum}/` : '') + stems.join(' ');
  let e = b.byKey.get(key);
  const lex = b.lex;
  if (e === undefined) {
    e = lex.entries.length;
    const parts = stems.map((s) => stemId(b, s));
    lex.entries.push({
      parts,
      targets: [],
      weights: [],
      kinds: [],
      ordered,
      window: opts.window ?? 0,
      quorum,
      context: false,
      slot: lex.totalSlots,
    });
    lex.totalSlots += parts.length;
    parts.forEach((sid, p) => {
      lex.occ[sid]?.push(e as number, p);
    });
    b.byKey.set(key, e);
  }
  const entry = lex.entries[e] as Entry;
  if (opts.context) entry.context = true;
  const at = entry.targets.indexOf(target);
  if (at >= 0) {
    if (weight > (entry.weights[at] as number)) {
      entry.weights[at] = weight;
      entry.kinds[at] = kind;
    }
  } else {
    entry.targets.push(target);
    entry.weights.push(weight);
    entry.kinds.push(kind);
  }
}

function addVocab(lex: Lexicon, w: string): void {
  if (w.length === MIN_PART - 1 && /^\p{L}+$/u.test(w)) lex.vocab4.add(w);
  if (w.length < MIN_PART) return;
  lex.vocab.add(w);
  lex.vocabPrefix.add(w.slice(0, MIN_PART));
  if (w.length > lex.maxVocab) lex.maxVocab = w.length;
}

/** Compiles one signal phrase for `target`. */
function addPhrase(b: Builder, signal: string, target: number, weightFactor: number): void {
  const lang = b.lex.lang;
  // "^meet the team": the words in the written order ("the sales team meets" is not an introduction).
  const inOrder = signal.startsWith('^');
  const phrase = inOrder ? signal.slice(1) : signal;
  const words = wordsOf(phrase);
  if (words.length === 0) return;
  const key = words.join(' ');
  const stemKey = words.map((w) => stem(w, lang)).join(' ');
  const strong = b.strong.has(key);
  // Weakness goes by stems too: "applied" is as ambiguous as the weak "apply" it stems to.
  const weak = b.weak.has(key) || b.weakStems.has(stemKey);
  const factor = weightFactor * (weak ? WEAK : strong ? STRONG : 1);
  const context = strong && target < b.lex.nArgs;
  const kindOf = (single: boolean) => (weak ? EntryKind.Weak : strong ? EntryKind.Strong : single ? EntryKind.Word : EntryKind.Phrase);
  for (const w of words) {
    addVocab(b.lex, w);
    addVocab(b.lex, stem(w, lang));
  }
  if (words.length === 1) {
    const w = words[0] as string;
    const s = stem(w, lang);
    // A stem that is also a function word ("Hater" → "hat", as in "er hat") matches the exact word only.
    addEntry(b, [isStop(s, lang) ? `=${w}` : s], { context }, target, SINGLE * factor, kindOf(true));
    // German separable verb in the infinitive ("abstimmen"): also "stimmen … ab".
    if (lang === 'de' && phrase === phrase.toLowerCase() && /(en|ern|eln)$/.test(w)) {
      for (const p of SEPARABLE_PREFIXES) {
        if (w.startsWith(p) && w.length - p.length >= 5) {
          const rest = w.slice(p.length);
          addEntry(b, [stem(rest, lang), p], { ordered: true, window: 12, context }, target, SINGLE * factor, kindOf(true));
          break;
        }
      }
    }
    return;
  }
  // Negations stay: "not on social media" must not match "on social media".
  const content = words.filter((w) => !isStop(w, lang) || NEGATION.has(stem(w, lang)));
  const loose = content.length >= 2;
  const noArticles = words.filter((w) => !ARTICLES.has(w));
  // "der erste", "the first": without its article such a phrase would be one everyday word ("erst ab Juli").
  const parts = loose ? content : noArticles.length >= 2 ? noArticles : words;
  const stems = parts.map((w) => stem(w, lang));
  const weight = Math.min(2, 1 + 0.4 * (stems.length - 1)) * factor;
  if (!loose) {
    // One content word among function words ("tell us", "als Erste"): the words in order, close together.
    addEntry(b, stems, { ordered: true, window: words.length, context }, target, weight, kindOf(false));
    return;
  }
  // A phrase of two or more content words is specific enough to count as context itself. Its words
  // may stand in any order (German word order) but at most one extra word apart: wider windows
  // matched across unrelated clauses on our tuning negatives.
  addEntry(
    b,
    stems,
    { ordered: inOrder, window: words.length + 1, context: context || (content.length >= 2 && target < b.lex.nArgs) },
    target,
    weight,
    kindOf(false),
  );
}

/** Stems of the words in the context vocabulary per language ("social", "media", "customer"), built once. */
const contextStems: Partial<Record<Lang, Set<string>>> = {};
function contextStemsOf(lang: Lang): Set<string> {
  let set = contextStems[lang];
  if (!set) {
    set = new Set<string>();
    for (const p of CONTEXT[lang]) for (const w of wordsOf(p)) set.add(stem(w, lang));
    contextStems[lang] = set;
  }
  return set;
}

/**
 * Compiles one of an argument's own objection sentences ("Das macht in unserer Branche doch
 * niemand.") into a loose pattern: it matches when most of its content words occur in one
 * sentence of the text, so paraphrases with other function words still match. Context words do not
 * count: they are in every post, so "Our customers aren't on social media" matched any text saying
 * "social media" (an absence notice of the "social media manager" got the audience objection's answer). A sentence with fewer than two other words is left to the objections lexicon.
 */
function addObjectionSentence(b: Builder, sentence: string, target: number): void {
  const lang = b.lex.lang;
  const context = contextStemsOf(lang);
  const all = [
    ...new Set(
      wordsOf(sentence)
        .filter((w) => !isStop(w, lang))
        .map((w) => stem(w, lang)),
    ),
  ].filter((s) => !NEGATION.has(s));
  const stems = all.filter((s) => !context.has(s));
  if (stems.length < 2) return;
  // The quorum of the whole sentence, found among its other words: leaving "product" out of "Trolls will end up
  // voting on our product" must not let "vote … ended" (a council's) match.
  const quorum = Math.min(stems.length, Math.max(2, Math.ceil(OBJECTION_QUORUM * all.length)));
  addEntry(b, stems, { window: 30, quorum, context: true }, target, OBJECTION_SENTENCE, EntryKind.Objection);
}

/** Weight of a word of an argument's own prose (title, claim, reasoning) that no signal list covers. */
const PROSE = 0.35;
/** Shortest prose word taken (shorter ones are mostly function words the stop lists miss). */
const PROSE_MIN = 5;
/**
 * Stems of everyday words the catalog prose happens to use that say nothing about an argument
 * (verbs of saying and going, adverbs, quantities), found by listing the prose
 * entries of both languages; each of them had added 0.35 to some argument in unrelated texts.
 */
const PROSE_SKIP: Record<Lang, Set<string>> = {
  de: new Set(
    'seit ganz viel mehr bevor woch ding lief komm kommt bringt bleibt zahlt halt merk wenig leicht schwer richtig meist lang stell erst ausserd hinaus desto dadurch darauf zunach ohnehin eigent manch ebenso geword bekommt findet liest steck geh seh leb nehm genomm wiss gezeigt lieg schnell bereit besond'.split(
      ' ',
    ),
  ),
  en: new Set(
    'take place give tell start look move will whole point term reason among sever pass shown allow simpli realli usual larg almost alway appear stand anyon think count write happen anyway exist whether quick bare receiv everyon field'.split(
      ' ',
    ),
  ),
};

/**
 * Adds the content words of each argument's own prose (title, claim, reasoning, in the lexicon's
 * language) as weak single-word entries: a paraphrase that reuses the argument's wording supports
 * it even when no signal list thought of the word. Only words that are specific — found in the
 * prose of exactly one argument and not already an entry of any kind — so general words ("Kunden",
 * "Unternehmen") never tip a ranking. Context and off-topic words ("Follower", "Wetter") are
 * left out too: they say what kind of text it is, not which argument.
 */
function addProse(b: Builder, catalog: readonly Argument[]): void {
  const lang = b.lex.lang;
  const general = new Set(contextStemsOf(lang));
  for (const p of OFF_TOPIC[lang]) for (const w of wordsOf(p)) general.add(stem(w, lang));
  const owners = new Map<string, Set<number>>();
  catalog.forEach((arg, i) => {
    const own = arg.text[lang] ?? arg.text[lang === 'de' ? 'en' : 'de'];
    if (!own) return;
    for (const w of wordsOf(`${own.title} ${own.claim} ${own.reasoning}`)) {
      if (w.length < PROSE_MIN || isStop(w, lang) || !/^\p{L}+$/u.test(w)) continue;
      const s = stem(w, lang);
      // "willing" stems to "will", "ganzen" to "ganz": a stem that is a function word or a common
      // word of any text would support an argument in every text.
      if (s.length < PROSE_MIN - 1 || isStop(s, lang) || PROSE_SKIP[lang].has(s)) continue;
      let set = owners.get(s);
      if (!set) {
        set = new Set();
        owners.set(s, set);
      }
      set.add(i);
    }
  });
  for (const [s, set] of owners) {
    if (set.size !== 1 || b.byKey.has(s) || general.has(s)) continue;
    addEntry(b, [s], {}, set.values().next().value as number, PROSE, EntryKind.Prose);
  }
}

function compile(catalog: readonly Argument[], lang: Lang): Lexicon {
  const nArgs = catalog.length;
  const nObj = OBJECTIONS.length;
  const lex: Lexicon = {
    lang,
    argIds: catalog.map((a) => a.id),
    nArgs,
    nObj,
    ctxTarget: nArgs + nObj,
    offTarget: nArgs + nObj + 1,
    objAnswers: [],
    stemIds: new Map(),
    occ: [],
    entries: [],
    totalSlots: 0,
    vocab: new Set(),
    vocabPrefix: new Set(),
    vocab4: new Set(),
    maxVocab: 0,
    cache: new Map(),
  };
  const b: Builder = {
    lex,
    byKey: new Map(),
    weak: new Set(WEAK_SIGNALS[lang].map((s) => wordsOf(s).join(' '))),
    weakStems: new Set(
      WEAK_SIGNALS[lang].map((s) =>
        wordsOf(s)
          .map((w) => stem(w, lang))
          .join(' '),
      ),
    ),
    strong: new Set(STRONG_SIGNALS[lang].map((s) => wordsOf(s).join(' '))),
    strongOther: new Set(STRONG_SIGNALS[lang === 'de' ? 'en' : 'de']),
  };
  catalog.forEach((arg, i) => {
    const own = arg.text[lang] ?? arg.text[lang === 'de' ? 'en' : 'de'];
    const phrases = new Set<string>(own?.signals ?? []);
    if (arg.origin === 'builtin') for (const s of SIGNALS[arg.id]?.[lang] ?? []) phrases.add(s);
    // A user argument without signals still needs something to be found by: its title words.
    if (phrases.size === 0 && own) for (const w of wordsOf(own.title)) if (!isStop(w, lang) && w.length > 3) phrases.add(w);
    for (const p of phrases) addPhrase(b, p, i, 1);
    // Terms of the trade travel: German comms people write "behind the scenes" or "Employee
    // Advocacy" in German posts, so the other language's strong signals count here too.
    if (arg.origin === 'builtin') {
      const other = lang === 'de' ? 'en' : 'de';
      for (const p of SIGNALS[arg.id]?.[other] ?? []) if (b.strongOther.has(p)) addPhrase(b, p, i, 1);
    }
    for (const o of own?.objections ?? []) addObjectionSentence(b, o, i);
  });
  addProse(b, catalog);
  // Several arguments sharing a signal: each gets less of it (1/√k), so the shared word ranks none first.
  for (const e of lex.entries) {
    const k = e.targets.filter((t) => t < nArgs).length;
    if (k > 1) e.weights = e.weights.map((w, j) => ((e.targets[j] as number) < nArgs ? w / Math.sqrt(k) : w));
  }
  OBJECTIONS.forEach((o, j) => {
    for (const p of o.phrases[lang]) addPhrase(b, p, nArgs + j, 1);
    lex.objAnswers.push(o.answeredBy.map((id) => lex.argIds.indexOf(id)).filter((x) => x >= 0));
  });
  for (const p of CONTEXT[lang]) addPhrase(b, p, lex.ctxTarget, 1);
  for (const p of OFF_TOPIC[lang]) addPhrase(b, p, lex.offTarget, 1);
  // A loanword's plural is a compound part too ("Internetforen"): stemDe joins it to the singular.
  if (lang === 'de') for (const [plural, singular] of LOANWORD_PLURALS) if (lex.vocab.has(singular)) addVocab(lex, plural);
  return lex;
}

export { type Entry, EntryKind, type Lexicon } from './lexicon-types';
export { foldWord, lookup, splitCompound } from './lookup';
