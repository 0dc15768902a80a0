/** The edges of X's weighted length: each light range's first and last code point, URL forms, and how a cut ends. */
import { describe, expect, it } from 'vitest';
import { findUrls, truncateToX, X_URL_LENGTH, xWeightedLength } from '../../src/copy/x-length';

const cp = (n: number) => String.fromCodePoint(n);

describe('xWeightedLength at the edges', () => {
  it('weighs the first and last code point of each light range 1, their neighbours outside 2', () => {
    for (const n of [0x0041, 0x10ff, 0x2000, 0x200d, 0x2010, 0x201f, 0x2032, 0x2037])
      expect(xWeightedLength(cp(n)), n.toString(16)).toBe(1);
    for (const n of [0x1100, 0x200e, 0x2031, 0x2038, 0x3042]) expect(xWeightedLength(cp(n)), n.toString(16)).toBe(2);
  });

  it('counts http and https links and www. addresses as 23, but not a bare "www."', () => {
    expect(xWeightedLength('http://a.example/long/path')).toBe(X_URL_LENGTH);
    expect(xWeightedLength('https://a.example/long/path')).toBe(X_URL_LENGTH);
    expect(xWeightedLength('www.a.example/long/path')).toBe(X_URL_LENGTH);
    expect(xWeightedLength('www.')).toBe(4);
    expect(findUrls('see www. and www.ab')).toEqual([{ start: 13, end: 19 }]);
  });

  it('an emoji sequence weighs 2, a lone light pictograph (©) 1', () => {
    expect(xWeightedLength('👩‍👩‍👧')).toBe(2);
    expect(xWeightedLength('🇩🇪')).toBe(2);
    expect(xWeightedLength('©')).toBe(1);
    expect(xWeightedLength('™️')).toBe(2);
  });
});

describe('truncateToX', () => {
  it('cuts at the last whole word that fits with the ellipsis, dropping trailing spaces and punctuation', () => {
    expect(truncateToX('one two, three', 10)).toBe('one two…');
    expect(truncateToX('one two - three', 10)).toBe('one two…');
    expect(truncateToX('one  two   three', 11)).toBe('one  two…');
    expect(xWeightedLength(truncateToX('word '.repeat(100), 50))).toBeLessThanOrEqual(50);
  });

  it('a cut that fits exactly is kept', () => {
    // "abc de" + "…" weighs 6 + 2 = 8.
    expect(truncateToX('abc de fgh', 8)).toBe('abc de…');
    expect(truncateToX('abc de fgh', 7)).toBe('abc…');
  });
});
