/**
 * The few words the copy formats add around an argument ("Sources:", "Answers the objection:").
 * They are part of the copied content, so they follow the language of the argument text being
 * copied, not the UI language, and live here beside the formats rather than in `_locales`
 * (the copy functions stay pure and testable without a browser).
 */
import type { Localized } from '../catalog/types';

/** Words the copy formats insert, per language. */
export interface CopyLabels {
  /** Before a citation line with one source. */
  source: string;
  /** Before a citation line with several sources. */
  sources: string;
  /** Before the objection an argument answers in a briefing. */
  answers: string;
}

/** The labels in German and English. */
export const COPY_LABELS: Localized<CopyLabels> = {
  de: { source: 'Quelle', sources: 'Quellen', answers: 'Beantwortet den Einwand' },
  en: { source: 'Source', sources: 'Sources', answers: 'Answers the objection' },
};

/** Typographic quotation marks per language (German „…“, English “…”). */
export const QUOTES: Localized<[string, string]> = {
  de: ['„', '“'],
  en: ['“', '”'],
};
