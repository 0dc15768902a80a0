/**
 * The hand lexicon (the learned model's lexicon features, and the matcher of user arguments): German plurals in -s that Snowball keeps ("Videos", "Azubis", "Apps"), an
 * argument's own short objection sentences that no longer match on their context words alone
 * ("… social media"), personnel and purchasing notices as off-topic evidence, and terms of the trade
 * that carry a hint alone. Every sentence here was written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { rankByLexicon } from '../../src/relevance';
import { stemDe } from '../../src/relevance/stem';

const ids = (text: string) => rankByLexicon(text).map((r) => r.id);
const hit = (text: string, id: string) => rankByLexicon(text).find((r) => r.id === id);

describe('German plurals in -s that Snowball keeps', () => {
  it.each([
    ['videos', 'video'],
    ['fotos', 'foto'],
    ['azubis', 'azubi'],
    ['profis', 'profi'],
    ['hobbys', 'hobby'],
    ['startups', 'startup'],
    ['workshops', 'workshop'],
    ['kameras', 'kamera'],
  ])('%s stems like %s', (plural, singular) => {
    expect(stemDe(plural)).toBe(stemDe(singular));
  });

  it('leaves short words and plurals Snowball already handles alone', () => {
    expect(stemDe('bus')).toBe('bus');
    expect(stemDe('teams')).toBe(stemDe('team'));
    expect(stemDe('kurs')).not.toBe(stemDe('kuh'));
    // An -s after a consonant Snowball keeps is no plural: "Status", "Fokus" keep it.
    expect(stemDe('status').endsWith('s')).toBe(true);
    expect(stemDe('fokus').endsWith('s')).toBe(true);
  });

  it('lets a plural context word give an ordinary signal its full weight', () => {
    // "Videos" is the context word "Video": "beworben" (employer branding) then carries a hint.
    const withPlural = hit('Eure Videos aus der Backstube: deshalb habe ich mich beworben.', 'employer-branding');
    const without = hit('Aus der Backstube: deshalb habe ich mich beworben.', 'employer-branding');
    expect(withPlural).toBeDefined();
    expect(without).toBeUndefined();
  });
});

describe("an argument's own short objection sentence", () => {
  it('does not match on "social media" alone', () => {
    const r = rankByLexicon('Our social media team meets on Thursday in room 4.');
    expect(r.flatMap((x) => x.objections ?? [])).not.toContain('audience-absent');
    expect(ids('Unser Social-Media-Team trifft sich am Donnerstag in Raum 4.')).not.toContain('target-groups');
  });

  it('counts its other words toward the quorum of the whole sentence', () => {
    // "Wir finden auch so genug Bewerber.": two of its three words still make it.
    expect(hit('Bewerber finden uns doch längst auf LinkedIn.', 'employer-branding')).toBeDefined();
    expect(hit('Wir sollten eine Seite aufmachen, damit Bewerber uns finden.', 'employer-branding')).toBeDefined();
    // "Trolls will end up voting on our product.": without the context word "product", "vote … end" is not enough.
    expect(ids("The town council's vote on the new bridge ended 14 to 7.")).toEqual([]);
  });

  it('still matches when the sceptic says it', () => {
    const r = hit("Honestly, our customers aren't on social media at all.", 'target-groups');
    expect(r?.objections).toContain('audience-absent');
  });
});

describe('personnel and purchasing notices', () => {
  it.each([
    'Out of office: our social media lead is on parental leave until May.',
    'Die Social-Media-Redaktion ist in Elternzeit, die Urlaubsvertretung übernimmt Jana.',
    'Please send the supplier invoice for the LinkedIn ads to accounts payable with the purchase order number.',
  ])('give no hint: %s', (text) => {
    expect(rankByLexicon(text)).toEqual([]);
  });

  it('do not silence a real argument next to them', () => {
    const text =
      'Before I go on parental leave: our customers trust the people behind our posts, so let colleagues show their faces on LinkedIn.';
    expect(ids(text)).toContain('faces');
  });
});

describe('terms of the trade that carry a hint alone', () => {
  it.each([
    ['Vorreiterrolle', 'first-mover'],
    ['hierarchieübergreifend', 'internal-communication'],
  ])('%s', (word, id) => {
    expect(ids(word)).toEqual([id]);
  });

  it('a sceptic who forecasts the end of a trend twice is answered', () => {
    const r = hit("It's a fad. In a few years everyone will have moved on.", 'first-mover');
    expect(r?.objections).toContain('passing-trend');
  });
});

describe('the words that triggered a hint ("Why")', () => {
  it('leave out the function words of a phrase', () => {
    const r = hit(
      'Wir wollen als Arbeitgeber sichtbarer werden. Junge Talente suchen ihre Jobs über soziale Netzwerke.',
      'employer-branding',
    );
    expect(r?.matched).toContain('Arbeitgeber');
    expect(r?.matched).not.toContain('als');
    const en = hit('We want to be the first in our industry with a TikTok channel.', 'first-mover');
    expect(en?.matched).toContain('first');
    expect(en?.matched).not.toContain('the');
  });
});
