/**
 * The user's own arguments: their ids, limits, and a validator that turns unknown
 * data (storage, an import file, the options form) into a canonical `Argument`
 * or a list of problems with their JSON paths.
 *
 * Canonical form, so that export → import gives the same data back: strings are
 * NFC-normalised and trimmed; lists drop empty and duplicate entries; optional
 * fields that are empty are left out. No browser APIs.
 */

import type { Argument, ArgumentSource, ArgumentText, Lang } from '../catalog/types';
import { t } from '../i18n';

/** A user argument as stored (`origin` is always `user`). */
export interface UserArgument extends Argument {
  origin: 'user';
}

/** Limits on one argument's fields (characters, UTF-16 code units, or list entries). Generous for real text, small enough that 500 arguments fit `storage.local`. */
export const ARGUMENT_LIMITS = {
  title: 120,
  claim: 600,
  reasoning: 5000,
  listEntries: 60,
  signal: 80,
  objection: 300,
  audience: 5000,
  sources: 20,
  sourceTitle: 300,
  url: 2000,
} as const;

/** Audiences with a reasoning variant; `general` is the reasoning itself. */
export const AUDIENCE_KEYS = ['management', 'hr', 'works-council', 'legal', 'it'] as const;

/** Ids of user arguments: `user-` and 1 to 60 lower-case letters, digits or hyphens. Built-in ids never start with `user-`. */
export const USER_ID_PATTERN = /^user-[a-z0-9][a-z0-9-]{0,59}$/;

/** A problem found in data: the JSON path of the value at fault and a translated sentence. */
export interface Problem {
  path: (string | number)[];
  message: string;
}

/**
 * A new, random user-argument id: `user-` + 16 hex digits from `crypto.randomUUID`
 * (64 random bits; a collision among 500 arguments has a probability below 10⁻¹³).
 */
export function newUserArgumentId(): string {
  return `user-${crypto.randomUUID().replace(/-/g, '').slice(0, 16)}`;
}

/** `arguments[3].text.de.title`: a path as users read it. */
export function formatPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const seg of path) out += typeof seg === 'number' ? `[${seg}]` : out ? `.${seg}` : seg;
  return out;
}

/** True for a plain object (not an array, not null). */
export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Collects problems while a validator walks the data. */
export class Problems {
  readonly list: Problem[] = [];
  /** @param name how a path is named in messages; default {@link formatPath} (a form passes its field labels). */
  constructor(private readonly name: (path: readonly (string | number)[]) => string = formatPath) {}
  add(path: (string | number)[], key: string, ...subs: string[]): void {
    this.list.push({ path, message: t(key, this.name(path), ...subs) });
  }
  unknownFields(obj: Record<string, unknown>, allowed: readonly string[], path: (string | number)[]): void {
    for (const k of Object.keys(obj)) if (!allowed.includes(k)) this.add([...path, k], 'optionsErrUnknownField');
  }
}

/** A trimmed NFC text of 1..max characters (or 0..max when `optional`), else a problem and `undefined`. */
export function text(v: unknown, max: number, path: (string | number)[], p: Problems, optional = false): string | undefined {
  if (typeof v !== 'string') {
    p.add(path, optional ? 'optionsErrTextOptional' : 'optionsErrText', String(max));
    return undefined;
  }
  const s = v.normalize('NFC').trim();
  if ((!optional && s.length === 0) || s.length > max) {
    p.add(path, optional ? 'optionsErrTextOptional' : 'optionsErrText', String(max));
    return undefined;
  }
  return s;
}

/** A list of texts: entries trimmed and NFC-normalised, empty ones and duplicates dropped. */
export function textList(
  v: unknown,
  maxEntries: number,
  maxLen: number,
  path: (string | number)[],
  p: Problems,
  nonEmpty: boolean,
): string[] | undefined {
  if (!Array.isArray(v) || v.length > maxEntries * 2) {
    p.add(path, 'optionsErrList', String(maxEntries), String(maxLen));
    return undefined;
  }
  const out: string[] = [];
  const seen = new Set<string>();
  let ok = true;
  v.forEach((e, k) => {
    if (typeof e !== 'string' || e.normalize('NFC').trim().length > maxLen) {
      p.add([...path, k], 'optionsErrTextOptional', String(maxLen));
      ok = false;
      return;
    }
    const s = e.normalize('NFC').trim();
    const key = s.toLowerCase();
    if (s && !seen.has(key)) {
      seen.add(key);
      out.push(s);
    }
  });
  if (!ok) return undefined;
  if (out.length > maxEntries) {
    p.add(path, 'optionsErrList', String(maxEntries), String(maxLen));
    return undefined;
  }
  if (nonEmpty && out.length === 0) {
    p.add(path, 'optionsErrListEmpty');
    return undefined;
  }
  return out;
}

const TEXT_FIELDS = ['title', 'claim', 'reasoning', 'signals', 'objections', 'audiences'] as const;

function argumentText(v: unknown, path: (string | number)[], p: Problems): ArgumentText | undefined {
  if (!isRecord(v)) {
    p.add(path, 'optionsErrObject');
    return undefined;
  }
  const before = p.list.length;
  p.unknownFields(v, TEXT_FIELDS, path);
  const L = ARGUMENT_LIMITS;
  const title = text(v.title, L.title, [...path, 'title'], p);
  const claim = text(v.claim, L.claim, [...path, 'claim'], p);
  const reasoning = text(v.reasoning ?? '', L.reasoning, [...path, 'reasoning'], p, true);
  const signals = textList(v.signals, L.listEntries, L.signal, [...path, 'signals'], p, true);
  const objections = textList(v.objections ?? [], L.listEntries, L.objection, [...path, 'objections'], p, false);
  let audiences: ArgumentText['audiences'];
  if (v.audiences !== undefined) {
    if (!isRecord(v.audiences)) p.add([...path, 'audiences'], 'optionsErrObject');
    else {
      p.unknownFields(v.audiences, AUDIENCE_KEYS, [...path, 'audiences']);
      for (const a of AUDIENCE_KEYS) {
        if (v.audiences[a] === undefined) continue;
        const s = text(v.audiences[a], L.audience, [...path, 'audiences', a], p, true);
        if (s) {
          audiences ??= {};
          audiences[a] = s;
        }
      }
    }
  }
  if (p.list.length > before) return undefined;
  const out: ArgumentText = {
    title: title as string,
    claim: claim as string,
    reasoning: reasoning as string,
    signals: signals as string[],
    objections: objections as string[],
  };
  if (audiences) out.audiences = audiences;
  return out;
}

function source(v: unknown, path: (string | number)[], p: Problems): ArgumentSource | undefined {
  if (!isRecord(v)) {
    p.add(path, 'optionsErrObject');
    return undefined;
  }
  const before = p.list.length;
  p.unknownFields(v, ['title', 'url', 'date'], path);
  const title = text(v.title, ARGUMENT_LIMITS.sourceTitle, [...path, 'title'], p);
  const out: ArgumentSource = { title: title ?? '' };
  if (v.url !== undefined && v.url !== '') {
    const u = typeof v.url === 'string' ? v.url.trim() : '';
    let okUrl = u.length <= ARGUMENT_LIMITS.url && /^https?:\/\//i.test(u);
    if (okUrl) {
      try {
        new URL(u);
      } catch {
        okUrl = false;
      }
    }
    if (okUrl) out.url = u;
    else p.add([...path, 'url'], 'optionsErrUrl');
  }
  if (v.date !== undefined && v.date !== '') {
    if (typeof v.date === 'string' && /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/.test(v.date.trim())) out.date = v.date.trim();
    else p.add([...path, 'date'], 'optionsErrDate');
  }
  return p.list.length > before ? undefined : out;
}

/**
 * Validates one user argument and returns it in canonical form, or `undefined`
 * with the problems added to `p` (paths start with `path`).
 * Requires an id matching {@link USER_ID_PATTERN}, text in `de` and/or `en` with a
 * title, a claim and at least one signal; `reasoning`, `objections`, `audiences` and `sources` are optional.
 */
export function validateUserArgument(v: unknown, path: (string | number)[], p: Problems): UserArgument | undefined {
  if (!isRecord(v)) {
    p.add(path, 'optionsErrObject');
    return undefined;
  }
  const before = p.list.length;
  p.unknownFields(v, ['id', 'origin', 'text', 'sources'], path);
  if (typeof v.id !== 'string' || !USER_ID_PATTERN.test(v.id)) p.add([...path, 'id'], 'optionsErrId');
  if (v.origin !== undefined && v.origin !== 'user') p.add([...path, 'origin'], 'optionsErrOneOf', 'user');
  const texts: Partial<Record<Lang, ArgumentText>> = {};
  if (!isRecord(v.text)) p.add([...path, 'text'], 'optionsErrObject');
  else {
    p.unknownFields(v.text, ['de', 'en'], [...path, 'text']);
    for (const lang of ['de', 'en'] as const) {
      if (v.text[lang] === undefined) continue;
      const tx = argumentText(v.text[lang], [...path, 'text', lang], p);
      if (tx) texts[lang] = tx;
    }
    if (v.text.de === undefined && v.text.en === undefined) p.add([...path, 'text'], 'optionsErrNoLanguage');
  }
  let sources: ArgumentSource[] | undefined;
  if (v.sources !== undefined) {
    if (!Array.isArray(v.sources) || v.sources.length > ARGUMENT_LIMITS.sources)
      p.add([...path, 'sources'], 'optionsErrSources', String(ARGUMENT_LIMITS.sources));
    else {
      const list = v.sources.map((s, k) => source(s, [...path, 'sources', k], p));
      if (list.length) sources = list.filter((s): s is ArgumentSource => s !== undefined);
    }
  }
  if (p.list.length > before) return undefined;
  const out: UserArgument = { id: v.id as string, origin: 'user', text: texts };
  if (sources?.length) out.sources = sources;
  return out;
}

/**
 * Validates a list of user arguments (ids unique), collecting every problem.
 * @returns the canonical list when there is no problem, else `undefined`.
 */
export function validateUserArguments(v: unknown, path: (string | number)[], p: Problems): UserArgument[] | undefined {
  if (!Array.isArray(v)) {
    p.add(path, 'optionsErrArray');
    return undefined;
  }
  const before = p.list.length;
  const seen = new Set<string>();
  const out: UserArgument[] = [];
  v.forEach((raw, k) => {
    const a = validateUserArgument(raw, [...path, k], p);
    if (!a) return;
    if (seen.has(a.id)) p.add([...path, k, 'id'], 'optionsErrDuplicateId', a.id);
    seen.add(a.id);
    out.push(a);
  });
  return p.list.length > before ? undefined : out;
}

/** Stable JSON of a value with object keys sorted: used to tell whether two arguments differ. */
export function stableJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(stableJson).join(',')}]`;
  if (isRecord(v)) {
    return `{${Object.keys(v)
      .filter((k) => v[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stableJson(v[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v) ?? 'null';
}
