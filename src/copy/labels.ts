/**
 * The few words the copy formats add around an argument ("Source:", "Objection: … – Answer: …", the practice
 * headings). They are part of the copied content, so they follow the language of the argument text being copied,
 * not the UI language, and live here beside the formats rather than in `_locales` (the copy functions stay pure and
 * testable without a browser). Register: no direct address, so the copy reads the same in front of any reader.
 */
import type { Audience, Localized, SpecificAudience } from '../catalog/types';

/** Words the copy formats insert, per language. */
export interface CopyLabels {
  /** Before a citation line with one source. */
  source: string;
  /** Before a citation line with several sources. */
  sources: string;
  /** Before the seed post an argument is based on. */
  basedOn: string;
  /** Names the kind of the seed post, before its quoted title ("Blogbeitrag „…“"). */
  seedKind: string;
  /** After the seed post's title: that the text is restated and updated. */
  seedNote: string;
  /**
   * After the seed post's note in the citation of an audience variant, joined by "und"/"and": that the text was
   * extended for that audience ("für die Geschäftsführung erweitert"); `general` is the wording for any audience.
   */
  extendedFor: Record<Audience, string>;
  /** Joins the seed note and {@link extendedFor}. */
  and: string;
  /** Heads a briefing's summary (its items' claims, one sentence each). */
  summary: string;
  /** Heads a briefing's total effort line. */
  effort: string;
  /** Heads the recommendation that opens a briefing with an effort, in place of the summary. */
  recommendation: string;
  /** The recommendation: `{months}` the pilot's months. */
  recommendationText: string;
  /** Heads the items' titles after the recommendation. */
  reasons: string;
  /**
   * A briefing's total effort: `{hours}` hours of staff time over `{months}` months, `{split}` ({@link effortSplit} or
   * nothing), `{perWeek}` hours a week on average; a note ({@link effortBudget}, {@link effortWorksCouncil}) may follow.
   */
  effortText: string;
  /** Where the hours go: `{shared}` for the shared channel pilot, `{extra}` for what the items `{items}` (their numbers) add on top. */
  effortSplit: string;
  /** The effort line's note for management (and a briefing without audience): who sets the test budget's cap. */
  effortBudget: string;
  /** The effort line's note for the works council: the time is working time of the named team. */
  effortWorksCouncil: string;
  /** Heads the decision a briefing asks its audience for. */
  decision: string;
  /** The decision a briefing asks of each audience; a briefing without a chosen audience asks management's. */
  decisionFor: Record<SpecificAudience, string>;
  /** Before an objection. */
  objection: string;
  /** Before the answer to it. */
  answer: string;
  /** Headings of the practice notes. */
  start: string;
  measures: string;
  risk: string;
}

/** The labels in German and English. */
export const COPY_LABELS: Localized<CopyLabels> = {
  de: {
    source: 'Quelle',
    sources: 'Quellen',
    basedOn: 'Grundlage',
    seedKind: 'Blogbeitrag',
    seedNote: 'für 2026 neu gefasst',
    extendedFor: {
      general: 'für diese Zielgruppe erweitert',
      management: 'für die Geschäftsführung erweitert',
      hr: 'für die Personalabteilung erweitert',
      'works-council': 'für den Betriebsrat erweitert',
      legal: 'für die Rechtsabteilung erweitert',
      it: 'für die IT erweitert',
    },
    and: 'und',
    summary: 'Kurzfassung',
    recommendation: 'Empfehlung',
    recommendationText: '{months} Monate Pilotphase auf einem Kanal',
    reasons: 'Gründe',
    effort: 'Aufwand (Planungsannahme)',
    effortText:
      'laufend rund {hours} Stunden über {months} Monate{split}, im Schnitt {perWeek} pro Woche; einmalig dazu Einrichtung, Datenschutzinformation, Schulung und Betriebsrat, noch zu schätzen',
    effortSplit: ' (davon {shared} für die Kanal-Pilotphase, {extra} für Nr. {items})',
    effortBudget: 'Testbudget: Obergrenze legt die Geschäftsführung fest',
    effortWorksCouncil: 'in der Arbeitszeit des benannten Teams',
    decision: 'Erbetene Entscheidung',
    decisionFor: {
      management: 'Freigabe der Pilotphase; über die Fortsetzung wird nach drei Monaten anhand der Erfolgsmaße entschieden.',
      hr: 'Zusage der Arbeitszeit für die Beteiligten und eine Ansprechperson in HR.',
      'works-council': 'Beratung und Abschluss einer Betriebsvereinbarung vor dem Start der Pilotphase.',
      legal: 'Prüfung der genannten Rechtsfragen und Freigabe vor dem Start.',
      it: 'Freigabe der Konten, Rollen und Tools für die Pilotphase.',
    },
    objection: 'Einwand',
    answer: 'Antwort',
    start: 'Einstieg',
    measures: 'Erfolg messen',
    risk: 'Hauptrisiko',
  },
  en: {
    source: 'Source',
    sources: 'Sources',
    basedOn: 'Based on',
    seedKind: 'the German blog post',
    seedNote: 'restated for 2026',
    extendedFor: {
      general: 'extended for this audience',
      management: 'extended for management',
      hr: 'extended for HR',
      'works-council': 'extended for the works council',
      legal: 'extended for the legal department',
      it: 'extended for IT',
    },
    and: 'and',
    summary: 'Summary',
    recommendation: 'Recommendation',
    recommendationText: 'a {months}-month pilot on one channel',
    reasons: 'Reasons',
    effort: 'Effort (planning assumption)',
    effortText:
      'ongoing, about {hours} hours over {months} months{split}, {perWeek} a week on average; plus one-off set-up, privacy notice, training and works council, still to be estimated',
    effortSplit: ' ({shared} for the channel pilot, {extra} for no. {items})',
    effortBudget: 'test budget: cap to be set by management',
    effortWorksCouncil: 'within the named team’s working hours',
    decision: 'Decision requested',
    decisionFor: {
      management: 'Approve the pilot; whether to continue is decided after three months against the measures of success.',
      hr: 'Commit working time for the people involved and a contact person in HR.',
      'works-council': 'Discuss and conclude a works agreement before the pilot starts.',
      legal: 'Review the legal points named and approve before launch.',
      it: 'Approve the accounts, roles and tools for the pilot.',
    },
    objection: 'Objection',
    answer: 'Answer',
    start: 'How to start',
    measures: 'Measures of success',
    risk: 'Main risk',
  },
};

/** Typographic quotation marks per language (German „…“, English “…”). */
export const QUOTES: Localized<[string, string]> = {
  de: ['„', '“'],
  en: ['“', '”'],
};
