/**
 * What the popup is told about a page the content script has read nothing of: nothing to read yet, a private page,
 * or a layout the site module does not recognise (the site changed its markup: "This LinkedIn page's layout isn't
 * recognised, so no hints here."). Said in the popup only, never in the card, and never sent anywhere else.
 *
 * Read-only on the page, and only asked when the popup asks for a page report: the check reads a few thousand
 * characters of the page's text at most.
 */
import type { PageReport } from '../src/messages';
import type { PageReader } from './reader';
import type { SiteModule } from './sites/types';
import { readText } from './text';

/**
 * How long a page must have been followed before "no unit read" means "layout not recognised", in milliseconds: the
 * apps draw their posts a moment after the URL changes, and our first read comes up to a throttle interval later.
 */
export const LAYOUT_GRACE_MS = 3000;

/**
 * Characters (UTF-16) of readable page text above which a page "shows content". Below it the page is still loading
 * or nearly blank (a sign-in wall), where no hint is expected; above it a page of a known site that yields no unit has
 * a layout the module does not know. The whole navigation of a real feed (names, menu entries) passes it, a loading
 * skeleton does not.
 */
export const CONTENT_PROBE_CHARS = 200;

/** What {@link pageStatus} looks at besides the reader. */
export interface PageStatusInput {
  site: SiteModule;
  reader: PageReader;
  doc: Document;
  /** The page's URL. */
  url: string;
  /** The site's own verdict (`SiteModule.status`), `ok` without one. */
  siteStatus: 'ok' | 'unreadable';
  /** The user is typing in a compose box, whose text was scored. */
  composing: boolean;
  /** Milliseconds since the reader started on this page. */
  elapsed: number;
}

/**
 * The page's status for the popup (`PageReport.status`):
 * - `unreadable`: the site draws its text out of reach (Google Docs' canvas);
 * - `private`: one of the site's private pages (its messaging app), never read;
 * - `ok`: something was read, or the user is composing;
 * - `unrecognised`: the module expects units on this page ({@link SiteModule.expectsUnits}), the page shows content
 *   ({@link CONTENT_PROBE_CHARS}), and after {@link LAYOUT_GRACE_MS} no unit was read, nor does any of its roots
 *   exist (a document whose body is there but empty is just empty);
 * - `empty`: anything else with nothing read (still loading, a page without posts).
 */
export function pageStatus(input: PageStatusInput): PageReport['status'] {
  const { site, reader, doc } = input;
  if (input.siteStatus === 'unreadable') return 'unreadable';
  if (reader.privatePage()) return 'private';
  if (reader.reads > 0 || reader.chars > 0 || input.composing) return 'ok';
  return input.elapsed >= LAYOUT_GRACE_MS && unrecognised(site, reader, doc, input.url) ? 'unrecognised' : 'empty';
}

function unrecognised(site: SiteModule, reader: PageReader, doc: Document, href: string): boolean {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return false;
  }
  if (!(site.expectsUnits?.(url) ?? true)) return false;
  // A document module whose containers exist knows the page; it is only empty.
  if ((site.selectors.roots || site.roots) && reader.roots().length > 0) return false;
  const body = doc.body;
  // The limit counts raw text, indentation included: ten times the threshold leaves room for the whitespace it collapses.
  return !!body && readText(body, CONTENT_PROBE_CHARS * 10).length >= CONTENT_PROBE_CHARS;
}
