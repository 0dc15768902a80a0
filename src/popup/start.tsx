/**
 * Starting a popup-like page (the popup, the side panel): loads the settings, the user's and the organisation's
 * arguments, the stored briefing, the UI language's strings and its built-in arguments (`./builtins-data.ts`: one
 * language at start, the other when the user switches to it), then renders the page's view on `#app`; a failure to
 * load shows a plain message instead of an empty page.
 */
import { type JSX, render } from 'preact';
import { type BriefingDraft, loadDraft } from '../briefing/store';
import { effectiveCatalog } from '../catalog/effective';
import type { Argument, Lang } from '../catalog/types';
import { t } from '../i18n/index';
import { loadSettings, loadUserArguments } from '../platform/storage';
import type { Settings } from '../settings/index';
import { loadManaged, loadManagedWithin, type ManagedDefaults } from '../settings/managed';
import { applyLanguage, resolveLang } from '../ui/locale';
import { BuiltinTexts } from './builtins-data';

/**
 * How long the first paint waits for the organisation's policy (`storage.managed`). Its first read after a browser
 * start took 1.7–5.7 s in Chromium here, while everything else takes milliseconds: the page draws without it and
 * draws again, keeping its state, when the policy arrives.
 */
const MANAGED_FIRST_PAINT_MS = 250;

/** What a popup-like page's view is drawn from. */
export interface StartData {
  /** Validated settings. */
  settings: Settings;
  /** The UI language in effect (its strings loaded). */
  lang: Lang;
  /** Built-ins, the organisation's and the user's arguments, hidden ones removed. */
  args: readonly Argument[];
  /** The user's and the organisation's intranet match patterns. */
  intranetSites: readonly string[];
  /** The briefing being built, `null` for none. */
  briefingDraft: BriefingDraft | null;
  /**
   * Loads the built-ins' texts in `lang` and draws the page again with them in `args`; the view awaits it before it
   * switches to `lang`. @throws when the texts cannot be loaded (the page stays as it was)
   */
  addLanguage: (lang: Lang) => Promise<void>;
}

/**
 * Loads what {@link StartData} holds and renders `view(data)` on `root`: at once, and again when a slow organisation
 * policy arrives with arguments or sites of its own. `beforePaint` runs after loading, before the first paint.
 * @throws when the settings cannot be loaded (see {@link mountPage})
 */
export async function startPage(
  root: HTMLElement,
  view: (data: StartData) => JSX.Element,
  beforePaint?: () => Promise<void>,
): Promise<void> {
  const noManaged: ManagedDefaults = { arguments: [], intranetSites: [], problems: [] };
  const [{ settings }, user, early, briefingDraft] = await Promise.all([
    loadSettings(),
    loadUserArguments().catch(() => []),
    loadManagedWithin(MANAGED_FIRST_PAINT_MS).catch(() => noManaged),
    loadDraft(),
  ]);
  const lang = resolveLang(settings.lang);
  const builtins = new BuiltinTexts();
  await Promise.all([applyLanguage(lang), builtins.ensure(lang)]);
  await beforePaint?.();
  let managed = early ?? noManaged;
  const paint = () =>
    render(
      view({
        settings,
        lang,
        args: effectiveCatalog(builtins.list, settings, user, managed.arguments),
        intranetSites: [...settings.intranetSites, ...managed.intranetSites],
        briefingDraft,
        addLanguage,
      }),
      root,
    );
  async function addLanguage(next: Lang): Promise<void> {
    await builtins.ensure(next);
    paint();
  }
  paint();
  if (!early) {
    const late = await loadManaged().catch(() => noManaged);
    if (late.arguments.length || late.intranetSites.length) {
      managed = late;
      paint();
    }
  }
}

/** Runs `start` on the page's `#app`, showing the failure there in words when it throws. */
export function mountPage(start: (root: HTMLElement) => Promise<void>): void {
  const root = document.getElementById('app');
  if (!root) return;
  start(root).catch((e: unknown) => {
    root.textContent = `${t('popupStartFailed')} ${e instanceof Error ? e.message : String(e)}`;
  });
}
