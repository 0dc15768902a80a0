/**
 * The hand lexicon (`rankByLexicon`, the evidence the learned model takes as features and the matcher of user
 * arguments): labelled sentences (German and English, relevant and irrelevant) and the pieces that make it work —
 * normalisation, compounds, separable verbs, hashtags, objections, the popup search and match ranges. The learned
 * model's behaviour is tested in relevance-model.test.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/catalog';
import type { Argument } from '../../src/catalog/types';
import {
  detectLang,
  findMatchRanges,
  findObjections,
  normalize,
  OBJECTIONS,
  rankArguments,
  rankByLexicon,
  searchArguments,
} from '../../src/relevance';
import { lexiconFor, splitCompound } from '../../src/relevance/lexicon';

const top = (text: string, lang?: 'de' | 'en') => rankByLexicon(text, lang ? { lang } : {})[0]?.id;
const ids = (text: string) => rankByLexicon(text).map((r) => r.id);

/** [text, expected best argument] — written for these tests, not taken from the eval set. */
const RELEVANT: [string, string][] = [
  ['Unsere Kunden beschweren sich seit Wochen in einem Forum über uns, und wir sind dort nicht einmal vertreten.', 'criticism'],
  ['Was machen wir, wenn auf unserer Facebook-Seite ein Shitstorm losbricht?', 'criticism'],
  ['Negative Bewertungen auf Portalen gibt es ohnehin – auf unserem Kanal könnten wir wenigstens Stellung nehmen.', 'criticism'],
  ['People complain about our service on forums all the time and we never get to reply.', 'criticism'],
  ['The backlash on Twitter after the price change caught our PR team completely off guard.', 'criticism'],
  ['Lasst doch unsere Follower abstimmen, welche Sorte wir als Nächstes auf den Markt bringen.', 'crowdsourcing'],
  ['Über den Namen der neuen Produktlinie stimmen unsere Fans auf Instagram ab.', 'crowdsourcing'],
  ['Let our followers vote on the next flavour of our ice cream.', 'crowdsourcing'],
  ['We crowdsourced ideas for the new packaging from our online community.', 'crowdsourcing'],
  [
    'Die Mitarbeiterzeitung erscheint nur zweimal im Jahr; ein internes Blog wäre viel schneller bei der Belegschaft.',
    'internal-communication',
  ],
  ['Statt wöchentlicher Rundmails könnte die Geschäftsleitung im Intranet bloggen und Kommentare zulassen.', 'internal-communication'],
  ['Our staff newsletter goes out every Friday and nobody reads it; an internal blog would let people comment.', 'internal-communication'],
  ['Memos from the top never reach the shop floor – the hierarchy swallows them.', 'internal-communication'],
  ['Im Unternehmensleitbild steht Transparenz, aber nach außen kommunizieren wir nur in Floskeln.', 'transparency'],
  ['Our mission statement promises openness, yet every press release reads like corporate jargon.', 'transparency'],
  [
    'Wer unseren Corporate Blog kommentiert, ist ein potenzieller Interessent – wir sollten diese Zielgruppe gezielt ansprechen.',
    'target-groups',
  ],
  ['Influencers and journalists are multipliers; social media lets us reach exactly this target audience.', 'target-groups'],
  [
    'Kundenbindung darf nicht nur über Preis und Rabatte laufen – Humor und Haltung schaffen eine emotionale Bindung zur Marke.',
    'emotional-bond',
  ],
  ['Customer loyalty built on discounts is fragile; an emotional bond with the brand lasts longer.', 'emotional-bond'],
  ['Zeigt doch mal einen Blick hinter die Kulissen unserer Produktion – die Kommentare liefern uns eine Außensicht.', 'insights'],
  ['Sharing a look behind the scenes gives us an outside perspective from the comments.', 'insights'],
  ['Unsere Marke hat kein Gesicht: Statt des gesichtslosen Logos sollten echte Mitarbeitende als Corporate Influencer auftreten.', 'faces'],
  ['Faceless brand accounts struggle; show the people behind the company with personal profiles.', 'faces'],
  [
    'Wegen des Fachkräftemangels müssen wir als Arbeitgeber für Digital Natives attraktiv werden – Employer Branding auf Instagram.',
    'employer-branding',
  ],
  [
    'Graduates check our social profiles before they apply; recruiting without them is getting harder for our company.',
    'employer-branding',
  ],
  ['Noch ist kein Wettbewerber unserer Branche auf TikTok – als Vorreiter wäre uns die Aufmerksamkeit der Presse sicher.', 'first-mover'],
  ['None of our competitors is on Mastodon yet: being the first mover in our industry would bring publicity.', 'first-mover'],
  ['Kundenkritik landet heute auf Bewertungsportalen, ob wir wollen oder nicht.', 'criticism'],
  ['Unser Beschwerdemanagement antwortet Kunden nur per Brief, während sie online längst Kritik üben.', 'criticism'],
  ['Das Kundenbindungsprogramm unserer Marke setzt nur auf Rabatte statt auf echte Bindung.', 'emotional-bond'],
  ['WE ARE HIRING!!! Join our team of digital natives 🚀 #EmployerBranding https://example.com/jobs @hr_team', 'employer-branding'],
  ['Angst vor dem #Shitstorm? Kritik auf Twitter ist besser als Kritik, die wir nie sehen.', 'criticism'],
  ['#CrowdSourcing: Unsere Community entscheidet über das neue Design.', 'crowdsourcing'],
  ['Die Abstimmung unter unseren Kunden auf Facebook hat den neuen Produktnamen bestimmt.', 'crowdsourcing'],
  ['Wir haben die Verpackung mit unseren Followern abgestimmt.', 'crowdsourcing'],
];

/** Texts about something else: no hint. */
const IRRELEVANT: string[] = [
  'Bayern München gewinnt 3:1 gegen Dortmund; der Trainer stand vor dem Spiel in der Kritik.',
  'Morgen sonnig bei 24 Grad, am Abend Gewitter aus Westen.',
  'Mehl, Zucker und Butter verrühren, den Teig 30 Minuten bei 180 Grad backen.',
  'Am Samstag ist das VPN wegen Wartungsarbeiten von 8 bis 12 Uhr nicht erreichbar.',
  'Bitte reichen Sie die Belege für die Reisekosten bis zum Monatsende ein.',
  'The striker scored twice before half-time and the referee sent off a defender.',
  'Tomorrow will be cloudy with rain in the afternoon and 14 degrees.',
  'Preheat the oven, mix the flour with two tablespoons of sugar and stir in the butter.',
  'The printer on the third floor is out of toner; a ticket has been opened.',
  'Please submit your travel expenses with receipts by Friday.',
  'Kritik',
  'criticism',
  '',
  '🚀🚀🚀',
];

describe('rankByLexicon on labelled sentences', () => {
  it('has at least 40 labelled sentences, 10 of them irrelevant', () => {
    expect(RELEVANT.length + IRRELEVANT.length).toBeGreaterThanOrEqual(40);
    expect(IRRELEVANT.length).toBeGreaterThanOrEqual(10);
  });
  it.each(RELEVANT)('%s → %s', (text, expected) => {
    expect(top(text)).toBe(expected);
  });
  it.each(IRRELEVANT)('no hint for %j', (text) => {
    expect(rankByLexicon(text)).toEqual([]);
  });
  it('reports matched words as written, best first, with positive scores', () => {
    const r = rankByLexicon('Unsere KUNDEN beschweren sich im Forum, die Kritik wächst auf Twitter.');
    expect(r[0]?.id).toBe('criticism');
    expect(r[0]?.matched).toEqual(expect.arrayContaining(['beschweren', 'Forum', 'Kritik']));
    for (let i = 1; i < r.length; i++)
      expect((r[i - 1] as { score: number }).score).toBeGreaterThanOrEqual((r[i] as { score: number }).score);
    for (const x of r) expect(x.score).toBeGreaterThan(0);
  });
  it('ignores URLs and @mentions as content', () => {
    expect(rankByLexicon('Look at https://example.com/criticism-shitstorm-backlash today, @complaints_team')).toEqual([]);
  });
});

describe('normalize', () => {
  it('composes decomposed umlauts', () => {
    expect(normalize('Kritik u\u0308ben')).toBe('kritik üben');
    expect(top('Unsere Kunden beschwe\u0301ren sich u\u0308ber uns im Forum und auf Twitter.')).toBe('criticism');
  });
  it('removes soft hyphens and zero-width characters', () => {
    expect(normalize('Kun\u00ADden\u200Bkri\u200Ctik\u200D\u2060\uFEFF')).toBe('kundenkritik');
  });
  it('folds ẞ, ß and capitals', () => {
    expect(normalize('STRAẞE')).toBe('strasse');
    expect(normalize('Straße')).toBe('strasse');
    expect(normalize('ÄRGER ÜBER ÖL')).toBe('ärger über öl');
  });
  it('is idempotent', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => normalize(normalize(s)) === normalize(s)));
  });
  it('keeps umlauts inside words when matching (no \\b split)', () => {
    expect(findMatchRanges('Großer Ärger über Kritik', ['ärger'])).toEqual([{ start: 7, end: 12 }]);
  });
  it('invisible characters inserted anywhere never change the ranking', () => {
    const text = 'Unsere Kunden beschweren sich im Forum über uns, wir sollten auf Twitter antworten.';
    const base = rankByLexicon(text).map((r) => r.id);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(text.length), fc.constantFrom('\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF')), {
          maxLength: 8,
        }),
        (inserts) => {
          let t = text;
          for (const [at, ch] of [...inserts].sort((a, b) => b[0] - a[0])) t = t.slice(0, at) + ch + t.slice(at);
          return JSON.stringify(rankByLexicon(t).map((r) => r.id)) === JSON.stringify(base);
        },
      ),
    );
  });
});

describe('German morphology', () => {
  const de = lexiconFor(catalog, 'de');
  it('splits compounds into lexicon words', () => {
    expect(splitCompound('kundenkritik', de)).toContain('kritik');
    expect(splitCompound('beschwerdemanagement', de)).toContain('beschwerde');
    expect(splitCompound('kundenbindungsprogramm', de)).toContain('kundenbindung');
    expect(splitCompound('verteilung', de)).toEqual([]);
  });
  it('matches inflected forms and participles', () => {
    for (const t of ['Sie kritisieren uns online.', 'Wir wurden auf Twitter kritisiert, die Kritiker sind laut.']) {
      expect(rankByLexicon(t, { lang: 'de' })[0]?.matched.length).toBeGreaterThan(0);
    }
  });
  it('matches separable verbs in all positions', () => {
    for (const t of [
      'Wir lassen die Community über den Namen abstimmen.',
      'Die Community stimmt über den Namen ab.',
      'Der Name wurde von der Community abgestimmt.',
      'Wir bitten die Community, über den Namen abzustimmen.',
    ]) {
      expect(ids(t)).toContain('crowdsourcing');
    }
    // The particle before the verb is not a separable verb.
    expect(ids('Ab morgen stimmen die Preise wieder, sagt die Buchhaltung.')).not.toContain('crowdsourcing');
  });
});

describe('hashtags and robust text', () => {
  it('reads camelCase hashtags', () => {
    expect(ids('Neues aus dem Team: #CrowdSourcing für unser nächstes Produkt auf Instagram')).toContain('crowdsourcing');
    expect(ids('Great week for #EmployerBranding and #Recruiting on LinkedIn')).toContain('employer-branding');
  });
  it('handles ALL-CAPS like lower case', () => {
    expect(top('WIR HABEN ANGST VOR EINEM SHITSTORM AUF FACEBOOK!')).toBe('criticism');
  });
  it('a single ordinary word is not enough, a term of the trade is', () => {
    expect(rankByLexicon('Kritik')).toEqual([]);
    expect(rankByLexicon('Feedback')).toEqual([]);
    expect(top('#Shitstorm')).toBe('criticism');
    expect(top('Employer Branding')).toBe('employer-branding');
  });
  it('a phrase of function words matches only in order ("tell us")', () => {
    expect(ids('Tell us in the comments which colour we should pick next on Instagram!')).toContain('crowdsourcing');
    expect(ids('Us? We never tell anyone anything about the weather.')).toEqual([]);
  });
});

describe('detectLang', () => {
  it('tells German from English', () => {
    expect(detectLang('Wir haben Angst vor der Kritik unserer Kunden.')).toBe('de');
    expect(detectLang('We are afraid of what our customers might say.')).toBe('en');
    expect(detectLang('Über Größe lässt sich streiten')).toBe('de');
  });
});

describe('objections', () => {
  it('covers the ten objections in both languages', () => {
    expect(OBJECTIONS.map((o) => o.id)).toEqual([
      'loss-of-control',
      'public-criticism',
      'no-resources',
      'no-roi',
      'data-protection',
      'wasting-time',
      'legal-risk',
      'audience-absent',
      'passing-trend',
      'disclosure',
    ]);
    const ids = new Set(catalog.map((a) => a.id));
    for (const o of OBJECTIONS) {
      expect(o.phrases.de.length).toBeGreaterThan(0);
      expect(o.phrases.en.length).toBeGreaterThan(0);
      for (const a of o.answeredBy) expect(ids.has(a)).toBe(true);
      if (o.answeredBy.length === 0) expect(o.note?.de && o.note.en).toBeTruthy();
    }
  });
  it('finds the data-protection objection with the arguments that answer it and a note', () => {
    const found = findObjections('Und was ist mit dem Datenschutz? Die DSGVO verbietet das doch.');
    expect(found.map((f) => f.id)).toEqual(['data-protection']);
    // The criticism argument answers it (data-protection objection), target-groups' legal variant covers it; the note adds what to settle.
    expect(found[0]?.answeredBy).toEqual(['criticism', 'target-groups']);
    expect(found[0]?.note?.de).toBeTruthy();
  });
  it('ranks the answering arguments and names the objection', () => {
    const r = rankByLexicon('Wenn wir auf Facebook gehen, verlieren wir die Kontrolle über unsere Marke.');
    expect(r[0]?.id).toBe('criticism');
    expect(r[0]?.objections).toContain('loss-of-control');
    const en = rankByLexicon("Our customers aren't on social media, and it's just a passing trend anyway.");
    expect(en.map((x) => x.id)).toEqual(expect.arrayContaining(['target-groups', 'first-mover']));
  });
  it('keeps negation: "on social media" is not "not on social media"', () => {
    expect(findObjections('Our customers are on social media every day.').map((o) => o.id)).not.toContain('audience-absent');
    expect(findObjections('Our customers are not on social media.').map((o) => o.id)).toContain('audience-absent');
  });
});

describe('searchArguments', () => {
  it('puts criticism first for Kritik, criticism and crit', () => {
    for (const q of ['Kritik', 'criticism', 'crit', 'kritik ', 'KRITIK']) {
      expect(searchArguments(q, catalog, 'de')[0]?.id).toBe('criticism');
    }
  });
  it('finds across languages and by signals', () => {
    expect(searchArguments('Shitstorm', catalog, 'en')[0]?.id).toBe('criticism');
    expect(searchArguments('abstimmen', catalog, 'en')[0]?.id).toBe('crowdsourcing');
    expect(searchArguments('recruit', catalog, 'de')[0]?.id).toBe('employer-branding');
    expect(searchArguments('Intranet', catalog, 'de')[0]?.id).toBe('internal-communication');
  });
  it('returns the catalog order for an empty query', () => {
    expect(searchArguments('  ', catalog, 'de').map((r) => r.id)).toEqual(catalog.map((a) => a.id));
  });
  it('finds nothing for a query without a word it indexes (a run of 100 letters, only punctuation)', () => {
    expect(searchArguments('x'.repeat(30), catalog, 'en')).toEqual([]);
    expect(searchArguments('x'.repeat(100), catalog, 'en')).toEqual([]);
    expect(searchArguments('x'.repeat(3000), catalog, 'en')).toEqual([]);
    expect(searchArguments('?!… --', catalog, 'de')).toEqual([]);
  });
  it('finds while typing from two letters, and leaves out function words unless nothing else was typed', () => {
    // Two letters already find the arguments about criticism and crowdsourcing, first.
    expect(
      searchArguments('cr', catalog, 'en')
        .slice(0, 2)
        .map((r) => r.id),
    ).toEqual(['criticism', 'crowdsourcing']);
    expect(searchArguments('the criticism', catalog, 'en')).toEqual(searchArguments('criticism', catalog, 'en'));
    expect(searchArguments('Kritk', catalog, 'de')[0]?.id).toBe('criticism');
  });
  it('a pasted passage lists first the arguments the relevance model finds it is about', () => {
    const passage =
      'Unsere Geschäftsführung hat Angst vor einem Shitstorm, wenn Kunden uns in den Kommentaren öffentlich kritisieren und andere das teilen';
    const about = rankArguments(passage).map((r) => r.id);
    expect(about[0]).toBe('criticism');
    const hits = searchArguments(passage, catalog, 'de').map((r) => r.id);
    expect(hits.slice(0, about.length)).toEqual(about);
  });
  it('returns nothing for a word found nowhere', () => {
    expect(searchArguments('xylophonqwz', catalog, 'de')).toEqual([]);
  });
  it('a pasted sentence that no argument matches word for word lists the arguments it is about, not all of them', () => {
    const q =
      'We want to show our employees as real people on LinkedIn because customers trust faces more than logos and our apprentices could post about their day';
    const hits = searchArguments(q, catalog, 'en');
    expect(hits[0]?.id).toBe('faces');
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.length).toBeLessThan(catalog.length / 2);
    const best = hits[0]?.score ?? 0;
    for (const h of hits) expect(h.score).toBeGreaterThanOrEqual(best / 4);
  });
});

describe('user arguments', () => {
  const user: Argument = {
    id: 'user-podcast',
    origin: 'user',
    text: {
      de: {
        title: 'Ein Podcast',
        claim: 'Ein Podcast erreicht Pendler.',
        reasoning: 'Pendler hören zu.',
        signals: ['Podcast', 'Pendler'],
        objections: [],
      },
    },
  };
  const mine = [...catalog, user];
  it('rank alongside built-ins, also in the other language', () => {
    expect(rankByLexicon('Wir starten einen Podcast für Pendler auf allen Plattformen.', { catalog: mine })[0]?.id).toBe('user-podcast');
    expect(
      rankByLexicon('We are launching a podcast for commuters, the Pendler edition, on every platform.', { catalog: mine }).map(
        (r) => r.id,
      ),
    ).toContain('user-podcast');
    expect(searchArguments('podc', mine, 'en')[0]?.id).toBe('user-podcast');
  });
  it('caches the compiled lexicon per catalog array', () => {
    expect(lexiconFor(mine, 'de')).toBe(lexiconFor(mine, 'de'));
    expect(lexiconFor([...mine], 'de')).not.toBe(lexiconFor(mine, 'de'));
  });
});

describe('findMatchRanges', () => {
  it('returns offsets into the original text', () => {
    const text = 'Die Kun\u00ADden\u00ADkritik wächst; KRITIK ist überall.';
    const ranges = findMatchRanges(text, ['Kundenkritik', 'Kritik']);
    expect(ranges.map((r) => text.slice(r.start, r.end))).toEqual(['Kun\u00ADden\u00ADkritik', 'KRITIK']);
  });
  it('finds the words rankByLexicon matched', () => {
    const text = 'Let our followers vote on the next flavour, says @someone at https://vote.example.';
    const r = rankByLexicon(text);
    const ranges = findMatchRanges(text, r[0]?.matched ?? []);
    expect(ranges.map((x) => text.slice(x.start, x.end))).toEqual(['vote', 'flavour']);
  });
});

/** Hard negatives of our own: words of an argument in a text about something else. */
const HARD_NEGATIVES = [
  'Filmkritik: Der neue Thriller überzeugt mit starken Bildern, doch die Handlung schwächelt im letzten Drittel.',
  'Der Gemeinderat hat gestern über den Haushalt abgestimmt; die Abstimmung fiel knapp aus.',
  'Die neue Gesichtscreme mit Hyaluron spendet den ganzen Tag Feuchtigkeit.',
  'Nach acht schönen Jahren verlasse ich das Unternehmen und starte im Mai bei einem neuen Arbeitgeber.',
  'Einladung zur Betriebsversammlung am Donnerstag um 10 Uhr in der Kantine.',
  'Für die Weihnachtsfeier suchen wir noch Helfer beim Aufbau, bitte bis Freitag melden.',
  'The city council voted on the budget last night; the vote was close.',
  'Seats in the yoga class are first come, first served.',
  "After eight great years I'm leaving the company and joining a new employer in May.",
  'The marketing budget for 2027 has been cut by five percent; details will follow in the department meeting.',
  'Our new product hits the shops in March, initially in three colours.',
  'The quarterly sales figures are attached; please review them before the meeting on Monday.',
  'Regular customers get 10% off everything with the loyalty card.',
];

describe('hard negatives', () => {
  it.each(HARD_NEGATIVES)('no hint for %j', (text) => {
    expect(rankByLexicon(text)).toEqual([]);
  });
});

describe('properties', () => {
  const words = [
    'Kritik',
    'Forum',
    'Kunden',
    'Shitstorm',
    'vote',
    'followers',
    'Intranet',
    '#CrowdSourcing',
    'https://x.example',
    '@anna',
    '🚀',
    'ab',
    'stimmen',
    '.',
    '\u00AD',
    'ẞ',
    'u\u0308',
  ];
  it('never throws; scores descend; every matched word can be highlighted in the text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'grapheme', maxLength: 200 }),
          fc.array(fc.constantFrom(...words), { maxLength: 30 }).map((w) => w.join(' ')),
        ),
        (text) => {
          const r = rankByLexicon(text);
          for (let i = 1; i < r.length; i++)
            expect((r[i - 1] as { score: number }).score).toBeGreaterThanOrEqual((r[i] as { score: number }).score);
          for (const x of r) expect(findMatchRanges(text, x.matched).length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 200 },
    );
  });
  it('ALL CAPS ranks like the original', () => {
    for (const [text] of RELEVANT.filter(([t]) => !t.includes('#'))) {
      expect(rankByLexicon(text.toUpperCase()).map((r) => r.id)).toEqual(rankByLexicon(text).map((r) => r.id));
    }
  });
});

describe('precision fixes', () => {
  const ids = (text: string) => rankByLexicon(text).map((r) => r.id);
  it('a signal whose stem is a function word matches only itself ("Hater" stems to "hat")', () => {
    expect(ids('Die Firma hat den Umzug ins neue Gebäude hat endlich abgeschlossen, hat der Hausmeister gesagt.')).toEqual([]);
    expect(ids('Auf unserer Facebook-Seite schreiben Hater und Trolle jeden Tag neue Kommentare.')[0]).toBe('criticism');
  });
  it('a weak signal is weak in every inflection ("applies" like "apply")', () => {
    expect(ids('The new shift rota applies from Monday, please agree swaps with your team lead.')).toEqual([]);
  });
  it('a phrase that is one word plus its article keeps the article ("die Ersten", "erst ab Juli")', () => {
    expect(ids('Neue Bestellungen für Büromaterial bitte erst ab Juli.')).toEqual([]);
    expect(ids('Wir wären die Ersten in unserer Branche mit einem eigenen Kanal.')).toContain('first-mover');
  });
  it('sport, politics and cosmetics vocabulary keeps ambiguous words from becoming hints', () => {
    expect(ids('Nach der Niederlage steht der Trainer in der Kritik, die Fans pfeifen die Mannschaft aus.')).toEqual([]);
    expect(ids('The city council voted last night on the new cycle lane, and the majority was in favour.')).toEqual([]);
    expect(ids('The new face cream absorbs quickly and keeps your skin hydrated all day.')).toEqual([]);
  });
  it("general words of the domain are context, never an argument's evidence", () => {
    const r = rankByLexicon('Let our followers vote on the next flavour.');
    expect(r[0]?.id).toBe('crowdsourcing');
    expect(r[0]?.matched).not.toContain('followers');
  });
});

describe('very long runs of letters', () => {
  it('are skipped as non-words, so ranking stays linear (a 1 MB "word" next to a real post)', async () => {
    const { rankByLexicon: rank } = await import('../../src/relevance/index');
    const post = 'Wir haben Angst vor einem Shitstorm, wenn Kunden uns öffentlich kritisieren.';
    const ids = rank(`${'Kritik'.repeat(170_000)} ${post}`).map((r) => r.id);
    expect(ids).toEqual(rank(post).map((r) => r.id));
    expect(rank('a'.repeat(100_000))).toEqual([]);
  });
});

describe('a language we do not speak', () => {
  it('is detected instead of throwing', async () => {
    const { rankByLexicon: rank } = await import('../../src/relevance/index');
    const post = 'We are afraid of a shitstorm when customers criticise us in public.';
    expect(rank(post, { lang: 'fr' as never })).toEqual(rank(post));
  });
});

describe('two known false hints', () => {
  it('a meeting called "all hands" or "town hall" is an event, not the internal-communication argument', () => {
    expect(ids('All hands on deck! The team is working flat out to ship the release by Monday.')).toEqual([]);
    expect(ids('Town hall with the CEO next Tuesday, submit your questions in advance via the form.')).not.toContain(
      'internal-communication',
    );
    expect(ids('Einladung zum All-Hands am Freitag: Die Geschäftsführung stellt allen Mitarbeitenden die Strategie vor.')).toEqual([]);
    // The argument itself is still found where a text argues for it.
    expect(top('Statt Rundmails wollen wir ein internes Blog, in dem die Geschäftsleitung schreibt und alle kommentieren.')).toBe(
      'internal-communication',
    );
  });
  it('the fear of a shitstorm is answered by criticism only: no transparency card carrying that objection', () => {
    for (const text of ['Wir haben Angst vor einem Shitstorm.', "We're afraid of a shitstorm if we go on Twitter."]) {
      const r = rankByLexicon(text);
      expect(r[0]?.id).toBe('criticism');
      expect(r[0]?.objections).toContain('public-criticism');
      expect(r.find((x) => x.id === 'transparency')).toBeUndefined();
    }
    expect(OBJECTIONS.find((o) => o.id === 'public-criticism')?.answeredBy).toEqual(['criticism']);
  });
});

describe('morphology and matching', () => {
  const lex = lexiconFor(catalog, 'de');
  it('a four-letter word ends a compound ("Mitarbeiterblog", "Firmenblog") but does not start or sit inside one', () => {
    expect(splitCompound('mitarbeiterblog', lex)).toEqual(['mitarbeiter', 'blog']);
    expect(splitCompound('firmenblog', lex)).toEqual(['blog']);
    expect(splitCompound('blogartikel', lex)).not.toContain('blog');
  });
  it('finite verb forms of a word that is also a signal on its own ("fragt" in "fragt nach" and in "Hörer fragen")', () => {
    const user: Argument = {
      id: 'user-listeners',
      origin: 'user',
      text: {
        de: {
          title: 'Hörer fragen',
          claim: 'Hörer fragen.',
          reasoning: 'Hörer fragen.',
          signals: ['fragt nach', 'Hörer fragen'],
          objections: [],
        },
      },
    };
    const r = rankByLexicon('Fragt doch eure Hörer, welche Folge besser ist.', { lang: 'de', catalog: [user] });
    expect(r[0]?.id).toBe('user-listeners');
    expect(r[0]?.matched).toEqual(expect.arrayContaining(['Fragt', 'Hörer']));
  });
  it('an ordered phrase ("^meet the team") does not match its words the other way round', () => {
    expect(ids('The sales team meets on Wednesday for quarterly planning in the large meeting room.')).toEqual([]);
  });
  it('everyday words of the catalog prose ("will", "seit", "going") support no argument', () => {
    // Stems taken from the prose would make "willing" and "going" count every "will" and "go".
    const lexEn = lexiconFor(catalog, 'en');
    const lexDe = lexiconFor(catalog, 'de');
    const single = (l: typeof lexEn, s: string) => {
      const id = l.stemIds.get(s);
      return id === undefined ? [] : (l.occ[id] ?? []).filter((_, i) => i % 2 === 0).filter((e) => l.entries[e]?.parts.length === 1);
    };
    for (const s of ['will', 'go', 'take', 'whole']) expect(single(lexEn, s), s).toEqual([]);
    for (const s of ['seit', 'ganz', 'mehr', 'bevor']) expect(single(lexDe, s), s).toEqual([]);
  });
});

describe('terms of the trade in the other language', () => {
  it('an English term of the trade in a German text counts for its argument ("Employee Advocacy")', () => {
    expect(top('Wir starten im Herbst ein Programm für Employee Advocacy.', 'de')).toBe('faces');
  });
});
