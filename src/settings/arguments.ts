/**
 * Argument validation, for the user's own arguments and the organisation's (`./managed.ts`, whose policy schema is
 * `./managed-schema.json` beside this file): ids, limits, and a validator that turns unknown data (storage, an import
 * file, the options form, a policy) into a canonical `Argument` or a list of problems with their JSON paths.
 *
 * Two modes, one set of rules. Strict (the user's data): any problem refuses the argument, so nothing is saved
 * half-checked and the user sees every problem. Lenient (a policy, which nobody can fix from the browser): bad list
 * entries, audience variants, source addresses and dates are dropped one by one, each with its problem, and a
 * language text is refused only when its title, claim or signals are missing or bad (or its reasoning is too long).
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
  /**
   * @param name how a path is named in messages; default {@link formatPath} (a form passes its field labels)
   * @param lenient drop bad entries one by one instead of refusing what holds them (see the module comment)
   */
  constructor(
    private readonly name: (path: readonly (string | number)[]) => string = formatPath,
    readonly lenient = false,
  ) {}
  add(path: (string | number)[], key: string, ...subs: string[]): void {
    this.list.push({ path, message: t(key, this.name(path), ...subs) });
  }
  /** Reports fields not in `allowed` (strict mode only: a policy may carry fields of a newer schema). */
  unknownFields(obj: Record<string, unknown>, allowed: readonly string[], path: (string | number)[]): void {
    if (this.lenient) return;
    for (const k of Object.keys(obj)) if (!allowed.includes(k)) this.add([...path, k], 'optionsErrUnknownField');
  }
}

/** Own property only: a `__proto__` or `constructor` key in parsed data must not reach the prototype chain. */
function own(o: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(o, key) ? o[key] : undefined;
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

/**
 * A list of texts: entries trimmed and NFC-normalised, empty ones and duplicates dropped. Lenient: a bad entry is
 * dropped (reported) and the list cut to `maxEntries`; strict: either refuses the list.
 */
export function textList(
  v: unknown,
  maxEntries: number,
  maxLen: number,
  path: (string | number)[],
  p: Problems,
  nonEmpty: boolean,
): string[] | undefined {
  if (!Array.isArray(v) || (!p.lenient && v.length > maxEntries * 2)) {
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
  if (!ok && !p.lenient) return undefined;
  if (out.length > maxEntries) {
    p.add(path, 'optionsErrList', String(maxEntries), String(maxLen));
    if (!p.lenient) return undefined;
    out.length = maxEntries;
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
  const title = text(own(v, 'title'), L.title, [...path, 'title'], p);
  const claim = text(own(v, 'claim'), L.claim, [...path, 'claim'], p);
  const reasoning = text(own(v, 'reasoning') ?? '', L.reasoning, [...path, 'reasoning'], p, true);
  const signals = textList(own(v, 'signals'), L.listEntries, L.signal, [...path, 'signals'], p, true);
  const objections = textList(own(v, 'objections') ?? [], L.listEntries, L.objection, [...path, 'objections'], p, false);
  let audiences: ArgumentText['audiences'];
  const rawAudiences = own(v, 'audiences');
  if (rawAudiences !== undefined) {
    if (!isRecord(rawAudiences)) p.add([...path, 'audiences'], 'optionsErrObject');
    else {
      p.unknownFields(rawAudiences, AUDIENCE_KEYS, [...path, 'audiences']);
      for (const a of AUDIENCE_KEYS) {
        if (own(rawAudiences, a) === undefined) continue;
        const s = text(own(rawAudiences, a), L.audience, [...path, 'audiences', a], p, true);
        if (s) {
          audiences ??= {};
          audiences[a] = s;
        }
      }
    }
  }
  const required = [title, claim, reasoning, signals, objections];
  if (p.lenient ? required.includes(undefined) : p.list.length > before) return undefined;
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
  const title = text(own(v, 'title'), ARGUMENT_LIMITS.sourceTitle, [...path, 'title'], p);
  const out: ArgumentSource = { title: title ?? '' };
  const url = own(v, 'url');
  const date = own(v, 'date');
  if (url !== undefined && url !== '') {
    const u = typeof url === 'string' ? url.trim() : '';
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
  if (date !== undefined && date !== '') {
    if (typeof date === 'string' && /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/.test(date.trim())) out.date = date.trim();
    else p.add([...path, 'date'], 'optionsErrDate');
  }
  // Lenient: a source keeps its title when only its address or date was bad.
  if (p.lenient) return title === undefined ? undefined : out;
  return p.list.length > before ? undefined : out;
}

/** The checked parts of an argument: its texts (at least one language) and its sources. */
export interface ArgumentBody {
  text: Partial<Record<Lang, ArgumentText>>;
  sources?: ArgumentSource[];
}

/**
 * Validates an argument's texts (`text.de` and/or `text.en`) and `sources`, the parts user and organisation
 * arguments share; ids and `origin` are the caller's. Problems are added to `p` with paths under `path`.
 * @returns the canonical parts, or `undefined` when no language text is valid, and in strict mode on any problem
 */
export function validateArgumentBody(v: Record<string, unknown>, path: (string | number)[], p: Problems): ArgumentBody | undefined {
  const before = p.list.length;
  const texts: Partial<Record<Lang, ArgumentText>> = {};
  const rawText = own(v, 'text');
  if (!isRecord(rawText)) p.add([...path, 'text'], 'optionsErrObject');
  else {
    p.unknownFields(rawText, ['de', 'en'], [...path, 'text']);
    for (const lang of ['de', 'en'] as const) {
      if (own(rawText, lang) === undefined) continue;
      const tx = argumentText(own(rawText, lang), [...path, 'text', lang], p);
      if (tx) texts[lang] = tx;
    }
    if (!texts.de && !texts.en && own(rawText, 'de') === undefined && own(rawText, 'en') === undefined) {
      p.add([...path, 'text'], 'optionsErrNoLanguage');
    }
  }
  let sources: ArgumentSource[] | undefined;
  const rawSources = own(v, 'sources');
  if (rawSources !== undefined) {
    if (!Array.isArray(rawSources) || (!p.lenient && rawSources.length > ARGUMENT_LIMITS.sources))
      p.add([...path, 'sources'], 'optionsErrSources', String(ARGUMENT_LIMITS.sources));
    else {
      const list = rawSources
        .slice(0, p.lenient ? ARGUMENT_LIMITS.sources : undefined)
        .map((s, k) => source(s, [...path, 'sources', k], p));
      if (list.length) sources = list.filter((s): s is ArgumentSource => s !== undefined);
    }
  }
  if (!texts.de && !texts.en) return undefined;
  if (!p.lenient && p.list.length > before) return undefined;
  return sources?.length ? { text: texts, sources } : { text: texts };
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
  const body = validateArgumentBody(v, path, p);
  if (!body || p.list.length > before) return undefined;
  const out: UserArgument = { id: v.id as string, origin: 'user', text: body.text };
  if (body.sources) out.sources = body.sources;
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
