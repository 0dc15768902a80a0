/**
 * Side panel entry point (Chrome's `side_panel.default_path`, Firefox's `sidebar_action.default_panel`): loads the
 * settings, the user's and the organisation's arguments, the stored briefing and the UI language's strings, then
 * mounts {@link SidePanel} on `#app`. `?tab=<id>` pins the panel to one tab (the end-to-end tests open the panel page
 * as a tab that way); without it, the panel follows the active tab of its window.
 */
import { render } from 'preact';
import { loadDraft } from '../briefing/store';
import { effectiveCatalog } from '../catalog/effective';
import { t } from '../i18n/index';
import { loadSettings, loadUserArguments } from '../platform/storage';
import { builtinArguments } from '../popup/arguments';
import { loadManaged, loadManagedWithin, type ManagedDefaults } from '../settings/managed';
import { applyLanguage, resolveLang } from '../ui/locale';
import { SidePanel } from './SidePanel';

/** How long the first paint waits for the organisation's policy (ms); as the popup (`src/popup/index.tsx`) explains. */
const MANAGED_FIRST_PAINT_MS = 250;

/** The tab id of `?tab=`, or `undefined` when absent or not a non-negative integer. */
export function pinnedTab(search: string): number | undefined {
  const raw = new URLSearchParams(search).get('tab');
  return raw !== null && /^\d{1,10}$/.test(raw) ? Number(raw) : undefined;
}

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
  const tabId = pinnedTab(location.search);
  const paint = (managed: ManagedDefaults) =>
    render(
      <SidePanel
        settings={settings}
        lang={lang}
        args={effectiveCatalog(builtinArguments, settings, user, managed.arguments)}
        intranetSites={[...settings.intranetSites, ...managed.intranetSites]}
        briefingDraft={briefingDraft}
        tabId={tabId}
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
