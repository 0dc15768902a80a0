/**
 * Copy formats: turns an argument, or a briefing of several, into what the clipboard receives,
 * in the format the destination wants. Pure functions; no browser APIs.
 *
 * Every result is a {@link ClipboardPayload}: a `text/plain` and a `text/html` flavour written
 * together, so a rich editor takes the HTML and a plain text field the text. What each
 * {@link OutputFormat} puts in the two flavours:
 *
 * | format     | `plain` flavour                     | `html` flavour                              |
 * |------------|-------------------------------------|---------------------------------------------|
 * | `plain`    | plain text                          | the same text, unformatted (`<p>`, `<br>`)  |
 * | `markdown` | Markdown source (CommonMark)        | formatted HTML                              |
 * | `html`     | plain text                          | formatted HTML                              |
 * | `x`        | plain text fitted to one X post     | the same text, unformatted                  |
 *
 * "Unformatted" HTML matters for X and LinkedIn: their editors would otherwise keep bold titles.
 */
import {
  type Argument,
  type ArgumentPractice,
  type ArgumentSource,
  type ArgumentText,
  type Audience,
  answerForTopic,
  isInternalAudience,
  type Lang,
  type ObjectionAnswer,
  objectionsOf,
  textOf,
} from '../catalog/types';
import { COPY_LABELS, QUOTES } from './labels';
import { escapeHtml, escapeMarkdown, markdownUrl, safeWebUrl } from './markup';
import { truncateToX, X_MAX_LENGTH, X_URL_LENGTH, xWeightedLength } from './x-length';

export { type DestinationFormat, formatForUrl, resolveFormat, siteKindForUrl } from './destination';
export { escapeHtml, escapeMarkdown, safeWebUrl } from './markup';
export { fitsX, truncateToX, X_MAX_LENGTH, X_URL_LENGTH, xWeightedLength } from './x-length';

/** A clipboard payload: `text/plain` and `text/html` flavours of the same content. */
export interface ClipboardPayload {
  plain: string;
  html: string;
}

/** What the copy is formatted for; see the table in the module comment. */
export type OutputFormat = 'plain' | 'markdown' | 'html' | 'x';

/** All output formats, in the order the popup offers them. */
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['plain', 'markdown', 'html', 'x'];

/** How much of an argument to copy: its claim only (`line`), or claim and reasoning (`full`). */
export type ArgumentLength = 'line' | 'full';

/** Options of {@link formatArgument}. All optional; the defaults give title, claim and reasoning as HTML + plain. */
export interface CopyOptions {
  /** Default `html`. */
  format?: OutputFormat;
  /**
   * Whose reasoning variant to copy; default `general` (the reasoning itself). An internal audience's variant is
   * never made into a public post: in `x` the general text is used whatever the audience.
   */
  audience?: Audience;
  /** Default `full`. */
  length?: ArgumentLength;
  /** Append the argument's sources as a citation line; default false. */
  includeSources?: boolean;
}

/**
 * The reasoning of `text` for `audience`: its variant in `text.audiences`, falling back to
 * the general `reasoning` when the argument has no variant for that audience.
 */
export function reasoningFor(text: ArgumentText, audience: Audience = 'general'): string {
  if (audience === 'general') return text.reasoning;
  return text.audiences?.[audience]?.trim() || text.reasoning;
}

/** Whether the text copied for `audience` is that audience's own variant (not the general reasoning it falls back to). */
function usesVariant(text: ArgumentText, audience: Audience): boolean {
  return audience !== 'general' && Boolean(text.audiences?.[audience]?.trim());
}

/**
 * Whether `source` backs something in `copied`: seeds and sources without a kind always do; a reference with `marks`
 * only when `copied` contains one of them (a reference without marks always does).
 */
export function isCitedIn(source: ArgumentSource, copied: string): boolean {
  if (source.kind !== 'reference' || !source.marks?.length) return true;
  return source.marks.some((m) => m && copied.includes(m));
}

/**
 * The sources to cite for the text copied for `audience`, and whether that text is an audience variant of ours.
 * A built-in's audience variant cites the seed post it builds on and its own references (`audienceSources`); everything
 * else cites `arg.sources`. With `copied` (the text the copy contains), references whose marks it does not contain are
 * left out, so that a copy never cites the sources of objections or notes it does not include.
 */
export function sourcesFor(
  arg: Argument,
  lang: Lang,
  audience: Audience = 'general',
  copied?: string,
): { sources: ArgumentSource[]; addition: boolean } {
  const variant = Boolean(arg.audienceSources) && usesVariant(textOf(arg, lang), audience);
  const own = arg.audienceSources?.[audience as Exclude<Audience, 'general'>] ?? [];
  // A variant's copy may also carry an objection's answer that cites a general reference (a briefing item): that
  // reference is listed too, but only when the copied text cites it.
  const general = copied === undefined ? [] : (arg.sources ?? []).filter((s) => s.kind !== 'seed' && !own.some((o) => o.title === s.title));
  const list = variant ? [...(arg.sources ?? []).filter((s) => s.kind === 'seed'), ...own, ...general] : [...(arg.sources ?? [])];
  return { sources: copied === undefined ? list : list.filter((s) => isCitedIn(s, copied)), addition: variant };
}

const DATE_FORMATS: Record<Lang, { day: Intl.DateTimeFormat; month: Intl.DateTimeFormat }> = {
  de: {
    day: new Intl.DateTimeFormat('de-DE', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }),
    month: new Intl.DateTimeFormat('de-DE', { month: 'long', year: 'numeric', timeZone: 'UTC' }),
  },
  en: {
    day: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
    month: new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }),
  },
};

/**
 * An ISO 8601 date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) as readers of `lang` write it: `13.12.2016` or
 * `13 December 2016`, `März 2022` or `March 2022`, a year as it is. Anything else is returned trimmed and unchanged.
 */
export function formatSourceDate(iso: string, lang: Lang): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso.trim());
  if (!m) return iso.trim();
  const [, y, mo, d] = m;
  if (!mo) return y as string;
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, d ? Number(d) : 1));
  if (Number.isNaN(date.getTime())) return iso.trim();
  return (d ? DATE_FORMATS[lang].day : DATE_FORMATS[lang].month).format(date);
}

/**
 * One source as text in `format`, in `lang`: `Title (author, date), address`, with the title and author of
 * `translations[lang]` when given and the date written as in `lang`. The seed post reads
 * `Blogbeitrag „Title“, für 2026 neu gefasst`. Only `http(s)` addresses are shown or linked.
 */
function sourcePart(s: ArgumentSource, lang: Lang, format: OutputFormat): string {
  const l = COPY_LABELS[lang];
  const url = safeWebUrl(s.url);
  const own = s.translations?.[lang];
  const details = [(own?.author ?? s.author)?.trim(), s.date?.trim() ? formatSourceDate(s.date, lang) : ''].filter(Boolean);
  let title = (own?.title ?? s.title).trim();
  let tail = details.length ? ` (${details.join(', ')})` : '';
  if (s.kind === 'seed') {
    const [open, close] = QUOTES[lang];
    title = `${l.seedKind} ${open}${title}${close}`;
    tail += `, ${l.seedNote}`;
  }
  if (format === 'markdown') {
    const t = escapeMarkdown(title);
    return `${url ? `[${t}](${markdownUrl(url)})` : t}${escapeMarkdown(tail)}`;
  }
  if (format === 'html') {
    const t = escapeHtml(title);
    return `${url ? `<a href="${escapeHtml(url)}">${t}</a>` : t}${escapeHtml(tail)}`;
  }
  return `${title}${tail}${url ? `, ${url}` : ''}`;
}

/**
 * A short citation line for `sources` in `format` and `lang`. The seed post comes after "Based on:" (for an audience
 * variant, `addition`, followed by a note that the variant is ours), every other source after "Source(s):", e.g.
 * `Grundlage: Blogbeitrag „…“, für 2026 neu gefasst. Quelle: ARD/ZDF-Medienstudie 2024: … (…, 2024), https://…`.
 * An addition without a seed post starts with the note. Only `http(s)` addresses are shown or linked.
 * Empty string when there is nothing to cite.
 */
export function sourcesLine(sources: readonly ArgumentSource[] | undefined, lang: Lang, format: OutputFormat, addition = false): string {
  const l = COPY_LABELS[lang];
  const list = (sources ?? []).filter((s) => s.title.trim());
  const seeds = list.filter((s) => s.kind === 'seed');
  const others = list.filter((s) => s.kind !== 'seed');
  const esc = (t: string) => (format === 'markdown' ? escapeMarkdown(t) : format === 'html' ? escapeHtml(t) : t);
  const head = (name: string) => (format === 'markdown' ? `*${escapeMarkdown(name)}:*` : `${esc(name)}:`);
  const note = addition ? esc(l.variantNote) : '';
  const groups: string[] = [];
  if (seeds.length) groups.push(`${head(l.basedOn)} ${seeds.map((s) => sourcePart(s, lang, format)).join('; ')}${note ? `; ${note}` : ''}`);
  else if (note) groups.push(note.charAt(0).toUpperCase() + note.slice(1));
  if (others.length)
    groups.push(`${head(others.length === 1 ? l.source : l.sources)} ${others.map((s) => sourcePart(s, lang, format)).join('; ')}`);
  if (groups.length === 0) return '';
  const line = groups.join('. ');
  return format === 'html' ? `<p><small>${line}</small></p>` : line;
}

/** The citation line for `copied`, the text copied of `arg` for `audience` (empty without `includeSources`). */
function citation(
  arg: Argument,
  lang: Lang,
  audience: Audience,
  format: OutputFormat,
  includeSources: boolean | undefined,
  copied: string,
): string {
  if (!includeSources) return '';
  const { sources, addition } = sourcesFor(arg, lang, audience, copied);
  return sourcesLine(sources, lang, format, addition);
}

/** "Objection: “…” – Answer: …" in plain text; just the objection when there is no answer. */
export function objectionLine(o: ObjectionAnswer, lang: Lang): string {
  const l = COPY_LABELS[lang];
  const [open, close] = QUOTES[lang];
  const head = `${l.objection}: ${open}${o.objection.trim()}${close}`;
  return o.answer ? `${head} – ${l.answer}: ${o.answer}` : head;
}

function objectionHtml(o: ObjectionAnswer, lang: Lang): string {
  const l = COPY_LABELS[lang];
  const [open, close] = QUOTES[lang];
  const head = `<strong>${escapeHtml(l.objection)}:</strong> ${escapeHtml(`${open}${o.objection.trim()}${close}`)}`;
  return `<p>${head}${o.answer ? ` – <strong>${escapeHtml(l.answer)}:</strong> ${escapeHtml(o.answer)}` : ''}</p>`;
}

function objectionMarkdown(o: ObjectionAnswer, lang: Lang): string {
  const l = COPY_LABELS[lang];
  const [open, close] = QUOTES[lang];
  const head = `> **${escapeMarkdown(l.objection)}:** ${escapeMarkdown(`${open}${o.objection.trim()}${close}`)}`;
  return o.answer ? `${head} – **${escapeMarkdown(l.answer)}:** ${escapeMarkdown(o.answer)}` : head;
}

const PRACTICE_KEYS = ['start', 'measures', 'risk'] as const;

/** The practice notes as `[label, text]` pairs, the blank ones left out. */
function practiceRows(practice: ArgumentPractice | undefined, lang: Lang): Array<[string, string]> {
  if (!practice) return [];
  return PRACTICE_KEYS.map((k): [string, string] => [COPY_LABELS[lang][k], practice[k]?.trim() ?? '']).filter(([, v]) => v);
}

function practicePlain(rows: Array<[string, string]>): string {
  return rows.map(([k, v]) => `${k}: ${v}`).join('\n');
}

function practiceHtml(rows: Array<[string, string]>): string {
  if (rows.length === 0) return '';
  return `<ul>${rows.map(([k, v]) => `<li><strong>${escapeHtml(k)}:</strong> ${escapeHtml(v)}</li>`).join('')}</ul>`;
}

function practiceMarkdown(rows: Array<[string, string]>): string {
  return rows.map(([k, v]) => `- **${escapeMarkdown(k)}:** ${escapeMarkdown(v)}`).join('\n');
}

/** Plain text as unformatted HTML: paragraphs at blank lines, `<br>` at single line breaks. */
export function plainToHtml(plain: string): string {
  return plain
    .split(/\n{2,}/)
    .filter((p) => p.trim())
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
    .join('');
}

/** The sentences of `text`: split after `.`, `!`, `?` or `…` followed by white space. */
function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?…])\s+/u)
    .map((x) => x.trim())
    .filter(Boolean);
}

/** Claim, then `point` when both fit in {@link X_MAX_LENGTH} minus `reserve`; a claim that alone is too long is cut. */
function xBody(claim: string, point: string | undefined, withPoint: boolean, reserve: number): string {
  const cut = truncateToX(claim, X_MAX_LENGTH - reserve);
  if (!withPoint || !point || point === claim) return cut;
  const both = `${cut}\n\n${point}`;
  return xWeightedLength(both) + reserve <= X_MAX_LENGTH ? both : cut;
}

/**
 * One argument for one X post: its claim, then the last sentence of its public reasoning (where the catalog puts the
 * argument's point, written to stand alone) when both fit. With `includeSources`, the address of the first source
 * the post relies on follows, which X counts as 23: a reference only when the post contains one of its `marks` (the
 * figure or ruling it states), a source without a kind (a user's) always. The post ends on the point, never on a
 * set-up sentence. Always the general text: an internal audience's variant is never made into a public post,
 * whatever `options.audience` says.
 * Always at most {@link X_MAX_LENGTH} by {@link xWeightedLength}; a claim that alone is too long is cut with "…".
 */
export function formatForX(arg: Argument, lang: Lang, options: CopyOptions = {}): string {
  const text = textOf(arg, lang);
  const claim = text.claim.trim();
  const point = sentencesOf(text.reasoning).at(-1);
  const withPoint = options.length !== 'line';
  const plain = xBody(claim, point, withPoint, 0);
  if (!options.includeSources) return plain;
  const reserve = X_URL_LENGTH + 1; // +1 for the line break before the address
  for (const body of [plain, xBody(claim, point, withPoint, reserve)]) {
    if (xWeightedLength(body) + reserve > X_MAX_LENGTH) continue;
    const url = (arg.sources ?? [])
      .filter((s) => isCitedIn(s, body))
      .map((s) => safeWebUrl(s.url))
      .find(Boolean);
    if (url) return `${body}\n${url}`;
  }
  return plain;
}

/**
 * One argument in `options.format` (default `html`): title, claim, the reasoning for the chosen audience (unless
 * `length` is `line`) and, with `includeSources`, a citation line. An internal audience's own variant is followed by
 * the practice notes (how to start, measures, main risk), and its citation line names our references, not the seed
 * post. In `x`, the public post of {@link formatForX}.
 * With no options the result is the classic `title\n\nclaim\n\nreasoning` plus its HTML.
 * @throws Error when the argument has no text at all (never for validated arguments).
 */
export function formatArgument(arg: Argument, lang: Lang, options: CopyOptions = {}): ClipboardPayload {
  const format = options.format ?? 'html';
  const text = textOf(arg, lang);
  const full = (options.length ?? 'full') === 'full';
  // A one-line copy is title and claim, the same for every audience: it cites what the general text cites.
  const audience = full ? (options.audience ?? 'general') : 'general';
  const reasoning = reasoningFor(text, audience);
  const practice = full && isInternalAudience(audience) && usesVariant(text, audience) ? practiceRows(text.practice, lang) : [];

  if (format === 'x') {
    const plain = formatForX(arg, lang, options);
    return { plain, html: plainToHtml(plain) };
  }

  const plainParts = full ? [text.title, text.claim, reasoning] : [`${text.title}: ${text.claim}`];
  if (practice.length) plainParts.push(practicePlain(practice));
  const copied = plainParts.join('\n\n');
  const cite = (f: OutputFormat) => citation(arg, lang, audience, f, options.includeSources, copied);
  const plainSources = cite('plain');
  if (plainSources) plainParts.push(plainSources);
  const plain = plainParts.join('\n\n');

  if (format === 'plain') return { plain, html: plainToHtml(plain) };

  const htmlParts = full
    ? [`<p><strong>${escapeHtml(text.title)}</strong></p>`, `<p>${escapeHtml(text.claim)}</p>`, `<p>${escapeHtml(reasoning)}</p>`]
    : [`<p><strong>${escapeHtml(text.title)}:</strong> ${escapeHtml(text.claim)}</p>`];
  const html = htmlParts.join('') + practiceHtml(practice) + cite('html');

  if (format === 'html') return { plain, html };

  const mdParts = full
    ? [`**${escapeMarkdown(text.title)}**`, escapeMarkdown(text.claim), escapeMarkdown(reasoning)]
    : [`**${escapeMarkdown(text.title)}:** ${escapeMarkdown(text.claim)}`];
  if (practice.length) mdParts.push(practiceMarkdown(practice));
  const mdSources = cite('markdown');
  if (mdSources) mdParts.push(mdSources);
  return { plain: mdParts.join('\n\n'), html };
}

/** One argument of a briefing. */
export interface BriefingItem {
  arg: Argument;
  /** `line`: title and claim on one line; `full`: claim, reasoning, an objection with its answer and the practice notes. */
  length: ArgumentLength;
  /**
   * The objection to name: one of the argument's own objections (its answer is added when it has one). Default: the
   * argument's first objection that has an answer. Empty string: name none.
   */
  objection?: string;
  /**
   * The relevance lexicon's id of an objection found on the page (`no-resources`, …): the argument's own objection of
   * that kind, with its answer, is named instead of the default. Ignored when the argument answers no such objection.
   */
  topic?: string;
}

/** Options of {@link formatBriefing}. */
export interface BriefingOptions {
  /** Language of the argument texts and added labels. */
  lang: Lang;
  /** The briefing's title, as the user typed it; omitted from the output when blank. */
  title: string;
  format: OutputFormat;
  /** Whose reasoning variant to use; default `general`. */
  audience?: Audience;
  /** Add each argument's citation line (full items only; in `x`, never). */
  includeSources?: boolean;
}

/** A formatted briefing. */
export interface BriefingPayload extends ClipboardPayload {
  /** How many items made it in: all of them, except in `x` where only the claims that fit one post are kept. */
  included: number;
}

interface ItemParts {
  n: number;
  title: string;
  claim: string;
  reasoning?: string;
  objection?: ObjectionAnswer;
  practice: Array<[string, string]>;
  sources: readonly ArgumentSource[];
  addition: boolean;
}

/** The objection a full briefing item names: see {@link BriefingItem.objection} and {@link BriefingItem.topic}. */
function chosenObjection(item: BriefingItem, text: ArgumentText): ObjectionAnswer | undefined {
  if (item.objection !== undefined && !item.objection.trim()) return undefined;
  const all = objectionsOf(text);
  const fallback = all.find((o) => o.answer) ?? all[0];
  if (item.topic) return answerForTopic(text, item.topic) ?? fallback;
  if (item.objection) {
    const wanted = item.objection.trim();
    return all.find((o) => o.objection.trim() === wanted) ?? { objection: wanted };
  }
  return fallback;
}

function itemParts(item: BriefingItem, n: number, options: BriefingOptions): ItemParts {
  const text = textOf(item.arg, options.lang);
  const full = item.length === 'full';
  const reasoning = full ? reasoningFor(text, options.audience) : undefined;
  const objection = full ? chosenObjection(item, text) : undefined;
  const practice = full ? practiceRows(text.practice, options.lang) : [];
  const copied = [
    text.title,
    text.claim,
    reasoning ?? '',
    objection ? objectionLine(objection, options.lang) : '',
    practicePlain(practice),
  ].join('\n');
  const cited =
    full && options.includeSources ? sourcesFor(item.arg, options.lang, options.audience, copied) : { sources: [], addition: false };
  return { n, title: text.title, claim: text.claim, reasoning, objection, practice, sources: cited.sources, addition: cited.addition };
}

/** Plain text: every paragraph (title, claim, reasoning, objection, practice, sources) apart by a blank line. */
function briefingPlain(parts: ItemParts[], options: BriefingOptions): string {
  const { lang } = options;
  const blocks: string[] = [];
  if (options.title.trim()) blocks.push(options.title.trim());
  for (const p of parts) {
    if (!p.reasoning) {
      blocks.push(`${p.n}. ${p.title}: ${p.claim}`);
      continue;
    }
    blocks.push(`${p.n}. ${p.title}`, p.claim, p.reasoning);
    if (p.objection) blocks.push(objectionLine(p.objection, lang));
    if (p.practice.length) blocks.push(practicePlain(p.practice));
    const src = sourcesLine(p.sources, lang, 'plain', p.addition);
    if (src) blocks.push(src);
  }
  return blocks.join('\n\n');
}

function briefingHtml(parts: ItemParts[], options: BriefingOptions): string {
  const { lang } = options;
  let html = options.title.trim() ? `<h2>${escapeHtml(options.title.trim())}</h2>` : '';
  for (const p of parts) {
    if (!p.reasoning) {
      html += `<p><strong>${p.n}. ${escapeHtml(p.title)}:</strong> ${escapeHtml(p.claim)}</p>`;
      continue;
    }
    html += `<h3>${p.n}. ${escapeHtml(p.title)}</h3><p><strong>${escapeHtml(p.claim)}</strong></p><p>${escapeHtml(p.reasoning)}</p>`;
    if (p.objection) html += objectionHtml(p.objection, lang);
    html += practiceHtml(p.practice);
    html += sourcesLine(p.sources, lang, 'html', p.addition);
  }
  return html;
}

function briefingMarkdown(parts: ItemParts[], options: BriefingOptions): string {
  const { lang } = options;
  const blocks: string[] = [];
  if (options.title.trim()) blocks.push(`## ${escapeMarkdown(options.title.trim())}`);
  for (const p of parts) {
    if (!p.reasoning) {
      blocks.push(`**${p.n}. ${escapeMarkdown(p.title)}:** ${escapeMarkdown(p.claim)}`);
      continue;
    }
    blocks.push(`### ${p.n}. ${escapeMarkdown(p.title)}`, `**${escapeMarkdown(p.claim)}**`, escapeMarkdown(p.reasoning));
    if (p.objection) blocks.push(objectionMarkdown(p.objection, lang));
    if (p.practice.length) blocks.push(practiceMarkdown(p.practice));
    const src = sourcesLine(p.sources, lang, 'markdown', p.addition);
    if (src) blocks.push(src);
  }
  return blocks.join('\n\n');
}

/** The title and as many numbered claims as fit one X post; a first claim that alone is too long is cut with "…". */
function briefingX(parts: ItemParts[], options: BriefingOptions): { text: string; included: number } {
  let text = options.title.trim() ? truncateToX(options.title.trim()) : '';
  let included = 0;
  for (const p of parts) {
    const line = `${p.n}. ${p.claim}`;
    const next = text ? `${text}\n${line}` : line;
    if (xWeightedLength(next) <= X_MAX_LENGTH) {
      text = next;
      included++;
      continue;
    }
    if (included === 0) {
      text = truncateToX(next);
      included = 1;
    }
    break;
  }
  return { text, included };
}

/**
 * A briefing: the user's title, then for each item (in the given order, numbered from 1) its title and claim and,
 * for `full` items, the reasoning for the audience, an objection with its answer ("Objection: … – Answer: …"), the
 * practice notes and optionally its sources. In `x`, the title and the claims that fit one post
 * ({@link BriefingPayload.included} says how many): claims are public text whatever the audience.
 * @throws RangeError when `items` is empty (the popup disables Copy then).
 */
export function formatBriefing(items: readonly BriefingItem[], options: BriefingOptions): BriefingPayload {
  if (items.length === 0) throw new RangeError('A briefing needs at least one argument.');
  const parts = items.map((item, i) => itemParts(item, i + 1, options));
  switch (options.format) {
    case 'x': {
      const { text, included } = briefingX(parts, options);
      return { plain: text, html: plainToHtml(text), included };
    }
    case 'plain': {
      const plain = briefingPlain(parts, options);
      return { plain, html: plainToHtml(plain), included: parts.length };
    }
    case 'markdown':
      return { plain: briefingMarkdown(parts, options), html: briefingHtml(parts, options), included: parts.length };
    case 'html':
      return { plain: briefingPlain(parts, options), html: briefingHtml(parts, options), included: parts.length };
  }
}
