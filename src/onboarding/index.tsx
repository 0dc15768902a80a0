/**
 * Onboarding page entry point: loads the UI language's strings, then mounts
 * {@link Onboarding} on `#app`. Opened by the background after install.
 */
import { render } from 'preact';
import { t } from '../i18n';
import { loadSettings } from '../platform/storage';
import { applyLanguage, resolveLang } from '../ui/locale';
import { Onboarding } from './Onboarding';

async function start(root: HTMLElement): Promise<void> {
  const { settings } = await loadSettings();
  const lang = resolveLang(settings.lang);
  await applyLanguage(lang);
  document.documentElement.lang = lang;
  document.title = t('onboardingTitle');
  render(<Onboarding />, root);
}

const root = document.getElementById('app');
if (root) {
  start(root).catch((e: unknown) => {
    root.textContent = `${t('optionsStartFailed')} ${e instanceof Error ? e.message : String(e)}`;
  });
}
