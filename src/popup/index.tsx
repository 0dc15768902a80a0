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
import { type PageReportResult, requestPageReport, selectionReport } from '../platform/tabs';
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

/**
 * How long the first paint waits for the page report. A report that comes after the first paint puts a message or the
 * page's arguments above the list, and the list moves down under the pointer: a click aimed at an argument in that
 * instant lands on another one or on nothing (seen in Firefox, where "Reading this page…" became the two-line
 * "This page can't be read…" as the test clicked). Most reports take milliseconds (a restricted page is known from its
 * address, a content script answers at once), so the popup shows them in its first paint; a slower page keeps the
 * "Reading this page…" state until its answer or the report's own timeout (`REPORT_TIMEOUT_MS`).
 */
const REPORT_FIRST_PAINT_MS = 300;

async function start(root: HTMLElement): Promise<void> {
  const noManaged: ManagedDefaults = { arguments: [], intranetSites: [], problems: [] };
  // Asked first, so that it runs while storage is read. A selection the user asked about from the context menu
  // (kept for the popup) comes before the page.
  const report: Promise<PageReportResult> = (async () => (await selectionReport()) ?? requestPageReport())().catch((e: unknown) => ({
    kind: 'error',
    message: e instanceof Error ? e.message : String(e),
  }));
  const reportWithin = Promise.race([report, new Promise<null>((r) => setTimeout(() => r(null), REPORT_FIRST_PAINT_MS))]);
  const [{ settings }, user, early, briefingDraft] = await Promise.all([
    loadSettings(),
    loadUserArguments().catch(() => []),
    loadManagedWithin(MANAGED_FIRST_PAINT_MS).catch(() => noManaged),
    loadDraft(),
  ]);
  const lang = resolveLang(settings.lang);
  await applyLanguage(lang);
  const firstReport = await reportWithin;
  const paint = (managed: ManagedDefaults) =>
    render(
      <Popup
        settings={settings}
        lang={lang}
        args={effectiveCatalog(builtinArguments, settings, user, managed.arguments)}
        intranetSites={[...settings.intranetSites, ...managed.intranetSites]}
        briefingDraft={briefingDraft}
        pageReport={() => report}
        initialPage={firstReport}
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
