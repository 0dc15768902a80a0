/**
 * Copy formats: turns an argument, or a briefing of several, into what the clipboard receives,
 * in the format the destination wants (issue 7). Pure functions; no browser APIs.
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
import { type Argument, type ArgumentSource, type ArgumentText, type Audience, type Lang, textOf } from '../catalog/types';
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
  /** Whose reasoning variant to copy; default `general` (the reasoning itself). */
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

function sourceLabel(sources: readonly ArgumentSource[], lang: Lang): string {
  const l = COPY_LABELS[lang];
  return sources.length === 1 ? l.source : l.sources;
}

/**
 * A short citation line for `sources` in `format`, e.g. `Sources: Title (2012), https://…; Other`.
 * Only `http(s)` addresses are shown or linked. Empty string when there are no sources.
 */
export function sourcesLine(sources: readonly ArgumentSource[] | undefined, lang: Lang, format: OutputFormat): string {
  const list = (sources ?? []).filter((s) => s.title.trim());
  if (list.length === 0) return '';
  const label = sourceLabel(list, lang);
  const parts = list.map((s) => {
    const url = safeWebUrl(s.url);
    const date = s.date ? ` (${s.date})` : '';
    if (format === 'markdown') {
      const title = escapeMarkdown(s.title.trim());
      return `${url ? `[${title}](${markdownUrl(url)})` : title}${escapeMarkdown(date)}`;
    }
    if (format === 'html') {
      const title = escapeHtml(s.title.trim());
      return `${url ? `<a href="${escapeHtml(url)}">${title}</a>` : title}${escapeHtml(date)}`;
    }
    return `${s.title.trim()}${date}${url ? `, ${url}` : ''}`;
  });
  if (format === 'markdown') return `*${label}:* ${parts.join('; ')}`;
  if (format === 'html') return `<p><small>${escapeHtml(label)}: ${parts.join('; ')}</small></p>`;
  return `${label}: ${parts.join('; ')}`;
}

/** Plain text as unformatted HTML: paragraphs at blank lines, `<br>` at single line breaks. */
export function plainToHtml(plain: string): string {
  return plain
    .split(/\n{2,}/)
    .filter((p) => p.trim())
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
    .join('');
}

/** The first sentences of `text` that fit after `head` in one X post with `reserve` weight left over. */
function fitSentences(head: string, text: string, reserve: number): string {
  let out = head;
  let sep = '\n\n';
  for (const sentence of text.split(/(?<=[.!?…])\s+/u)) {
    if (!sentence.trim()) continue;
    const next = `${out}${sep}${sentence.trim()}`;
    if (xWeightedLength(next) + reserve > X_MAX_LENGTH) break;
    out = next;
    sep = ' ';
  }
  return out;
}

/**
 * One argument for one X post: its claim, then as many whole sentences of the reasoning as fit,
 * then (with `includeSources`) the first source's address, which X counts as 23.
 * Always at most {@link X_MAX_LENGTH} by {@link xWeightedLength}; a claim that alone is too long is cut with "…".
 */
export function formatForX(arg: Argument, lang: Lang, options: CopyOptions = {}): string {
  const text = textOf(arg, lang);
  const url = options.includeSources ? (arg.sources ?? []).map((s) => safeWebUrl(s.url)).find(Boolean) : undefined;
  const reserve = url ? X_URL_LENGTH + 1 : 0; // +1 for the line break before the address
  const claim = truncateToX(text.claim.trim(), X_MAX_LENGTH - reserve);
  const body = options.length === 'line' ? claim : fitSentences(claim, reasoningFor(text, options.audience), reserve);
  return url ? `${body}\n${url}` : body;
}

/**
 * One argument in `options.format` (default `html`): title, claim, the reasoning for the chosen
 * audience (unless `length` is `line`) and, with `includeSources`, a citation line.
 * With no options the result is the classic `title\n\nclaim\n\nreasoning` plus its HTML.
 * @throws Error when the argument has no text at all (never for validated arguments).
 */
export function formatArgument(arg: Argument, lang: Lang, options: CopyOptions = {}): ClipboardPayload {
  const format = options.format ?? 'html';
  const text = textOf(arg, lang);
  const full = (options.length ?? 'full') === 'full';
  const reasoning = reasoningFor(text, options.audience);
  const sources = options.includeSources ? arg.sources : undefined;

  if (format === 'x') {
    const plain = formatForX(arg, lang, options);
    return { plain, html: plainToHtml(plain) };
  }

  const plainParts = full ? [text.title, text.claim, reasoning] : [`${text.title}: ${text.claim}`];
  const plainSources = sourcesLine(sources, lang, 'plain');
  if (plainSources) plainParts.push(plainSources);
  const plain = plainParts.join('\n\n');

  if (format === 'plain') return { plain, html: plainToHtml(plain) };

  const htmlParts = full
    ? [`<p><strong>${escapeHtml(text.title)}</strong></p>`, `<p>${escapeHtml(text.claim)}</p>`, `<p>${escapeHtml(reasoning)}</p>`]
    : [`<p><strong>${escapeHtml(text.title)}:</strong> ${escapeHtml(text.claim)}</p>`];
  const html = htmlParts.join('') + sourcesLine(sources, lang, 'html');

  if (format === 'html') return { plain, html };

  const mdParts = full
    ? [`**${escapeMarkdown(text.title)}**`, escapeMarkdown(text.claim), escapeMarkdown(reasoning)]
    : [`**${escapeMarkdown(text.title)}:** ${escapeMarkdown(text.claim)}`];
  const mdSources = sourcesLine(sources, lang, 'markdown');
  if (mdSources) mdParts.push(mdSources);
  return { plain: mdParts.join('\n\n'), html };
}

/** One argument of a briefing. */
export interface BriefingItem {
  arg: Argument;
  /** `line`: title and claim on one line; `full`: claim, reasoning and the objection it answers. */
  length: ArgumentLength;
  /** The objection to name; default the argument's first objection. Empty string: name none. */
  objection?: string;
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
  objection?: string;
  sources: readonly ArgumentSource[];
}

function itemParts(item: BriefingItem, n: number, options: BriefingOptions): ItemParts {
  const text = textOf(item.arg, options.lang);
  const full = item.length === 'full';
  const objection = (item.objection ?? text.objections[0] ?? '').trim();
  return {
    n,
    title: text.title,
    claim: text.claim,
    reasoning: full ? reasoningFor(text, options.audience) : undefined,
    objection: full && objection ? objection : undefined,
    sources: full && options.includeSources ? (item.arg.sources ?? []) : [],
  };
}

function quote(s: string, lang: Lang): string {
  const [open, close] = QUOTES[lang];
  return `${open}${s}${close}`;
}

function briefingPlain(parts: ItemParts[], options: BriefingOptions): string {
  const { lang } = options;
  const blocks: string[] = [];
  if (options.title.trim()) blocks.push(options.title.trim());
  for (const p of parts) {
    if (!p.reasoning) {
      blocks.push(`${p.n}. ${p.title}: ${p.claim}`);
      continue;
    }
    const lines = [`${p.n}. ${p.title}`, p.claim, p.reasoning];
    if (p.objection) lines.push(`${COPY_LABELS[lang].answers}: ${quote(p.objection, lang)}`);
    const src = sourcesLine(p.sources, lang, 'plain');
    if (src) lines.push(src);
    blocks.push(lines.join('\n'));
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
    if (p.objection) html += `<p><em>${escapeHtml(COPY_LABELS[lang].answers)}: ${escapeHtml(quote(p.objection, lang))}</em></p>`;
    html += sourcesLine(p.sources, lang, 'html');
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
    if (p.objection) blocks.push(`> *${escapeMarkdown(COPY_LABELS[lang].answers)}:* ${escapeMarkdown(quote(p.objection, lang))}`);
    const src = sourcesLine(p.sources, lang, 'markdown');
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
 * A briefing: the user's title, then for each item (in the given order, numbered from 1) its title
 * and claim and, for `full` items, the reasoning for the audience, the objection it answers and
 * optionally its sources. In `x`, the title and the claims that fit one post ({@link BriefingPayload.included} says how many).
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
