/**
 * The catalog the user actually works with: the built-in arguments minus those
 * the user hid, plus the organisation's (managed) arguments, plus the user's own.
 * Everything that ranks or lists arguments (popup, content script, background)
 * passes this to `rankArguments(text, { catalog })`. Pure; no browser APIs.
 */
import type { Argument } from './types';

/**
 * Built-ins minus `settings.hidden`, then managed arguments, then the user's arguments.
 * Ids are unique by construction (`user-…`, `managed-…`, kebab-case built-ins);
 * should one repeat anyway, the first occurrence wins, so a user argument can never shadow a built-in.
 * @param builtins the built-in catalog (`catalog` from `src/catalog`)
 * @param settings only `hidden` is read: ids of built-ins to leave out
 * @param userArgs the user's own arguments (`loadUserArguments()`)
 * @param managed arguments from policy (`loadManaged().arguments`), shown as managed; never hidden
 * @returns a new array; the inputs are not changed
 */
export function effectiveCatalog(
  builtins: readonly Argument[],
  settings: { hidden: readonly string[] },
  userArgs: readonly Argument[],
  managed: readonly Argument[] = [],
): Argument[] {
  const hidden = new Set(settings.hidden);
  const out: Argument[] = [];
  const seen = new Set<string>();
  const add = (a: Argument) => {
    if (seen.has(a.id)) return;
    seen.add(a.id);
    out.push(a);
  };
  for (const a of builtins) if (!hidden.has(a.id)) add(a);
  for (const a of managed) add(a);
  for (const a of userArgs) add(a);
  return out;
}
