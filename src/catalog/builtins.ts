/**
 * The built-in arguments assembled from `texts.ts`, with the signal words passed in. Split from `index.ts` so that
 * pages which only list and copy arguments (the popup, the briefing view) get the catalog without the signal lexicon
 * (`signals.ts`, ~12 KB gzipped), which only relevance needs, and relevance runs in the background (issue 5 budgets).
 * Pure data, no browser APIs.
 */
import { BUILTIN_IDS, type BuiltinId, type CatalogText, SOURCE_TITLE, TEXTS } from './texts';
import type { ArgumentSource, ArgumentText, BuiltinArgument, Localized } from './types';

/**
 * The source every built-in argument cites: the German blog post the catalog paraphrases.
 * The seed copy carries neither an address nor a date, so both are omitted rather than guessed.
 */
export const SOURCE: Readonly<ArgumentSource> = Object.freeze({ title: SOURCE_TITLE });

/** One-sentence credit line naming the source post, for the popup's About section. */
export const SOURCE_CREDIT: Localized<string> = {
  de: `Die Argumente beruhen auf dem Blogbeitrag „${SOURCE_TITLE}“ und sind in eigenen Worten wiedergegeben.`,
  en: `The arguments are based on the German blog post “${SOURCE_TITLE}” (How to justify social media in a company), restated in our own words.`,
};

/** Joins one language's text with that language's signal words (fresh arrays, so callers cannot alter the sources). */
function withSignals(text: CatalogText, signals: readonly string[]): ArgumentText {
  return { ...text, objections: [...text.objections], audiences: { ...text.audiences }, signals: [...signals] };
}

/**
 * The built-in arguments in the source post's order, each with both languages, objections, the four audience variants
 * and one source; `signalsOf(id)` gives its signal words (`{de: [], en: []}` for display-only use).
 */
export function buildBuiltins(signalsOf: (id: BuiltinId) => Localized<readonly string[]>): BuiltinArgument[] {
  return BUILTIN_IDS.map((id) => {
    const signals = signalsOf(id);
    return {
      id,
      origin: 'builtin',
      text: { de: withSignals(TEXTS[id].de, signals.de), en: withSignals(TEXTS[id].en, signals.en) },
      sources: [{ ...SOURCE }],
    };
  });
}
