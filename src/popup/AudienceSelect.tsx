/**
 * The audience picker shared by the popup and the full-page briefing view: whose reasoning variant a copy uses.
 * A labelled native `<select>`, so it works with the keyboard and screen readers as is.
 */
import type { JSX } from 'preact';
import type { Audience } from '../catalog/types';
import { t } from '../i18n/index';
import { AUDIENCES, audienceName } from './labels';

/** Props: the chosen audience, and what to do when the user picks another. */
export interface AudienceSelectProps {
  value: Audience;
  onChange(next: Audience): void;
}

/** A `<label>` with the audience `<select>` (`data-setting="audience"`). */
export function AudienceSelect({ value, onChange }: AudienceSelectProps): JSX.Element {
  return (
    <label>
      <span>{t('popupAudienceLabel')}</span>
      <select value={value} data-setting="audience" onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value as Audience)}>
        {AUDIENCES.map((a) => (
          <option key={a} value={a}>
            {audienceName(a)}
          </option>
        ))}
      </select>
    </label>
  );
}
