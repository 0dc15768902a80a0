/**
 * The toolbar popup: search, language switch, the arguments relevant to the
 * current tab first (each saying why), then all others; expand, copy in the destination's format for
 * the chosen audience; a briefing composer; an About tab crediting the source post.
 *
 * Data comes in as props (see `index.tsx`); the page report, search, clipboard and settings go through
 * `src/platform/*`, which tests replace with `vi.mock`. Search and the ranking of page text the popup
 * read itself run in the background (`src/background/search.ts`), so this bundle carries no relevance
 * engine and no signal lexicon (the popup's size budget, `npm run bench`).
 */
import type { JSX } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { Composer } from '../briefing/Composer';
import type { BriefingDraft } from '../briefing/store';
import { useBriefingDraft } from '../briefing/useDraft';
import type { Argument, Lang } from '../catalog/types';
import { type ClipboardPayload, formatArgument, type OutputFormat, resolveFormat } from '../copy/index';
import { t } from '../i18n/index';
import { openExtensionPage, type PageReportResult, requestPageReport, searchInBackground, selectionReport } from '../platform/tabs';
import type { RankedArgument } from '../relevance/types';
import type { Settings } from '../settings/index';
import { Announcer, useAnnouncer } from '../ui/announcer';
import { ArgumentItem, type Why } from './ArgumentItem';
import { CopySettingsControls, useCopySettings, writeCopy } from './copy-settings';
import { AboutPanel, ArgumentsPanel, isTypingTarget, OpenPanelButton, pageMessage, type SearchState, TabList } from './panels';

export type { FormatChoice } from './panels';

/** Most section headings named in one argument's "why" line (long documents have many). */
const MAX_SECTIONS = 3;

type Tab = 'arguments' | 'briefing' | 'about';
const TABS: readonly Tab[] = ['arguments', 'briefing', 'about'];

/** Props of {@link Popup}. */
export interface PopupProps {
  /** Validated settings at start. */
  settings: Settings;
  /** The UI language in effect at start (strings already loaded). */
  lang: Lang;
  /** Every argument to list: built-ins, organisation (managed) and the user's, hidden ones already removed. */
  args: readonly Argument[];
  /** The user's and the organisation's intranet match patterns (destination format, usage record). */
  intranetSites: readonly string[];
  /** Asks for the page report (the selection's first); defaults to the platform's. `index.tsx` passes the one it started. */
  pageReport?: () => Promise<PageReportResult>;
  /**
   * The page report when it was known before the first paint (`index.tsx` waits briefly for it), so that the list does
   * not move under the pointer when it arrives; `null` or absent: the popup asks with `pageReport` and shows
   * "Reading this page…" meanwhile.
   */
  initialPage?: PageReportResult | null;
  /** The briefing the user was building, read from storage at start (`null`: none). */
  briefingDraft?: BriefingDraft | null;
  /**
   * Loads the built-ins' texts in a language and draws the page again with them (`startPage`); the language switch
   * awaits it. Absent: every language is in `args` already (tests).
   */
  addLanguage?: (lang: Lang) => Promise<void>;
}

export function Popup(props: PopupProps): JSX.Element {
  const [query, setQuery] = useState('');
  const [tab, setTab] = useState<Tab>('arguments');
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [copiedId, setCopiedId] = useState<string | null>(null);
  const [page, setPage] = useState<PageReportResult | null>(props.initialPage ?? null);
  const [search, setSearch] = useState<SearchState | null>(null);
  /** Number of the latest search sent; an answer to an older one is stale (answers may arrive out of order). */
  const searchSeq = useRef(0);
  const [current, announce] = useAnnouncer();
  const briefing = useBriefingDraft(props.briefingDraft, (m) => announce(m, 'error'));
  const copySettings = useCopySettings({ lang: props.lang, settings: props.settings, briefing, announce, addLanguage: props.addLanguage });
  const { lang, audience, formatChoice, includeSources } = copySettings;
  const searchRef = useRef<HTMLInputElement>(null);
  const copiedTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const args = props.args;
  const byId = useMemo(() => new Map(args.map((a) => [a.id, a])), [args]);

  useEffect(() => {
    if (props.initialPage) return;
    let live = true;
    // A selection the user asked about from the context menu (kept for the popup) comes before the page.
    const ask = props.pageReport ?? (async () => (await selectionReport()) ?? requestPageReport());
    ask().then(
      (result) => live && setPage(result),
      (e: unknown) => live && setPage({ kind: 'error', message: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  // `/` focuses the search box from anywhere but a text field (the convention of GitHub, MDN, …).
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (e.key === '/' && !e.altKey && !e.ctrlKey && !e.metaKey && !isTypingTarget(e.target)) {
        e.preventDefault();
        setTab('arguments');
        searchRef.current?.focus();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => () => clearTimeout(copiedTimer.current), []);

  const url = page?.url ?? (page?.kind === 'report' ? page.report.url : undefined);
  const autoFormat = resolveFormat('auto', url, props.intranetSites);
  const format: OutputFormat = formatChoice === 'auto' ? autoFormat : formatChoice;

  const ranked: RankedArgument[] =
    page?.kind === 'report' && page.report.status === 'ok' ? page.report.ranked.filter((r) => byId.has(r.id)) : [];
  const snippets = page?.kind === 'report' ? page.snippets : undefined;
  /** The objection's label in the UI language (from the content script or the background), else its id. */
  const objectionLabel = (id: string): string => (page?.kind === 'report' ? page.report.objectionLabels?.[id] : undefined) ?? id;
  const why = useMemo(() => {
    const m = new Map<string, Why>();
    const sections = page?.kind === 'report' ? (page.report.sections ?? []) : [];
    for (const r of ranked) {
      const headings = sections.filter((s) => s.heading.trim() && s.ranked.some((x) => x.id === r.id)).map((s) => s.heading.trim());
      m.set(r.id, {
        ranked: r,
        snippet: snippets?.[r.id] ?? null,
        sections: headings.slice(0, MAX_SECTIONS),
        objections: (r.objections ?? []).map(objectionLabel),
        selection: page?.kind === 'report' && page.report.site === 'selection',
      });
    }
    return m;
  }, [page]);
  const pageObjections = useMemo(() => {
    const m = new Map<string, string>();
    for (const r of ranked) if (r.objections?.[0]) m.set(r.id, r.objections[0]);
    return m;
  }, [page]);

  // Every change of the query asks the background (a search is a few milliseconds there, so no debounce);
  // until the answer arrives the previous results stay, and only the latest query's answer is shown.
  useEffect(() => {
    const seq = ++searchSeq.current;
    const q = query.trim();
    if (!q) {
      setSearch(null);
      return;
    }
    searchInBackground(q, lang).then(
      (ids) => {
        if (seq !== searchSeq.current) return;
        setSearch({ query: q, found: ids.map((r) => byId.get(r.id)).filter((a): a is Argument => a !== undefined) });
      },
      (e: unknown) => {
        if (seq === searchSeq.current) setSearch({ query: q, error: e instanceof Error ? e.message : String(e) });
      },
    );
  }, [query, lang, byId]);

  const relevantArgs = ranked.map((r) => byId.get(r.id)).filter((a): a is Argument => a !== undefined);
  const otherArgs = args.filter((a) => !why.has(a.id));

  const copyArgument = (arg: Argument): void => {
    let payload: ClipboardPayload;
    try {
      payload = formatArgument(arg, lang, { format, audience, includeSources });
    } catch (e) {
      announce(t('popupCopyFailed', e instanceof Error ? e.message : String(e)), 'error');
      return;
    }
    const title = arg.text[lang]?.title ?? arg.text.en?.title ?? arg.text.de?.title ?? arg.id;
    writeCopy(payload, [arg.id], title, {
      url,
      intranetSites: props.intranetSites,
      announce,
      onOk: () => {
        setCopiedId(arg.id);
        clearTimeout(copiedTimer.current);
        copiedTimer.current = setTimeout(() => setCopiedId(null), 2000);
      },
    });
  };

  const toggle = (id: string): void => {
    setExpanded((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  };

  /** Arrow keys move between the argument disclosure buttons (a list of many Tab stops otherwise). */
  const onListKey = (e: KeyboardEvent): void => {
    const target = e.target as HTMLElement;
    if (!target.classList?.contains('arg-toggle')) return;
    const all = Array.from(document.querySelectorAll<HTMLElement>('.arg-toggle'));
    const i = all.indexOf(target);
    let next: HTMLElement | undefined;
    if (e.key === 'ArrowDown') next = all[i + 1];
    else if (e.key === 'ArrowUp') next = all[i - 1];
    else if (e.key === 'Home') next = all[0];
    else if (e.key === 'End') next = all[all.length - 1];
    else return;
    e.preventDefault();
    next?.focus();
  };

  const item = (arg: Argument, w?: Why): JSX.Element => (
    <ArgumentItem
      key={arg.id}
      arg={arg}
      lang={lang}
      audience={audience}
      expanded={expanded.has(arg.id)}
      onToggle={toggle}
      onCopy={copyArgument}
      copied={copiedId === arg.id}
      why={w}
    />
  );

  const message = pageMessage(page, relevantArgs.length);

  return (
    <div class="popup" lang={lang}>
      <header class="popup-header">
        <h1 class="popup-name">{t('extName')}</h1>
        <div class="popup-search">
          <label for="search" class="visually-hidden">
            {t('popupSearchLabel')}
          </label>
          <input
            id="search"
            ref={searchRef}
            type="search"
            // biome-ignore lint/a11y/noAutofocus: the popup opens on the user's click to find an argument; typing should search at once (the search box is also the first control).
            autoFocus
            placeholder={t('popupSearchPlaceholder')}
            value={query}
            aria-keyshortcuts="/"
            aria-controls="panel-arguments"
            onInput={(e) => {
              setQuery((e.currentTarget as HTMLInputElement).value);
              setTab('arguments');
            }}
            onKeyDown={(e) => {
              // ↓ from the search box goes to the first (best) result, as the About tab's keyboard help says.
              if (e.key !== 'ArrowDown') return;
              const first = document.querySelector<HTMLElement>('#panel-arguments .arg-toggle');
              if (!first) return;
              e.preventDefault();
              setTab('arguments');
              first.focus();
            }}
          />
        </div>
        <CopySettingsControls s={copySettings} autoFormat={autoFormat} />

        <OpenPanelButton onError={(m) => announce(m, 'error')} />

        <TabList
          tabs={TABS}
          current={tab}
          label={t('popupTabsLabel')}
          idPrefix="tab-"
          panelPrefix="panel-"
          name={(id) => t(`popupTab${id[0]?.toUpperCase()}${id.slice(1)}`)}
          onSelect={setTab}
        />
      </header>

      <main>
        <ArgumentsPanel
          hidden={tab !== 'arguments'}
          onKeyDown={onListKey}
          search={search}
          page={page}
          message={message}
          args={args}
          relevantArgs={relevantArgs}
          otherArgs={otherArgs}
          why={why}
          item={item}
        />

        <div role="tabpanel" id="panel-briefing" aria-labelledby="tab-briefing" hidden={tab !== 'briefing'}>
          <Composer
            key={page ? 'page' : 'waiting'}
            args={args}
            lang={lang}
            audience={audience}
            format={format}
            includeSources={includeSources}
            pageObjections={pageObjections}
            initial={ranked.slice(0, 3).map((r) => ({ id: r.id, length: 'full' }))}
            draft={briefing.draft}
            onDraftChange={(part) => briefing.update(part && { ...part, format: briefing.latest()?.format ?? formatChoice })}
            announce={announce}
            copy={(payload, ids) => writeCopy(payload, ids, t('popupBriefingName'), { url, intranetSites: props.intranetSites, announce })}
          />
          <p>
            <button type="button" class="link-button" onClick={() => void openExtensionPage('briefing.html')}>
              {t('popupBriefingOpenPage')}
            </button>
          </p>
        </div>

        <AboutPanel lang={lang} hidden={tab !== 'about'} />
      </main>

      <Announcer current={current} class="popup-status" />
    </div>
  );
}
