/**
 * The built-in arguments of the popup and the side panel, one language at a time.
 *
 * Both languages' texts take about 36 KB gzipped, more than half of the popup's 60 KB budget (`npm run bench`), and a
 * page shows and copies one language: the build writes each language's built-ins to `catalog/<lang>.json` in the
 * extension package (`builtinsInLanguage` of `src/catalog/builtins.ts`, no signal words: search and ranking run in the
 * background), a page loads the language it shows, and the other one only when the user switches to it. The files are
 * read with `runtime.getURL` from the package itself: no network, no code.
 */
import type { Argument, ArgumentSource, ArgumentText, Lang } from '../catalog/types';
import { loadExtensionJson } from '../platform/i18n';

/** Path of `lang`'s built-ins in the extension package (written by `scripts/build.mjs`). */
export function builtinsPath(lang: Lang): string {
  return `catalog/${lang}.json`;
}

/** Whether `x` is an argument text with the fields every built-in has (title, claim, reasoning as strings). */
function isText(x: unknown): x is ArgumentText {
  if (!x || typeof x !== 'object') return false;
  const t = x as Record<string, unknown>;
  return typeof t.title === 'string' && typeof t.claim === 'string' && typeof t.reasoning === 'string' && Array.isArray(t.objections);
}

/**
 * Checks the parsed content of `catalog/<lang>.json`: a non-empty array of built-in arguments, each with an id and the
 * text of `lang`.
 * @throws an Error naming the file and what is wrong, for anything else (a damaged or foreign file)
 */
export function builtinsPart(data: unknown, lang: Lang): Argument[] {
  const path = builtinsPath(lang);
  if (!Array.isArray(data) || data.length === 0) throw new Error(`${path}: not a list of arguments`);
  data.forEach((arg: unknown, i) => {
    const a = arg as Partial<Argument> | null;
    if (!a || typeof a.id !== 'string' || a.origin !== 'builtin' || !isText(a.text?.[lang])) {
      throw new Error(`${path}: entry ${i} is not a built-in argument with its ${lang} text`);
    }
  });
  return data as Argument[];
}

/** `sources` with the titles in other languages that `more` (the same sources from another language's file) adds. */
function withTranslations(sources: ArgumentSource[], more: readonly ArgumentSource[] = []): ArgumentSource[] {
  return sources.map((s) => {
    const t = more.find((m) => m.title === s.title)?.translations;
    return t ? { ...s, translations: { ...s.translations, ...t } } : s;
  });
}

/** `arg` with the texts and source titles `other` (the same argument from another language's file) adds. */
function mergeArgument(arg: Argument, other: Argument): Argument {
  const merged: Argument = { ...arg, text: { ...arg.text, ...other.text } };
  if (arg.sources) merged.sources = withTranslations(arg.sources, other.sources);
  if (arg.audienceSources) {
    const more = other.audienceSources ?? {};
    merged.audienceSources = Object.fromEntries(
      Object.entries(arg.audienceSources).map(([a, list]) => [a, withTranslations(list, more[a as keyof typeof more])]),
    );
  }
  return merged;
}

/**
 * The parts of several languages as one list: the first part's order, each argument's texts of every part together,
 * and each source with its titles of every part (a file carries a source's title in its own language only).
 * An argument missing from a later part keeps the texts it has (`textOf` falls back to the other language).
 */
export function mergeLanguages(parts: readonly (readonly Argument[])[]): Argument[] {
  const [first = [], ...rest] = parts;
  return first.map((arg) =>
    rest.reduce((merged, part) => {
      const other = part.find((a) => a.id === arg.id);
      return other ? mergeArgument(merged, other) : merged;
    }, arg),
  );
}

/**
 * The built-ins a page has loaded so far, growing by language. `load(lang)` gives one language's part
 * (the package's file by default; tests pass their own).
 */
export class BuiltinTexts {
  private readonly loaded = new Map<Lang, Argument[]>();
  private readonly pending = new Map<Lang, Promise<Argument[]>>();
  private merged: Argument[] = [];

  constructor(private readonly load: (lang: Lang) => Promise<Argument[]> = loadBuiltins) {}

  /**
   * Loads `lang`'s texts unless they are loaded or on the way.
   * @throws what `load` throws; a language that failed is asked again on the next call
   */
  async ensure(lang: Lang): Promise<void> {
    if (this.loaded.has(lang)) return;
    let part = this.pending.get(lang);
    if (!part) {
      part = this.load(lang);
      this.pending.set(lang, part);
    }
    try {
      this.loaded.set(lang, await part);
      this.merged = mergeLanguages([...this.loaded.values()]);
    } finally {
      this.pending.delete(lang);
    }
  }

  /** The built-ins with every language loaded so far (empty before the first {@link ensure}). */
  get list(): readonly Argument[] {
    return this.merged;
  }
}

/**
 * `lang`'s built-ins from the extension package.
 * @throws when the file is missing, not JSON, or not a list of built-ins in `lang` ({@link builtinsPart})
 */
export async function loadBuiltins(lang: Lang): Promise<Argument[]> {
  return builtinsPart(await loadExtensionJson(builtinsPath(lang)), lang);
}
