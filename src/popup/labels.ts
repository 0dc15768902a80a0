/** Display names of audiences and copy formats, shared by the popup and the full-page briefing view. */
import type { Audience } from '../catalog/types';
import type { OutputFormat } from '../copy/index';
import { t } from '../i18n/index';

/** Audiences in the order the selectors offer them (`general` = the reasoning itself). */
export const AUDIENCES: readonly Audience[] = ['general', 'management', 'hr', 'works-council', 'legal', 'it'];

const AUDIENCE_KEYS: Record<Audience, string> = {
  general: 'popupAudienceGeneral',
  management: 'popupAudienceManagement',
  hr: 'popupAudienceHr',
  'works-council': 'popupAudienceWorksCouncil',
  legal: 'popupAudienceLegal',
  it: 'popupAudienceIt',
};

const FORMAT_KEYS: Record<OutputFormat, string> = {
  plain: 'popupFormatPlain',
  markdown: 'popupFormatMarkdown',
  html: 'popupFormatHtml',
  x: 'popupFormatX',
};

/** Visible name of audience `a` in the UI language. */
export function audienceName(a: Audience): string {
  return t(AUDIENCE_KEYS[a]);
}

/** Visible name of format `f` in the UI language. */
export function formatName(f: OutputFormat): string {
  return t(FORMAT_KEYS[f]);
}
