/**
 * The options page: language, hint behaviour per site group, site access and the
 * user's intranet sites, snoozed sites, the user's own arguments, hidden built-ins,
 * import and export, the private usage record, and what the organisation manages.
 *
 * Every change is saved at once (no Save button to forget) through
 * `src/platform/storage.ts`, and the page follows changes made elsewhere (the
 * popup, another device) through `onSettingsChanged`. Permission requests are made
 * first thing in their click handlers, before any `await`, as both browsers require.
 */
import type { JSX } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { effectiveCatalog } from '../catalog/effective';
import { catalog as builtinCatalog } from '../catalog/index';
import type { Lang } from '../catalog/types';
import { t } from '../i18n';
import { onSettingsChanged, onUserArgumentsChanged, persistRepairs, saveSettings } from '../platform/storage';
import type { HintMode, Settings } from '../settings';
import { SITE_GROUPS } from '../site-groups';
import { Announcer, useAnnouncer } from '../ui/announcer';
import { applyLanguage, resolveLang } from '../ui/locale';
import { ArgumentsSection, BuiltinsSection } from './ArgumentSections';
import { type DataNotices, errorMessage, GROUP_KEYS, loadOptionsData, MODE_KEYS, MODES, type OptionsData } from './data';
import { SitesSection, SnoozedSection } from './Sites';
import { TransferSection } from './Transfer';
import { UsageSection } from './Usage';

export { GROUP_KEYS, loadOptionsData, type OptionsData };

/** Props of {@link OptionsApp}: the page language it was started with (tests pass it). */
export interface OptionsAppProps {
  initialLang: Lang;
}

export function OptionsApp({ initialLang }: OptionsAppProps): JSX.Element {
  const [data, setData] = useState<OptionsData | null>(null);
  const [notices, setNotices] = useState<DataNotices | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [lang, setLang] = useState<Lang>(initialLang);
  const [status, announce] = useAnnouncer();

  const refresh = useCallback(async () => {
    const next = await loadOptionsData();
    setData(next);
    return next;
  }, []);

  useEffect(() => {
    const ctl = new AbortController();
    void refresh().then(async (first) => {
      const n = first.notices;
      if (n.repaired.length || n.invalidArguments || n.newer) setNotices(n);
      // Write the repaired values back, so the notice is shown once and storage is valid again.
      if (n.repaired.length) await persistRepairs().catch((e: unknown) => setError(errorMessage(e)));
    });
    onSettingsChanged((settings) => setData((d) => (d ? { ...d, settings } : d)), ctl.signal);
    onUserArgumentsChanged((userArguments, quarantined) => setData((d) => (d ? { ...d, userArguments, quarantined } : d)), ctl.signal);
    // Access can change in the browser's own menus; look again when the user comes back to the tab.
    const onVisible = () => {
      if (document.visibilityState === 'visible') void refresh();
    };
    document.addEventListener('visibilitychange', onVisible, { signal: ctl.signal });
    return () => ctl.abort();
  }, [refresh]);

  /** Runs a change, shows "Saved" or the error, and reloads. */
  const run = useCallback(
    async (action: () => Promise<unknown>, done = t('optionsSaved')) => {
      setError(null);
      try {
        await action();
        announce(done);
      } catch (e) {
        setError(errorMessage(e));
      }
      await refresh();
    },
    [announce, refresh],
  );

  if (!data) {
    return (
      <main class="options">
        <h1>{t('optionsTitle')}</h1>
        <p aria-busy="true">{t('optionsLoading')}</p>
      </main>
    );
  }

  const { settings } = data;
  const save = (patch: Partial<Settings>) => run(() => saveSettings(patch));

  return (
    <main class="options" lang={lang}>
      <h1>{t('optionsTitle')}</h1>
      <Announcer current={status} class="options-status" />
      {error && (
        <div class="notice notice-error" role="alert">
          <p>{error}</p>
          <button type="button" onClick={() => setError(null)}>
            {t('optionsDismiss')}
          </button>
        </div>
      )}
      {notices && <DataNotice notices={notices} onDismiss={() => setNotices(null)} />}

      <nav aria-label={t('optionsContents')} class="toc">
        <ul>
          {(
            [
              ['general', 'optionsGeneral'],
              ['hints', 'optionsHints'],
              ['sites', 'optionsSites'],
              ['arguments', 'optionsYourArguments'],
              ['builtins', 'optionsBuiltins'],
              ['transfer', 'optionsTransfer'],
              ['usage', 'optionsUsage'],
            ] as const
          ).map(([id, key]) => (
            <li key={id}>
              <a href={`#${id}`}>{t(key)}</a>
            </li>
          ))}
        </ul>
      </nav>

      <section id="general" aria-labelledby="general-h">
        <h2 id="general-h">{t('optionsGeneral')}</h2>
        <div class="field inline">
          <label for="opt-lang">{t('optionsLanguage')}</label>
          <select
            id="opt-lang"
            value={settings.lang}
            onChange={(e) => {
              const next = (e.currentTarget as HTMLSelectElement).value as Settings['lang'];
              void run(async () => {
                await saveSettings({ lang: next });
                const l = resolveLang(next);
                await applyLanguage(l);
                setLang(l);
              });
            }}
          >
            <option value="auto">{t('optionsLangAuto')}</option>
            <option value="de" lang="de">
              {t('optionsLangDe')}
            </option>
            <option value="en" lang="en">
              {t('optionsLangEn')}
            </option>
          </select>
        </div>
      </section>

      <section id="hints" aria-labelledby="hints-h">
        <h2 id="hints-h">{t('optionsHints')}</h2>
        <p class="muted">{t('optionsHintsIntro')}</p>
        <table class="grid">
          <thead>
            <tr>
              <th scope="col">{t('optionsSiteGroup')}</th>
              <th scope="col">{t('optionsHintMode')}</th>
            </tr>
          </thead>
          <tbody>
            {SITE_GROUPS.map((g) => (
              <tr key={g.id}>
                <th scope="row">
                  <label for={`mode-${g.id}`}>{t(GROUP_KEYS[g.id])}</label>
                </th>
                <td>
                  <select
                    id={`mode-${g.id}`}
                    value={settings.hintMode[g.id]}
                    onChange={(e) =>
                      save({ hintMode: { ...settings.hintMode, [g.id]: (e.currentTarget as HTMLSelectElement).value as HintMode } })
                    }
                  >
                    {MODES.map((m) => (
                      <option key={m} value={m}>
                        {t(MODE_KEYS[m])}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <div class="field inline">
          <label for="opt-document-card">{t('optionsDocumentCard')}</label>
          <select
            id="opt-document-card"
            value={settings.documentCard}
            onChange={(e) => save({ documentCard: (e.currentTarget as HTMLSelectElement).value as Settings['documentCard'] })}
          >
            <option value="pill">{t('optionsDocumentCardPill')}</option>
            <option value="open">{t('optionsDocumentCardOpen')}</option>
          </select>
        </div>
      </section>

      <SitesSection data={data} run={run} />

      <SnoozedSection settings={settings} save={save} />

      <ArgumentsSection data={data} lang={lang} run={run} />

      <BuiltinsSection settings={settings} lang={lang} save={save} />

      <TransferSection data={data} lang={lang} run={run} onError={setError} />

      <UsageSection
        lang={lang}
        catalog={effectiveCatalog(builtinCatalog, settings, data.userArguments, data.managed.arguments)}
        run={run}
      />
    </main>
  );
}

/** The notice about repaired or unreadable stored data. */
function DataNotice({ notices, onDismiss }: { notices: DataNotices; onDismiss(): void }): JSX.Element {
  return (
    <div class="notice notice-warning" role="alert">
      {notices.repaired.length > 0 && <p>{t('optionsRepairedNotice', notices.repaired.join(', '))}</p>}
      {notices.invalidArguments > 0 && <p>{t('optionsInvalidArgumentsNotice', String(notices.invalidArguments))}</p>}
      {notices.newer && <p>{t('optionsNewerNotice')}</p>}
      <button type="button" onClick={onDismiss}>
        {t('optionsDismiss')}
      </button>
    </div>
  );
}
