/** The list of arguments the popup and the briefing view offer. */
import { catalog } from '../catalog/index';
import type { Argument } from '../catalog/types';

/**
 * Everything to list: built-ins (in the post's order), then the organisation's (managed), then the
 * user's; ids in `hidden` removed; on a duplicate id the first one wins (a built-in is never shadowed).
 */
export function listArguments(user: readonly Argument[], managed: readonly Argument[], hidden: readonly string[]): Argument[] {
  const hide = new Set(hidden);
  const seen = new Set<string>();
  const out: Argument[] = [];
  for (const arg of [...catalog, ...managed, ...user]) {
    if (hide.has(arg.id) || seen.has(arg.id)) continue;
    seen.add(arg.id);
    out.push(arg);
  }
  return out;
}
