/**
 * A briefing: several arguments, in the user's order, copied as one text in one format (`formatBriefing`). It
 * changes when the briefing's layout changes; the pieces it is made of are `./parts.ts` and `./sources.ts`.
 */
import {
  type Argument,
  type ArgumentEffort,
  type ArgumentSource,
  type ArgumentText,
  type Audience,
  answerForAudience,
  answerForTopic,
  type Lang,
  type ObjectionAnswer,
  objectionsOf,
  textOf,
} from '../catalog/types';
import { COPY_LABELS } from './labels';
import { escapeHtml, escapeMarkdown } from './markup';
import {
  claimAfterColon,
  objectionHtml,
  objectionLine,
  objectionMarkdown,
  plainToHtml,
  practiceHtml,
  practiceMarkdown,
  practicePlain,
  practiceRows,
  reasoningFor,
} from './parts';
import { sourcesBlock, sourcesFor } from './sources';
import type { ArgumentLength, ClipboardPayload, OutputFormat } from './types';
import { formatForX } from './x-post';

/** One argument of a briefing. */
export interface BriefingItem {
  arg: Argument;
  /** `line`: title and claim on one line; `full`: claim, reasoning, an objection with its answer and the practice notes. */
  length: ArgumentLength;
  /**
   * The objection to name: one of the argument's own objections (its answer is added when it has one). Default: the
   * argument's first answered objection that concerns the briefing's audience (none when none does), or for `general`
   * its first answered objection. Empty string: name none.
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
  /** End with one block citing the sources of the full items, each once (in `x`, never). */
  includeSources?: boolean;
}

/** A formatted briefing. */
export interface BriefingPayload extends ClipboardPayload {
  /** How many items made it in: all of them, except in `x` where only the claims that fit one post are kept. */
  included: number;
}

interface ItemParts {
  n: number;
  arg: Argument;
  title: string;
  claim: string;
  reasoning?: string;
  objection?: ObjectionAnswer;
  practice: Array<[string, string]>;
  sources: readonly ArgumentSource[];
  addition: boolean;
}

/**
 * The objection a full briefing item names: see {@link BriefingItem.objection} and {@link BriefingItem.topic}. Without
 * either, the first answered objection that concerns the briefing's audience (`audiences` in the catalog), none when
 * none does, and for `general` the first answered one.
 */
function chosenObjection(item: BriefingItem, text: ArgumentText, audience: Audience = 'general'): ObjectionAnswer | undefined {
  if (item.objection !== undefined && !item.objection.trim()) return undefined;
  const all = objectionsOf(text);
  // An internal audience hears only an objection it raises itself (as its single copy does), never marketing's.
  const fallback = audience === 'general' ? (all.find((o) => o.answer) ?? all[0]) : answerForAudience(text, audience);
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
  const objection = full ? chosenObjection(item, text, options.audience) : undefined;
  const practice = full ? practiceRows(text, options.lang, options.audience) : [];
  const copied = [
    text.title,
    text.claim,
    reasoning ?? '',
    objection ? objectionLine(objection, options.lang) : '',
    practicePlain(practice),
  ].join('\n');
  const cited =
    full && options.includeSources ? sourcesFor(item.arg, options.lang, options.audience, copied) : { sources: [], addition: false };
  return {
    n,
    arg: item.arg,
    title: text.title,
    claim: text.claim,
    reasoning,
    objection,
    practice,
    sources: cited.sources,
    addition: cited.addition,
  };
}

const WEEKS_PER_MONTH = 52 / 12;

/**
 * The staff time a briefing's proposals are planned with, from the arguments' `effort`: the shared channel pilot once
 * (the largest of those named, `shared`), everything else on top (`extra`); `months` is the longest pilot, `perWeek` the
 * average over it (to half an hour). `undefined` when no argument states an effort.
 */
export function briefingEffort(
  args: readonly Argument[],
): { hours: number; months: number; perWeek: number; shared: number; extra: number } | undefined {
  const efforts = args.map((a) => a.effort).filter((e): e is ArgumentEffort => Boolean(e && e.months > 0 && e.hoursPerWeek >= 0));
  if (efforts.length === 0) return undefined;
  const total = (e: ArgumentEffort) => e.hoursPerWeek * e.months * WEEKS_PER_MONTH;
  const shared = Math.round(Math.max(0, ...efforts.filter((e) => e.shared).map(total)));
  const extra = Math.round(efforts.filter((e) => !e.shared).reduce((sum, e) => sum + total(e), 0));
  const months = Math.max(...efforts.map((e) => e.months));
  const hours = shared + extra;
  return { hours, months, perWeek: Math.round((hours / (months * WEEKS_PER_MONTH)) * 2) / 2, shared, extra };
}

/**
 * The lines that open a briefing, as `[label, text]`: with an effort, the recommendation (the pilot and its months)
 * and the reasons (the items' titles), otherwise a summary (each item's claim, one sentence each); the total effort
 * (split into the shared channel pilot and what comes on top when there is both) with the note for the audience (the
 * budget cap management decides, the works council's working time; none for HR, legal and IT, asked for no budget),
 * the decision asked.
 */
function openingRows(parts: ItemParts[], options: BriefingOptions): Array<[string, string]> {
  const l = COPY_LABELS[options.lang];
  const audience = options.audience ?? 'general';
  const effort = briefingEffort(parts.filter((p) => p.reasoning).map((p) => p.arg));
  const num = new Intl.NumberFormat(options.lang === 'de' ? 'de-DE' : 'en-GB', { maximumFractionDigits: 1 });
  const claims = parts.map((p) => p.claim.replace(/([^.!?…])$/, '$1.')).join(' ');
  const rows: Array<[string, string]> = [];
  if (effort) {
    // A board member reads the recommendation and the items' titles at a glance; the claims follow in the items.
    const months = num.format(effort.months);
    rows.push([l.recommendation, `${l.recommendationText.replace('{months}', months)}.`]);
    rows.push([l.reasons, `${parts.map((p) => p.title.replace(/[.!?…]$/, '')).join('; ')}.`]);
    const note =
      audience === 'works-council' ? l.effortWorksCouncil : audience === 'management' || audience === 'general' ? l.effortBudget : '';
    const own = parts.filter((p) => p.reasoning && p.arg.effort && !p.arg.effort.shared).map((p) => String(p.n));
    const ns = own.length > 1 ? `${own.slice(0, -1).join(', ')} ${l.and} ${own[own.length - 1]}` : own.join('');
    const split =
      effort.shared && effort.extra
        ? l.effortSplit.replace('{shared}', num.format(effort.shared)).replace('{extra}', num.format(effort.extra)).replace('{items}', ns)
        : '';
    rows.push([
      l.effort,
      `${l.effortText
        .replace('{hours}', num.format(effort.hours))
        .replace('{months}', months)
        .replace('{split}', split)
        .replace('{perWeek}', num.format(effort.perWeek))}${note ? `; ${note}` : ''}.`,
    ]);
  } else rows.push([l.summary, claims]);
  rows.push([l.decision, l.decisionFor[audience === 'general' ? 'management' : audience]]);
  return rows;
}

/** The closing sources block of a briefing in `format` (empty without `includeSources`). */
function closingSources(parts: ItemParts[], options: BriefingOptions, format: 'plain' | 'markdown' | 'html'): string {
  if (!options.includeSources) return '';
  const sources = parts.flatMap((p) => p.sources);
  return sourcesBlock(
    sources,
    options.lang,
    format,
    parts.some((p) => p.addition),
    options.audience,
  );
}

/**
 * Plain text: the opening lines (summary, effort, decision), then every paragraph of every item (title, claim,
 * reasoning, objection, practice) apart by a blank line, then one sources block.
 */
function briefingPlain(parts: ItemParts[], options: BriefingOptions): string {
  const { lang } = options;
  const blocks: string[] = [];
  if (options.title.trim()) blocks.push(options.title.trim());
  blocks.push(
    openingRows(parts, options)
      .map(([k, v]) => `${k}: ${v}`)
      .join('\n'),
  );
  for (const p of parts) {
    if (!p.reasoning) {
      blocks.push(`${p.n}. ${p.title}: ${claimAfterColon(p.claim, lang)}`);
      continue;
    }
    blocks.push(`${p.n}. ${p.title}`, p.claim, p.reasoning);
    if (p.objection) blocks.push(objectionLine(p.objection, lang));
    if (p.practice.length) blocks.push(practicePlain(p.practice));
  }
  const src = closingSources(parts, options, 'plain');
  if (src) blocks.push(src);
  return blocks.join('\n\n');
}

function briefingHtml(parts: ItemParts[], options: BriefingOptions): string {
  const { lang } = options;
  let html = options.title.trim() ? `<h2>${escapeHtml(options.title.trim())}</h2>` : '';
  html += `<p>${openingRows(parts, options)
    .map(([k, v]) => `<strong>${escapeHtml(k)}:</strong> ${escapeHtml(v)}`)
    .join('<br>')}</p>`;
  for (const p of parts) {
    if (!p.reasoning) {
      html += `<p><strong>${p.n}. ${escapeHtml(p.title)}:</strong> ${escapeHtml(claimAfterColon(p.claim, lang))}</p>`;
      continue;
    }
    html += `<h3>${p.n}. ${escapeHtml(p.title)}</h3><p><strong>${escapeHtml(p.claim)}</strong></p><p>${escapeHtml(p.reasoning)}</p>`;
    if (p.objection) html += objectionHtml(p.objection, lang);
    html += practiceHtml(p.practice);
  }
  return html + closingSources(parts, options, 'html');
}

function briefingMarkdown(parts: ItemParts[], options: BriefingOptions): string {
  const { lang } = options;
  const blocks: string[] = [];
  if (options.title.trim()) blocks.push(`## ${escapeMarkdown(options.title.trim())}`);
  blocks.push(
    openingRows(parts, options)
      .map(([k, v]) => `- **${escapeMarkdown(k)}:** ${escapeMarkdown(v)}`)
      .join('\n'),
  );
  for (const p of parts) {
    if (!p.reasoning) {
      blocks.push(`**${p.n}. ${escapeMarkdown(p.title)}:** ${escapeMarkdown(claimAfterColon(p.claim, lang))}`);
      continue;
    }
    blocks.push(`### ${p.n}. ${escapeMarkdown(p.title)}`, `**${escapeMarkdown(p.claim)}**`, escapeMarkdown(p.reasoning));
    if (p.objection) blocks.push(objectionMarkdown(p.objection, lang));
    if (p.practice.length) blocks.push(practiceMarkdown(p.practice));
  }
  const src = closingSources(parts, options, 'markdown');
  if (src) blocks.push(src);
  return blocks.join('\n\n');
}

/**
 * A briefing as an X post: public text, so neither the briefing's internal title nor a numbered list, but the first
 * item's own post ({@link formatForX}: its hook, then its point; the general text whatever the audience). The other
 * items are left out ({@link BriefingPayload.included} is 1), one post per argument being the way to post them.
 */
function briefingX(parts: ItemParts[], options: BriefingOptions): { text: string; included: number } {
  const first = parts[0] as ItemParts;
  return { text: formatForX(first.arg, options.lang, { length: first.reasoning ? 'full' : 'line' }), included: 1 };
}

/**
 * A briefing: the user's title; a summary (the items' claims), the total staff time of the full items' pilots
 * ({@link briefingEffort}) and the decision asked of the audience; then for each item (in the given order, numbered
 * from 1) its title and claim and, for `full` items, the reasoning for the audience, an objection with its answer
 * ("Objection: … – Answer: …") and the practice notes; optionally one closing block citing each source once. In `x`, the first item's own post ({@link briefingX}).
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
