/**
 * Options page entry point (`options_ui`): chooses the UI language from the
 * settings, loads its strings, then mounts {@link OptionsApp} on `#app`.
 * A failure to start shows a plain message instead of an empty page.
 */
import { render } from 'preact';
import { t } from '../i18n';
import { loadSettings } from '../platform/storage';
import { applyLanguage, resolveLang } from '../ui/locale';
import { OptionsApp } from './App';

async function start(root: HTMLElement): Promise<void> {
  const { settings } = await loadSettings();
  const lang = resolveLang(settings.lang);
  await applyLanguage(lang);
  document.documentElement.lang = lang;
  document.title = t('optionsTitle');
  render(<OptionsApp initialLang={lang} />, root);
}

const root = document.getElementById('app');
if (root) {
  start(root).catch((e: unknown) => {
    root.textContent = `${t('optionsStartFailed')} ${e instanceof Error ? e.message : String(e)}`;
  });
}
