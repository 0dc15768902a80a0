/**
 * The learned relevance model behind `rankArguments` and `createScorer`: what it answers on sentences written for
 * these tests (not from the corpus or any eval set), that a page is judged unit by unit so batch cuts do not matter,
 * that its "why" is a sentence of the text with decisive words from it, that user arguments rank alongside, and
 * that the fast path (`Model.unit`) and the training path (`featuresOf` + `probabilities`) agree.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLASSES, calibrateGate, decide, predict, train } from '../../scripts/train/core';
import { catalog } from '../../src/catalog';
import type { Argument } from '../../src/catalog/types';
import { createScorer, findMatchRanges, rankArguments } from '../../src/relevance';
import { featuresOf } from '../../src/relevance/features';
import { Model, shippedModel } from '../../src/relevance/model';
import { MODEL_DATA } from '../../src/relevance/model-data';
import { unitsOf } from '../../src/relevance/rank';

const top = (text: string) => rankArguments(text)[0]?.id;

/** Clearly on-topic sentences, one per argument and language, written for this file. */
const CLEAR: [string, string][] = [
  [
    'Wir veröffentlichen ab sofort jeden Monat unsere Lieferzeiten und Reklamationsquoten, auch wenn sie schlecht ausfallen.',
    'transparency',
  ],
  ['From now on we publish our complaint rates and delivery times every month, even in bad months.', 'transparency'],
  ['Lasst unsere Community abstimmen, welche Sorte wir als Nächstes ins Regal stellen.', 'crowdsourcing'],
  ['Let our followers vote on which flavour goes on the shelf next.', 'crowdsourcing'],
  ['Die Kunden beschweren sich sowieso in Foren über uns, nur können wir dort nicht antworten.', 'criticism'],
  ['Customers complain about us in forums anyway, we just never get to answer them there.', 'criticism'],
  [
    'Statt des Rundschreibens an alle könnte die Geschäftsführung im Intranet bloggen und Fragen der Belegschaft beantworten.',
    'internal-communication',
  ],
  [
    'Instead of another all-staff memo, the board could blog on the intranet and answer staff questions in the comments.',
    'internal-communication',
  ],
  ['Azubis suchen sich ihren Ausbildungsbetrieb heute über kurze Videos aus, nicht über die Stellenbörse.', 'employer-branding'],
  ['Apprentices pick their employer from short videos these days, not from job boards.', 'employer-branding'],
];

/** Texts about other things that use the arguments' everyday words. */
const QUIET = [
  'Der Gemeinderat hat gestern über den Haushalt abgestimmt; die Abstimmung fiel knapp aus.',
  'Die neue Gesichtscreme mit Hyaluron spendet den ganzen Tag Feuchtigkeit.',
  'Seats in the yoga class are first come, first served.',
  'The quarterly sales figures are attached; please review them before Monday.',
  'Morgen wird es sonnig bei bis zu 24 Grad, am Abend ziehen Gewitter auf.',
  'Our team won the regional five-a-side tournament on Saturday, well played everyone!',
];

describe('rankArguments with the learned model', () => {
  it.each(CLEAR)('puts the argument first: %j', (text, id) => {
    expect(top(text)).toBe(id);
  });
  it.each(QUIET)('gives no hint: %j', (text) => {
    expect(rankArguments(text)).toEqual([]);
  });
  it('quotes the sentence that carries the argument, with decisive words from that sentence', () => {
    const text =
      'Wir überlegen noch, ob wir eine eigene Seite aufmachen. Kunden beschweren sich sowieso in Foren über uns, nur antworten können wir dort nicht. Dann lieber dort, wo wir reagieren können.';
    const r = rankArguments(text)[0];
    expect(r?.id).toBe('criticism');
    expect(r?.quote).toBe('Kunden beschweren sich sowieso in Foren über uns, nur antworten können wir dort nicht.');
    expect(r?.matched.length).toBeGreaterThanOrEqual(1);
    expect(r?.matched.length).toBeLessThanOrEqual(3);
    for (const w of r?.matched ?? []) expect(r?.quote).toContain(w);
  });
  it('never shows function words as decisive words', () => {
    for (const [text] of CLEAR) {
      for (const w of rankArguments(text)[0]?.matched ?? []) {
        expect(['der', 'die', 'das', 'und', 'the', 'and', 'of', 'to', 'in', 'our', 'we', 'uns', 'wir'].includes(w.toLowerCase())).toBe(
          false,
        );
      }
    }
  });
  it('never returns a built-in argument missing from the catalog it is given (hidden by the user)', () => {
    const shown = catalog.filter((a) => a.id !== 'crowdsourcing');
    expect(
      rankArguments('Let our followers vote on which flavour goes on the shelf next.', { catalog: shown }).map((r) => r.id),
    ).not.toContain('crowdsourcing');
  });
  it('never throws; scores descend; the best unit within (0, 1]; every decisive word can be highlighted in the text', () => {
    const words = [
      'Kritik',
      'Forum',
      'Kunden',
      'vote',
      'followers',
      'Intranet',
      '#CrowdSourcing',
      'https://x.example',
      '@anna',
      '🚀',
      '\u00AD',
      'u\u0308',
    ];
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'grapheme', maxLength: 200 }),
          fc.array(fc.constantFrom(...words), { maxLength: 30 }).map((w) => w.join(' ')),
        ),
        (text) => {
          const r = rankArguments(text);
          for (let i = 1; i < r.length; i++)
            expect((r[i - 1] as { score: number }).score).toBeGreaterThanOrEqual((r[i] as { score: number }).score);
          for (const x of r) {
            expect(x.score).toBeGreaterThan(0);
            expect(x.best).toBeGreaterThan(0);
            expect(x.best).toBeLessThanOrEqual(1);
            expect(x.score).toBeGreaterThanOrEqual(x.best as number);
            expect(findMatchRanges(text, x.matched).length).toBe(x.matched.length === 0 ? 0 : findMatchRanges(text, x.matched).length);
            for (const w of x.matched) expect(findMatchRanges(text, [w]).length).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('reasons a person accepts', () => {
  it.each(['Thoughts?', 'What do you think?', 'Read this: https://example.com/a'])('no hint without a decisive word: %j', (text) => {
    expect(rankArguments(text)).toEqual([]);
  });
  it('quotes whole sentences across abbreviations, ordinal dates and semicolons', () => {
    const abbr = 'Dr. Müller vom Vorstand meinte, z. B. bei Kritik im Netz sollten wir sofort antworten, statt zu schweigen.';
    expect(rankArguments(abbr)[0]?.quote).toBe(abbr);
    const semi = 'Some customers complained online that sizes run small; we answered every comment within the hour.';
    expect(rankArguments(semi)[0]?.quote).toBe(semi);
  });
  it("quotes a post's sentence, not its tag line; a tag line quoted keeps its signs", () => {
    const sentence = 'Aber die Bewerber suchen dort nach einem Arbeitgeber, und die Konkurrenz ist längst da.';
    const post = `Unser Vorstand meint, wir brauchen kein LinkedIn. ${sentence} #EmployerBranding #Recruiting`;
    const r = rankArguments(post)[0];
    expect(r?.id).toBe('employer-branding');
    expect(r?.quote).toBe(sentence);
    expect(rankArguments('#EmployerBranding #Recruiting')[0]?.quote).toBe('#EmployerBranding #Recruiting');
  });
  it('reads bold and italic Unicode letters (LinkedIn styling) as the letters they stand for', () => {
    const plain = 'Nobody reads the intranet newsletter anymore, so let us try an internal blog where staff can comment.';
    const bold = '𝗡𝗼𝗯𝗼𝗱𝘆 𝗿𝗲𝗮𝗱𝘀 𝘁𝗵𝗲 𝗶𝗻𝘁𝗿𝗮𝗻𝗲𝘁 𝗻𝗲𝘄𝘀𝗹𝗲𝘁𝘁𝗲𝗿 anymore, so let us try an internal blog where staff can comment.';
    expect(rankArguments(bold).map((r) => r.id)).toEqual(rankArguments(plain).map((r) => r.id));
    expect(rankArguments(bold)[0]?.id).toBe('internal-communication');
  });
  it('shows no invisible characters, numbers or filler words as decisive words', () => {
    const text =
      'Statt des Rund\u00ADschreibens an alle könnte die Geschäfts\u200Bführung jetzt im Intranet bloggen und 20 Fragen der Belegschaft beantworten.';
    const r = rankArguments(text)[0];
    expect(r?.id).toBe('internal-communication');
    for (const w of r?.matched ?? []) {
      expect(w).not.toMatch(/[\u00AD\u200B]/);
      expect(w).not.toMatch(/^\d/);
      expect(['statt', 'jetzt']).not.toContain(w.toLowerCase());
    }
  });
});

describe('a page is judged unit by unit', () => {
  const unrelated = Array.from(
    { length: 50 },
    (_, i) =>
      [
        `Spieltag ${i}: Die Mannschaft gewann auswärts mit 2:1, der Trainer lobte die Abwehr.`,
        `Rezept Nummer ${i}: Zwiebeln glasig dünsten, dann die Tomaten dazugeben und köcheln lassen.`,
        `Weather update ${i}: sunny spells in the morning, showers moving in from the west later.`,
        `Release ${i} of our command-line tool fixes two crashes and speeds up start-up.`,
        `Congratulations to the class of ${2000 + i} on their graduation ceremony today!`,
      ][i % 5] as string,
  );
  const onTopic = 'Lasst unsere Community abstimmen, welche Sorte wir als Nächstes ins Regal stellen.';
  it('fifty unrelated posts stay quiet', () => {
    const s = createScorer();
    for (const post of unrelated) s.add(post);
    expect(s.ranking()).toEqual([]);
  });
  it("fifty unrelated posts and one on-topic post show that post's argument, quoting it", () => {
    const s = createScorer();
    unrelated.forEach((post, i) => {
      s.add(post);
      if (i === 23) s.add(onTopic);
    });
    const r = s.ranking();
    expect(r[0]?.id).toBe('crowdsourcing');
    expect(r[0]?.quote).toBe(onTopic);
  });
  it('a post that makes its point in one sentence among small talk shows that argument, quoting the sentence', () => {
    const point =
      'Honestly, our HR team cannot find trainees anymore because young people look for employers on Instagram and we are not there.';
    const post = [
      'Lovely walk with the dog this morning.',
      'The bakery on the corner has new pretzels.',
      'Coffee was strong today.',
      point,
      'Anyway, back to the spreadsheet.',
      'Rain tomorrow, they say.',
      'Have a good weekend, everyone.',
    ].join(' ');
    const s = createScorer();
    for (const p of unrelated.slice(0, 20)) s.add(p);
    s.add(post);
    const r = s.ranking();
    expect(r[0]?.id).toBe('employer-branding');
    expect(r[0]?.quote).toBe(point);
  });
  it('does not depend on where the page was cut into batches', () => {
    const posts = [...unrelated.slice(0, 10), onTopic, CLEAR[4]?.[0] as string, ...unrelated.slice(10, 20)];
    const whole = createScorer();
    for (const p of posts) whole.add(p);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 30 }), (sizes) => {
        const s = createScorer();
        let i = 0;
        for (const n of sizes) {
          if (i >= posts.length) break;
          // One add call per batch, posts separated by blank lines, as a batch of units.
          s.add(posts.slice(i, i + n).join('\n\n'));
          i += n;
        }
        if (i < posts.length) s.add(posts.slice(i).join('\n\n'));
        expect(s.ranking()).toEqual(whole.ranking());
      }),
      { numRuns: 25 },
    );
  });
  it('evidence accumulates: an argument two posts make ranks above one a single post makes as clearly', () => {
    const s = createScorer();
    s.add('Angst vor einem Shitstorm, wenn Kunden uns öffentlich kritisieren.');
    s.add('Unsere Follower über den Namen der neuen Produktlinie abstimmen lassen, Crowdsourcing statt Agentur.');
    s.add('Wer beantwortet Beschwerden von Kunden am Wochenende, wenn sie uns öffentlich kritisieren?');
    const r = s.ranking();
    expect(r.map((x) => x.id).slice(0, 2)).toEqual(['criticism', 'crowdsourcing']);
    expect(r[0]?.score).toBeGreaterThan(r[0]?.best as number);
  });
  it('reset forgets everything', () => {
    const s = createScorer();
    s.add(onTopic);
    s.reset();
    expect(s.ranking()).toEqual([]);
  });
});

describe('user arguments rank alongside, without training data', () => {
  const podcast: Argument = {
    id: 'user-podcast',
    origin: 'user',
    text: {
      de: {
        title: 'Ein Podcast für Pendler',
        claim: 'Ein eigener Podcast erreicht Pendler auf dem Weg zur Arbeit.',
        reasoning: 'Pendler hören im Zug und im Auto zu; ein Podcast bringt unsere Fachleute in diese Zeit.',
        signals: ['Podcast', 'Pendler', 'Folge'],
        objections: ['Podcasts hört doch niemand.'],
      },
    },
  };
  const mine = [...catalog, podcast];
  it('a user argument on a new topic gets hints on that topic', () => {
    const r = rankArguments('Wir starten einen Podcast für Pendler, jede Folge zwanzig Minuten.', { catalog: mine });
    expect(r.map((x) => x.id)).toContain('user-podcast');
    expect(r.find((x) => x.id === 'user-podcast')?.matched).toEqual(expect.arrayContaining(['Podcast', 'Pendler']));
  });
  it('and on nothing else', () => {
    for (const text of [...QUIET, ...CLEAR.map(([t]) => t)])
      expect(rankArguments(text, { catalog: mine }).map((x) => x.id)).not.toContain('user-podcast');
  });
});

describe('the model', () => {
  it('Model.unit (per-word sums) gives the probabilities of featuresOf + probabilities (the training path)', () => {
    const m = shippedModel();
    for (const [text] of [...CLEAR, ...QUIET.map((t) => [t])]) {
      const fast = m.unit(text as string, undefined).p;
      const slow = m.probabilities(featuresOf(text as string, undefined, m.features));
      for (let k = 0; k < fast.length; k++) expect(fast[k]).toBeCloseTo(slow[k] as number, 9);
    }
  });
  it('ships the classes of the catalog, `none` first, and a gate calibrated between 0 and 1', () => {
    expect(MODEL_DATA.classes).toEqual(['none', ...catalog.map((a) => a.id)]);
    expect(MODEL_DATA.decision.gate).toBeGreaterThan(0);
    expect(MODEL_DATA.decision.gate).toBeLessThan(1);
    expect(new Model(MODEL_DATA).classes).toEqual(CLASSES);
  });
  it('cuts long paragraphs into windows of whole sentences and keeps blank-line paragraphs apart', () => {
    const long = Array.from({ length: 60 }, (_, i) => `Satz Nummer ${i} handelt von etwas anderem.`).join(' ');
    const units = unitsOf(`Kurz.\n\n${long}`);
    expect(units[0]).toBe('Kurz.');
    expect(units.length).toBeGreaterThan(2);
    expect(units.slice(1).join(' ')).toBe(long);
    for (const u of units.slice(1)) expect(u.endsWith('.')).toBe(true);
  });
});

describe('training', () => {
  const texts: [string, string[]][] = [
    ['Let the community vote on the next flavour.', ['crowdsourcing']],
    ['We asked our followers to pick the new design.', ['crowdsourcing']],
    ['Customers complain about us in forums anyway.', ['criticism']],
    ['A bad review will appear whether or not we have a page.', ['criticism']],
    ['The canteen is closed on Friday.', []],
    ['Sunny spells in the morning, showers later.', []],
  ];
  const config = { stems: 1, chars: 0.7, lexicon: 1 };
  const xs = texts.map(([t]) => featuresOf(t, 'en', config));
  const opt = { features: config, epochs: 8, rate: 0.3, l2: 1e-5, seed: 3 };
  it('is deterministic: the same data and seed give the same weights', () => {
    const a = train(
      xs,
      texts.map(([, l]) => l),
      opt,
    );
    const b = train(
      xs,
      texts.map(([, l]) => l),
      opt,
    );
    expect(Buffer.from(a.w.buffer).equals(Buffer.from(b.w.buffer))).toBe(true);
    expect([...a.bias]).toEqual([...b.bias]);
  });
  it('learns its training texts', () => {
    const m = train(
      xs,
      texts.map(([, l]) => l),
      opt,
    );
    texts.forEach(([, labels], i) => {
      const p = predict(m, xs[i] as never);
      const best = CLASSES[[...p].indexOf(Math.max(...p))];
      expect(best).toBe(labels[0] ?? 'none');
    });
  });
  it('calibrates the gate so that at most the given share of no-argument scores reaches it', () => {
    const scores = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95];
    const g = calibrateGate(scores, 0.1);
    expect(scores.filter((s) => s >= g).length).toBe(1);
    expect(calibrateGate(scores, 0)).toBeGreaterThan(0.95);
  });
  it('decide shows nothing below the gate and at most three arguments above it', () => {
    const p = new Float64Array(CLASSES.length).fill(0.05);
    p[0] = 0.5;
    expect(decide(p, { gate: 0.6, follow: 0.35 })).toEqual([]);
    expect(decide(p, { gate: 0.4, follow: 0.1 }).length).toBe(3);
  });
});
