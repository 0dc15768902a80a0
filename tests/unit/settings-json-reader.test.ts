/**
 * The JSON reader of import files (`src/settings/json.ts`), error by error: each refusal has its code, the offset of
 * the problem and the text the message quotes, because the import message shows all three (a backup cut off inside
 * an escape must say "cut off", not "bad escape", and point at the end of the file). Also what a valid file gives:
 * the literals, escapes, and objects whose properties behave like `JSON.parse`'s (writable, deletable).
 * Written against the mutants StrykerJS left alive in this module (docs/mutation-testing.md).
 */
import { describe, expect, it } from 'vitest';
import { escapePointer, JsonParseError, MAX_JSON_DEPTH, parseJson, positionOf } from '../../src/settings/json';

/** The error `parseJson(text)` throws, as `{ code, offset, detail }`; fails the test when it throws none. */
function refusal(text: string): { code: string; offset: number; detail: string } {
  try {
    parseJson(text);
  } catch (e) {
    if (!(e instanceof JsonParseError)) throw e;
    return { code: e.code, offset: e.offset, detail: e.detail };
  }
  throw new Error(`parseJson accepted ${JSON.stringify(text)}`);
}

describe('JsonParseError', () => {
  it('names the code, the offset and the detail in its message', () => {
    const e = new JsonParseError('unexpected', 3, 'x');
    expect(e.message).toBe('unexpected at offset 3 (x)');
    expect(e.name).toBe('JsonParseError');
  });

  it('has an empty detail when none is given, and then no parentheses', () => {
    const e = new JsonParseError('empty', 0);
    expect(e.detail).toBe('');
    expect(e.message).toBe('empty at offset 0');
  });
});

describe('refusals: code, offset and quoted text', () => {
  it.each([
    // [text, code, offset, detail]
    ['', 'empty', 0, ''],
    ['   ', 'empty', 3, ''],
    ['[x]', 'unexpected', 1, 'x'],
    ['[!]', 'unexpected', 1, '!'],
    ['[', 'truncated', 1, ''],
    ['[1,', 'truncated', 3, ''],
    // A literal cut off at the end of the file is a cut-off file, wherever it starts.
    ['tru', 'truncated', 3, ''],
    ['fals', 'truncated', 4, ''],
    ['[nul', 'truncated', 4, ''],
    // A literal that goes wrong before the end is an unexpected character.
    ['trux', 'unexpected', 0, 't'],
    ['[tru]', 'unexpected', 1, 't'],
  ])('%j → %s at %i (%j)', (text, code, offset, detail) => {
    expect(refusal(text)).toEqual({ code, offset, detail });
  });

  it.each([
    ['"\\', 'truncated', 2, ''],
    ['"\\u', 'truncated', 3, ''],
    ['"\\u12', 'truncated', 5, ''],
    ['["\\u004', 'truncated', 7, ''],
    // Short or wrong hex digits that do not reach the end: a bad escape, quoted with what follows the backslash.
    ['"\\u12"', 'bad-escape', 1, '\\u12"'],
    ['"\\ux1', 'bad-escape', 1, '\\ux1'],
    ['["ab\\u00g1"]', 'bad-escape', 4, '\\u00g1'],
    ['["ab\\x41"]', 'bad-escape', 4, '\\x'],
  ])('escape %j → %s at %i (%j)', (text, code, offset, detail) => {
    expect(refusal(text)).toEqual({ code, offset, detail });
  });

  it.each([
    ['-', 'truncated', 1, ''],
    ['[1.', 'truncated', 3, ''],
    ['1e', 'truncated', 2, ''],
    ['-x', 'bad-number', 0, '-x'],
    ['[-]', 'bad-number', 1, '-]'],
    ['[01]', 'bad-number', 1, '01'],
    ['[1.x]', 'bad-number', 1, '1.'],
  ])('number %j → %s at %i (%j)', (text, code, offset, detail) => {
    expect(refusal(text)).toEqual({ code, offset, detail });
  });

  it.each([
    ['[\u0001]', 'U+0001'],
    ['[\u007f]', 'U+007F'],
    ['[\u0085]', 'U+0085'],
    ['[\u0080]', 'U+0080'],
    ['[\u009f]', 'U+009F'],
    ['[\u00a0]', '\u00a0'],
    ['[\u2028]', 'U+2028'],
    ['[\u2029]', 'U+2029'],
    ['[\ufeff]', 'U+FEFF'],
    ['[\u00e4]', '\u00e4'],
  ])('an unexpected %j is quoted as %s', (text, detail) => {
    expect(refusal(text)).toEqual({ code: 'unexpected', offset: 1, detail });
  });

  it('a control character inside a string is named by its code point', () => {
    expect(refusal('["a\u0009b"]')).toEqual({ code: 'control-char', offset: 3, detail: 'U+0009' });
  });
});

describe('nesting', () => {
  /** `n` nested objects or lists around a number, and the offset where the innermost one opens. */
  const objects = (n: number) => ({ text: `${'{"a":'.repeat(n)}1${'}'.repeat(n)}`, innermost: 5 * (n - 1) });
  const arrays = (n: number) => ({ text: `${'['.repeat(n)}1${']'.repeat(n)}`, innermost: n - 1 });

  it.each([
    ['objects', objects],
    ['lists', arrays],
  ])('%s: the deepest nesting allowed is read, one more is refused where the innermost opens', (_kind, make) => {
    expect(() => parseJson(make(MAX_JSON_DEPTH).text)).not.toThrow();
    const deep = make(MAX_JSON_DEPTH + 1);
    expect(refusal(deep.text)).toEqual({ code: 'too-deep', offset: deep.innermost, detail: '' });
  });
});

describe('what a valid file gives', () => {
  it('the three literals, at the root and in a list', () => {
    expect(parseJson('true').value).toBe(true);
    expect(parseJson('false').value).toBe(false);
    expect(parseJson('null').value).toBe(null);
    expect(parseJson('[true,false,null,-1]').value).toEqual([true, false, null, -1]);
  });

  it('numbers with exponents, signed or not', () => {
    expect(parseJson('[1e5,1E+2,-0.5e-3,0]').value).toEqual([1e5, 1e2, -0.5e-3, 0]);
  });

  it('every escape, a \\u escape among them', () => {
    expect(parseJson('"\\"\\\\\\/\\b\\f\\n\\r\\t\\u0041\\u00e4"').value).toBe('"\\/\b\f\n\r\tA\u00e4');
  });

  it("an object's properties are plain data: writable, enumerable, deletable (as JSON.parse makes them)", () => {
    const value = parseJson('{"a":1,"constructor":2}').value as Record<string, unknown>;
    for (const key of ['a', 'constructor']) {
      expect(Object.getOwnPropertyDescriptor(value, key)).toEqual(
        Object.getOwnPropertyDescriptor(JSON.parse('{"a":1,"constructor":2}'), key),
      );
    }
    value.a = 3;
    expect(Reflect.deleteProperty(value, 'constructor')).toBe(true);
    expect(value).toEqual({ a: 3 });
  });
});

describe('JSON paths of values', () => {
  it('escape "~" and "/" in keys (RFC 6901), so a key with a slash points at its own value', () => {
    expect(escapePointer('a~b/c')).toBe('a~0b~1c');
    const { offsets } = parseJson('{"a/b":{"~":1}}');
    expect(offsets.get('/a~1b/~0')).toBe(12);
  });
});

describe('positions', () => {
  it('count a line break of LF, CRLF or a lone CR once each', () => {
    const text = 'a\nb\r\nc\rd';
    expect(positionOf(text, text.indexOf('d'))).toEqual({ offset: 7, line: 4, column: 1 });
    expect(positionOf(text, text.indexOf('c'))).toEqual({ offset: 5, line: 3, column: 1 });
  });
});
