/**
 * The list of arguments the popup and the briefing view offer, and the source credit of the About tab.
 *
 * Why the built-ins are assembled here from `catalog/texts.ts` instead of imported from `catalog/index.ts`:
 * that module merges in the signal lexicon (`catalog/signals.ts`, ~12 KB gzipped), which only relevance needs,
 * and relevance runs in the background (issue 5: the popup stays under 60 KB gzipped). The popup's built-ins
 * are the catalog's with empty `signals` (both built by `catalog/builtins.ts`); `tests/dom/popup-arguments.test.tsx`
 * checks that they stay equal to the catalog's in everything else.
 */

import { buildBuiltins } from '../catalog/builtins';
import type { Argument, BuiltinArgument } from '../catalog/types';

export { SOURCE_CREDIT } from '../catalog/builtins';

/**
 * The built-in arguments for display and copying, in the source post's order: the catalog's texts, audiences and
 * source, with `signals` left empty (the popup never shows or matches them; search and ranking run in the background).
 */
export const builtinArguments: readonly BuiltinArgument[] = buildBuiltins(() => ({ de: [], en: [] }));

/**
 * Everything to list: built-ins (in the post's order), then the organisation's (managed), then the
 * user's; ids in `hidden` removed; on a duplicate id the first one wins (a built-in is never shadowed).
 * The order and precedence of `effectiveCatalog` (`src/catalog/effective.ts`), which the background searches and
 * ranks; ids the background returns that are not listed here are ignored by the popup.
 * @param builtins default {@link builtinArguments}
 */
export function listArguments(
  user: readonly Argument[],
  managed: readonly Argument[],
  hidden: readonly string[],
  builtins: readonly Argument[] = builtinArguments,
): Argument[] {
  const hide = new Set(hidden);
  const seen = new Set<string>();
  const out: Argument[] = [];
  for (const arg of [...builtins, ...managed, ...user]) {
    if (hide.has(arg.id) || seen.has(arg.id)) continue;
    seen.add(arg.id);
    out.push(arg);
  }
  return out;
}
