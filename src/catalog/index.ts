/**
 * The built-in argument catalog: the texts of `texts.ts` merged with the signal words of
 * `signals.ts` into `BuiltinArgument` objects, in the source post's order. Everything that lists,
 * ranks or copies arguments starts here. Pure data, no browser APIs.
 */
import { SIGNALS } from './signals';
import { BUILTIN_IDS, type BuiltinId, type CatalogText, SOURCE_TITLE, TEXTS } from './texts';
import type { ArgumentSource, ArgumentText, BuiltinArgument, Localized } from './types';

export { BUILTIN_IDS, type BuiltinId, type CatalogText, type SpecificAudience } from './texts';
export type {
  Argument,
  ArgumentSource,
  ArgumentText,
  Audience,
  BuiltinArgument,
  Lang,
  Localized,
} from './types';
export { LANGS, textOf } from './types';

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

/** Joins one language's text with that language's signal words (a fresh array, so callers cannot alter `SIGNALS`). */
function withSignals(text: CatalogText, signals: readonly string[]): ArgumentText {
  return {
    ...text,
    objections: [...text.objections],
    audiences: { ...text.audiences },
    signals: [...signals],
  };
}

function build(id: BuiltinId): BuiltinArgument {
  // Signals may be missing while relevance is still filling `signals.ts`; the catalog test flags that.
  const signals: Localized<readonly string[]> = SIGNALS[id] ?? { de: [], en: [] };
  return {
    id,
    origin: 'builtin',
    text: {
      de: withSignals(TEXTS[id].de, signals.de),
      en: withSignals(TEXTS[id].en, signals.en),
    },
    sources: [{ ...SOURCE }],
  };
}

/**
 * The built-in arguments, in the source post's order: its eight numbered arguments
 * (`transparency` … `internal-communication`), then `employer-branding` and `first-mover`
 * from its introduction. Each has both languages, signals, objections, all four audience
 * variants and one source.
 */
export const catalog: BuiltinArgument[] = BUILTIN_IDS.map(build);

const byId = new Map<string, BuiltinArgument>(catalog.map((arg) => [arg.id, arg]));

/**
 * The built-in argument with this id, or `undefined` when there is none
 * (user and managed arguments are not in the built-in catalog).
 */
export function catalogById(id: string): BuiltinArgument | undefined {
  return byId.get(id);
}

/** Whether `id` names a built-in argument (narrows to `BuiltinId`). */
export function isBuiltinId(id: string): id is BuiltinId {
  return byId.has(id);
}
