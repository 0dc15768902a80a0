/**
 * The built-in arguments of the briefing page, both languages bundled, and the source credit. (The popup and the side
 * panel load one language at a time instead, `./builtins-data.ts`, for the popup's size budget.)
 *
 * Why the built-ins are assembled here from `catalog/texts.ts` instead of imported from `catalog/index.ts`:
 * that module merges in the signal lexicon (`catalog/signals.ts`, ~12 KB gzipped), which only relevance needs,
 * and relevance runs in the background (the pages stay small). These built-ins
 * are the catalog's with empty `signals` (both built by `catalog/builtins.ts`); `tests/dom/popup-arguments.test.tsx`
 * checks that they stay equal to the catalog's in everything else.
 */

import { buildBuiltins } from '../catalog/builtins';
import type { BuiltinArgument } from '../catalog/types';

export { SOURCE_CREDIT } from '../catalog/builtins';

/**
 * The built-in arguments for display and copying, in the source post's order: the catalog's texts, audiences and
 * source, with `signals` left empty (the popup never shows or matches them; search and ranking run in the background).
 */
export const builtinArguments: readonly BuiltinArgument[] = buildBuiltins(() => ({ de: [], en: [] }));
