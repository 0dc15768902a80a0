/**
 * The list of arguments the popup and the briefing view offer, and the source credit of the About tab.
 *
 * Why the built-ins are assembled here from `catalog/texts.ts` instead of imported from `catalog/index.ts`:
 * that module merges in the signal lexicon (`catalog/signals.ts`, ~12 KB gzipped), which only relevance needs,
 * and relevance runs in the background (issue 5: the popup stays under 60 KB gzipped). The popup's built-ins
 * are the catalog's with empty `signals`; `tests/dom/popup-arguments.test.tsx` checks that they stay equal to the
 * catalog's in everything else, and that the credit line stays the catalog's `SOURCE_CREDIT`.
 */

import { BUILTIN_IDS, type CatalogText, SOURCE_TITLE, TEXTS } from '../catalog/texts';
import type { Argument, ArgumentText, BuiltinArgument, Localized } from '../catalog/types';

/**
 * One-sentence credit line naming the source post, as `SOURCE_CREDIT` of `src/catalog/index.ts` (kept equal by a test;
 * repeated here only because that module carries the signal lexicon).
 */
export const SOURCE_CREDIT: Localized<string> = {
  de: `Die Argumente beruhen auf dem Blogbeitrag „${SOURCE_TITLE}“ und sind in eigenen Worten wiedergegeben.`,
  en: `The arguments are based on the German blog post “${SOURCE_TITLE}” (How to justify social media in a company), restated in our own words.`,
};

function display(text: CatalogText): ArgumentText {
  return { ...text, objections: [...text.objections], audiences: { ...text.audiences }, signals: [] };
}

/**
 * The built-in arguments for display and copying, in the source post's order: the catalog's texts, audiences and
 * source, with `signals` left empty (the popup never shows or matches them; search and ranking run in the background).
 */
export const builtinArguments: readonly BuiltinArgument[] = BUILTIN_IDS.map((id) => ({
  id,
  origin: 'builtin',
  text: { de: display(TEXTS[id].de), en: display(TEXTS[id].en) },
  sources: [{ title: SOURCE_TITLE }],
}));

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
