/**
 * The hand lexicon (the learned model's lexicon features, and the matcher of user arguments): cues of one argument (or one objection) agreeing across neighbouring sentences,
 * degree adverbs kept apart from verbs ("noticeably" / "noticed"), German plurals of loanwords
 * ("Foren" / "Forum"), the objection "internal matters should stay internal", and the memoised
 * stemmer. Every sentence here was written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/catalog';
import { findObjections, OBJECTIONS, rankByLexicon } from '../../src/relevance';
import { lexiconFor, splitCompound } from '../../src/relevance/lexicon';
import { LOANWORD_PLURALS, stem, stemDe } from '../../src/relevance/stem';

const hit = (text: string, id: string) => rankByLexicon(text).find((r) => r.id === id);

describe('cues that agree across neighbouring sentences', () => {
  // Two weak cues of target-groups ("Teenager", "Tageszeitung") with a context word (Instagram).
  const near = 'Instagram ist was für Teenager. Unsere Leser bevorzugen die Tageszeitung.';
  const far =
    'Instagram ist was für Teenager. Darüber haben wir lange gesprochen. Am Ende waren sich alle einig. Unsere Leser bevorzugen die Tageszeitung.';

  it('give a hint when they stand in neighbouring sentences', () => {
    expect(hit(near, 'target-groups')?.matched).toEqual(expect.arrayContaining(['Teenager', 'Tageszeitung']));
  });
  it('give none when unrelated sentences stand between them', () => {
    expect(hit(far, 'target-groups')).toBeUndefined();
  });
  it('score the same whichever of the two sentences comes first', () => {
    const swapped = 'Unsere Leser bevorzugen die Tageszeitung. Instagram ist was für Teenager.';
    expect(hit(swapped, 'target-groups')?.score).toBe(hit(near, 'target-groups')?.score);
  });
  it('let an objection raised twice in a row lift its best answer over the threshold', () => {
    expect(hit("It's just hype.", 'first-mover')).toBeUndefined();
    const twice = hit("It's just hype. A fad, nothing more.", 'first-mover');
    expect(twice?.objections).toContain('passing-trend');
    expect(
      hit("It's just hype. We discussed it for a long time. In the end everyone agreed. A fad, nothing more.", 'first-mover'),
    ).toBeUndefined();
  });
  it('do not count one word twice: a repeated cue is no agreement', () => {
    expect(hit('Das ist was für Teenager. Wirklich nur für Teenager.', 'target-groups')).toBeUndefined();
  });
});

describe('English degree adverbs in -ably/-ibly', () => {
  it('do not stem to the verb', () => {
    expect(stem('noticeably', 'en')).not.toBe(stem('noticed', 'en'));
    expect(stem('considerably', 'en')).not.toBe(stem('consider', 'en'));
  });
  it('share a stem with their adjective', () => {
    expect(stem('noticeably', 'en')).toBe(stem('noticeable', 'en'));
    expect(stem('approachably', 'en')).toBe(stem('approachable', 'en'));
  });
  it('no longer complete the phrase "get noticed"', () => {
    expect(hit('From Tuesday it gets noticeably colder.', 'first-mover')).toBeUndefined();
    expect(hit('Nobody in our trade posts anything, so we would get noticed at once.', 'first-mover')).toBeDefined();
  });
});

describe('German plurals of loanwords', () => {
  it('stem like their singular', () => {
    for (const [plural, singular] of LOANWORD_PLURALS) expect(stemDe(plural), plural).toBe(stemDe(singular));
  });
  it('leave other words alone', () => {
    expect(stemDe('kunden')).toBe('kund');
  });
  it('are found as the last part of a compound', () => {
    expect(splitCompound('internetforen', lexiconFor(catalog, 'de'))).toEqual(['internet', 'foren']);
  });
  it('carry the criticism signal "Forum" in "Foren" and "Internetforen"', () => {
    expect(hit('Kunden beschweren sich in Foren über uns.', 'criticism')?.matched).toContain('Foren');
    expect(rankByLexicon('In den Internetforen wird über unseren Service geschimpft.')[0]?.matched).toContain('Internetforen');
  });
});

describe('objection: internal matters should stay internal', () => {
  it('is in the lexicon, answered by transparency, in both languages', () => {
    const o = OBJECTIONS.find((x) => x.id === 'disclosure');
    expect(o?.answeredBy).toEqual(['transparency']);
    expect(o?.label.de && o.label.en).toBeTruthy();
  });
  it('is found in German and English and shown with transparency', () => {
    expect(findObjections('Betriebsgeheimnisse gehören nicht auf Facebook.', { lang: 'de' }).map((f) => f.id)).toContain('disclosure');
    expect(findObjections('Our board will never put trade secrets on LinkedIn.', { lang: 'en' }).map((f) => f.id)).toContain('disclosure');
    expect(hit('Interna gehören nicht nach außen, schon gar nicht auf LinkedIn.', 'transparency')?.objections).toContain('disclosure');
  });
  it('does not fire on an ordinary mention of internal news', () => {
    expect(findObjections('Die interne Betriebsversammlung ist am Dienstag.', { lang: 'de' }).map((f) => f.id)).not.toContain('disclosure');
  });
});

describe('memoised stemmer', () => {
  it('gives the same stem on repeated calls and per language', () => {
    const first = stem('kritisieren', 'de');
    expect(stem('kritisieren', 'de')).toBe(first);
    expect(stem('running', 'en')).toBe('run');
    expect(stem('running', 'en')).toBe('run');
  });
});
