/**
 * Citations in copies: which sources a copied text cites (a reference only when the copy states its figure, case
 * number or name), how a source and its date are written in each language, and the citation line in each format.
 * They change when the rules of citing change; the copies that end on them are `./index.ts` and `./briefing.ts`.
 */
import { type Argument, type ArgumentSource, type Audience, type Lang, textOf } from '../catalog/types';
import { COPY_LABELS, QUOTES } from './labels';
import { escapeHtml, escapeMarkdown, markdownUrl, safeWebUrl } from './markup';
import { usesVariant } from './parts';
import type { OutputFormat } from './types';

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
 * `Blogbeitrag „Title“, für 2026 neu gefasst`, followed by `und <extended>` when the copied text is an audience
 * variant (`für die Geschäftsführung erweitert`). Only `http(s)` addresses are shown or linked.
 */
function sourcePart(s: ArgumentSource, lang: Lang, format: OutputFormat, extended = ''): string {
  const l = COPY_LABELS[lang];
  const url = safeWebUrl(s.url);
  const own = s.translations?.[lang];
  const details = [(own?.author ?? s.author)?.trim(), s.date?.trim() ? formatSourceDate(s.date, lang) : ''].filter(Boolean);
  let title = (own?.title ?? s.title).trim();
  let tail = details.length ? ` (${details.join(', ')})` : '';
  if (s.kind === 'seed') {
    const [open, close] = QUOTES[lang];
    title = `${l.seedKind} ${open}${title}${close}`;
    tail += `, ${l.seedNote}${extended ? ` ${l.and} ${extended}` : ''}`;
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
 * variant, `addition`, with a note that the text was extended for `audience`), every other source after
 * "Source(s):", e.g. `Grundlage: Blogbeitrag „…“, für 2026 neu gefasst und für den Betriebsrat erweitert. Quelle:
 * ARD/ZDF-Medienstudie 2025 … (…, 2025), https://…`. An addition without a seed post starts with the note. Only
 * `http(s)` addresses are shown or linked. Empty string when there is nothing to cite.
 */
export function sourcesLine(
  sources: readonly ArgumentSource[] | undefined,
  lang: Lang,
  format: OutputFormat,
  addition = false,
  audience: Audience = 'general',
): string {
  const l = COPY_LABELS[lang];
  const list = (sources ?? []).filter((s) => s.title.trim());
  const seeds = list.filter((s) => s.kind === 'seed');
  const others = list.filter((s) => s.kind !== 'seed');
  const esc = (t: string) => (format === 'markdown' ? escapeMarkdown(t) : format === 'html' ? escapeHtml(t) : t);
  const head = (name: string) => (format === 'markdown' ? `*${escapeMarkdown(name)}:*` : `${esc(name)}:`);
  const extended = addition ? l.extendedFor[audience] : '';
  const groups: string[] = [];
  if (seeds.length) groups.push(`${head(l.basedOn)} ${seeds.map((s) => sourcePart(s, lang, format, extended)).join('; ')}`);
  else if (extended) groups.push(esc(extended.charAt(0).toUpperCase() + extended.slice(1)));
  if (others.length)
    groups.push(`${head(others.length === 1 ? l.source : l.sources)} ${others.map((s) => sourcePart(s, lang, format)).join('; ')}`);
  if (groups.length === 0) return '';
  const line = groups.join('. ');
  return format === 'html' ? `<p><small>${line}</small></p>` : line;
}

/** The citation line for `copied`, the text copied of `arg` for `audience` (empty without `includeSources`). */
export function citation(
  arg: Argument,
  lang: Lang,
  audience: Audience,
  format: OutputFormat,
  includeSources: boolean | undefined,
  copied: string,
): string {
  if (!includeSources) return '';
  const { sources, addition } = sourcesFor(arg, lang, audience, copied);
  return sourcesLine(sources, lang, format, addition, audience);
}

/**
 * A briefing's closing sources block, citing each source once however many items rely on it: the seed post on its own
 * line ("Grundlage: …", with the extension note when any item is an audience variant), then "Quellen:" and one source
 * per line (in Markdown a list, in HTML a list in small print). Sources are the same when title and address are.
 * Empty string when there is nothing to cite.
 */
export function sourcesBlock(
  sources: readonly ArgumentSource[],
  lang: Lang,
  format: OutputFormat,
  addition: boolean,
  audience: Audience = 'general',
): string {
  const l = COPY_LABELS[lang];
  const seen = new Set<string>();
  const list = sources.filter((s) => {
    const key = `${s.title.trim()}\n${s.url ?? ''}`;
    if (!s.title.trim() || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const seedLine = sourcesLine(
    list.filter((s) => s.kind === 'seed'),
    lang,
    format,
    addition,
    audience,
  );
  const others = list.filter((s) => s.kind !== 'seed').map((s) => sourcePart(s, lang, format));
  const head = others.length === 1 ? l.source : l.sources;
  if (format === 'html') {
    const items = others.length
      ? `<p><small>${escapeHtml(head)}:</small></p><ul>${others.map((o) => `<li><small>${o}</small></li>`).join('')}</ul>`
      : '';
    return `${seedLine}${items}`;
  }
  const lines = format === 'markdown' ? others.map((o) => `- ${o}`) : others.map((o) => `– ${o}`);
  const block = others.length ? `${format === 'markdown' ? `*${escapeMarkdown(head)}:*` : `${head}:`}\n${lines.join('\n')}` : '';
  return [seedLine, block].filter(Boolean).join('\n\n');
}
