// @vitest-environment jsdom
/** The card policy of content/policy.ts: visibility by settings, the top three, merging, snoozed hosts, labels. */
import { describe, expect, it } from 'vitest';
import { cardState, isSnoozed, mergeRankings, objectionLabel, visible } from '../../content/policy';
import { CATALOG } from './helpers';

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

  it('shows at most three known arguments with prepared copy, nothing when none is relevant', () => {
    const input = { ...base, status: 'ok', lang: 'de', catalog: CATALOG, copy: { format: 'plain' } } as const;
    const state = cardState({ ...input, ranked: [r('unknown-id'), r('criticism'), r('faces'), r('transparency'), r('crowdsourcing')] })!;
    expect(state.arguments.map((a) => a.id)).toEqual(['criticism', 'faces', 'transparency']);
    expect(state.arguments[0]!.title).toBe('Kritik öffentlich beantworten');
    expect(state.arguments[0]!.copy.plain).toContain('Kritik öffentlich beantworten');
    expect(cardState({ ...input, ranked: [] })).toBeNull();
    expect(cardState({ ...input, ranked: [], status: 'unreadable' })).toMatchObject({ status: 'unreadable', arguments: [] });
  });

  it('objection ids become labels in the card language', () => {
    expect(objectionLabel('public-criticism', 'de')).not.toBe('public-criticism');
    expect(objectionLabel('public-criticism', 'de')).not.toBe(objectionLabel('public-criticism', 'en'));
    expect(objectionLabel('no-such-objection', 'en')).toBe('no-such-objection');
  });
});
