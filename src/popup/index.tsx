/**
 * Popup entry point: loads settings, the user's and the organisation's arguments and the UI
 * language's strings, then mounts {@link Popup} on `#app`. A failure to load shows a plain
 * message instead of an empty popup.
 */
import { render } from 'preact';
import { loadDraft } from '../briefing/store';
import { effectiveCatalog } from '../catalog/effective';
import { t } from '../i18n/index';
import { loadSettings, loadUserArguments } from '../platform/storage';
import { loadManaged, loadManagedWithin, type ManagedDefaults } from '../settings/managed';
import { applyLanguage, resolveLang } from '../ui/locale';
import { builtinArguments } from './arguments';
import { Popup } from './Popup';

/**
 * How long the first paint waits for the organisation's policy (`storage.managed`). Its first read after a browser
 * start took 1.7–5.7 s in Chromium here, while everything else takes milliseconds: the popup draws without it and
 * draws again, keeping its state, when the policy arrives.
 */
const MANAGED_FIRST_PAINT_MS = 250;

async function start(root: HTMLElement): Promise<void> {
  const noManaged: ManagedDefaults = { arguments: [], intranetSites: [], problems: [] };
  const [{ settings }, user, early, briefingDraft] = await Promise.all([
    loadSettings(),
    loadUserArguments().catch(() => []),
    loadManagedWithin(MANAGED_FIRST_PAINT_MS).catch(() => noManaged),
    loadDraft(),
  ]);
  const lang = resolveLang(settings.lang);
  await applyLanguage(lang);
  const paint = (managed: ManagedDefaults) =>
    render(
      <Popup
        settings={settings}
        lang={lang}
        args={effectiveCatalog(builtinArguments, settings, user, managed.arguments)}
        intranetSites={[...settings.intranetSites, ...managed.intranetSites]}
        briefingDraft={briefingDraft}
      />,
      root,
    );
  paint(early ?? noManaged);
  if (!early) {
    const late = await loadManaged().catch(() => noManaged);
    if (late.arguments.length || late.intranetSites.length) paint(late);
  }
}

const root = document.getElementById('app');
if (root) {
  start(root).catch((e: unknown) => {
    root.textContent = `${t('popupStartFailed')} ${e instanceof Error ? e.message : String(e)}`;
  });
}
