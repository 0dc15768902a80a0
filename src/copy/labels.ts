/**
 * The few words the copy formats add around an argument ("Source:", "Objection: … – Answer: …", the practice
 * headings). They are part of the copied content, so they follow the language of the argument text being copied,
 * not the UI language, and live here beside the formats rather than in `_locales` (the copy functions stay pure and
 * testable without a browser). Register: no direct address, so the copy reads the same in front of any reader.
 */
import type { Localized } from '../catalog/types';

/** Words the copy formats insert, per language. */
export interface CopyLabels {
  /** Before a citation line with one source. */
  source: string;
  /** Before a citation line with several sources. */
  sources: string;
  /** Before the seed post an argument is based on. */
  basedOn: string;
  /** After the seed post's title when its author and date are unknown. */
  seedNote: string;
  /** Before the references of what we added to the seed post (figures, rulings, positions). */
  additions: string;
  /** Says that an audience variant is our addition, not the seed post's. */
  ourAddition: string;
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
    seedNote: 'Blogbeitrag; Autor und Datum nicht ermittelt; für 2026 neu gefasst',
    additions: 'Quellen der Ergänzungen',
    ourAddition: 'Eigene Ergänzung, nicht aus dem Originalbeitrag',
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
    seedNote: 'German blog post; author and date not established; restated for 2026',
    additions: 'Sources of our additions',
    ourAddition: 'Our addition, not from the original post',
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
