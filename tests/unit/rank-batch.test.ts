/**
 * The background's batch ranker (`rankBatch` in src/background/rank-answer.ts): a batch of page text units joined by
 * line breaks is ranked with the language detected per unit, so mixed German/English batches keep their hints.
 */
import { describe, expect, it } from 'vitest';
import { rankBatch } from '../../src/background/rank-answer';
import { catalog } from '../../src/catalog/index';
import { rankArguments } from '../../src/relevance/index';

const english = 'The board is afraid of criticism in public: what if unhappy customers complain under every post?';
const german = 'Wir möchten als Arbeitgeber für junge Bewerberinnen und Bewerber sichtbar werden.';

describe('rankBatch', () => {
  it('finds the English unit’s argument when a German unit shares the batch', () => {
    const alone = rankArguments(english, { catalog }).map((r) => r.id);
    expect(alone[0]).toBe('criticism');
    const ids = rankBatch(['What worries the board', english, 'Personal', german].join('\n'), catalog).map((r) => r.id);
    expect(ids).toContain('criticism');
    expect(ids).toContain('employer-branding');
  });

  it('ranks a single unit exactly as rankArguments does', () => {
    expect(rankBatch(english, catalog)).toEqual(rankArguments(english, { catalog }));
  });

  it('returns nothing for irrelevant units, however they are split', () => {
    const weather = ['Morgen wird es sonnig bei 24 Grad.', 'Tomorrow brings light rain in the afternoon.'].join('\n');
    expect(rankBatch(weather, catalog)).toEqual([]);
  });
});
