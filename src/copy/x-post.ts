/** One argument as one X post: a hook, then the point, within X's length; see {@link formatForX}. */
import { type Argument, type Lang, textOf } from '../catalog/types';
import { safeWebUrl } from './markup';
import { isCitedIn } from './sources';
import type { CopyOptions } from './types';
import { truncateToX, X_MAX_LENGTH, X_URL_LENGTH, xWeightedLength } from './x-length';

/** The sentences of `text`: split after `.`, `!`, `?` or `…` followed by white space. */
function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?…])\s+/u)
    .map((x) => x.trim())
    .filter(Boolean);
}

/**
 * The point a post ends on: the last of the reasoning's `sentences`, when it is one line of prose; undefined when it spans
 * lines (a list or a quotation across paragraphs), is a list item or a quotation, or starts in lower case, i.e. the split fell after an
 * abbreviation ("z. B. für …"): a user's reasoning may be formatted; a post is not.
 */
function pointOf(sentences: readonly string[]): string | undefined {
  const point = sentences.at(-1);
  return point && !/\n|^(\p{Ll}|[>*•–-]\s)/u.test(point) ? point : undefined;
}

/**
 * `opener`, then `point`, when both fit in {@link X_MAX_LENGTH} minus `reserve`; otherwise the claim alone, cut with
 * "…" when even that is too long.
 */
function xBody(claim: string, opener: string, point: string | undefined, withPoint: boolean, reserve: number): string {
  const cut = truncateToX(claim, X_MAX_LENGTH - reserve);
  if (!withPoint || !point || point === opener) return cut;
  const both = `${opener}\n\n${point}`;
  return xWeightedLength(both) + reserve <= X_MAX_LENGTH ? both : cut;
}

/**
 * One argument for one X post. A built-in opens with the first sentence of its public reasoning, which the catalog
 * writes as a hook (a question, a concrete situation, a contrast), and ends on the last, where the catalog puts the
 * argument's point, written to stand alone; anyone else's argument opens with its claim. When the two do not fit, or
 * for a one-line copy (`length: 'line'`), the post is the claim. With `includeSources`, the address of the first source
 * the post relies on follows, which X counts as 23: a reference only when the post contains one of its `marks` (the
 * figure or ruling it states), a source without a kind (a user's) always. Always the general text: an internal
 * audience's variant is never made into a public post, whatever `options.audience` says.
 * Always at most {@link X_MAX_LENGTH} by {@link xWeightedLength}; a claim that alone is too long is cut with "…".
 */
export function formatForX(arg: Argument, lang: Lang, options: CopyOptions = {}): string {
  const text = textOf(arg, lang);
  const claim = text.claim.trim();
  const sentences = sentencesOf(text.reasoning);
  const point = pointOf(sentences);
  const withPoint = options.length !== 'line';
  const opener = withPoint && arg.origin === 'builtin' && sentences.length > 1 ? (sentences[0] as string) : claim;
  const plain = xBody(claim, opener, point, withPoint, 0);
  if (!options.includeSources) return plain;
  const reserve = X_URL_LENGTH + 1; // +1 for the line break before the address
  for (const body of [plain, xBody(claim, opener, point, withPoint, reserve)]) {
    if (xWeightedLength(body) + reserve > X_MAX_LENGTH) continue;
    const url = (arg.sources ?? [])
      .filter((s) => isCitedIn(s, body))
      .map((s) => safeWebUrl(s.url))
      .find(Boolean);
    if (url) return `${body}\n${url}`;
  }
  return plain;
}
