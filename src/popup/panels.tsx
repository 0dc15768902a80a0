/**
 * Parts of the toolbar popup (`./Popup.tsx`) that hold no state of their own: the audience, format and sources
 * controls, the Arguments and About panels, the message for a page without arguments to list, and the button that
 * opens the side panel (which only remembers the tab it opens it for).
 */
import type { JSX } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { SOURCE_CREDIT } from '../catalog/builtins';
import type { Argument, Audience, Lang } from '../catalog/types';
import { isInternalAudience } from '../catalog/types';
import { OUTPUT_FORMATS, type OutputFormat } from '../copy/index';
import { t } from '../i18n/index';
import { activePanelTab, openSidePanel, type PanelTab, panelKind } from '../platform/panel';
import { openOptions, type PageReportResult } from '../platform/tabs';
import type { Why } from './ArgumentItem';
import { AudienceSelect } from './AudienceSelect';
import { formatName } from './labels';

/** The popup's format choice: `auto` follows the destination (the active tab's site). */
export type FormatChoice = 'auto' | OutputFormat;

/** True when `el` takes typed text (a field, a select or an editable element): `/` then types, not searches. */
export function isTypingTarget(el: EventTarget | null): boolean {
  if (!(el instanceof HTMLElement)) return false;
  return el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName);
}

/** The message for a page state without relevant arguments to list, or `null` when there are some. */
export function pageMessage(page: PageReportResult | null, relevant: number): { text: string; tone: 'info' | 'error' } | null {
  if (!page) return { text: t('popupPageLoading'), tone: 'info' };
  switch (page.kind) {
    case 'restricted':
      return { text: t('popupPageRestricted'), tone: 'info' };
    case 'no-access':
      return { text: t('popupPageNoAccess'), tone: 'info' };
    case 'error':
      return { text: page.message === 'timeout' ? t('popupPageTimeout') : t('popupPageError', page.message), tone: 'error' };
    case 'report':
      if (page.report.status === 'unreadable') return { text: t('popupPageUnreadable'), tone: 'info' };
      if (page.report.status === 'empty') return { text: t('popupPageEmpty'), tone: 'info' };
      if (page.report.status === 'private') return { text: t('popupPagePrivate'), tone: 'info' };
      // The site changed its markup: said here, in plain words, rather than an empty list (never in the card).
      if (page.report.status === 'unrecognised')
        return { text: t('popupPageUnrecognised', page.report.siteName ?? page.report.site), tone: 'info' };
      if (relevant > 0) return null;
      return { text: page.report.site === 'selection' ? t('popupSelectionNothing') : t('popupPageNothing'), tone: 'info' };
  }
}

/** Props of {@link PopupOptions}: the current choices and what to do when the user changes one. */
export interface PopupOptionsProps {
  audience: Audience;
  onAudience(next: Audience): void;
  formatChoice: FormatChoice;
  /** What `auto` means on this page (named in its option). */
  autoFormat: OutputFormat;
  onFormat(next: FormatChoice): void;
  includeSources: boolean;
  onSources(next: boolean): void;
}

/** The copy options under the popup's header: audience, format and "Add sources". */
export function PopupOptions(props: PopupOptionsProps): JSX.Element {
  const { audience, formatChoice, autoFormat, includeSources } = props;
  return (
    <div class="popup-options">
      <AudienceSelect value={audience} onChange={props.onAudience} />
      <label>
        <span>{t('popupFormatLabel')}</span>
        <select
          value={formatChoice}
          data-setting="format"
          onChange={(e) => props.onFormat((e.currentTarget as HTMLSelectElement).value as FormatChoice)}
        >
          <option value="auto">{t('popupFormatAuto', formatName(autoFormat))}</option>
          {OUTPUT_FORMATS.map((f) => (
            <option key={f} value={f}>
              {/* An internal variant is never made into a public post: X then copies the general text. */}
              {f === 'x' && isInternalAudience(audience) ? t('popupFormatXInternal') : formatName(f)}
            </option>
          ))}
        </select>
      </label>
      <label class="popup-check">
        <input type="checkbox" checked={includeSources} onChange={(e) => props.onSources((e.currentTarget as HTMLInputElement).checked)} />
        <span>{t('popupSourcesLabel')}</span>
      </label>
    </div>
  );
}

/** The search answer shown: for which query, and the arguments found or why the search failed. */
export type SearchState = { query: string; found: Argument[] } | { query: string; error: string };

/** Props of {@link ArgumentsPanel}. */
export interface ArgumentsPanelProps {
  hidden: boolean;
  /** Keys on the list (arrow keys between the arguments). */
  onKeyDown(e: KeyboardEvent): void;
  /** The search answer, or `null` when the search box is empty. */
  search: SearchState | null;
  page: PageReportResult | null;
  /** What to say about the page instead of a list (see {@link pageMessage}), or `null`. */
  message: { text: string; tone: 'info' | 'error' } | null;
  args: readonly Argument[];
  /** The arguments relevant to the page, best first, and all others. */
  relevantArgs: readonly Argument[];
  otherArgs: readonly Argument[];
  why: ReadonlyMap<string, Why>;
  /** Renders one argument (with its "why" when it has one). */
  item(arg: Argument, why?: Why): JSX.Element;
}

/** The Arguments panel: the search results, or the arguments for the page (or selection) and then all others. */
export function ArgumentsPanel({
  hidden,
  onKeyDown,
  search,
  page,
  message,
  args,
  relevantArgs,
  otherArgs,
  why,
  item,
}: ArgumentsPanelProps): JSX.Element {
  return (
    <div role="tabpanel" id="panel-arguments" aria-labelledby="tab-arguments" hidden={hidden} onKeyDown={onKeyDown}>
      {search && 'error' in search ? (
        <section aria-labelledby="h-all">
          <p class="status-error" data-search-state="error">
            {t('popupSearchFailed', search.error)}
          </p>
          <h2 id="h-all">{t('popupAllArguments')}</h2>
          <ul class="args">{args.map((a) => item(a, why.get(a.id)))}</ul>
        </section>
      ) : search ? (
        <section aria-labelledby="h-results">
          <h2 id="h-results">{t('popupResults', String(search.found.length))}</h2>
          {search.found.length === 0 ? (
            <p class="muted">{t('popupNoResults', search.query)}</p>
          ) : (
            <ul class="args">{search.found.map((a) => item(a, why.get(a.id)))}</ul>
          )}
        </section>
      ) : (
        <>
          <section aria-labelledby="h-page" class="page-section" aria-busy={page ? 'false' : 'true'}>
            <h2 id="h-page">
              {page?.kind === 'report' && page.report.site === 'selection' ? t('popupForSelection') : t('popupForThisPage')}
            </h2>
            {message && (
              <p class={`page-state ${message.tone === 'error' ? 'status-error' : 'muted'}`} data-page-state={page?.kind ?? 'loading'}>
                {message.text}
              </p>
            )}
            {page?.kind === 'report' && page.report.cardRemoved && (
              <p class="muted" data-page-state="card-removed">
                {t('popupCardRemoved')}
              </p>
            )}
            {relevantArgs.length > 0 && <ul class="args">{relevantArgs.map((a) => item(a, why.get(a.id)))}</ul>}
          </section>
          <section aria-labelledby="h-all">
            <h2 id="h-all">{relevantArgs.length > 0 ? t('popupOtherArguments') : t('popupAllArguments')}</h2>
            <ul class="args">{otherArgs.map((a) => item(a))}</ul>
          </section>
        </>
      )}
    </div>
  );
}

/** The About panel: what the extension is, the source post's credit, privacy, keys, and the way to the options. */
export function AboutPanel({ lang, hidden }: { lang: Lang; hidden: boolean }): JSX.Element {
  return (
    <div role="tabpanel" id="panel-about" aria-labelledby="tab-about" hidden={hidden} class="about">
      <h2>{t('popupAboutTitle')}</h2>
      <p>{t('popupAboutText')}</p>
      <p data-source-credit>{SOURCE_CREDIT[lang]}</p>
      <p>{t('popupAboutPrivacy')}</p>
      <p class="muted">{t('popupAboutKeys')}</p>
      <p>
        <button type="button" class="link-button" onClick={() => void openOptions()}>
          {t('popupOpenOptions')}
        </button>
      </p>
    </div>
  );
}

/**
 * "Open the side panel", for the active tab's window; closes the popup once the panel is open. Not shown where the
 * browser has no side panel. The tab is looked up when the popup opens, so that the click calls the browser at once
 * (Chrome's `sidePanel.open` and Firefox's `sidebarAction.open` need the click still being handled).
 * @param onError shows why the browser refused (translated sentence)
 */
export function OpenPanelButton({ onError }: { onError(message: string): void }): JSX.Element | null {
  const target = useRef<PanelTab | undefined>(undefined);
  useEffect(() => {
    activePanelTab().then(
      (tab) => {
        target.current = tab;
      },
      () => undefined,
    );
  }, []);
  if (panelKind() === 'none') return null;
  const open = (): void => {
    openSidePanel({ tabId: target.current?.id, windowId: target.current?.windowId }).then(
      () => window.close(),
      (e: unknown) => onError(t('popupOpenPanelFailed', e instanceof Error ? e.message : String(e))),
    );
  };
  return (
    <p class="popup-panel">
      <button type="button" class="link-button" data-action="open-panel" onClick={open}>
        {t('popupOpenPanel')}
      </button>
    </p>
  );
}

/**
 * The tab a key moves to in a tab list (WAI-ARIA tabs pattern): ArrowRight and ArrowLeft to the next and previous
 * (wrapping), Home and End to the first and last; `undefined` for any other key.
 */
export function tabForKey<T>(tabs: readonly T[], current: T, key: string): T | undefined {
  const i = tabs.indexOf(current);
  if (key === 'ArrowRight') return tabs[(i + 1) % tabs.length];
  if (key === 'ArrowLeft') return tabs[(i + tabs.length - 1) % tabs.length];
  if (key === 'Home') return tabs[0];
  if (key === 'End') return tabs[tabs.length - 1];
  return undefined;
}

/**
 * A WAI-ARIA tab list: one button per tab (`<idPrefix><tab>`), each controlling the panel `<panelPrefix><tab>`; only
 * the selected tab is a Tab stop, and the arrow, Home and End keys move between them (see {@link tabForKey}).
 */
export function TabList<T extends string>(props: {
  tabs: readonly T[];
  current: T;
  label: string;
  idPrefix: string;
  panelPrefix: string;
  name: (tab: T) => string;
  onSelect: (tab: T) => void;
}): JSX.Element {
  const { tabs, current, idPrefix, panelPrefix } = props;
  const onKey = (e: KeyboardEvent): void => {
    const next = tabForKey(tabs, current, e.key);
    if (!next) return;
    e.preventDefault();
    props.onSelect(next);
    document.getElementById(`${idPrefix}${next}`)?.focus();
  };
  return (
    <div role="tablist" class="popup-tabs" aria-label={props.label} onKeyDown={onKey}>
      {tabs.map((id) => (
        <button
          key={id}
          type="button"
          role="tab"
          id={`${idPrefix}${id}`}
          aria-selected={current === id ? 'true' : 'false'}
          aria-controls={`${panelPrefix}${id}`}
          tabIndex={current === id ? 0 : -1}
          onClick={() => props.onSelect(id)}
        >
          {props.name(id)}
        </button>
      ))}
    </div>
  );
}
