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
  /** Names the kind of the seed post, before its quoted title ("Blogbeitrag „…“"). */
  seedKind: string;
  /** After the seed post's title: that the text is restated and updated. */
  seedNote: string;
  /** After the seed post in the citation of an audience variant: that the variant is an editorial addition. */
  variantNote: string;
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
    variantNote: 'Fassung für diese Zielgruppe: Ergänzung der Redaktion',
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
    variantNote: 'version for this audience: editorial addition',
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
