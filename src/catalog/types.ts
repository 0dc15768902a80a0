/**
 * Types of the argument catalog: the data model shared by the catalog, relevance,
 * the popup, the options page and the content script's card. No browser APIs.
 */

/** The two languages Argumentarium speaks (ISO 639-1). */
export type Lang = 'de' | 'en';

/** All supported languages, in display order. */
export const LANGS: readonly Lang[] = ['de', 'en'] as const;

/** A value in each language. */
export type Localized<T> = Record<Lang, T>;

/**
 * Audiences an argument's reasoning can be tailored to. `general` is the default reasoning itself,
 * the only public text; every other variant is an internal briefing for one side of the table
 * (HR and the works council are apart: they negotiate with each other).
 */
export type Audience = 'general' | 'management' | 'hr' | 'works-council' | 'legal' | 'it';

/** The audiences that have their own variant, in display order. */
export const SPECIFIC_AUDIENCES = ['management', 'hr', 'works-council', 'legal', 'it'] as const satisfies readonly Audience[];

/** An audience with its own variant: every audience but `general`. */
export type SpecificAudience = Exclude<Audience, 'general'>;

/**
 * Whether `audience`'s text is internal (a briefing for management, HR, the works council, legal or IT)
 * rather than public. Internal text is never offered as a public post (the `x` copy format).
 */
export function isInternalAudience(audience: Audience): boolean {
  return audience !== 'general';
}

/**
 * A source an argument can cite. `date` is ISO 8601 (YYYY, YYYY-MM or YYYY-MM-DD).
 * `kind` says what the source backs: `seed`, the post an argument is based on (restated, never quoted);
 * `reference`, a source for something we added (a figure, a ruling, an authority's position).
 * Sources without `kind` (user and managed arguments) are cited plainly.
 */
export interface ArgumentSource {
  title: string;
  url?: string;
  date?: string;
  /** Author or issuing body, when it can be established; never guessed. */
  author?: string;
  kind?: 'seed' | 'reference';
  /**
   * Title and author in another language, used when text in that language is copied (a German court's decision gets
   * an English title in an English copy). Missing: `title` and `author` are used in every language.
   */
  translations?: Partial<Record<Lang, { title: string; author?: string }>>;
  /**
   * Words a text contains exactly when it relies on this source (a case number, a study's name: `1 ABR 7/15`,
   * `ARD/ZDF`). A copy cites a reference with `marks` only when the copied text contains one of them, and an X post
   * links it only then; a reference without `marks` is always cited.
   */
  marks?: string[];
}

/** What a professional adds to an argument before proposing it: a way to start, how to measure it, the main risk. */
export interface ArgumentPractice {
  /** How to start: owner, pilot, staff time; one or two sentences. */
  start: string;
  /** One or two measures of success; one or two sentences. */
  measures: string;
  /** The main risk and how to reduce it; one or two sentences. */
  risk: string;
}

/**
 * The staff time an argument's pilot is planned with, so that a briefing can state a total. A planning assumption the
 * pilot tests, not a measurement. `shared`: the time is the one channel pilot several arguments use (half a working day
 * a week on one channel), which a briefing counts once however many of its items name it; otherwise it comes on top.
 */
export interface ArgumentEffort {
  /** How long the pilot runs, in months (> 0). */
  months: number;
  /** Staff time in hours per week (≥ 0). */
  hoursPerWeek: number;
  shared: boolean;
}

/** An objection together with the answer to it (when the argument has one) and its lexicon topic. */
export interface ObjectionAnswer {
  /** The objection as people phrase it. */
  objection: string;
  /** The answer, one or two sentences; `undefined` when the argument names the objection without answering it. */
  answer?: string;
  /** The id of the relevance lexicon's objection this one is an instance of (`no-resources`, …), if any. */
  topic?: string;
  /**
   * The audiences this objection concerns most (staff time for management, data protection for legal, voluntariness
   * for the works council): a briefing for one of them names it before the others. Missing: none in particular.
   */
  audiences?: SpecificAudience[];
}

/** The text of one argument in one language. */
export interface ArgumentText {
  /** Short title, at most ~60 characters. */
  title: string;
  /** The argument in one sentence. */
  claim: string;
  /** A short paragraph of reasoning, 3–5 sentences. */
  reasoning: string;
  /**
   * Words and phrases that signal the argument in a text, in their base form
   * (relevance stems them; compounds are matched by their parts). Never empty.
   */
  signals: string[];
  /**
   * The objections this argument answers, as people phrase them. Never empty for built-ins. Plain strings on
   * purpose (relevance reads them as text); the answers are in the parallel `answers`, read both with
   * {@link objectionsOf}.
   */
  objections: string[];
  /** `answers[i]` answers `objections[i]` in one or two sentences; blank or missing: no answer. Every built-in has all. */
  answers?: string[];
  /** `objectionTopics[i]` is the relevance lexicon's objection id that `objections[i]` is an instance of; blank: none. */
  objectionTopics?: string[];
  /** `objectionAudiences[i]` are the audiences `objections[i]` concerns most (see {@link ObjectionAnswer.audiences}). */
  objectionAudiences?: SpecificAudience[][];
  /** Reasoning variants per audience; `general` is `reasoning`. Optional. */
  audiences?: Partial<Record<Exclude<Audience, 'general'>, string>>;
  /** How to start, measures of success and the main risk. Every built-in has it; optional for user arguments. */
  practice?: ArgumentPractice;
  /**
   * Practice notes written for one audience, used instead of the general note of the same kind when that audience's
   * copy is made: legal reads the legal risk and its mitigation, IT ownership, access and recovery, the works council
   * co-determination and voluntariness. A kind an audience has no note for falls back to `practice`.
   */
  audiencePractice?: Partial<Record<SpecificAudience, Partial<ArgumentPractice>>>;
}

/** One argument: a stable id and its text in one or both languages. */
export interface Argument {
  /** Stable id: kebab-case for built-ins; user arguments start with `user-`. */
  id: string;
  /** Where it comes from: shipped with the extension, written by the user, or set by policy. */
  origin: 'builtin' | 'user' | 'managed';
  /** Text per language; built-ins have both, user arguments at least one. */
  text: Partial<Localized<ArgumentText>>;
  /** Sources of the general text, cited when copying it. */
  sources?: ArgumentSource[];
  /**
   * References of an audience variant, cited after the seed post (the `seed` entry of `sources`) instead of the general
   * references when that variant is copied: the variants are editorial additions (rulings, authorities' positions), which the
   * seed post never contained, and the copy says so.
   */
  audienceSources?: Partial<Record<Exclude<Audience, 'general'>, ArgumentSource[]>>;
  /** The staff time its pilot is planned with (built-ins); a briefing adds it up. */
  effort?: ArgumentEffort;
}

/** A built-in argument: both languages present. */
export interface BuiltinArgument extends Argument {
  origin: 'builtin';
  text: Localized<ArgumentText>;
}

/**
 * The text of `arg` in `lang`, falling back to the other language when the
 * argument has none in `lang` (user arguments may be written in one language only).
 * @throws never; an argument always has at least one language (validated on import).
 */
export function textOf(arg: Argument, lang: Lang): ArgumentText {
  const t = arg.text[lang] ?? arg.text[lang === 'de' ? 'en' : 'de'];
  if (!t) throw new Error(`argument ${arg.id} has no text`);
  return t;
}

/**
 * The objections of `text` with their answers, topics and audiences, in order: `objections` zipped with the parallel
 * `answers`, `objectionTopics` and `objectionAudiences`. Blank objections are skipped; a blank answer or topic and an
 * empty or unknown audience list become `undefined`.
 */
export function objectionsOf(text: ArgumentText): ObjectionAnswer[] {
  const out: ObjectionAnswer[] = [];
  text.objections.forEach((objection, i) => {
    if (!objection.trim()) return;
    const answer = text.answers?.[i]?.trim();
    const topic = text.objectionTopics?.[i]?.trim();
    const audiences = text.objectionAudiences?.[i]?.filter((a) => (SPECIFIC_AUDIENCES as readonly string[]).includes(a));
    out.push({ objection, ...(answer ? { answer } : {}), ...(topic ? { topic } : {}), ...(audiences?.length ? { audiences } : {}) });
  });
  return out;
}

/**
 * The objection of `text` that is an instance of the relevance lexicon's objection `topic` and has an answer,
 * or `undefined` when the argument answers no objection of that kind.
 */
export function answerForTopic(text: ArgumentText, topic: string): ObjectionAnswer | undefined {
  return objectionsOf(text).find((o) => o.topic === topic && o.answer);
}

/**
 * The first answered objection of `text` that concerns `audience` (see {@link ObjectionAnswer.audiences}), or
 * `undefined` when none does or `audience` is `general`.
 */
export function answerForAudience(text: ArgumentText, audience: Audience): ObjectionAnswer | undefined {
  if (audience === 'general') return undefined;
  return objectionsOf(text).find((o) => o.answer && o.audiences?.includes(audience));
}
