/** X's weighted length (twitter-text v3 rule) and truncation to one post. */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findUrls, fitsX, truncateToX, X_MAX_LENGTH, xWeightedLength } from '../../src/copy/x-length';

describe('xWeightedLength', () => {
  it('counts Latin, umlauts and general punctuation as 1 per character', () => {
    expect(xWeightedLength('abc')).toBe(3);
    expect(xWeightedLength('Grüße – „gut“')).toBe(13);
  });

  it('normalises to NFC, so a decomposed umlaut counts once', () => {
    expect(xWeightedLength('u\u0308')).toBe(1);
    expect(xWeightedLength('ü')).toBe(1);
  });

  it('counts CJK characters as 2', () => {
    expect(xWeightedLength('日本語')).toBe(6);
    expect(xWeightedLength('a日')).toBe(3);
  });

  it('counts an emoji as 2 whatever its code points', () => {
    expect(xWeightedLength('😀')).toBe(2);
    expect(xWeightedLength('👍🏽')).toBe(2); // with skin tone modifier
    expect(xWeightedLength('👨‍👩‍👧‍👦')).toBe(2); // ZWJ family, 7 code points
    expect(xWeightedLength('🇩🇪')).toBe(2); // flag: two regional indicators
    expect(xWeightedLength('1️⃣')).toBe(2); // keycap
  });

  it('counts the ellipsis U+2026 as 2 (outside U+2010–U+201F)', () => {
    expect(xWeightedLength('…')).toBe(2);
    expect(xWeightedLength('–')).toBe(1);
  });

  it('keeps a lone copyright sign as text (1)', () => {
    expect(xWeightedLength('©')).toBe(1);
  });

  it('counts any URL as 23', () => {
    expect(xWeightedLength('https://example.com')).toBe(23);
    expect(xWeightedLength(`https://example.com/${'a'.repeat(200)}`)).toBe(23);
    expect(xWeightedLength('see www.example.org/x.')).toBe('see '.length + 23 + 1);
  });

  it('does not take trailing sentence punctuation into a URL', () => {
    const text = 'Read https://example.com/a).';
    const [url] = findUrls(text);
    expect(text.slice(url?.start, url?.end)).toBe('https://example.com/a');
  });
});

describe('truncateToX', () => {
  it('returns text that fits unchanged', () => {
    expect(truncateToX('short text')).toBe('short text');
  });

  it('cuts long text at a word boundary with an ellipsis', () => {
    const text = 'word '.repeat(100).trim();
    const out = truncateToX(text);
    expect(xWeightedLength(out)).toBeLessThanOrEqual(X_MAX_LENGTH);
    expect(out.endsWith('word…')).toBe(true);
    expect(out.length).toBeGreaterThan(270);
  });

  it('cuts inside a single over-long word when it must', () => {
    // "…" is U+2026, outside the light ranges: it weighs 2, so 8 + 2 = 10.
    const out = truncateToX('x'.repeat(400), 10);
    expect(out).toBe(`${'x'.repeat(8)}…`);
  });

  it('never splits an emoji when cutting CJK and emoji', () => {
    const out = truncateToX('😀'.repeat(200), 11);
    expect(out).toBe(`${'😀'.repeat(4)}…`);
  });

  it('always fits, for any text (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 600 }), fc.integer({ min: 2, max: 300 }), (text, max) => {
        expect(fitsX(truncateToX(text, max), max)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
