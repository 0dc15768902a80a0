/**
 * A strict JSON parser (RFC 8259) for import files, written for the error
 * messages and the safety an import needs, which `JSON.parse` does not give:
 *
 * - every error has a stable code and an exact position (offset, line, column),
 *   the same in every browser (`JSON.parse` messages differ between V8 and SpiderMonkey);
 * - a trailing comma and a file cut off half-way are named as such;
 * - a `__proto__` key and duplicate keys are refused, so no prototype can be
 *   polluted and no value is silently dropped;
 * - nesting deeper than {@link MAX_JSON_DEPTH} is refused (no stack overflow);
 * - the offset of every value is recorded by its JSON path, so later schema
 *   errors can point at the line and column of the value at fault.
 *
 * Its results equal `JSON.parse`'s on every input both accept (property test in
 * `tests/unit/import.test.ts`). No browser APIs.
 */

/** Deepest nesting of arrays and objects accepted. An export file nests 5 levels deep. */
export const MAX_JSON_DEPTH = 64;

/** Why a text is not acceptable JSON. */
export type JsonErrorCode =
  | 'empty'
  | 'truncated'
  | 'trailing-comma'
  | 'proto-key'
  | 'duplicate-key'
  | 'too-deep'
  | 'unexpected'
  | 'control-char'
  | 'bad-escape'
  | 'bad-number'
  | 'trailing-data';

/** A position in the text. `offset` is a UTF-16 index; `line` and `column` are 1-based, columns in UTF-16 code units (as VS Code counts them). */
export interface TextPosition {
  offset: number;
  line: number;
  column: number;
}

/** A JSON syntax error at a position. `detail` is the offending character or key, for the message. */
export class JsonParseError extends Error {
  constructor(
    readonly code: JsonErrorCode,
    readonly offset: number,
    readonly detail = '',
  ) {
    super(`${code} at offset ${offset}${detail ? ` (${detail})` : ''}`);
    this.name = 'JsonParseError';
  }
}

/** Result of {@link parseJson}: the value and the offset where each value starts, by JSON path (`''` is the root, `/arguments/0/id` a nested value). */
export interface ParsedJson {
  value: unknown;
  offsets: Map<string, number>;
}

/**
 * Parses `text` as strict JSON, starting at `start` (skip a byte-order mark by passing 1).
 * @throws JsonParseError with the code and the offset of the first problem.
 */
export function parseJson(text: string, start = 0): ParsedJson {
  const offsets = new Map<string, number>();
  let i = start;

  const ws = () => {
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) i++;
      else return;
    }
  };
  const fail = (code: JsonErrorCode, at = i, detail = ''): never => {
    throw new JsonParseError(code, at, detail);
  };
  const unexpected = (): never => (i >= text.length ? fail('truncated') : fail('unexpected', i, charName(text, i)));

  const value = (path: string, depth: number): unknown => {
    ws();
    offsets.set(path, i);
    const c = text[i];
    if (c === '{') return object(path, depth + 1);
    if (c === '[') return array(path, depth + 1);
    if (c === '"') return string();
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return number();
    for (const [word, v] of [
      ['true', true],
      ['false', false],
      ['null', null],
    ] as const) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return v;
      }
      if (i < text.length && word.startsWith(text.slice(i, i + word.length)) && i + word.length > text.length)
        fail('truncated', text.length);
    }
    return unexpected();
  };

  const object = (path: string, depth: number): Record<string, unknown> => {
    if (depth > MAX_JSON_DEPTH) fail('too-deep');
    i++;
    const out: Record<string, unknown> = {};
    ws();
    if (text[i] === '}') {
      i++;
      return out;
    }
    for (;;) {
      ws();
      const keyAt = i;
      if (text[i] !== '"') unexpected();
      const key = string();
      if (key === '__proto__') fail('proto-key', keyAt, key);
      if (Object.hasOwn(out, key)) fail('duplicate-key', keyAt, key);
      ws();
      if (text[i] !== ':') unexpected();
      i++;
      const v = value(`${path}/${escapePointer(key)}`, depth);
      // Own data property even for keys such as "constructor": never reaches a prototype.
      Object.defineProperty(out, key, { value: v, enumerable: true, writable: true, configurable: true });
      ws();
      if (text[i] === ',') {
        const commaAt = i;
        i++;
        ws();
        if (text[i] === '}') fail('trailing-comma', commaAt);
        continue;
      }
      if (text[i] === '}') {
        i++;
        return out;
      }
      unexpected();
    }
  };

  const array = (path: string, depth: number): unknown[] => {
    if (depth > MAX_JSON_DEPTH) fail('too-deep');
    i++;
    const out: unknown[] = [];
    ws();
    if (text[i] === ']') {
      i++;
      return out;
    }
    for (;;) {
      out.push(value(`${path}/${out.length}`, depth));
      ws();
      if (text[i] === ',') {
        const commaAt = i;
        i++;
        ws();
        if (text[i] === ']') fail('trailing-comma', commaAt);
        continue;
      }
      if (text[i] === ']') {
        i++;
        return out;
      }
      unexpected();
    }
  };

  const string = (): string => {
    i++;
    let out = '';
    let run = i;
    for (;;) {
      if (i >= text.length) fail('truncated', text.length);
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        out += text.slice(run, i);
        i++;
        return out;
      }
      if (c < 0x20) fail('control-char', i, charName(text, i));
      if (c === 0x5c) {
        out += text.slice(run, i);
        const e = text[i + 1];
        if (e === undefined) fail('truncated', text.length);
        const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
        if (e !== undefined && e in simple) {
          out += simple[e];
          i += 2;
        } else if (e === 'u') {
          const hex = text.slice(i + 2, i + 6);
          if (hex.length < 4 && i + 2 + hex.length >= text.length && /^[0-9a-fA-F]*$/.test(hex)) fail('truncated', text.length);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail('bad-escape', i, text.slice(i, i + 6));
          out += String.fromCharCode(Number.parseInt(hex, 16));
          i += 6;
        } else {
          fail('bad-escape', i, text.slice(i, i + 2));
        }
        run = i;
        continue;
      }
      i++;
    }
  };

  const number = (): number => {
    const m = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
    m.lastIndex = i;
    const found = m.exec(text);
    if (!found) {
      if (i + 1 >= text.length) fail('truncated', text.length);
      fail('bad-number', i, text.slice(i, i + 12));
    }
    const s = (found as RegExpExecArray)[0];
    const end = i + s.length;
    // "1." or "1e" at the very end: the file was cut off inside the number.
    if (end === text.length - 1 && /[.eE+-]/.test(text[end] ?? '')) fail('truncated', text.length);
    if (/[.eE0-9]/.test(text[end] ?? '')) fail('bad-number', i, text.slice(i, end + 1));
    i = end;
    return Number(s);
  };

  ws();
  if (i >= text.length) fail('empty', i);
  const root = value('', 0);
  ws();
  if (i < text.length) fail('trailing-data', i, charName(text, i));
  return { value: root, offsets };
}

/** Escapes a key for a JSON path segment (RFC 6901: `~` → `~0`, `/` → `~1`). */
export function escapePointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** A readable name of the character at `i` for messages: the character itself, or U+XXXX for invisible ones. */
function charName(text: string, i: number): string {
  const cp = text.codePointAt(i) ?? 0;
  if (cp < 0x21 || cp === 0x7f || cp === 0xfeff || (cp >= 0x80 && cp < 0xa0) || cp === 0x2028 || cp === 0x2029) {
    return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  }
  return String.fromCodePoint(cp);
}

/**
 * Line and column of `offset` in `text`. Lines end at LF, CRLF or a lone CR.
 * `skip` leading code units (a byte-order mark) are not counted as columns.
 */
export function positionOf(text: string, offset: number, skip = 0): TextPosition {
  let line = 1;
  let lineStart = skip;
  const end = Math.min(offset, text.length);
  for (let k = skip; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(k + 1) !== 0x0a)) {
      line++;
      lineStart = k + 1;
    }
  }
  return { offset, line, column: offset - lineStart + 1 };
}
