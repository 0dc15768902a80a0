/**
 * Post length as X (Twitter) counts it, and truncation to fit one post.
 *
 * The rule is twitter-text's "weighted length", configuration v3
 * (https://github.com/twitter/twitter-text/blob/master/config/v3.json and
 * https://developer.x.com/en/docs/counting-characters):
 * - the text is normalised to Unicode NFC first;
 * - each code point weighs 1 if it lies in U+0000–U+10FF, U+2000–U+200D, U+2010–U+201F or
 *   U+2032–U+2037 (Latin, Greek, Cyrillic, general punctuation …), otherwise 2 (CJK, most symbols);
 * - an emoji counts 2 as a whole, however many code points its sequence has (ZWJ families, flags, skin tones);
 * - every URL counts 23, whatever its length (X wraps links in t.co);
 * - a post may weigh at most 280.
 *
 * Simplifications against twitter-text, documented so nobody is surprised:
 * URLs are recognised only with an explicit `http://`/`https://` scheme or a leading `www.`
 * (twitter-text also links bare domains like `example.com`); emoji are recognised per
 * grapheme cluster (`Intl.Segmenter`) by Unicode's Extended_Pictographic/Regional_Indicator
 * properties instead of twitter-text's generated emoji regex. Pure functions; no browser APIs.
 */

/** Maximum weighted length of one post on X (twitter-text v3 `maxWeightedTweetLength`). */
export const X_MAX_LENGTH = 280;

/** Weighted length of any URL (twitter-text v3 `transformedURLLength`). */
export const X_URL_LENGTH = 23;

/** Code point ranges that weigh 1 (twitter-text v3 `ranges`); everything else weighs 2. */
const LIGHT_RANGES: readonly [number, number][] = [
  [0x0000, 0x10ff],
  [0x2000, 0x200d],
  [0x2010, 0x201f],
  [0x2032, 0x2037],
];

const URL_RE = /\bhttps?:\/\/[^\s<>"]+|\bwww\.[^\s<>"]+/giu;
/** Punctuation that ends a sentence rather than a URL (twitter-text also drops it from links). */
const URL_TRAILING = /[.,;:!?'")\]}>…]+$/u;
const EMOJI_RE = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\u{20E3}/u;

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

function codePointWeight(cp: number): number {
  for (const [lo, hi] of LIGHT_RANGES) if (cp >= lo && cp <= hi) return 1;
  return 2;
}

/** Weight of one grapheme cluster. */
function clusterWeight(cluster: string): number {
  const cps = Array.from(cluster, (c) => c.codePointAt(0) ?? 0);
  // A lone light code point such as © (U+00A9) stays text, as in twitter-text; an emoji sequence weighs 2.
  if (EMOJI_RE.test(cluster) && !(cps.length === 1 && codePointWeight(cps[0] ?? 0) === 1)) return 2;
  return cps.reduce((sum, cp) => sum + codePointWeight(cp), 0);
}

function plainWeight(text: string): number {
  let sum = 0;
  for (const { segment } of segmenter.segment(text)) sum += clusterWeight(segment);
  return sum;
}

/** A URL found in a text: UTF-16 offsets into the NFC-normalised text, end exclusive. */
export interface UrlRange {
  start: number;
  end: number;
}

/** The URLs X would shorten in `text` (already NFC), trailing sentence punctuation excluded. */
export function findUrls(text: string): UrlRange[] {
  const out: UrlRange[] = [];
  for (const m of text.matchAll(URL_RE)) {
    const raw = m[0].replace(URL_TRAILING, '');
    const start = m.index ?? 0;
    if (raw.length > 'www.'.length) out.push({ start, end: start + raw.length });
  }
  return out;
}

/**
 * The weighted length of `text` as X counts it (see the module comment for the rule and its source).
 * @returns an integer ≥ 0; a post is valid when it is at most {@link X_MAX_LENGTH}.
 */
export function xWeightedLength(text: string): number {
  const s = text.normalize('NFC');
  let total = 0;
  let last = 0;
  for (const { start, end } of findUrls(s)) {
    total += plainWeight(s.slice(last, start)) + X_URL_LENGTH;
    last = end;
  }
  return total + plainWeight(s.slice(last));
}

/** True when `text` fits one post on X. */
export function fitsX(text: string, max = X_MAX_LENGTH): boolean {
  return xWeightedLength(text) <= max;
}

/**
 * `text` shortened at a word boundary with a trailing "…" so that its weighted length is at most `max`.
 * Returned unchanged when it already fits. A URL is never cut in half: it is kept whole or dropped.
 * When not even the first word fits, the text is cut inside the word (grapheme by grapheme).
 */
export function truncateToX(text: string, max = X_MAX_LENGTH): string {
  const s = text.normalize('NFC');
  if (xWeightedLength(s) <= max) return s;
  const ellipsis = '…';
  const words = s.split(/(\s+)/u);
  let best = '';
  let acc = '';
  for (const part of words) {
    const next = acc + part;
    if (/^\s+$/u.test(part)) {
      acc = next;
      continue;
    }
    if (xWeightedLength(next.trimEnd() + ellipsis) > max) break;
    acc = next;
    best = acc.trimEnd();
  }
  if (best) return best.replace(/[\s,;:–—-]+$/u, '') + ellipsis;
  // Not even one word fits: cut by grapheme cluster.
  let cut = '';
  for (const { segment } of segmenter.segment(s)) {
    if (xWeightedLength(cut + segment + ellipsis) > max) break;
    cut += segment;
  }
  return cut + ellipsis;
}
