/**
 * The built-in argument catalog: the texts of `texts.ts` merged with the signal words of
 * `signals.ts` into `BuiltinArgument` objects, in the source post's order. Everything that lists,
 * ranks or copies arguments starts here. Pure data, no browser APIs.
 */
import { buildBuiltins } from './builtins';
import { SIGNALS } from './signals';
import type { BuiltinId } from './texts';
import type { BuiltinArgument } from './types';

export { SOURCE, SOURCE_CREDIT } from './builtins';

export { REFS, type RefKey, SEED } from './sources';
export { BUILTIN_IDS, type BuiltinId, type CatalogObjection, type CatalogText } from './texts';
export type {
  Argument,
  ArgumentEffort,
  ArgumentPractice,
  ArgumentSource,
  ArgumentText,
  Audience,
  BuiltinArgument,
  Lang,
  Localized,
  ObjectionAnswer,
  SpecificAudience,
} from './types';
export { answerForAudience, answerForTopic, isInternalAudience, LANGS, objectionsOf, SPECIFIC_AUDIENCES, textOf } from './types';

/**
 * The built-in arguments, in the source post's order: its eight numbered arguments
 * (`transparency` … `internal-communication`), then `employer-branding` and `first-mover`
 * from its introduction. Each has both languages, signals, objections with answers, all five
 * audience variants, practice notes and its sources.
 */
// Signals may be missing while someone is still writing `signals.ts`; the catalog test flags that.
export const catalog: BuiltinArgument[] = buildBuiltins((id) => SIGNALS[id] ?? { de: [], en: [] });

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
