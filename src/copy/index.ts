/**
 * Copy formats: turns an argument, or a briefing of several (`./briefing.ts`), into what the clipboard receives,
 * in the format the destination wants. Pure functions; no browser APIs. This module lays out one argument (and one X
 * post); the pieces are `./parts.ts`, the citation lines `./sources.ts`, the shapes `./types.ts`.
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
import { type Argument, answerForAudience, isInternalAudience, type Lang, textOf } from '../catalog/types';
import { escapeHtml, escapeMarkdown } from './markup';
import {
  claimAfterColon,
  lineTitle,
  objectionHtml,
  objectionLine,
  objectionMarkdown,
  plainToHtml,
  practiceHtml,
  practiceMarkdown,
  practicePlain,
  practiceRows,
  reasoningFor,
  usesVariant,
} from './parts';
import { citation } from './sources';
import type { ClipboardPayload, CopyOptions, OutputFormat } from './types';
import { formatForX } from './x-post';

export { type BriefingItem, type BriefingOptions, type BriefingPayload, briefingEffort, formatBriefing } from './briefing';
export { type DestinationFormat, formatForUrl, resolveFormat, siteKindForUrl } from './destination';
export { escapeHtml, escapeMarkdown, safeWebUrl } from './markup';
export { claimAfterColon, objectionLine, plainToHtml, reasoningFor } from './parts';
export { formatSourceDate, isCitedIn, sourcesBlock, sourcesFor, sourcesLine } from './sources';
export { type ArgumentLength, type ClipboardPayload, type CopyOptions, OUTPUT_FORMATS, type OutputFormat } from './types';
export { fitsX, truncateToX, X_MAX_LENGTH, X_URL_LENGTH, xWeightedLength } from './x-length';
export { formatForX } from './x-post';

/**
 * One argument in `options.format` (default `html`): title, claim, the reasoning for the chosen audience (unless
 * `length` is `line`, which is title and claim, or the claim alone when it repeats the title: {@link lineTitle}) and, with `includeSources`, a citation line. An internal audience's own variant is followed by
 * the practice notes (how to start, measures, main risk), and its citation line names our references, not the seed
 * post. A full copy for an internal audience ends with the answered objection that concerns that audience most
 * ({@link answerForAudience}), as a briefing item does, when the argument has one. In `x`, the public post of
 * {@link formatForX}.
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
  const practice = full && isInternalAudience(audience) && usesVariant(text, audience) ? practiceRows(text, lang, audience) : [];
  const objection = answerForAudience(text, audience);

  if (format === 'x') {
    const plain = formatForX(arg, lang, options);
    return { plain, html: plainToHtml(plain) };
  }

  const title = full ? text.title : lineTitle(text);
  const plainParts = full ? [text.title, text.claim, reasoning] : [title ? `${title}: ${claimAfterColon(text.claim, lang)}` : text.claim];
  if (practice.length) plainParts.push(practicePlain(practice));
  if (objection) plainParts.push(objectionLine(objection, lang));
  const copied = plainParts.join('\n\n');
  const cite = (f: OutputFormat) => citation(arg, lang, audience, f, options.includeSources, copied);
  const plainSources = cite('plain');
  if (plainSources) plainParts.push(plainSources);
  const plain = plainParts.join('\n\n');

  if (format === 'plain') return { plain, html: plainToHtml(plain) };

  const htmlParts = full
    ? [`<p><strong>${escapeHtml(text.title)}</strong></p>`, `<p>${escapeHtml(text.claim)}</p>`, plainToHtml(reasoning)]
    : [
        `<p>${title ? `<strong>${escapeHtml(title)}:</strong> ${escapeHtml(claimAfterColon(text.claim, lang))}` : escapeHtml(text.claim)}</p>`,
      ];
  const html = htmlParts.join('') + practiceHtml(practice) + (objection ? objectionHtml(objection, lang) : '') + cite('html');

  if (format === 'html') return { plain, html };

  const mdParts = full
    ? [`**${escapeMarkdown(text.title)}**`, escapeMarkdown(text.claim), escapeMarkdown(reasoning)]
    : [`${title ? `**${escapeMarkdown(title)}:** ${escapeMarkdown(claimAfterColon(text.claim, lang))}` : escapeMarkdown(text.claim)}`];
  if (practice.length) mdParts.push(practiceMarkdown(practice));
  if (objection) mdParts.push(objectionMarkdown(objection, lang));
  const mdSources = cite('markdown');
  if (mdSources) mdParts.push(mdSources);
  return { plain: mdParts.join('\n\n'), html };
}
