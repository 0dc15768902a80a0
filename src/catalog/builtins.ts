/**
 * The built-in arguments assembled from `texts.ts`, with the signal words passed in. Split from `index.ts` so that
 * pages which only list and copy arguments (the popup, the briefing view) get the catalog without the signal lexicon
 * (`signals.ts`, ~12 KB gzipped), which only relevance needs, and relevance runs in the background.
 * Pure data, no browser APIs.
 */
import { REFS, SEED } from './sources';
import { BUILTIN_IDS, type BuiltinId, type CatalogText, EFFORT_OF, SOURCE_TITLE, SOURCES_OF, type SpecificAudience, TEXTS } from './texts';
import type { Argument, ArgumentSource, ArgumentText, BuiltinArgument, Lang, Localized } from './types';

/**
 * The seed post every built-in argument is based on. Only its title is known (see `SEED`): no address, date or
 * author is given rather than guessed.
 */
export const SOURCE: Readonly<ArgumentSource> = SEED;

/** One-sentence credit line naming the source post, for the popup's About section. */
export const SOURCE_CREDIT: Localized<string> = {
  de: `Die Argumente beruhen auf dem Blogbeitrag „${SOURCE_TITLE}“ (Autor und Datum nicht ermittelt), für 2026 neu gefasst; Zielgruppenfassungen, Antworten auf Einwände und Rechtshinweise sind Ergänzungen der Redaktion mit eigenen Quellen.`,
  en: `The arguments are based on the German blog post “${SOURCE_TITLE}” (How to justify social media in a company; author and date not established), restated in new words for 2026; audience versions, answers to objections and legal notes are editorial additions, each with its own sources.`,
};

/**
 * Joins one language's text with that language's signal words, flattening the objections into the plain strings
 * relevance reads plus the parallel `answers`, `objectionTopics` and `objectionAudiences` (fresh arrays and objects, so
 * callers cannot alter the sources).
 */
function withSignals(text: CatalogText, signals: readonly string[]): ArgumentText {
  const { objections, audiences, practice, audiencePractice, ...rest } = text;
  return {
    ...rest,
    objections: objections.map((o) => o.text),
    answers: objections.map((o) => o.answer),
    objectionTopics: objections.map((o) => o.topic ?? ''),
    objectionAudiences: objections.map((o) => [...(o.audiences ?? [])]),
    audiences: { ...audiences },
    practice: { ...practice },
    audiencePractice: Object.fromEntries(Object.entries(audiencePractice).map(([a, p]) => [a, { ...p }])),
    signals: [...signals],
  };
}

function copies(keys: readonly (keyof typeof REFS)[]): ArgumentSource[] {
  return keys.map((k) => ({ ...REFS[k] }));
}

/**
 * The built-in arguments in the source post's order, each with both languages, objections with answers, the five
 * audience variants, practice notes, the seed post and the references of its general text as `sources`, and the
 * references of each variant as `audienceSources`, the pilot's planned staff time as `effort`; `signalsOf(id)` gives its signal words (`{de: [], en: []}` for
 * display-only use).
 */
export function buildBuiltins(signalsOf: (id: BuiltinId) => Localized<readonly string[]>): BuiltinArgument[] {
  return BUILTIN_IDS.map((id) => {
    const signals = signalsOf(id);
    const refs = SOURCES_OF[id];
    const audienceSources: Partial<Record<SpecificAudience, ArgumentSource[]>> = {};
    for (const [audience, keys] of Object.entries(refs.audiences) as [SpecificAudience, (keyof typeof REFS)[]][]) {
      audienceSources[audience] = copies(keys);
    }
    return {
      id,
      origin: 'builtin',
      text: { de: withSignals(TEXTS[id].de, signals.de), en: withSignals(TEXTS[id].en, signals.en) },
      sources: [{ ...SEED }, ...copies(refs.general)],
      audienceSources,
      effort: { ...EFFORT_OF[id] },
    };
  });
}

/**
 * The built-in arguments with the text of `lang` only and no signal words, in the catalog's order: what a page that
 * shows one language needs (the build writes it to `catalog/<lang>.json` in the package, `scripts/build.mjs`; the
 * popup and the side panel load it, `src/popup/builtins-data.ts`). Merging the parts of both languages gives
 * `buildBuiltins` with empty signals.
 */
export function builtinsInLanguage(lang: Lang): Argument[] {
  return buildBuiltins(() => ({ de: [], en: [] })).map((arg) => {
    // A variant's copy cites a general reference whenever the copied text names it (`sourcesFor` in src/copy), so the
    // file leaves out the variant's copies of references the general text already lists: the same citations, fewer bytes.
    const general = new Set((arg.sources ?? []).map((s) => s.title));
    // A source's title in another language travels with that language's file (the popup merges them).
    const only = (s: ArgumentSource): ArgumentSource => {
      const { translations, ...rest } = s;
      const own = translations?.[lang];
      return own ? { ...rest, translations: { [lang]: own } } : rest;
    };
    const audienceSources = Object.fromEntries(
      Object.entries(arg.audienceSources ?? {}).map(([a, list]) => [a, list.filter((s) => !general.has(s.title)).map(only)]),
    );
    return { ...arg, text: { [lang]: arg.text[lang] }, sources: arg.sources?.map(only), audienceSources };
  });
}
