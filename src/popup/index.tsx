/**
 * Popup entry point: loads settings, the user's and the organisation's arguments and the UI
 * language's strings, then mounts {@link Popup} on `#app`. A failure to load shows a plain
 * message instead of an empty popup.
 */
import { render } from 'preact';
import { t } from '../i18n/index';
import { loadSettings, loadUserArguments } from '../platform/storage';
import { loadManaged, type ManagedDefaults } from '../settings/managed';
import { applyLanguage, resolveLang } from '../ui/locale';
import { listArguments } from './arguments';
import { Popup } from './Popup';

async function start(root: HTMLElement): Promise<void> {
  const noManaged: ManagedDefaults = { arguments: [], intranetSites: [], problems: [] };
  const [{ settings }, user, managed] = await Promise.all([
    loadSettings(),
    loadUserArguments().catch(() => []),
    loadManaged().catch(() => noManaged),
  ]);
  const lang = resolveLang(settings.lang);
  await applyLanguage(lang);
  render(
    <Popup
      settings={settings}
      lang={lang}
      args={listArguments(user, managed.arguments, settings.hidden)}
      intranetSites={[...settings.intranetSites, ...managed.intranetSites]}
    />,
    root,
  );
}

const root = document.getElementById('app');
if (root) {
  start(root).catch((e: unknown) => {
    root.textContent = `${t('popupStartFailed')} ${e instanceof Error ? e.message : String(e)}`;
  });
}
