// @vitest-environment jsdom
/** The card policy of content/policy.ts: visibility by settings, the top three, merging, snoozed hosts, labels. */
import { describe, expect, it } from 'vitest';
import { cardState, isSnoozed, mergeRankings, visible } from '../../content/policy';
import type { RankCard } from '../../src/messages';

/** Card data as the background sends it (made up here: the policy only passes it through). */
const card = (title: string): RankCard => ({
  title,
  claim: `${title}: claim`,
  copy: { plain: `${title} (plain)`, html: `<p>${title}</p>` },
});
const CARDS = new Map<string, RankCard>([
  ['criticism', card('Kritik öffentlich beantworten')],
  ['faces', card('Gesichter')],
  ['transparency', card('Transparenz')],
  ['crowdsourcing', card('Crowdsourcing')],
]);

const base = { mode: 'always', snoozed: false, dismissed: false, forced: false, composing: false } as const;
const r = (id: string, score = 1) => ({ id, score, matched: [id] });

describe('card policy', () => {
  it('visibility follows hint mode, snooze, dismissal; an explicit request overrides them', () => {
    expect(visible(base)).toBe(true);
    expect(visible({ ...base, mode: 'never' })).toBe(false);
    expect(visible({ ...base, mode: 'composing' })).toBe(false);
    expect(visible({ ...base, mode: 'composing', composing: true })).toBe(true);
    expect(visible({ ...base, snoozed: true })).toBe(false);
    expect(visible({ ...base, dismissed: true })).toBe(false);
    expect(visible({ ...base, mode: 'never', dismissed: true, snoozed: true, forced: true })).toBe(true);
  });

  it('snoozing a domain covers its subdomains and www, not look-alikes', () => {
    expect(isSnoozed('mobile.x.com', ['x.com'])).toBe(true);
    expect(isSnoozed('www.facebook.com', ['facebook.com'])).toBe(true);
    expect(isSnoozed('x.com', ['www.x.com'])).toBe(true);
    expect(isSnoozed('notx.com', ['x.com'])).toBe(false);
  });

  it('merges rankings in precedence order without duplicates', () => {
    expect(mergeRankings([r('a')], [r('b'), r('a')], [r('c')]).map((x) => x.id)).toEqual(['a', 'b', 'c']);
  });

  it('shows at most three arguments that have card data, with their prepared copy; nothing when none is relevant', () => {
    const input = { ...base, status: 'ok', lang: 'de', cards: CARDS, objectionLabels: new Map<string, string>() } as const;
    const state = cardState({ ...input, ranked: [r('unknown-id'), r('criticism'), r('faces'), r('transparency'), r('crowdsourcing')] })!;
    expect(state.arguments.map((a) => a.id)).toEqual(['criticism', 'faces', 'transparency']);
    expect(state.arguments[0]!.title).toBe('Kritik öffentlich beantworten');
    expect(state.arguments[0]!.copy).toEqual(CARDS.get('criticism')!.copy);
    expect(state.lang).toBe('de');
    expect(cardState({ ...input, ranked: [] })).toBeNull();
    expect(cardState({ ...input, ranked: [r('unknown-id')] })).toBeNull();
    expect(cardState({ ...input, ranked: [], status: 'unreadable' })).toMatchObject({ status: 'unreadable', arguments: [] });
  });

  it('says what the arguments are for: the page by default, a draft being written, a selection above both', () => {
    const input = {
      ...base,
      status: 'ok',
      lang: 'en',
      cards: CARDS,
      objectionLabels: new Map<string, string>(),
    } as const;
    const ranked = [r('faces')];
    expect(cardState({ ...input, ranked })?.source).toBeUndefined();
    expect(cardState({ ...input, ranked, composing: true, draft: true })?.source).toBe('draft');
    expect(cardState({ ...input, ranked, draft: true, selection: true })?.source).toBe('selection');
  });

  it('objection ids become the labels the background sent; an id without one is shown as it is; matched words capped at six', () => {
    const labels = new Map([['public-criticism', 'Angst vor öffentlicher Kritik']]);
    const ranked = [
      { id: 'criticism', score: 2, matched: ['a', 'b', 'c', 'd', 'e', 'f', 'g'], objections: ['public-criticism', 'no-such-objection'] },
    ];
    const state = cardState({ ...base, status: 'ok', lang: 'de', cards: CARDS, objectionLabels: labels, ranked })!;
    expect(state.arguments[0]!.objections).toEqual(['Angst vor öffentlicher Kritik', 'no-such-objection']);
    expect(state.arguments[0]!.matched).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
  });
});
