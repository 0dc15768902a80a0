/**
 * `counterFilter` (content/card/filter.ts): the inverse of a page's root filter, or null where there is none.
 * Expected values follow from the CSS Filter Effects definitions: `invert(1)` maps c to 1 − c (its own inverse);
 * `hue-rotate(a)` ∘ `hue-rotate(−a)` is the identity; functions apply left to right, so the inverse list is reversed.
 */
import { describe, expect, it } from 'vitest';
import { counterFilter } from '../../content/card/filter';

describe('counterFilter', () => {
  it('counters invert(1) with itself, whatever the spelling of 100 %', () => {
    expect(counterFilter('invert(1)')).toBe('invert(1)');
    expect(counterFilter('invert(100%)')).toBe('invert(1)');
    expect(counterFilter(' invert() ')).toBe('invert(1)');
  });

  it('reverses the order and negates hue rotations (the Dark-Reader-style hack)', () => {
    expect(counterFilter('invert(1) hue-rotate(180deg)')).toBe('hue-rotate(-180deg) invert(1)');
    expect(counterFilter('hue-rotate(0.5turn) invert(1)')).toBe('invert(1) hue-rotate(-180deg)');
    expect(counterFilter('hue-rotate(90deg)')).toBe('hue-rotate(-90deg)');
  });

  it('treats full turns as nothing to counter', () => {
    expect(counterFilter('hue-rotate(360deg)')).toBeNull();
    expect(counterFilter('hue-rotate(0)')).toBeNull();
  });

  it('leaves alone what has no exact inverse or is not a filter list', () => {
    for (const f of [
      'none',
      '',
      'invert(0.9)',
      'invert(50%)',
      'grayscale(1)',
      'invert(1) brightness(0.8)',
      'url(#x)',
      'hue-rotate(10)',
      'invert(1) junk',
    ]) {
      expect(counterFilter(f), f).toBeNull();
    }
  });
});
