/** Copy formats of one argument and of a briefing: plain, Markdown, HTML, X; escaping, audiences, sources, lengths. */
import { describe, expect, it } from 'vitest';
import type { Argument } from '../../src/catalog/types';
import {
  claimAfterColon,
  escapeMarkdown,
  formatArgument,
  formatBriefing,
  formatForX,
  formatSourceDate,
  plainToHtml,
  reasoningFor,
  sourcesLine,
  X_MAX_LENGTH,
  xWeightedLength,
} from '../../src/copy/index';

/** A test argument with characters that need escaping in every format. */
const tricky: Argument = {
  id: 'tricky',
  origin: 'user',
  text: {
    en: {
      title: 'Fish & <Chips>',
      claim: 'Use *stars* and _under_ [links](x) "quoted".',
      reasoning: 'First sentence. Second sentence! Third one?',
      signals: ['fish'],
      objections: ['Too salty'],
      audiences: { management: 'Management reasoning.', it: '   ' },
    },
    de: {
      title: 'Fisch',
      claim: 'Behauptung.',
      reasoning: 'Begründung.',
      signals: ['fisch'],
      objections: ['Zu salzig'],
    },
  },
  sources: [
    { title: 'Report [2020]', url: 'https://example.org/a (b)', date: '2020' },
    { title: 'Evil', url: 'javascript:alert(1)' },
  ],
};

const long: Argument = {
  id: 'long',
  origin: 'user',
  text: {
    en: {
      title: 'Long',
      claim: 'A claim that is short enough.',
      reasoning: Array.from({ length: 12 }, (_, i) => `Sentence number ${i + 1} adds some more words here.`).join(' '),
      signals: ['long'],
      objections: ['Too long'],
    },
  },
  sources: [{ title: 'Home', url: 'https://example.com/some/very/long/path/that/x/shortens/anyway' }],
};

describe('formatArgument', () => {
  it('by default gives title, claim and reasoning as plain text and escaped HTML', () => {
    const p = formatArgument(tricky, 'en');
    expect(p.plain).toBe('Fish & <Chips>\n\nUse *stars* and _under_ [links](x) "quoted".\n\nFirst sentence. Second sentence! Third one?');
    expect(p.html).toContain('<strong>Fish &#38; &#60;Chips&#62;</strong>');
    expect(p.html).toContain('&#34;quoted&#34;');
    expect(p.html).not.toContain('<Chips>');
  });

  it('plain format gives unformatted HTML: no bold, line breaks kept', () => {
    const p = formatArgument(tricky, 'en', { format: 'plain' });
    expect(p.html).not.toContain('<strong>');
    expect(p.html.match(/<p>/g)).toHaveLength(3);
  });

  it('Markdown escapes special characters and keeps the HTML flavour formatted', () => {
    const p = formatArgument(tricky, 'en', { format: 'markdown' });
    expect(p.plain.startsWith('**Fish & \\<Chips\\>**')).toBe(true);
    expect(p.plain).toContain('Use \\*stars\\* and \\_under\\_ \\[links\\](x)');
    expect(p.html).toContain('<strong>');
  });

  it('uses the audience variant, falling back to the reasoning when missing or blank', () => {
    expect(formatArgument(tricky, 'en', { audience: 'management' }).plain).toContain('Management reasoning.');
    expect(formatArgument(tricky, 'en', { audience: 'hr' }).plain).toContain('First sentence.');
    expect(formatArgument(tricky, 'en', { audience: 'it' }).plain).toContain('First sentence.');
    expect(formatArgument(tricky, 'de', { audience: 'management' }).plain).toContain('Begründung.');
  });

  it('one-line length gives title and claim without reasoning', () => {
    const p = formatArgument(tricky, 'en', { length: 'line', format: 'plain' });
    // English continues in lower case after the title's colon.
    expect(p.plain).toBe('Fish & <Chips>: use *stars* and _under_ [links](x) "quoted".');
    expect(p.plain).not.toContain('\n');
  });

  it('one-line length leaves out a title the claim already says', async () => {
    const { catalogById } = await import('../../src/catalog/index');
    const line = (id: string) => formatArgument(catalogById(id)!, 'de', { length: 'line', format: 'plain' }).plain;
    expect(line('target-groups')).toBe(catalogById('target-groups')!.text.de.claim);
    expect(line('transparency')).toBe(`Transparenz zeigen statt versprechen: ${catalogById('transparency')!.text.de.claim}`);
    const md = formatArgument(catalogById('first-mover')!, 'en', { length: 'line', format: 'markdown' });
    expect(md.html).not.toContain('<strong>');
    // A claim opening with a name keeps its capital after the colon; German keeps it always.
    expect(claimAfterColon('LinkedIn suits B2B.', 'en')).toBe('LinkedIn suits B2B.');
    expect(claimAfterColon('A company can.', 'en')).toBe('a company can.');
    expect(claimAfterColon('Ein Unternehmen kann.', 'de')).toBe('Ein Unternehmen kann.');
  });

  it('appends a citation line only when asked, and links only web addresses', () => {
    expect(formatArgument(tricky, 'en').plain).not.toContain('Sources');
    const plain = formatArgument(tricky, 'en', { format: 'plain', includeSources: true }).plain;
    expect(plain.endsWith('Sources: Report [2020] (2020), https://example.org/a%20(b); Evil')).toBe(true);
    const html = formatArgument(tricky, 'en', { format: 'html', includeSources: true }).html;
    expect(html).toContain('<a href="https://example.org/a%20(b)">Report [2020]</a> (2020)');
    expect(html).not.toContain('javascript:');
    const md = formatArgument(tricky, 'en', { format: 'markdown', includeSources: true }).plain;
    expect(md).toContain('*Sources:* [Report \\[2020\\]](https://example.org/a%20%28b%29) (2020); Evil');
  });

  it('says "Quelle" for one source in German', () => {
    expect(sourcesLine([{ title: 'Studie' }], 'de', 'plain')).toBe('Quelle: Studie');
    expect(sourcesLine([], 'de', 'plain')).toBe('');
  });

  it('falls back to the other language when the argument lacks one', () => {
    expect(formatArgument(long, 'de', { format: 'plain' }).plain.startsWith('Long\n\n')).toBe(true);
  });
});

describe('HTML of a reasoning in paragraphs', () => {
  it("keeps a user's paragraphs and line breaks apart instead of running them into one paragraph", () => {
    const paras: Argument = { ...long, text: { en: { ...long.text.en!, reasoning: 'First paragraph.\n\nSecond one\nwith a break.' } } };
    const { html } = formatArgument(paras, 'en', { format: 'html' });
    expect(html).toContain('<p>First paragraph.</p><p>Second one<br>with a break.</p>');
  });
});

describe('X variant', () => {
  it('ends on the point: the claim, then the last sentence of the reasoning, within 280 as X counts', () => {
    const text = formatForX(long, 'en');
    expect(xWeightedLength(text)).toBeLessThanOrEqual(X_MAX_LENGTH);
    expect(text).toBe('A claim that is short enough.\n\nSentence number 12 adds some more words here.');
  });

  it('ends on the claim when the point does not fit after it', () => {
    const wordy: Argument = { ...long, text: { en: { ...long.text.en!, reasoning: `Set-up. ${'Point '.repeat(60).trim()}.` } } };
    expect(formatForX(wordy, 'en')).toBe('A claim that is short enough.');
  });

  it('a point cut after an abbreviation ("z. B.") is no point: the post is the claim alone', () => {
    const abbr: Argument = {
      ...long,
      text: {
        de: {
          ...long.text.en!,
          claim: 'Wir zeigen, wie Ausbildung bei uns aussieht.',
          reasoning: 'Einstieg. Wir messen Reichweite selbst, z. B. für Azubis.',
        },
      },
    };
    expect(formatForX(abbr, 'de')).toBe('Wir zeigen, wie Ausbildung bei uns aussieht.');
  });

  it("a user's formatted reasoning (a list or a quotation at its end, lines within a paragraph) gives a post of the claim alone", () => {
    for (const reasoning of [
      'Why:\n\n- faster answers\n- fewer calls',
      'As a customer wrote:\n\n> Finally someone answers.',
      'First line\nsecond line of the same paragraph',
    ]) {
      const formatted: Argument = { ...long, text: { en: { ...long.text.en!, reasoning } } };
      expect(formatForX(formatted, 'en')).toBe('A claim that is short enough.');
    }
  });

  it('never posts an internal audience variant: X copies the general text', () => {
    const text = formatArgument(tricky, 'en', { format: 'x', audience: 'management' }).plain;
    expect(text).not.toContain('Management reasoning.');
    expect(text).toContain('Third one?');
  });

  it('counts the source link as 23 and keeps it whole', () => {
    const text = formatForX(long, 'en', { includeSources: true });
    const url = long.sources?.[0]?.url ?? '';
    expect(text.endsWith(`\n${url}`)).toBe(true);
    expect(url.length).toBeGreaterThan(23);
    expect(xWeightedLength(text)).toBeLessThanOrEqual(X_MAX_LENGTH);
  });

  it('cuts a claim that alone is too long', () => {
    const huge: Argument = { ...long, text: { en: { ...long.text.en!, claim: 'word '.repeat(120) } } };
    const text = formatForX(huge, 'en');
    expect(text.endsWith('…')).toBe(true);
    expect(xWeightedLength(text)).toBeLessThanOrEqual(X_MAX_LENGTH);
  });

  it('payload in x format has the same text in both flavours', () => {
    const p = formatArgument(long, 'en', { format: 'x', length: 'line' });
    expect(p.plain).toBe('A claim that is short enough.');
    expect(p.html).toBe('<p>A claim that is short enough.</p>');
  });
});

describe('escaping helpers', () => {
  it('escapes block markers only at line starts', () => {
    expect(escapeMarkdown('# a - b\n- c\n1. d')).toBe('\\# a - b\n\\- c\n1\\. d');
  });
  it('plainToHtml escapes and turns single breaks into <br>', () => {
    expect(plainToHtml('a<b\nc\n\nd')).toBe('<p>a&#60;b<br>c</p><p>d</p>');
  });
  it('reasoningFor general is the reasoning', () => {
    expect(reasoningFor(tricky.text.en!, 'general')).toBe('First sentence. Second sentence! Third one?');
  });
});

describe('formatBriefing', () => {
  const items = [
    { arg: tricky, length: 'full' as const },
    { arg: long, length: 'line' as const },
  ];

  it('plain: title, numbered items, the objection for full items only', () => {
    const p = formatBriefing(items, { lang: 'en', title: '  Board meeting ', format: 'plain' });
    const lines = p.plain.split('\n');
    expect(lines[0]).toBe('Board meeting');
    // The opening lines: a summary, one sentence per item (its claim), and the decision requested (user arguments state
    // no effort).
    expect(lines[2]).toBe(`Summary: ${tricky.text.en!.claim} ${long.text.en!.claim}`);
    expect(lines[3]).toMatch(/^Decision requested: /);
    expect(lines[5]).toBe('1. Fish & <Chips>');
    // Claim and reasoning are paragraphs of their own.
    expect(p.plain).toContain('1. Fish & <Chips>\n\nUse *stars*');
    expect(p.plain).toContain('"quoted".\n\nFirst sentence.');
    // The user argument has no answer, so the objection is named without claiming one.
    expect(p.plain).toContain('\n\nObjection: “Too salty”\n\n');
    expect(p.plain).not.toMatch(/Answer|answers the objection/i);
    expect(p.plain.endsWith('2. Long: a claim that is short enough.')).toBe(true);
    expect(p.plain).not.toContain('Too long');
    expect(p.included).toBe(2);
  });

  it('ends each summary sentence with a full stop, also for a user claim without one', () => {
    const bare: Argument = { ...long, text: { en: { ...long.text.en!, claim: 'No full stop here' } } };
    const p = formatBriefing([{ arg: bare, length: 'line' }, items[0]!], { lang: 'en', title: '', format: 'plain' });
    expect(p.plain.startsWith(`Summary: No full stop here. ${tricky.text.en!.claim}`)).toBe(true);
  });

  it('keeps the given order', () => {
    const p = formatBriefing([...items].reverse(), { lang: 'en', title: '', format: 'plain' });
    expect(p.plain.startsWith(`Summary: ${long.text.en!.claim} ${tricky.text.en!.claim}`)).toBe(true);
    expect(p.plain).toContain('\n\n1. Long: ');
    expect(p.plain).toContain('\n\n2. Fish & <Chips>\n\n');
  });

  it('uses a chosen objection, and German quotes and labels', () => {
    const p = formatBriefing([{ arg: tricky, length: 'full', objection: 'Zu teuer' }], { lang: 'de', title: 'T', format: 'plain' });
    expect(p.plain).toContain('Einwand: „Zu teuer“');
    expect(p.plain).not.toContain('Antwort');
  });

  it('copies an objection with its answer as "Objection: … – Answer: …"', () => {
    const answered: Argument = {
      ...tricky,
      text: {
        en: { ...tricky.text.en!, objections: ['Too salty', 'Too oily'], answers: ['', 'We drain it.'], objectionTopics: ['', 'no-roi'] },
      },
    };
    const p = formatBriefing([{ arg: answered, length: 'full' }], { lang: 'en', title: '', format: 'plain' });
    // The default is the first objection that has an answer.
    expect(p.plain).toContain('Objection: “Too oily” – Answer: We drain it.');
    const md = formatBriefing([{ arg: answered, length: 'full' }], { lang: 'en', title: '', format: 'markdown' }).plain;
    expect(md).toContain('> **Objection:** “Too oily” – **Answer:** We drain it.');
    const html = formatBriefing([{ arg: answered, length: 'full' }], { lang: 'en', title: '', format: 'html' }).html;
    expect(html).toContain('<p><strong>Objection:</strong> “Too oily” – <strong>Answer:</strong> We drain it.</p>');
  });

  it('names the objection found on the page by its topic, with the own answer of the argument', () => {
    const answered: Argument = {
      ...tricky,
      text: { en: { ...tricky.text.en!, objections: ['A', 'B'], answers: ['Answer A.', 'Answer B.'], objectionTopics: ['', 'no-roi'] } },
    };
    const found = formatBriefing([{ arg: answered, length: 'full', topic: 'no-roi' }], { lang: 'en', title: '', format: 'plain' });
    expect(found.plain).toContain('Objection: “B” – Answer: Answer B.');
    // A topic the argument does not answer falls back to its first answered objection.
    const other = formatBriefing([{ arg: answered, length: 'full', topic: 'legal-risk' }], { lang: 'en', title: '', format: 'plain' });
    expect(other.plain).toContain('Objection: “A” – Answer: Answer A.');
  });

  it('Markdown: escaped title heading, item headings, quoted objection', () => {
    const p = formatBriefing(items, { lang: 'en', title: 'Q&A *now*', format: 'markdown' });
    // The opening lines are a list, so that paste targets that drop Markdown's trailing-space breaks keep them apart.
    expect(p.plain).toMatch(/^## Q&A \\\*now\\\*\n\n- \*\*Summary:\*\* Use \\\*stars\\\*/);
    expect(p.plain).toContain('A claim that is short enough.\n- **Decision requested:**');
    expect(p.plain).toContain('\n\n### 1. Fish & \\<Chips\\>');
    expect(p.plain).toContain('> **Objection:** “Too salty”');
    expect(p.plain).toContain('**2. Long:** a claim that is short enough.');
  });

  it('HTML: escaped title and sources when asked', () => {
    const p = formatBriefing(items, { lang: 'en', title: '<script>', format: 'html', includeSources: true });
    expect(p.html.startsWith('<h2>&#60;script&#62;</h2><p><strong>Summary:</strong> Use *stars*')).toBe(true);
    expect(p.html).toContain('A claim that is short enough.<br>');
    expect(p.html).toContain('</p><h3>1. Fish &#38; &#60;Chips&#62;</h3>');
    expect(p.html).toContain('<a href="https://example.org/a%20(b)">');
    // Line items carry no sources.
    expect(p.html).not.toContain('example.com/some');
  });

  it('uses the audience variant', () => {
    const p = formatBriefing(items, { lang: 'en', title: '', format: 'plain', audience: 'management' });
    expect(p.plain).toContain('Management reasoning.');
  });

  it('X: the first item’s own post, without the internal title or a numbered list, counting one included', () => {
    const many = Array.from({ length: 12 }, () => ({ arg: long, length: 'full' as const }));
    const p = formatBriefing(many, { lang: 'en', title: 'Why social media', format: 'x' });
    expect(xWeightedLength(p.plain)).toBeLessThanOrEqual(X_MAX_LENGTH);
    expect(p.included).toBe(1);
    expect(p.plain).toBe(formatForX(long, 'en'));
    expect(p.plain).not.toContain('Why social media');
    expect(p.plain).not.toMatch(/^1\. /);
  });

  it('refuses an empty briefing with a clear message', () => {
    expect(() => formatBriefing([], { lang: 'en', title: 'x', format: 'plain' })).toThrow(/at least one argument/);
  });
});

describe('citations of built-in-style sources', () => {
  const seed = { title: 'Ein Beitrag', kind: 'seed' as const };
  const ruling = {
    title: 'BAG, Beschluss 1 ABR 7/15',
    translations: { en: { title: 'Federal Labour Court, decision 1 ABR 7/15' } },
    author: 'Bundesarbeitsgericht',
    date: '2016-12-13',
    url: 'https://example.org/bag',
    kind: 'reference' as const,
    marks: ['1 ABR 7/15'],
  };
  const study = { title: 'Studie 2024', date: '2024', url: 'https://example.org/study', kind: 'reference' as const, marks: ['Studie'] };
  const arg: Argument = {
    id: 'cited',
    origin: 'builtin',
    text: {
      de: {
        title: 'Titel',
        claim: 'Behauptung.',
        reasoning: 'Eins. Zwei. Der Punkt steht allein.',
        signals: ['x'],
        objections: ['Einwand'],
        answers: ['Laut Studie ist das so.'],
        audiences: { legal: 'Nach 1 ABR 7/15 gilt das.', hr: 'Ohne Quelle.' },
      },
      en: {
        title: 'Title',
        claim: 'Claim.',
        reasoning: 'One. Two. The point stands alone.',
        signals: ['x'],
        objections: ['Objection'],
        answers: ['The Studie says so.'],
        audiences: { legal: 'Under 1 ABR 7/15 it holds.', hr: 'No source.' },
      },
    },
    sources: [seed, study],
    audienceSources: { legal: [ruling], hr: [] },
  };

  it('writes dates as the language does, once, with the title of that language', () => {
    const de = sourcesLine([ruling], 'de', 'plain');
    expect(de).toBe('Quelle: BAG, Beschluss 1 ABR 7/15 (Bundesarbeitsgericht, 13.12.2016), https://example.org/bag');
    expect(sourcesLine([ruling], 'en', 'plain')).toBe(
      'Source: Federal Labour Court, decision 1 ABR 7/15 (Bundesarbeitsgericht, 13 December 2016), https://example.org/bag',
    );
    expect(formatSourceDate('2022-03', 'de')).toBe('März 2022');
    expect(formatSourceDate('2022-03', 'en')).toBe('March 2022');
    expect(formatSourceDate('2024', 'de')).toBe('2024');
    expect(formatSourceDate('soon', 'en')).toBe('soon');
  });

  it('credits the seed post as a restated blog post, without unknown author or date', () => {
    expect(sourcesLine([seed], 'de', 'plain')).toBe('Grundlage: Blogbeitrag „Ein Beitrag“, für 2026 neu gefasst');
    expect(sourcesLine([seed], 'en', 'plain')).toBe('Based on: the German blog post “Ein Beitrag”, restated for 2026');
  });

  it('cites only the references of what the copy contains', () => {
    const general = formatArgument(arg, 'de', { format: 'plain', includeSources: true }).plain;
    expect(general.endsWith('Grundlage: Blogbeitrag „Ein Beitrag“, für 2026 neu gefasst')).toBe(true);
    expect(general).not.toContain('Studie 2024');
    const briefing = formatBriefing([{ arg, length: 'full' }], { lang: 'de', title: '', format: 'plain', includeSources: true });
    expect(briefing.plain).toContain('Quelle:\n– Studie 2024 (2024), https://example.org/study');
  });

  it('keeps the seed credit on an audience variant and says the variant is ours, with or without references', () => {
    const legal = formatArgument(arg, 'en', { format: 'plain', audience: 'legal', includeSources: true }).plain;
    expect(
      legal.endsWith(
        'Based on: the German blog post “Ein Beitrag”, restated for 2026 and extended for the legal department. Source: Federal Labour Court, decision 1 ABR 7/15 (Bundesarbeitsgericht, 13 December 2016), https://example.org/bag',
      ),
    ).toBe(true);
    const hr = formatArgument(arg, 'de', { format: 'plain', audience: 'hr', includeSources: true }).plain;
    expect(hr.endsWith('Grundlage: Blogbeitrag „Ein Beitrag“, für 2026 neu gefasst und für die Personalabteilung erweitert')).toBe(true);
  });

  it('a one-line copy is the general claim and cites like the general text, whatever the audience', () => {
    const line = formatArgument(arg, 'en', { format: 'plain', audience: 'legal', length: 'line', includeSources: true }).plain;
    expect(line).toBe('Title: claim.\n\nBased on: the German blog post “Ein Beitrag”, restated for 2026');
  });

  it('opens the X post of a built-in with the first sentence of its reasoning (its hook), a one-line post with the claim', () => {
    expect(formatForX(arg, 'de')).toBe('Eins.\n\nDer Punkt steht allein.');
    expect(formatForX(arg, 'de', { length: 'line' })).toBe('Behauptung.');
  });

  it('links an X post only to a reference whose mark the post contains', () => {
    expect(formatForX(arg, 'de', { includeSources: true })).toBe('Eins.\n\nDer Punkt steht allein.');
    const withFigure: Argument = {
      ...arg,
      text: { ...arg.text, de: { ...arg.text.de!, reasoning: 'Laut Studie gilt das. Zwei. Der Punkt steht allein.' } },
    };
    expect(formatForX(withFigure, 'de', { includeSources: true })).toBe(
      'Laut Studie gilt das.\n\nDer Punkt steht allein.\nhttps://example.org/study',
    );
  });
});

describe('one argument copied for an internal audience', () => {
  it('ends with the answered objection that concerns the audience, in every format but X, and never for the public text', async () => {
    const { catalog } = await import('../../src/catalog');
    const { answerForAudience, SPECIFIC_AUDIENCES } = await import('../../src/catalog/types');
    const { objectionLine } = await import('../../src/copy/index');
    let named = 0;
    for (const arg of catalog) {
      for (const lang of ['de', 'en'] as const) {
        const label = lang === 'de' ? 'Einwand:' : 'Objection:';
        for (const format of ['plain', 'markdown', 'html'] as const) {
          expect(formatArgument(arg, lang, { format }).plain).not.toContain(label);
          for (const audience of SPECIFIC_AUDIENCES) {
            const o = answerForAudience(arg.text[lang]!, audience);
            const p = formatArgument(arg, lang, { format, audience, includeSources: true });
            const body = p.plain.slice(0, p.plain.lastIndexOf('\n\n'));
            if (!o) {
              expect(p.plain, `${arg.id}.${lang}.${audience}`).not.toContain(label);
              continue;
            }
            named++;
            const answer = lang === 'de' ? 'Antwort:' : 'Answer:';
            expect(body.slice(body.lastIndexOf('\n\n') + 2), `${arg.id}.${lang}.${audience}.${format}`).toContain(label);
            expect(p.html, `${arg.id}.${lang}.${audience}`).toContain(answer);
            if (format === 'plain') expect(body.endsWith(objectionLine(o, lang)), `${arg.id}.${lang}.${audience}`).toBe(true);
          }
        }
        for (const audience of SPECIFIC_AUDIENCES) {
          const x = formatArgument(arg, lang, { format: 'x', audience }).plain;
          expect(x).not.toContain(label);
          const line = formatArgument(arg, lang, { format: 'plain', audience, length: 'line' }).plain;
          expect(line).not.toContain(label);
        }
      }
    }
    expect(named).toBeGreaterThan(0);
  });
});

describe('sources of an audience variant that carries an objection answer', () => {
  it('lists the general references the copied answer cites (criticism for management: the DSK and VG Köln), and only those', async () => {
    const { catalog } = await import('../../src/catalog');
    const { sourcesFor } = await import('../../src/copy/index');
    const criticism = catalog.find((a) => a.id === 'criticism') as Argument;
    const text = criticism.text.de;
    const i = (text?.answers ?? []).findIndex((a) => a.includes('VG Köln'));
    expect(i).toBeGreaterThanOrEqual(0);
    const answer = (text?.answers ?? [])[i] as string;
    const { sources, addition } = sourcesFor(criticism, 'de', 'management', `${text?.audiences?.management ?? ''}\n${answer}`);
    expect(addition).toBe(true);
    const titles = sources.map((s) => s.title);
    expect(titles.some((t) => /Köln/.test(t))).toBe(true);
    expect(titles.some((t) => /DSK|Datenschutzkonferenz/.test(t))).toBe(true);
    // Nothing the copy does not cite: without the answer, the management text alone cites no court.
    const alone = sourcesFor(criticism, 'de', 'management', text?.audiences?.management ?? '').sources.map((s) => s.title);
    expect(alone.some((t) => /Köln/.test(t))).toBe(false);
  });
});

describe('practice notes per audience', () => {
  /** An argument with every practice note and a variant for every internal audience. */
  const practised: Argument = {
    id: 'practised',
    origin: 'user',
    text: {
      en: {
        title: 'Practised',
        claim: 'A claim.',
        reasoning: 'General reasoning.',
        signals: [],
        objections: [],
        audiences: {
          management: 'For management.',
          hr: 'For HR.',
          'works-council': 'For the works council.',
          legal: 'For legal.',
          it: 'For IT.',
        },
        practice: { start: 'START-NOTE', measures: 'MEASURES-NOTE', risk: 'RISK-NOTE' },
      },
    },
  };
  const notes = (plain: string) => ['START-NOTE', 'MEASURES-NOTE', 'RISK-NOTE'].filter((n) => plain.includes(n));

  it('each internal audience gets the notes it acts on: the works council no measures of success, legal only the risk', () => {
    const got = (audience: 'management' | 'hr' | 'works-council' | 'legal' | 'it') =>
      notes(formatArgument(practised, 'en', { format: 'plain', audience }).plain);
    expect(got('management')).toEqual(['START-NOTE', 'MEASURES-NOTE', 'RISK-NOTE']);
    expect(got('hr')).toEqual(['START-NOTE', 'MEASURES-NOTE']);
    expect(got('works-council')).toEqual(['START-NOTE', 'RISK-NOTE']);
    expect(got('legal')).toEqual(['RISK-NOTE']);
    expect(got('it')).toEqual(['START-NOTE', 'RISK-NOTE']);
    // Public text carries none.
    expect(notes(formatArgument(practised, 'en', { format: 'plain', audience: 'general' }).plain)).toEqual([]);
  });

  it('an audience’s own note replaces the general note of its kind; a kind without one falls back', () => {
    const own: Argument = {
      ...practised,
      text: {
        en: {
          ...practised.text.en!,
          audiencePractice: { legal: { risk: 'LEGAL-RISK' }, it: { start: 'IT-START' }, 'works-council': { start: ' ' } },
        },
      },
    };
    const plain = (audience: 'legal' | 'it' | 'works-council' | 'management') =>
      formatArgument(own, 'en', { format: 'plain', audience }).plain;
    expect(plain('legal')).toContain('Main risk: LEGAL-RISK');
    expect(plain('legal')).not.toContain('RISK-NOTE');
    expect(plain('it')).toContain('How to start: IT-START');
    expect(plain('it')).toContain('Main risk: RISK-NOTE');
    // A blank own note is no note: the general one stands.
    expect(plain('works-council')).toContain('How to start: START-NOTE');
    expect(plain('management')).not.toContain('LEGAL-RISK');
    const briefing = formatBriefing([{ arg: own, length: 'full' }], { lang: 'en', title: '', format: 'plain', audience: 'legal' }).plain;
    expect(briefing).toContain('Main risk: LEGAL-RISK');
  });

  it('a briefing follows its audience; without one (an internal document) it carries all three', () => {
    const items = [{ arg: practised, length: 'full' as const }];
    expect(notes(formatBriefing(items, { lang: 'en', title: 'B', format: 'plain' }).plain)).toEqual([
      'START-NOTE',
      'MEASURES-NOTE',
      'RISK-NOTE',
    ]);
    expect(notes(formatBriefing(items, { lang: 'en', title: 'B', format: 'plain', audience: 'works-council' }).plain)).toEqual([
      'START-NOTE',
      'RISK-NOTE',
    ]);
  });
});

describe('objections a briefing names for its audience', () => {
  const tagged: Argument = {
    id: 'tagged',
    origin: 'user',
    text: {
      en: {
        title: 'Tagged',
        claim: 'A claim.',
        reasoning: 'General reasoning.',
        signals: [],
        objections: ['FIRST', 'STAFF-TIME', 'VOLUNTARY', 'UNANSWERED'],
        answers: ['First answer.', 'Time answer.', 'Voluntary answer.', ''],
        objectionTopics: ['', 'no-resources', '', ''],
        objectionAudiences: [[], ['management'], ['works-council', 'hr'], ['legal']],
      },
    },
  };
  const named = (audience?: 'management' | 'works-council' | 'hr' | 'legal' | 'it', topic?: string) =>
    formatBriefing([{ arg: tagged, length: 'full', ...(topic ? { topic } : {}) }], {
      lang: 'en',
      title: '',
      format: 'plain',
      ...(audience ? { audience } : {}),
    }).plain.match(/Objection: “([^”]+)”/)?.[1];

  it('names the answered objection tagged with the audience first', () => {
    expect(named('management')).toBe('STAFF-TIME');
    expect(named('works-council')).toBe('VOLUNTARY');
    expect(named('hr')).toBe('VOLUNTARY');
  });

  it('names none for an internal audience no answered objection concerns, and the first answered one for general', () => {
    expect(named()).toBe('FIRST');
    expect(named('it')).toBeUndefined();
    // The legal one has no answer, so it is not named either.
    expect(named('legal')).toBeUndefined();
  });

  it('lets the objection found on the page (its topic) win over the audience', () => {
    expect(named('works-council', 'no-resources')).toBe('STAFF-TIME');
  });

  it('on the built-in catalog: management gets staff time or benefit, the works council co-determination or voluntariness', async () => {
    const { catalogById } = await import('../../src/catalog/index');
    const pick = (id: string, audience: 'management' | 'works-council' | 'legal') =>
      formatBriefing([{ arg: catalogById(id)!, length: 'full' }], { lang: 'de', title: '', format: 'plain', audience }).plain;
    expect(pick('first-mover', 'management')).toContain('Einwand: „Was kostet das insgesamt, und was bleibt dafür liegen?“');
    expect(pick('first-mover', 'works-council')).toContain('Einwand: „Braucht das nicht erst die Zustimmung des Betriebsrats?“');
    expect(pick('criticism', 'legal')).toContain('Einwand: „Und der Datenschutz?');
    expect(pick('faces', 'works-council')).toContain('Einwand: „Müssen Beschäftigte dann für das Unternehmen posten?“');
  });
});

describe('briefings for a decision', () => {
  it('state the total effort of the shared pilot once, and what comes on top', async () => {
    const { catalogById } = await import('../../src/catalog/index');
    const { briefingEffort } = await import('../../src/copy/index');
    const shared = ['transparency', 'insights', 'first-mover'].map((id) => catalogById(id)!);
    // Three arguments on one channel pilot: three months at four hours a week, counted once.
    expect(briefingEffort(shared)).toEqual({ hours: 52, months: 3, perWeek: 4, shared: 52, extra: 0 });
    // Employer branding comes on top: two hours a week for the same three months.
    expect(briefingEffort([...shared, catalogById('employer-branding')!])).toEqual({
      hours: 78,
      months: 3,
      perWeek: 6,
      shared: 52,
      extra: 26,
    });
    expect(briefingEffort([{ id: 'user-1', origin: 'user', text: { en: catalogById('faces')!.text.en } }])).toBeUndefined();
  });

  it('open with a summary, the effort and the decision asked of the audience, in both languages', async () => {
    const { catalogById } = await import('../../src/catalog/index');
    const items = [
      { arg: catalogById('transparency')!, length: 'full' as const },
      { arg: catalogById('insights')!, length: 'full' as const },
    ];
    const de = formatBriefing(items, { lang: 'de', title: '', format: 'plain', audience: 'works-council' }).plain.split('\n');
    // The briefing opens with the recommendation, then the items' titles as the
    // reasons: one line each that a board member reads at a glance; the claims follow in the items.
    expect(de[0]).toBe('Empfehlung: 3 Monate Pilotphase auf einem Kanal.');
    expect(de[1]).toBe(`Gründe: ${catalogById('transparency')!.text.de.title}; ${catalogById('insights')!.text.de.title}.`);
    // For the works council the effort is working time of the volunteers, not a media budget.
    expect(de[2]).toBe(
      'Aufwand (Planungsannahme): laufend rund 52 Stunden über 3 Monate, im Schnitt 4 pro Woche; einmalig dazu Einrichtung, Datenschutzinformation, Schulung und Betriebsrat, noch zu schätzen; in der Arbeitszeit des benannten Teams.',
    );
    expect(de[3]).toBe('Erbetene Entscheidung: Beratung und Abschluss einer Betriebsvereinbarung vor dem Start der Pilotphase.');
    const en = formatBriefing(items, { lang: 'en', title: '', format: 'plain', audience: 'management' }).plain;
    expect(en).toContain('Effort (planning assumption): ongoing, about 52 hours over 3 months');
    // Management is asked to decide the test budget's cap; no figure is invented for it.
    expect(en).toContain('still to be estimated; test budget: cap to be set by management.');
    const board = formatBriefing(items, { lang: 'de', title: '', format: 'plain' }).plain;
    expect(board).toContain('noch zu schätzen; Testbudget: Obergrenze legt die Geschäftsführung fest.');
    expect(board).not.toContain('Mediabudget');
    // Legal is asked for no budget; hours on top of the shared pilot are told apart from it.
    const legal = formatBriefing([...items, { arg: catalogById('emotional-bond')!, length: 'full' as const }], {
      lang: 'de',
      title: '',
      format: 'plain',
      audience: 'legal',
    }).plain.split('\n')[2];
    expect(legal).toBe(
      'Aufwand (Planungsannahme): laufend rund 65 Stunden über 3 Monate (davon 52 für die Kanal-Pilotphase, 13 für Nr. 3), im Schnitt 5 pro Woche; einmalig dazu Einrichtung, Datenschutzinformation, Schulung und Betriebsrat, noch zu schätzen.',
    );
    expect(en).toContain('Decision requested: Approve the pilot');
  });

  it('end with one sources block that cites each source once, in every format', async () => {
    const { catalogById } = await import('../../src/catalog/index');
    // Both variants for the works council cite the Federal Labour Court.
    const items = ['criticism', 'first-mover'].map((id) => ({ arg: catalogById(id)!, length: 'full' as const }));
    for (const format of ['plain', 'markdown', 'html'] as const) {
      const p = formatBriefing(items, { lang: 'de', title: '', format, audience: 'works-council', includeSources: true });
      const out = format === 'html' ? p.html : p.plain;
      expect(out.split('Grundlage').length - 1, format).toBe(1);
      expect(out.split('bundesarbeitsgericht.de/entscheidung/1-abr-7-15').length - 1, format).toBe(1);
      // Nothing but sources after the seed line: the last item's notes come before it.
      expect(out.indexOf('Grundlage'), format).toBeGreaterThan(out.lastIndexOf('Hauptrisiko'));
    }
    const plain = formatBriefing(items, { lang: 'de', title: '', format: 'plain', audience: 'works-council', includeSources: true }).plain;
    expect(plain).toContain('für 2026 neu gefasst und für den Betriebsrat erweitert\n\nQuellen:\n– ');
  });
});
