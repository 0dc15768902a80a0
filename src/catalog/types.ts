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
 * Audiences an argument's reasoning can be tailored to (issue 7).
 * `general` is the default reasoning itself.
 */
export type Audience = 'general' | 'management' | 'hr' | 'legal' | 'it';

/** A source an argument can cite. `date` is ISO 8601 (YYYY or YYYY-MM-DD). */
export interface ArgumentSource {
  title: string;
  url?: string;
  date?: string;
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
  /** The objections this argument answers, as people phrase them. Never empty for built-ins. */
  objections: string[];
  /** Reasoning variants per audience; `general` is `reasoning`. Optional. */
  audiences?: Partial<Record<Exclude<Audience, 'general'>, string>>;
}

/** One argument: a stable id and its text in one or both languages. */
export interface Argument {
  /** Stable id: kebab-case for built-ins; user arguments start with `user-`. */
  id: string;
  /** Where it comes from: shipped with the extension, written by the user, or set by policy. */
  origin: 'builtin' | 'user' | 'managed';
  /** Text per language; built-ins have both, user arguments at least one. */
  text: Partial<Localized<ArgumentText>>;
  /** Sources to cite when copying. */
  sources?: ArgumentSource[];
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
