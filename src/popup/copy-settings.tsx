/**
 * What the popup and the side panel share about copying: the UI language, audience, copy format and "Add sources"
 * (component state, saved to `storage.sync` as they change), the header controls that change them, and writing a
 * copy to the clipboard with its entry in the usage record.
 */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { DraftState } from '../briefing/useDraft';
import type { Audience, Lang } from '../catalog/types';
import { type ClipboardPayload, type OutputFormat, siteKindForUrl } from '../copy/index';
import { t } from '../i18n/index';
import { writeClipboard } from '../platform/clipboard';
import { saveSettings } from '../platform/storage';
import { reportCopied } from '../platform/tabs';
import type { Settings } from '../settings/index';
import type { Announcement } from '../ui/announcer';
import { applyLanguage } from '../ui/locale';
import { type FormatChoice, PopupOptions } from './panels';

/** Announces a message in the page's live region (`useAnnouncer`). */
export type Announce = (text: string, tone?: Announcement['tone']) => void;

/** The copy settings in effect and their setters (each setter saves the change). */
export interface CopySettings {
  lang: Lang;
  audience: Audience;
  /** The format picked: a format, or `auto` (the destination's). */
  formatChoice: FormatChoice;
  includeSources: boolean;
  /**
   * Switches the UI language (the built-ins' texts and the strings loaded first; on failure announces it and keeps the
   * old one).
   */
  changeLang(next: Lang): Promise<void>;
  setAudience(next: Audience): void;
  /** The format belongs to the briefing being built: it is saved with the briefing, not in the settings. */
  setFormatChoice(next: FormatChoice): void;
  setIncludeSources(next: boolean): void;
}

/**
 * The copy settings of a popup-like page, starting from the stored `settings` (the format from the briefing being
 * built when there is one). A failed save is announced; the choice stays in effect for this page. `addLanguage` loads
 * the built-ins' texts of a language the page has not loaded yet (`startPage`); absent, the texts are all there.
 */
export function useCopySettings(init: {
  lang: Lang;
  settings: Settings;
  briefing: DraftState;
  announce: Announce;
  addLanguage?: (lang: Lang) => Promise<void>;
}): CopySettings {
  const { settings, briefing, announce } = init;
  const [lang, setLang] = useState<Lang>(init.lang);
  const [audience, setAudience] = useState<Audience>(settings.audience);
  const [formatChoice, setFormatChoice] = useState<FormatChoice>(briefing.latest()?.format ?? settings.copyFormat);
  const [includeSources, setIncludeSources] = useState(settings.includeSources);
  const persist = (patch: Partial<Settings>): void => {
    saveSettings(patch).catch((e: unknown) => announce(t('popupSaveFailed', e instanceof Error ? e.message : String(e)), 'error'));
  };
  return {
    lang,
    audience,
    formatChoice,
    includeSources,
    changeLang: async (next) => {
      // The texts first: when they fail, the strings stay in the language the list is in.
      const texts = await (init.addLanguage?.(next) ?? Promise.resolve()).then(
        () => true,
        () => false,
      );
      if (!texts || !(await applyLanguage(next))) {
        announce(t('popupLangFailed'), 'error');
        return;
      }
      setLang(next);
      persist({ lang: next });
    },
    setAudience: (next) => {
      setAudience(next);
      persist({ audience: next });
    },
    setFormatChoice: (next) => {
      setFormatChoice(next);
      const d = briefing.latest();
      if (d) briefing.update({ ...d, format: next });
    },
    setIncludeSources: (next) => {
      setIncludeSources(next);
      persist({ includeSources: next });
    },
  };
}

/** The header's language switch and copy options (audience, format, "Add sources"). */
export function CopySettingsControls({ s, autoFormat }: { s: CopySettings; autoFormat: OutputFormat }): JSX.Element {
  return (
    <>
      <label class="popup-lang">
        <span class="visually-hidden">{t('popupLangLabel')}</span>
        <select value={s.lang} onChange={(e) => void s.changeLang((e.currentTarget as HTMLSelectElement).value as Lang)}>
          <option value="de" lang="de">
            {t('popupLangDe')}
          </option>
          <option value="en" lang="en">
            {t('popupLangEn')}
          </option>
        </select>
      </label>
      <PopupOptions
        audience={s.audience}
        onAudience={s.setAudience}
        formatChoice={s.formatChoice}
        autoFormat={autoFormat}
        onFormat={s.setFormatChoice}
        includeSources={s.includeSources}
        onSources={s.setIncludeSources}
      />
    </>
  );
}

/**
 * Writes `payload` to the clipboard; on success announces it with `label`, calls `onOk` and records a copy of each
 * argument in `ids` for the kind of site at `url` (the usage record); a refusal is announced with its reason. Call it
 * synchronously in the click handler: the clipboard needs the user's activation.
 */
export function writeCopy(
  payload: ClipboardPayload,
  ids: readonly string[],
  label: string,
  ctx: { url: string | undefined; intranetSites: readonly string[]; announce: Announce; onOk?: () => void },
): void {
  writeClipboard(payload).then(
    (result) => {
      if (result.ok) {
        ctx.announce(t('popupCopiedAnnounce', label), 'ok');
        ctx.onOk?.();
        const kind = siteKindForUrl(ctx.url, ctx.intranetSites);
        for (const id of ids) void reportCopied(id, kind);
      } else ctx.announce(t('popupCopyFailed', result.error), 'error');
    },
    (e: unknown) => ctx.announce(t('popupCopyFailed', e instanceof Error ? e.message : String(e)), 'error'),
  );
}
