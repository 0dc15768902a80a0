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

const PRACTICE_KEYS = ['start', 'measures', 'risk'] as const;

/** The practice notes as `[label, text]` pairs, the blank ones left out. */
export function practiceRows(practice: ArgumentPractice | undefined, lang: Lang): Array<[string, string]> {
  if (!practice) return [];
  return PRACTICE_KEYS.map((k): [string, string] => [COPY_LABELS[lang][k], practice[k]?.trim() ?? '']).filter(([, v]) => v);
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
