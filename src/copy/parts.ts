/**
 * The pieces a copy of an argument and a briefing are both made of: the reasoning for an audience, an objection with
 * its answer, the practice notes, each in plain text, HTML and Markdown, and plain text as unformatted HTML. They
 * change when what a copy contains changes; how one argument or a briefing is laid out is `./index.ts` and
 * `./briefing.ts`.
 */
import type { ArgumentPractice, ArgumentText, Audience, Lang, ObjectionAnswer } from '../catalog/types';
import { COPY_LABELS, QUOTES } from './labels';
import { escapeHtml, escapeMarkdown } from './markup';

/**
 * The reasoning of `text` for `audience`: its variant in `text.audiences`, falling back to
 * the general `reasoning` when the argument has no variant for that audience.
 */
export function reasoningFor(text: ArgumentText, audience: Audience = 'general'): string {
  if (audience === 'general') return text.reasoning;
  return text.audiences?.[audience]?.trim() || text.reasoning;
}

/**
 * The title a one-line copy puts before the claim, or `undefined` when the claim already says it: when at least half
 * of the title's words of four letters or more (compared by their first five) recur in the claim, the line is the
 * claim alone instead of repeating itself.
 */
export function lineTitle(text: ArgumentText): string | undefined {
  const words = (s: string) => (s.toLowerCase().match(/\p{L}{4,}/gu) ?? []).map((w) => w.slice(0, 5));
  const title = words(text.title);
  const claim = new Set(words(text.claim));
  return title.filter((w) => claim.has(w)).length * 2 >= title.length && title.length ? undefined : text.title;
}

/**
 * The claim as it follows "title:" in a one-line copy: English (British style) continues in lower case after a colon
 * unless the claim opens with a name ("LinkedIn", "Bitkom"); German keeps its capital, as a whole sentence follows.
 */
export function claimAfterColon(claim: string, lang: Lang): string {
  const first = claim.match(/^\p{L}+/u)?.[0] ?? '';
  if (lang !== 'en' || !/^[A-Z][a-z]*$/.test(first) || NAMES.has(first)) return claim;
  return first.charAt(0).toLowerCase() + claim.slice(1);
}

/** Names an English claim may open with, which keep their capital after a colon. */
const NAMES = new Set(['X', 'Bitkom', 'Google', 'Meta', 'Facebook', 'German']);

/** Whether the text copied for `audience` is that audience's own variant (not the general reasoning it falls back to). */
export function usesVariant(text: ArgumentText, audience: Audience): boolean {
  return audience !== 'general' && Boolean(text.audiences?.[audience]?.trim());
}

/** "Objection: “…” – Answer: …" in plain text; just the objection when there is no answer. */
export function objectionLine(o: ObjectionAnswer, lang: Lang): string {
  const l = COPY_LABELS[lang];
  const [open, close] = QUOTES[lang];
  const head = `${l.objection}: ${open}${o.objection.trim()}${close}`;
  return o.answer ? `${head} – ${l.answer}: ${o.answer}` : head;
}

export function objectionHtml(o: ObjectionAnswer, lang: Lang): string {
  const l = COPY_LABELS[lang];
  const [open, close] = QUOTES[lang];
  const head = `<strong>${escapeHtml(l.objection)}:</strong> ${escapeHtml(`${open}${o.objection.trim()}${close}`)}`;
  return `<p>${head}${o.answer ? ` – <strong>${escapeHtml(l.answer)}:</strong> ${escapeHtml(o.answer)}` : ''}</p>`;
}

export function objectionMarkdown(o: ObjectionAnswer, lang: Lang): string {
  const l = COPY_LABELS[lang];
  const [open, close] = QUOTES[lang];
  const head = `> **${escapeMarkdown(l.objection)}:** ${escapeMarkdown(`${open}${o.objection.trim()}${close}`)}`;
  return o.answer ? `${head} – **${escapeMarkdown(l.answer)}:** ${escapeMarkdown(o.answer)}` : head;
}

type PracticeKey = 'start' | 'measures' | 'risk';

/**
 * The practice notes each audience's copy carries, in this order. Management decides on staff time and judges by
 * results: all three. HR: how to start and what to measure (applications, visibility as an employer). The works
 * council: how to start (who posts, in whose time, voluntarily) and the main risk, not measures of success, which a
 * works council reads as possible monitoring of staff (co-determination under BetrVG § 87 (1) no. 6). Legal: the main
 * risk. IT: how to start (tools, accounts) and the main risk. `general` is a briefing without a chosen audience (an
 * internal document): all three; a single public copy carries none (see `formatArgument`). Which words each note has
 * is catalog data: an audience's own note (`ArgumentText.audiencePractice`) replaces the general one of its kind.
 */
export const PRACTICE_FOR: Readonly<Record<Audience, readonly PracticeKey[]>> = {
  general: ['start', 'measures', 'risk'],
  management: ['start', 'measures', 'risk'],
  hr: ['start', 'measures'],
  'works-council': ['start', 'risk'],
  legal: ['risk'],
  it: ['start', 'risk'],
};

/**
 * The practice notes `audience` gets from `text` (the kinds of {@link PRACTICE_FOR}) as `[label, text]` pairs: the
 * audience's own note of a kind (`text.audiencePractice`) where there is one, else the general note; blank ones are
 * left out.
 */
export function practiceRows(text: ArgumentText, lang: Lang, audience: Audience = 'general'): Array<[string, string]> {
  const general = text.practice;
  const own: Partial<ArgumentPractice> | undefined = audience === 'general' ? undefined : text.audiencePractice?.[audience];
  if (!general && !own) return [];
  return PRACTICE_FOR[audience]
    .map((k): [string, string] => [COPY_LABELS[lang][k], own?.[k]?.trim() || general?.[k]?.trim() || ''])
    .filter(([, v]) => v);
}

export function practicePlain(rows: Array<[string, string]>): string {
  return rows.map(([k, v]) => `${k}: ${v}`).join('\n');
}

export function practiceHtml(rows: Array<[string, string]>): string {
  if (rows.length === 0) return '';
  return `<ul>${rows.map(([k, v]) => `<li><strong>${escapeHtml(k)}:</strong> ${escapeHtml(v)}</li>`).join('')}</ul>`;
}

export function practiceMarkdown(rows: Array<[string, string]>): string {
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
