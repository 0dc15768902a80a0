/**
 * Lints the built-in argument catalog: the ten ids in the post's order, every field present in both languages, the
 * length rules of each field, every objection answered, the practice notes, real umlauts in German, one register and
 * one gender form, no dated term, every figure and ruling with its date and a matching source, the citations, and
 * that no text copies the source post verbatim.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILTIN_IDS, catalog, catalogById, isBuiltinId, SOURCE, SOURCE_CREDIT } from '../../src/catalog';
import { SIGNALS } from '../../src/catalog/signals';
import { OWN_PRACTICE_AUDIENCES } from '../../src/catalog/texts';
import { type ArgumentSource, type Audience, LANGS, type Lang, objectionsOf, SPECIFIC_AUDIENCES } from '../../src/catalog/types';
import { formatArgument, formatForX, isCitedIn, sourcesFor, X_MAX_LENGTH, xWeightedLength } from '../../src/copy/index';
import { PRACTICE_FOR, practiceRows } from '../../src/copy/parts';
import { OBJECTIONS } from '../../src/relevance/objections';

const EXPECTED_IDS = [
  'transparency',
  'target-groups',
  'emotional-bond',
  'insights',
  'crowdsourcing',
  'criticism',
  'faces',
  'internal-communication',
  'employer-branding',
  'first-mover',
];
const AUDIENCES = ['management', 'hr', 'works-council', 'legal', 'it'] as const;
const SOURCE_TITLE = 'Wie man Social Media im Unternehmen rechtfertigt';

/**
 * Splits prose into sentences: a sentence ends at `.`, `!`, `?` or `…` followed by white space.
 * The catalog avoids abbreviations with inner full stops ("z. B.", "e.g.") so that this stays exact.
 */
function sentences(text: string): string[] {
  return text
    .trim()
    .split(/(?<=[.!?…])\s+/u)
    .filter((s) => s.length > 0);
}

/** Lower-cased word tokens (letters and digits), NFC-normalised, punctuation dropped. */
function words(text: string): string[] {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
}

/** Fingerprint of an eight-word run: first 8 hex digits of SHA-1 over the words joined by one space. */
function runHash(run: string[]): string {
  return createHash('sha1').update(run.join(' ')).digest('hex').slice(0, 8);
}

/**
 * Fingerprints of every eight-word run of the source post (/work/shared/seed/, 688 words). Stored as
 * hashes so that the test runs on a fresh checkout without the post's text in the repository.
 * Regenerate: tokenise the seed with `words()` above and hash each run of 8 with `runHash()`.
 */
const SEED_RUNS = new Set(SEED_RUN_HASHES().split(/\s+/).filter(Boolean));

/** The eight-word runs of `text` that also occur in the source post, as text (empty when none). */
function copiedRuns(text: string): string[] {
  const w = words(text);
  const hits: string[] = [];
  for (let i = 0; i + 8 <= w.length; i++) {
    const run = w.slice(i, i + 8);
    if (SEED_RUNS.has(runHash(run))) hits.push(run.join(' '));
  }
  return hits;
}

/** Every German or English string of one argument, labelled by field for readable failures. */
function fields(id: string, lang: Lang): Array<[string, string]> {
  const t = catalogById(id)?.text[lang];
  if (!t) return [];
  return [
    ['title', t.title],
    ['claim', t.claim],
    ['reasoning', t.reasoning],
    ...t.objections.map((o, i): [string, string] => [`objections[${i}]`, o]),
    ...(t.answers ?? []).map((o, i): [string, string] => [`answers[${i}]`, o]),
    ...AUDIENCES.map((a): [string, string] => [`audiences.${a}`, t.audiences?.[a] ?? '']),
    ['practice.start', t.practice?.start ?? ''],
    ['practice.measures', t.practice?.measures ?? ''],
    ['practice.risk', t.practice?.risk ?? ''],
    ...Object.entries(t.audiencePractice ?? {}).flatMap(([a, p]) =>
      Object.entries(p ?? {}).map(([k, v]): [string, string] => [`audiencePractice.${a}.${k}`, v ?? '']),
    ),
  ];
}

/**
 * The audience whose sources back field `name` (`audiences.legal` and `audiencePractice.legal.risk` → `legal`;
 * everything else → `general`).
 */
function audienceOfField(name: string): Audience {
  const m = /^audiences\.(.+)$/.exec(name) ?? /^audiencePractice\.([^.]+)\./.exec(name);
  return (m?.[1] as Audience | undefined) ?? 'general';
}

/**
 * Figures and rulings the catalog may cite, each with the words one of the field's sources must contain in its title.
 * Any digit outside these patterns is an unsourced figure. Statutes (§, Artikel/Article) need a source, rulings
 * and figures also need a year in the same sentence.
 */
const CITABLE: ReadonlyArray<{ re: RegExp; source: string; dated: boolean }> = [
  { re: /1 ABR 7\/15/g, source: '1 ABR 7/15', dated: true },
  { re: /2 TaBV 5\/18/g, source: '2 TaBV 5/18', dated: true },
  { re: /C-210\/16/g, source: 'C-210/16', dated: true },
  { re: /\b(?:23\.03\.2022|22\.06\.2022|23 March 2022|22 June 2022)/g, source: 'DSK', dated: true },
  { re: /\b(?:13\.12\.2016|13 December 2016)/g, source: '1 ABR 7/15', dated: true },
  { re: /\b(?:13\.09\.2018|13 September 2018)/g, source: '2 TaBV 5/18', dated: true },
  { re: /\b(?:05\.06\.2018|5 June 2018)/g, source: 'C-210/16', dated: true },
  {
    re: /\b(?:63|35) (?:Prozent|per cent)|\b14 (?:Jahren|and over)|\bab 50\b|\baged 50 and over|ARD\/ZDF(?:-Medienstudie| Media Study) 2025/g,
    source: 'ARD/ZDF-Medienstudie 2025',
    dated: true,
  },
  { re: /§ 87 (?:Absatz 1 Nummer (?:12|1|6))|section 87\(1\)\((?:12|1|6)\)/g, source: 'BetrVG', dated: false },
  { re: /\bB2B\b/g, source: '', dated: false },
  // The date a legal position was last checked (a judgment not final as of then).
  { re: /Stand 12\/2026|as of December 2026/g, source: '', dated: false },
  { re: /(?:seit dem 14\.05\.2024 nach )?§ 5 DDG|(?:since 14 May 2024 under )?section 5 DDG/g, source: 'DDG', dated: false },
  { re: /§ 5 TMG|section 5 TMG/g, source: 'DDG', dated: false },
  { re: /(?:Artikel|Article) 17 MAR/g, source: '596/2014', dated: false },
  { re: /§ 11 AGG|section 11 of the German General Equal Treatment Act/g, source: 'AGG', dated: false },
  {
    re: /(?:Artikel|Article) (?:26|28) (?:DSGVO|GDPR)|Artikel 7 Absatz [13] DSGVO|Article 7\([13]\) GDPR|Artikel 6 DSGVO|Article 6 GDPR/g,
    source: '2016/679',
    dated: false,
  },
  { re: /WP 249|Artikel-29-Gruppe|Article 29 Working Party|\b(?:08\.06\.2017|8 June 2017)/g, source: 'WP 249', dated: true },
  { re: /§ 26 Absatz [12] BDSG|section 26\([12]\) BDSG/g, source: 'BDSG', dated: false },
  { re: /C-34\/21/g, source: 'C-34/21', dated: true },
  { re: /\b(?:30\.03\.2023|30 March 2023)/g, source: 'C-34/21', dated: true },
  {
    re: /Artikel 50 Absatz 4 der KI-Verordnung \(EU\) 2024\/1689|Article 50\(4\) of the AI Act, Regulation \(EU\) 2024\/1689|\b(?:02\.08\.2026|2 August 2026)/g,
    source: '2024/1689',
    dated: true,
  },
  { re: /13 K 1419\/23/g, source: '13 K 1419/23', dated: true },
  {
    re: /4 LB 20\/13|\b(?:25\.11\.2021|25 November 2021)|Rechtslage von 2011|law as it stood in 2011/g,
    source: '4 LB 20/13',
    dated: true,
  },
  { re: /8 AZR 1011\/13|\b(?:19\.02\.2015|19 February 2015)/g, source: '8 AZR 1011/13', dated: true },
  { re: /§§ 22, 23 KUG|sections 22 and 23 of the German Art Copyright Act \(KUG\)/g, source: 'KUG', dated: false },
  { re: /C-590\/23|\b(?:14\.04\.2026|14 April 2026)/g, source: 'C-590/23', dated: true },
  { re: /§ 51a UrhG|section 51a of the German Copyright Act \(UrhG\)/g, source: 'UrhG', dated: false },
  { re: /§§ 93, 95 und 99 BetrVG|sections 93, 95 and 99 BetrVG/g, source: '§§ 93, 95 und 99', dated: false },
  { re: /\b(?:17\.07\.2025|17 July 2025)/g, source: '13 K 1419/23', dated: true },
  { re: /§ 5a Absatz 4 UWG|section 5a\(4\) UWG/g, source: 'UWG', dated: false },
  { re: /§ 22 AGG|section 22 AGG/g, source: 'AGG', dated: false },
  {
    re: /Edelman-Studie von 2019|2019 Edelman study|\b16[.,]000\b|\b81 (?:Prozent|per cent)/g,
    source: 'In Brands We Trust',
    dated: true,
  },
  {
    re: /am 22\.12\.2023 veröffentlichten Bitkom-Umfrage|Bitkom-Umfrage vom 22\.12\.2023|Bitkom survey published on 22 December 2023|\b77 (?:Prozent|per cent)|\bab 20 Beschäftigten|\b20 or more employees/g,
    source: 'Bitkom',
    dated: true,
  },
  {
    re: /softgarden-Umfrage von 20(?:19|24)|20(?:19|24) softgarden survey|\b2[.,]733\b|\b4[.,]312\b|\b(?:0[,.]7|43|48|86) (?:Prozent|per cent)/g,
    source: 'softgarden',
    dated: true,
  },
];

/** Terms of 2009 that date a text; `(damals Twitter)` / `(then Twitter)` naming a ruling's platform is allowed. */
const DATED =
  /\b(?:Twitter|Tweets?|twittern|Social Web|Netzgemeinde|Web-Gemeinschaft|Web 2\.0|StudiVZ|Digital Natives?|Blogs?|Blogbeitr\w*|bloggen\w*|Corporate Blog|Fans|Fanpages?|online community|social web)\b/i;

describe('catalog ids', () => {
  it('has exactly the ten ids in the post order', () => {
    expect(catalog.map((a) => a.id)).toEqual(EXPECTED_IDS);
    expect([...BUILTIN_IDS]).toEqual(EXPECTED_IDS);
  });

  it('has unique ids, all built-in and kebab-case', () => {
    expect(new Set(catalog.map((a) => a.id)).size).toBe(catalog.length);
    for (const arg of catalog) {
      expect(arg.origin).toBe('builtin');
      expect(arg.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
    }
  });

  it('looks arguments up by id and rejects unknown ids', () => {
    for (const id of EXPECTED_IDS) {
      expect(catalogById(id)?.id).toBe(id);
      expect(isBuiltinId(id)).toBe(true);
    }
    expect(catalogById('user-123')).toBeUndefined();
    expect(catalogById('')).toBeUndefined();
    expect(isBuiltinId('Transparency')).toBe(false);
  });
});

describe.each(EXPECTED_IDS)('argument %s', (id) => {
  const arg = catalogById(id);

  it.each(LANGS)('has every field non-empty in %s', (lang) => {
    const t = arg?.text[lang];
    expect(t, `${id} has no ${lang} text`).toBeDefined();
    for (const [name, value] of fields(id, lang)) {
      expect(value.trim(), `${id}.${lang}.${name} is empty`).not.toBe('');
    }
  });

  it.each(LANGS)('title ≤ 60 chars, one-sentence claim, 3–5 sentence reasoning in %s', (lang) => {
    const t = arg!.text[lang];
    expect(t.title.length, t.title).toBeLessThanOrEqual(60);
    expect(t.title).not.toMatch(/[.!?]$/);
    expect(sentences(t.claim), t.claim).toHaveLength(1);
    expect(t.claim).toMatch(/[.!?]$/);
    const n = sentences(t.reasoning).length;
    expect(n, t.reasoning).toBeGreaterThanOrEqual(3);
    expect(n, t.reasoning).toBeLessThanOrEqual(5);
    expect(t.reasoning).toMatch(/[.!?]$/);
  });

  it.each(LANGS)('answers 2–5 distinct objections in %s', (lang) => {
    const o = arg!.text[lang].objections;
    expect(o.length).toBeGreaterThanOrEqual(2);
    expect(o.length).toBeLessThanOrEqual(5);
    expect(new Set(o).size).toBe(o.length);
    for (const s of o) expect(s.trim()).not.toBe('');
  });

  // Legal variants may take a fifth sentence: each statute or ruling gets a short sentence of its own instead of one
  // dense one.
  it.each(LANGS)('has all audience variants of 3–4 sentences (legal 3–5) in %s', (lang) => {
    const t = arg!.text[lang];
    for (const a of AUDIENCES) {
      const v = t.audiences?.[a] ?? '';
      const n = sentences(v).length;
      expect(n, `${id}.${lang}.audiences.${a}: ${v}`).toBeGreaterThanOrEqual(3);
      expect(n, `${id}.${lang}.audiences.${a}: ${v}`).toBeLessThanOrEqual(a === 'legal' ? 5 : 4);
      expect(v, `${id}.${lang}.audiences.${a} repeats the general reasoning`).not.toBe(t.reasoning);
    }
  });

  // Fails until the relevance engineer fills src/catalog/signals.ts; that is expected (brief).
  it.each(LANGS)('has a non-empty signal list in %s', (lang) => {
    const s = arg!.text[lang].signals;
    expect(s.length, `${id}.${lang} has no signals`).toBeGreaterThan(0);
    for (const w of s) expect(w.trim()).not.toBe('');
  });

  it('cites the source post first, without an invented author, address or date', () => {
    expect(arg!.sources?.[0]).toEqual({ title: SOURCE_TITLE, kind: 'seed' });
    for (const s of arg!.sources!.slice(1)) expect(s.kind).toBe('reference');
  });

  it.each(LANGS)('answers every objection in one or two sentences, with known lexicon topics, in %s', (lang) => {
    const t = arg!.text[lang];
    expect(t.answers).toHaveLength(t.objections.length);
    expect(t.objectionTopics).toHaveLength(t.objections.length);
    const topics = new Set(OBJECTIONS.map((o) => o.id));
    for (const o of objectionsOf(t)) {
      expect(o.answer, `${id}.${lang}: “${o.objection}” has no answer`).toBeTruthy();
      const n = sentences(o.answer ?? '').length;
      expect(n, o.answer).toBeGreaterThanOrEqual(1);
      expect(n, o.answer).toBeLessThanOrEqual(2);
      expect(o.answer).not.toBe(t.claim);
      if (o.topic) expect(topics, `${id}.${lang}: unknown topic ${o.topic}`).toContain(o.topic);
    }
  });

  it.each(LANGS)('says how to start, how to measure and the main risk, one or two sentences each, in %s', (lang) => {
    const p = arg!.text[lang].practice;
    for (const part of [p?.start, p?.measures, p?.risk]) {
      const n = sentences(part ?? '').length;
      expect(n, part).toBeGreaterThanOrEqual(1);
      expect(n, part).toBeLessThanOrEqual(2);
    }
  });

  it.each(LANGS)('gives every audience practice notes, its own for HR, legal, IT and the works council, in %s', (lang) => {
    const t = arg!.text[lang];
    for (const audience of AUDIENCES) {
      const rows = practiceRows(t, lang, audience);
      expect(rows.length, `${id}.${lang}.${audience} has no practice notes`).toBeGreaterThan(0);
      if (!(OWN_PRACTICE_AUDIENCES as readonly string[]).includes(audience)) continue;
      for (const kind of PRACTICE_FOR[audience]) {
        const own = t.audiencePractice?.[audience]?.[kind] ?? '';
        const n = sentences(own).length;
        expect(n, `${id}.${lang}.audiencePractice.${audience}.${kind}: “${own}”`).toBeGreaterThanOrEqual(1);
        expect(n, own).toBeLessThanOrEqual(2);
        expect(own, `${id}.${lang}.audiencePractice.${audience}.${kind} repeats the general note`).not.toBe(t.practice?.[kind]);
      }
    }
  });

  it.each(LANGS)('says its measures once for management: in the note, not in the variant, in %s', (lang) => {
    const t = arg!.text[lang];
    const measureWords = lang === 'de' ? /\b(?:messbar\w*|messen|gemessen|Kennzahl\w*)\b/i : /\b(?:measur\w*|KPIs?)\b/i;
    expect(measureWords.exec(t.audiences?.management ?? '')?.[0], `${id}.${lang}.audiences.management`).toBeUndefined();
    expect(practiceRows(t, lang, 'management').map(([k]) => k)).toContain(lang === 'de' ? 'Erfolg messen' : 'Measures of success');
  });

  it('tags the same objections with the same known audiences in both languages', () => {
    const de = objectionsOf(arg!.text.de).map((o) => o.audiences ?? []);
    const en = objectionsOf(arg!.text.en).map((o) => o.audiences ?? []);
    expect(de).toEqual(en);
    for (const tags of [...(arg!.text.de.objectionAudiences ?? []), ...(arg!.text.en.objectionAudiences ?? [])])
      for (const a of tags) expect(SPECIFIC_AUDIENCES as readonly string[]).toContain(a);
  });

  // A post people would publish: a hook first (the reasoning's first sentence: a question, a situation, a contrast),
  // not the claim, then the point; short enough to leave room for a comment of one's own and a link.
  it.each(LANGS)('opens its X post with a hook and ends it on its point, in at most 220 characters, in %s', (lang) => {
    const t = arg!.text[lang];
    const post = formatForX(arg!, lang);
    const all = sentences(t.reasoning);
    expect(post).toBe(`${all[0]}\n\n${all.at(-1)}`);
    expect(post.startsWith(t.claim)).toBe(false);
    expect(xWeightedLength(post), post).toBeLessThanOrEqual(220);
    expect(xWeightedLength(formatForX(arg!, lang, { includeSources: true }))).toBeLessThanOrEqual(X_MAX_LENGTH);
  });

  it('cites the seed post and our own references for audience variants, saying that the variant is ours', () => {
    for (const a of AUDIENCES) {
      const { sources, addition } = sourcesFor(arg!, 'de', a);
      expect(addition).toBe(true);
      expect(sources[0]?.kind).toBe('seed');
      for (const s of sources.slice(1)) expect(s.kind).toBe('reference');
    }
  });

  it.each(LANGS)('links an X post only to a source whose figure or ruling the post states, in %s', (lang) => {
    const post = formatForX(arg!, lang, { includeSources: true });
    const url = /\nhttps?:\/\/\S+$/.exec(post)?.[0].trim();
    if (!url) return;
    const linked = arg!.sources?.find((s) => s.url === url);
    expect(
      linked?.marks?.some((m) => post.includes(m)),
      `${id}.${lang}: ${url} in “${post}”`,
    ).toBe(true);
  });

  it.each(LANGS)('cites in a copy only the references of what the copy contains, in %s', (lang) => {
    for (const audience of ['general', ...AUDIENCES] as const) {
      const plain = formatArgument(arg!, lang, { format: 'plain', audience, includeSources: true }).plain;
      const body = plain.slice(0, plain.lastIndexOf('\n\n'));
      const { sources } = sourcesFor(arg!, lang, audience, body);
      for (const s of sources) expect(isCitedIn(s, body), `${id}.${lang}.${audience}: ${s.title}`).toBe(true);
      for (const s of sourcesFor(arg!, lang, audience).sources.filter((x) => !sources.includes(x)))
        expect(plain, `${id}.${lang}.${audience} cites ${s.title}`).not.toContain(s.url ?? s.title);
    }
  });

  it.each(LANGS)('names in every sentence with a figure or ruling one of the marks of its source, in %s', (lang) => {
    // A copy cites a reference only when the copied text contains one of its marks: each cited figure needs one.
    const problems: string[] = [];
    for (const [name, value] of fields(id, lang)) {
      const audience = audienceOfField(name);
      const cited: ArgumentSource[] =
        audience === 'general' ? (arg!.sources ?? []) : (arg!.audienceSources?.[audience as Exclude<Audience, 'general'>] ?? []);
      for (const c of CITABLE) {
        if (!c.source || !c.re.test(value)) continue;
        c.re.lastIndex = 0;
        const refs = cited.filter((s) => s.title.includes(c.source));
        if (!refs.some((s) => isCitedIn(s, value))) problems.push(`${name}: no mark of the source …${c.source}… in “${value}”`);
      }
    }
    expect(problems).toEqual([]);
  });

  it.each(LANGS)('has no dated term in %s', (lang) => {
    for (const [name, value] of fields(id, lang)) {
      const text = value.replace(/\((?:damals|then) Twitter\)/g, '');
      expect(DATED.exec(text)?.[0], `${id}.${lang}.${name}`).toBeUndefined();
    }
  });

  it.each(LANGS)('gives every figure and ruling its date and a matching source in %s', (lang) => {
    const problems: string[] = [];
    for (const [name, value] of fields(id, lang)) {
      const audience = audienceOfField(name);
      const cited: ArgumentSource[] =
        audience === 'general' ? (arg!.sources ?? []) : (arg!.audienceSources?.[audience as Exclude<Audience, 'general'>] ?? []);
      for (const sentence of sentences(value)) {
        let rest = sentence;
        for (const c of CITABLE) {
          for (const m of sentence.matchAll(c.re)) {
            rest = rest.replace(m[0], ' ');
            if (!cited.some((s) => s.title.includes(c.source))) problems.push(`${name}: “${m[0]}” needs a source titled …${c.source}…`);
            if (c.dated && !/\b(?:19|20)\d\d\b/.test(sentence)) problems.push(`${name}: “${m[0]}” needs a year in its sentence`);
          }
        }
        const stray = /\d/.exec(rest.replace(/\(?(?:damals|then) Twitter\)?/g, ''));
        if (stray) problems.push(`${name}: unsourced figure in “${sentence}”`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('has different German and English texts', () => {
    expect(arg!.text.de.claim).not.toBe(arg!.text.en.claim);
    expect(arg!.text.de.reasoning).not.toBe(arg!.text.en.reasoning);
  });
});

describe('German texts', () => {
  // ASCII spellings that stand in for ä/ö/ü/ß; none of them is a correct German word form.
  const SUBSTITUTES = [
    'fuer',
    'ueber',
    'koennen',
    'koennte',
    'moeglichkeit',
    'moeglich',
    'muessen',
    'waere',
    'gegenueber',
    'aussen',
    'gross',
  ];

  it('use umlauts and ß, not ASCII substitutes', () => {
    const found: string[] = [];
    for (const id of EXPECTED_IDS) {
      for (const [name, value] of fields(id, 'de')) {
        for (const w of words(value)) if (SUBSTITUTES.includes(w)) found.push(`${id}.de.${name}: ${w}`);
      }
    }
    expect(found).toEqual([]);
  });

  it('address nobody formally (the UI says "du") and use one gender form (neutral words, else the paired form; no generic masculine, asterisk or colon)', () => {
    const found: string[] = [];
    for (const id of EXPECTED_IDS) {
      for (const [name, value] of fields(id, 'de')) {
        // "Sie" or "Ihr…" inside a sentence is the formal address; at a sentence start it may be "they".
        const formal = /(?<![.!?:–]\s)(?<!^)\b(?:Sie|Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihnen)\b/.exec(value);
        if (formal) found.push(`${id}.de.${name}: formal “${formal[0]}”`);
        // Generic masculine forms of people, in every field including quoted objections (Nachahmer also reads
        // pejoratively); the UI's own form is the paired one ("Kolleginnen und Kollegen").
        const gender =
          /\w+[*:_]innen\b|\b(?:Mitarbeiter|Mitarbeitern|Bewerber|Bewerbern|Kunden|Nutzer|Nutzern|Investoren|Influencern?|Nachahmern?|Multiplikatoren|Wettbewerber|Teilnehmer|Leser)\b/.exec(
            value,
          );
        // A masculine form is allowed only as the second half of a paired form ("Investorinnen und Investoren").
        const paired = gender && new RegExp(`\\p{L}+innen und ${gender[0]}\\b`, 'u').test(value);
        if (gender && !paired) found.push(`${id}.de.${name}: gender form “${gender[0]}”`);
      }
    }
    expect(found).toEqual([]);
  });

  it('say "Pilotphase", never "ein(en) Pilot", and join main clauses with more than a comma', () => {
    const found: string[] = [];
    for (const id of EXPECTED_IDS) {
      for (const [name, value] of fields(id, 'de')) {
        const pilot = /\b(?:einen?|im|der|den|dem) Pilot\b/.exec(value);
        if (pilot) found.push(`${id}.de.${name}: “${pilot[0]}”`);
        // The comma splices found in review: a main clause after a comma that starts with a pronoun and a verb.
        const splice = /, (?:sie|es|er) (?:stehen|zeigt|steht|ist|sind)\b|, laut \w+ nutzten/.exec(value);
        if (splice) found.push(`${id}.de.${name}: comma splice “${splice[0]}”`);
      }
    }
    expect(found).toEqual([]);
  });

  it('contain umlauts or ß at all (a sanity check on the substitute check)', () => {
    const all = EXPECTED_IDS.flatMap((id) => fields(id, 'de').map(([, v]) => v)).join(' ');
    expect(all).toMatch(/[äöüÄÖÜß]/);
    expect(all.normalize('NFC')).toBe(all);
  });

  it('copy no eight-word run of the source post, in any field or language', () => {
    const copied: string[] = [];
    for (const id of EXPECTED_IDS) {
      for (const [name, value] of [...fields(id, 'de'), ...fields(id, 'en')]) {
        for (const run of copiedRuns(value)) copied.push(`${id}.de.${name}: "${run}"`);
      }
    }
    expect(copied).toEqual([]);
  });

  it('would detect a copied run (positive control for the fingerprints)', () => {
    // Eight words quoted from argument 1 of the post; the detector must flag them.
    const quoted = 'Wie gesagt: Twitter, Blogs und soziale Netzwerke sind die Orte dafür.';
    expect(copiedRuns(quoted)).toEqual(['twitter blogs und soziale netzwerke sind die orte']);
    expect(copiedRuns('Twitter, Blogs und soziale Netzwerke sind Orte dafür.')).toEqual([]);
  });
});

describe('English texts', () => {
  it('speak of the company in the third person: no "we", "our" or "us" outside a quoted objection', () => {
    const found: string[] = [];
    for (const id of EXPECTED_IDS) {
      for (const [name, value] of fields(id, 'en')) {
        if (name.startsWith('objections')) continue;
        const first = /\b(?:we|our|ours|ourselves|us)\b/i.exec(value);
        if (first) found.push(`${id}.en.${name}: “${first[0]}” in “${value}”`);
      }
    }
    expect(found).toEqual([]);
  });

  it('would flag a first-person sentence (positive control)', () => {
    expect(/\b(?:we|our|ours|ourselves|us)\b/i.test('A channel of our own is where it can be seen.')).toBe(true);
    expect(/\b(?:we|our|ours|ourselves|us)\b/i.test('Business profiles need a legal notice.')).toBe(false);
  });
});

describe('apostrophes', () => {
  // One style in catalog and UI: the typographic apostrophe, as the typographic quotes “…”.
  const straight = /(?<=\p{L})'(?=\p{L}|\s)/u;
  it('are typographic in every English catalog text', () => {
    const found = EXPECTED_IDS.flatMap((id) =>
      fields(id, 'en')
        .filter(([, v]) => straight.test(v))
        .map(([n, v]) => `${id}.en.${n}: ${v}`),
    );
    expect(found).toEqual([]);
  });
  it('are typographic in every English UI message', () => {
    const messages = JSON.parse(readFileSync(new URL('../../_locales/en/messages.json', import.meta.url), 'utf8')) as Record<
      string,
      { message: string }
    >;
    const found = Object.entries(messages)
      .filter(([, m]) => straight.test(m.message))
      .map(([k, m]) => `${k}: ${m.message}`);
    expect(found).toEqual([]);
  });
  it('would flag a straight apostrophe (positive control)', () => {
    expect(straight.test("We don't")).toBe(true);
    expect(straight.test('We don’t')).toBe(false);
  });
});

describe('objections tagged with audiences', () => {
  it('concern every internal audience somewhere in the catalog, the works council and legal more than once', () => {
    const count = new Map<string, number>();
    for (const id of EXPECTED_IDS)
      for (const o of objectionsOf(catalogById(id)!.text.de)) for (const a of o.audiences ?? []) count.set(a, (count.get(a) ?? 0) + 1);
    for (const a of AUDIENCES) expect(count.get(a) ?? 0, a).toBeGreaterThan(0);
    expect(count.get('works-council')).toBeGreaterThanOrEqual(2);
    expect(count.get('legal')).toBeGreaterThanOrEqual(2);
  });
});

describe('catalog data', () => {
  it('merges signals from SIGNALS as copies', () => {
    for (const arg of catalog) {
      const s = SIGNALS[arg.id];
      for (const lang of LANGS) {
        expect(arg.text[lang].signals).toEqual(s?.[lang] ?? []);
        if (s) expect(arg.text[lang].signals).not.toBe(s[lang]);
      }
    }
  });

  it('has no signal ids that are not arguments (no dangling references)', () => {
    for (const id of Object.keys(SIGNALS)) expect(EXPECTED_IDS, `signals for unknown id ${id}`).toContain(id);
  });

  it('credits the source post in both languages, one sentence each', () => {
    expect(SOURCE.title).toBe(SOURCE_TITLE);
    expect(SOURCE.url).toBeUndefined();
    expect(SOURCE.date).toBeUndefined();
    expect(SOURCE.author).toBeUndefined();
    for (const lang of LANGS) {
      expect(SOURCE_CREDIT[lang]).toContain(SOURCE_TITLE);
      expect(sentences(SOURCE_CREDIT[lang])).toHaveLength(1);
    }
  });
});

function SEED_RUN_HASHES(): string {
  return `
  e0a5c1dc 13b19c6a 09a5dde9 d05e6a05 b3c3ab0c d0b14f65 ec1be091 4d587c95 e49edddf 4b042dd0 7f8157b0
  efa4eb88 728dda0e c83815e4 65a81cc3 8970dd8d 3534146f 4cc4314d 95677b1f 9eac5847 4eac71b4 387ee9d8
  f348e6d2 2481f08b c1ce1e02 45673786 d35e6aa5 10bde36d e40ee45c 2d903413 5e6ffcfa 3eef50d4 cd401e9f
  8d02959a c2c45179 c986afa8 e4aca96d 6d469bf8 aaa29175 fd5cd296 d6804856 0f450bcb 17705fd1 3259ba75
  0a1b03ee 7bf03227 16e11f06 f6727797 851589a0 aa389200 89efbf5b 66de40b9 869070e4 f0c4aad1 a77ef83d
  5286d1e9 eacdf549 8356be68 5db8199a b0d9fc4f 1ab42491 e555238e 8505775c f49c77e2 31a8900f 1105a450
  f664632b f7bb67ac 0b8f33f9 ad46b4cb 2024b9af d254ee5a 1dd66575 c4c3894b 0af862f0 208aa1da 8051b602
  015567e5 aa75fe67 c9a5977d 46b348e7 20b5e6bd 2a8a8c46 ae8ac1fd 747cf9ff 0d0eaea2 4f3e8f39 840bc572
  b47d3888 8bb482d4 e93036a4 42ddd414 ddcfdd20 55596f5c b7b5138a 50fcd054 cef3524c 8d3dc64c c8a56bcb
  bd3cb188 f744e1c8 6279442c 520a9fdc a11ceef9 26ba5c6d ef531dd4 877c0636 08138e24 ef94c354 98569b51
  b15febd0 3a2d5385 808d98d7 5093160d efebc7b5 eca278f0 f226d1a8 b84d9d48 56016b6d ec284afd cdd16cb5
  90bd254c 97f73443 cc486624 9dd390a8 a9c2e91b ad691297 d724d630 cde57845 cb047c6a c7175a92 194878bf
  cdaa75de 5c4a2e78 95d5e6cd 04ffb652 f58d07f2 b42d7202 392a556e 52f78977 d0c090b1 e62d12f6 3819718e
  6f128b6a 665d33aa 0cbf10c0 b22898e2 da69f3f9 522b8c93 8b2fc334 3e5a7a4d df835519 1215c1ca 040489bd
  4f5d0e66 b5e49869 9b26f588 c7c0faa1 86403a1f 9cbe6452 a4143106 d302c12a f8cca612 709efeac edce6389
  2a2db090 95b1b652 1925584d cc302694 ee9280c7 916b78cb bedd387c d5f7b67b c322a8fd 04fba8b2 481f3b8f
  37110c36 e4dc6307 c882e75c eb663b0c 0aea02ca 503521b8 2c1492e3 5dbaeeb2 044dddea bc637345 7904ff94
  2e264fe4 d7e9fc5d f380f041 3be2de17 98f6b9f6 e3bae100 5a763901 cde12dbe d9aaf086 9da9ba6c 65215362
  dd529071 019cb34d c10151f1 f92fd5bc 452068a2 0e27e2fa becc4be3 80446b01 5e417239 9be928db 4cd2a2b5
  3d4007c7 0b46a44c 471e5a5f a7773641 54a25667 94771a5c 66f1dd1f ed1fcb20 b8a7c2b8 1bfc7802 7a1349fc
  5ef1c501 459a4200 85a6fdc8 0a07cd7f 28300b1d a3cae536 a0ec0a86 1a69abff df8560da 74027582 ed5b38af
  8c4f7143 9361fe85 b653e934 faf5a18a 867b95d7 4d1fb2e0 97a57bb0 f6870e5a 35f25ecc 8ac18eb3 1719b8f5
  dceeb01a 4c464ae3 75ec196c 1e84cc02 f4b71b87 8271436c 7e4add4e 679ca1d5 9b9d4825 40d6987e 5b36dfa7
  1f19fdc7 0b8fd483 342f3796 914b8aa3 d4b7f03e a805f88f 4bfd3f23 ce40d3ca 6872a176 19d17fa1 49d22b3c
  02dad1b3 2f75a585 f0d12ebb e6b86749 e12f1b45 fc8c13d6 35024544 38fe07e7 fb436f6b b05e6f0d 545476e9
  40b0eca4 b00cd713 7c3619ed c304d579 4301f809 fb5e964b c5070b85 f4d644af dddecd87 25981101 7e02d56a
  70ec6d0e fa961845 b3c01170 ac1be466 4f6c3e8b 125ee976 3a2fb206 8548bf26 1ec7d8b1 610aea1a 643311b9
  bc5042bd 1c5376bc 0386e4da 60a856a8 94f065d3 a3e3d971 f5a3591d eadbda2e 84786e78 d93d59f9 26e29e89
  ff2c647d 4485427a a003dbc7 246f9106 3c66867b 8bc7c41a 36962208 8986b101 b7a9a0af ae9cf51c 2e8d370a
  6629732c 6fdc4a7b bf384b93 fdbe41d6 f51fe9b8 fc5e9ee1 bde04ba2 68d564e8 c971c810 a0a94569 a3fa7417
  0365572d 91be0016 fd538106 213da991 81c1ca37 74ec1700 af95637f e25c0009 3c635980 06fc3794 987b24c0
  e7e47e67 70b6b2b8 5d9957dc ea9ef1ba a1627c0c f767bfc8 33a2769b b92e9453 a9cc2725 bbb88424 4f9b0c6c
  a5af10c3 f7c76a7c d31886bc 496b0b16 47169782 3959a05c 5f81c73e 3f9031fc 01c7901f b4d6cb59 7a6be5ac
  ebe10e01 fd331d9f 6e06dcdc bfab6ceb 052634d9 6959cba5 6ae5ff2c 891cc8db d2aa8659 f3d8f3fe 22d6e15e
  5e2fb6bd 1f5c6d42 750a9c46 707eec0e bd5f505e 7504cc80 a4cd8996 09e76876 1c4815b4 7ba121db edddde18
  60b45ac0 e4cb9c28 0a07b73e a7c55651 301f95f4 764ca803 c50e8610 aacc42ba ded5aee4 6428e67f 90ba8f15
  94739ef5 d006723f 51478931 71c78891 1411db53 f448f832 5396c0c8 c5512a95 ee43928d 7813dad4 f6f6e3bd
  1e1680d7 891b8ccf 5a97124e 757b68d1 e4df61a0 8e7ab0b0 df51704a b991053f ad48a97e 7b47084d 0b7a7ec0
  79267be3 e6390009 38da8651 b6f78efb 4e97182f 0397887e 3e93e90d d760eb45 331a268e 6a4b3d24 96acd737
  1ad4c349 59420c63 922dde21 15f95fb5 fb6b5082 22096a72 d11444f0 b011a81d f6f1f9c7 9e492a75 603a4aae
  fdc97a05 e345c5f9 ca29ba07 2679d934 7c3e9ee3 1f7bda1d 8701cf38 d3173526 0196dcb4 6f77eb9a e674b9bb
  f2e59241 70881101 22d6f6cd 250b9f27 b6b97341 0c8e2b16 9e702454 1026d746 74102139 e9188997 2046fad1
  00eb5e5f 3a35fe6a f1051c25 aab66361 8be5b9c2 bcd32b63 064e924a f30c2bbe f6de16bd 14abfcb4 8ea7e6f8
  02cd4929 f6d9e57b 46718284 66e79061 45e1dda9 9a31f80b ff52f1ab c0baedbf 28ea27d9 c86d72d7 d679f417
  35518f05 ae18f963 52459f08 306b0af1 1019ad7b f9b1fb7b 1cb83b6f 041e0508 8a438dff 370d342e a248aa62
  c7204df9 73d56f07 4421d6de 47860cf6 22a286a0 554db6e8 3d8f2314 0ef6ae80 71f5c056 d0406011 293a6341
  354b5b11 0421d60a 757d56a9 dc5a2562 e9f30947 8d6545eb 3eb2835f 1a706f78 6e26ef7d b084e44c 45f584c9
  37958067 d51fec97 d353a229 d1fb78da bb06d294 98318509 74bcba61 e8956121 3d46d0f6 e67bfe0c ab9e4f7b
  892bb4a0 fc1c00e7 818c18bb 7fae42db eb96d3a5 e22088fc d49601ae 3db7ceb6 db3c724b 85adb01c 6a87dc41
  6a0612ee 8cc4ba8c 1fd63475 28fb5c82 f49a4c6e b4b6c3f8 5c7f3737 d5e998c4 8a132151 2a3155e7 a6260e1a
  501135b3 3fe608b4 cc8f9ad6 7bec3246 e0290ee5 97d8c4b4 9a1ef7bd 5c5dccb6 ce367fa4 cb24efbd 7dbcd818
  b4e51333 e2334eb7 5c424040 c37d4b77 619893df e6ce0916 ca154814 9fbad9b9 74348676 915914ee 076b6c7f
  b8eef66b 0b853141 f58a9cbe 8d54d300 93179171 15395bf8 acd6b603 a7fc7f21 4e153f2a d0d2c4a7 c285400d
  8371ba88 8bfea31e f07e256e 4670765b c4dbf721 9e4e2941 cfcb61a2 50a6ade7 19a03772 4186615a b51a4a25
  079e1a22 30fe6c25 b45c35a0 b27783bc ea3e14b8 c4f21051 31015682 b03ddb6a 0d249784 f851910c 67da7351
  0755b9ac 6e5e9e1b 2e1b9d2c 3c158c43 dfdfa633 41050286 5ea2d224 8b801159 96d56651 bf4fad92 378e9e8a
  e54aca2c 0cbdd7ac fc39389e b4b5823c 7b7e958e 55b343b1 1e3870e7 22cfa20a 4275c38c 9a70cdac 64c44a8c
  41fb8900 1d2a21a9 4c00e730 eef5db6b 25e62d38 b1ec3d19 89f8a426 d9d496d2 dc4f8df3 98c9c685 b6aafbcf
  88318929 45c0a5de f6c4353e d0c95280 3de4aac6 35bcd6db 2f5a79b8 f9def65c 8b2c8721 f56333a9 3e55864b
  3f313aa3 66653070 1acfc95a 50cf5ac4 c8234a03 d3ff30e2 e7459111 4def866a ccf746b4 2f377060 9b8db862
  5f3bb6c3 9578e5c5 1b3d77cc 0f90118e 9bfe9411 7450cfb0 3989088b dff54919 307d0c48 c8f06184 4c1f17ca
  911426a9 aa3a32cd cda7606d edae7e68 456e6914 59d8d308 a8aecc36 43fbd9a6 3b01c458 6171e4f5
`;
}

describe('catalog claims a reviewer checked (issue 18, sixth review)', () => {
  const all = (lang: Lang) => EXPECTED_IDS.flatMap((id) => fields(id, lang).map(([name, v]): [string, string] => [`${id}.${name}`, v]));

  it.each(LANGS)('sets a test budget only with a cap still to be decided, never a figure, in %s', (lang) => {
    for (const [name, v] of all(lang)) {
      if (!/Testbudget|test budget/.test(v)) continue;
      expect(v, name).toMatch(lang === 'de' ? /Obergrenze/ : /\bcap\b/);
      expect(v, name).not.toMatch(/\d+\s*(?:€|Euro|EUR)/);
    }
  });

  it.each(LANGS)('says replies on X can be limited per post, not that they cannot be switched off, in %s', (lang) => {
    for (const [name, v] of all(lang)) {
      expect(v, name).not.toMatch(/die sich nicht abschalten lässt|which cannot be switched off/);
      if (/2 TaBV 5\/18/.test(v) && /abschalten|switched off/.test(v)) expect(v, name).toMatch(/je Beitrag|post by post/);
    }
  });

  it.each(LANGS)('does not offer the reference to Meta’s addendum as enough on its own, in %s', (lang) => {
    for (const [name, v] of all(lang)) {
      if (!/Page Insights Controller Addendum|Metas Vereinbarung|Meta’s addendum|platform’s arrangement|Vereinbarung der Plattform/.test(v))
        continue;
      expect(v, name).toMatch(/DSK/);
    }
  });

  it.each(LANGS)('cites the CJEU’s pastiche judgment wherever § 51a UrhG is named, in %s', (lang) => {
    for (const [name, v] of all(lang)) if (/51a/.test(v)) expect(v, name).toMatch(/C-590\/23/);
  });

  it.each(LANGS)('answers a works-council objection in the arguments a works council asks about first, in %s', (lang) => {
    for (const id of ['target-groups', 'criticism', 'faces', 'employer-branding', 'first-mover', 'internal-communication']) {
      const own = objectionsOf(catalogById(id)!.text[lang]!).filter((o) => o.answer && o.audiences?.includes('works-council'));
      expect(own.length, id).toBeGreaterThan(0);
    }
  });
});
