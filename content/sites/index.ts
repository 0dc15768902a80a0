/**
 * The site registry: every site module, in the order they are asked. The first module whose `matches(url)`
 * is true (and whose `shows(doc)`, if it has one) reads the page; on hosts no module claims (the user's intranet sites), modules with a `detect`
 * (Confluence Server, SharePoint Server) are asked next, and `generic` reads everything else.
 */
import { confluence } from './confluence';
import { facebook } from './facebook';
import { gdocs } from './gdocs';
import { generic } from './generic';
import { linkedin } from './linkedin';
import { notion } from './notion';
import { sharepoint } from './sharepoint';
import type { SiteModule } from './types';
import { x } from './x';
import { xArticle } from './x-article';

export type { PrivateAreas, SiteModule, SiteSelectors } from './types';

/**
 * All site modules; `generic` last (it matches everything). A module with `shows` comes before the one whose URLs it
 * shares (`xArticle` before `x`).
 */
export const SITES: readonly SiteModule[] = [xArticle, x, facebook, linkedin, confluence, sharepoint, notion, gdocs, generic];

/**
 * The module that reads the page at `url` with document `doc`.
 * @param url the page's address (`location.href`); an unparsable one gets `generic`.
 */
export function siteFor(url: string, doc: Document): SiteModule {
  let u: URL | null = null;
  try {
    u = new URL(url);
  } catch {
    return generic;
  }
  for (const site of SITES) if (site !== generic && site.matches(u) && (!site.shows || site.shows(doc))) return site;
  for (const site of SITES) if (site.detect?.(doc)) return site;
  return generic;
}
