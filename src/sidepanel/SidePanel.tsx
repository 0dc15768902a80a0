/**
 * The side panel (Chrome's side panel, Firefox's sidebar): "Arguments for this document", section by section as the
 * document's headings divide it, the section in view marked as the user scrolls; each argument with the quoted
 * sentence that carries it (a click scrolls the document there), the objections found with the argument's answer,
 * Copy and "Add to briefing"; and the briefing composer in its second tab. Copy uses the popup's settings (audience,
 * format, sources) and the briefing is the stored draft the popup and the briefing page share.
 *
 * It reads nothing itself: the data is what the tab's content script found (`./useFeed.ts`). Where no content script
 * follows the page it says why, as the popup does, and shows what reading the page once found.
 * Testing contract: each section carries `data-section` (its index) and `aria-current="location"` when in view; each
 * argument `data-argument-id`; its buttons `data-action` = `copy`, `brief`, `reveal`.
 */
import type { JSX } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { Composer } from '../briefing/Composer';
import type { BriefingDraft } from '../briefing/store';
import { useBriefingDraft } from '../briefing/useDraft';
import { type Argument, answerForTopic, type Lang, textOf } from '../catalog/types';
import { type ClipboardPayload, formatArgument, type OutputFormat, resolveFormat } from '../copy/index';
import { t } from '../i18n/index';
import type { PanelFeed, PanelSection } from '../messages';
import { openOptionsSection } from '../platform/panel';
import { CopySettingsControls, useCopySettings, writeCopy } from '../popup/copy-settings';
import { pageMessage, TabList } from '../popup/panels';
import type { RankedArgument } from '../relevance/types';
import type { Settings } from '../settings/index';
import { Announcer, useAnnouncer } from '../ui/announcer';
import { Highlight, wordRanges } from '../ui/Highlight';
import { ObjectionLine } from '../ui/ObjectionLine';
import { type FeedDeps, type FeedState, feedFromReport, useFeed } from './useFeed';

type Tab = 'document' | 'briefing';
const TABS: readonly Tab[] = ['document', 'briefing'];

/** Props of {@link SidePanel}. */
export interface SidePanelProps {
  settings: Settings;
  /** The UI language in effect at start (strings already loaded). */
  lang: Lang;
  /** Every argument: built-ins, organisation's and the user's, hidden ones removed. */
  args: readonly Argument[];
  /** The user's and the organisation's intranet match patterns (destination format, usage record). */
  intranetSites: readonly string[];
  /** The briefing the user was building, read from storage at start (`null`: none). */
  briefingDraft?: BriefingDraft | null;
  /**
   * Loads the built-ins' texts in a language and draws the page again with them (`startPage`); the language switch
   * awaits it. Absent: every language is in `args` already (tests).
   */
  addLanguage?: (lang: Lang) => Promise<void>;
  /** The tab to show (`?tab=` in the panel's URL); default: the active tab of the panel's window. */
  tabId?: number;
  /** Replaced in tests. */
  feedDeps?: FeedDeps;
}

/** The feed to list, from the panel's state: the content script's, or one made from a page report. */
function feedOf(state: FeedState): PanelFeed | null {
  if (state.kind === 'feed') return state.feed;
  if (state.kind === 'page' && state.result.kind === 'report') return feedFromReport(state.result.report);
  return null;
}

export function SidePanel(props: SidePanelProps): JSX.Element {
  const [tab, setTab] = useState<Tab>('document');
  const [copied, setCopied] = useState<string | null>(null);
  /** Changes when the document tab adds or removes a pick, so the composer starts again from the stored draft. */
  const [picksRev, setPicksRev] = useState(0);
  const [current, announce] = useAnnouncer();
  const briefing = useBriefingDraft(props.briefingDraft, (m) => announce(m, 'error'));
  const copySettings = useCopySettings({ lang: props.lang, settings: props.settings, briefing, announce, addLanguage: props.addLanguage });
  const { lang, audience, formatChoice, includeSources } = copySettings;
  const { state, reveal, retry } = useFeed(props.tabId, props.feedDeps);
  const copiedTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const byId = useMemo(() => new Map(props.args.map((a) => [a.id, a])), [props.args]);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  useEffect(() => () => clearTimeout(copiedTimer.current), []);

  const feed = feedOf(state);
  const following = state.kind === 'feed';
  const url = feed?.url || (state.kind === 'page' ? state.result.url : undefined);
  const autoFormat = resolveFormat('auto', url, props.intranetSites);
  const format: OutputFormat = formatChoice === 'auto' ? autoFormat : formatChoice;
  const picked = new Set((briefing.draft?.entries ?? []).map((e) => e.id));

  // The section in view is kept in sight in the panel too, without taking the focus.
  const currentIndex = feed?.current ?? -1;
  useEffect(() => {
    if (currentIndex < 0) return;
    document.querySelector(`[data-section="${currentIndex}"]`)?.scrollIntoView?.({ block: 'nearest' });
  }, [currentIndex]);

  const pageObjections = useMemo(() => {
    const m = new Map<string, string>();
    for (const s of feed?.sections ?? []) for (const r of s.ranked) if (r.objections?.[0] && !m.has(r.id)) m.set(r.id, r.objections[0]);
    return m;
  }, [feed]);
  const firstRanked = useMemo(() => {
    const ids: string[] = [];
    for (const s of feed?.sections ?? []) for (const r of s.ranked) if (!ids.includes(r.id) && byId.has(r.id)) ids.push(r.id);
    return ids;
  }, [feed, byId]);

  const copyArgument = (arg: Argument, key: string): void => {
    let payload: ClipboardPayload;
    try {
      payload = formatArgument(arg, lang, { format, audience, includeSources });
    } catch (e) {
      announce(t('popupCopyFailed', e instanceof Error ? e.message : String(e)), 'error');
      return;
    }
    writeCopy(payload, [arg.id], textOf(arg, lang).title, {
      url,
      intranetSites: props.intranetSites,
      announce,
      onOk: () => {
        setCopied(key);
        clearTimeout(copiedTimer.current);
        copiedTimer.current = setTimeout(() => setCopied(null), 2000);
      },
    });
  };

  const toggleBriefing = (arg: Argument): void => {
    const draft = briefing.latest();
    const entries = draft?.entries ?? [];
    const title = textOf(arg, lang).title;
    const has = entries.some((e) => e.id === arg.id);
    const next = has ? entries.filter((e) => e.id !== arg.id) : [...entries, { id: arg.id, length: 'full' as const }];
    briefing.update({ entries: next, title: draft?.title ?? null, format: draft?.format ?? formatChoice });
    setPicksRev((n) => n + 1);
    announce(t(has ? 'panelRemoved' : 'panelAdded', title), 'ok');
  };

  const showQuote = (quote: string): void => {
    void reveal({ quote }).then((ok) => {
      if (!ok) announce(t('panelQuoteGone'), 'info');
    });
  };

  const argument = (r: RankedArgument, s: number): JSX.Element | null => {
    const arg = byId.get(r.id);
    if (!arg) return null;
    const text = textOf(arg, lang);
    const key = `${s}-${arg.id}`;
    const inBriefing = picked.has(arg.id);
    return (
      <li class="arg panel-arg" key={arg.id} data-argument-id={arg.id} aria-labelledby={`t-${key}`}>
        <h4 id={`t-${key}`} class="arg-title">
          {text.title}
        </h4>
        <p class="arg-claim">{text.claim}</p>
        {r.quote &&
          (following ? (
            <button
              type="button"
              class="panel-quote"
              data-action="reveal"
              aria-label={t('panelQuoteShow', r.quote)}
              onClick={() => showQuote(r.quote!)}
            >
              <Highlight text={r.quote} ranges={wordRanges(r.quote, r.matched)} />
            </button>
          ) : (
            <p class="panel-quote">
              <Highlight text={r.quote} ranges={wordRanges(r.quote, r.matched)} />
            </p>
          ))}
        {(r.objections ?? []).map((topic) => {
          // Quoted as people say it: the argument's own wording when it answers the topic, else the topic's label.
          const own = answerForTopic(text, topic);
          return <ObjectionLine key={topic} own={own} label={own?.objection ?? feed?.objectionLabels[topic] ?? topic} />;
        })}
        <div class="panel-actions">
          <button
            type="button"
            class={`arg-copy${copied === key ? ' is-copied' : ''}`}
            data-action="copy"
            aria-label={copied === key ? t('popupCopiedAnnounce', text.title) : t('popupCopyLabel', text.title)}
            onClick={() => copyArgument(arg, key)}
          >
            {copied === key ? t('popupCopied') : t('popupCopy')}
          </button>
          <button
            type="button"
            class="panel-brief"
            data-action="brief"
            aria-pressed={inBriefing ? 'true' : 'false'}
            aria-label={inBriefing ? t('panelInBriefingLabel', text.title) : t('panelAddBriefingLabel', text.title)}
            onClick={() => toggleBriefing(arg)}
          >
            {inBriefing ? t('panelInBriefing') : t('panelAddBriefing')}
          </button>
        </div>
      </li>
    );
  };

  const section = (s: PanelSection, i: number, kind: PanelFeed['kind']): JSX.Element => {
    const inView = i === currentIndex && kind === 'document';
    const heading = s.heading || (kind === 'feed' ? t('panelOnThisPage') : t('panelBeforeFirstHeading'));
    return (
      <section
        key={`${i}-${s.heading}`}
        class={`panel-section${inView ? ' is-current' : ''}`}
        data-section={i}
        aria-labelledby={`sh-${i}`}
        aria-current={inView ? 'location' : undefined}
      >
        <h3 id={`sh-${i}`} class="panel-section-heading">
          {following && s.heading && kind === 'document' ? (
            <button
              type="button"
              class="link-button"
              aria-label={t('panelSectionShow', s.heading)}
              onClick={() => void reveal({ heading: s.heading })}
            >
              {heading}
            </button>
          ) : (
            heading
          )}
          {inView && <span class="panel-in-view">{t('panelInView')}</span>}
        </h3>
        {s.ranked.some((r) => byId.has(r.id)) ? (
          <ul class="args">{s.ranked.map((r) => argument(r, i))}</ul>
        ) : (
          <p class="muted">{t('panelSectionNothing')}</p>
        )}
      </section>
    );
  };

  const relevant = feed?.sections.reduce((n, s) => n + s.ranked.length, 0) ?? 0;
  const message =
    state.kind === 'waiting'
      ? { text: t('panelWaiting'), tone: 'info' as const }
      : state.kind === 'no-tab'
        ? { text: t('panelNoTab'), tone: 'info' as const }
        : state.kind === 'feed'
          ? pageMessage({ kind: 'report', report: { ...state.feed, chars: 0, ranked: [] } }, relevant)
          : state.result.kind === 'no-access'
            ? { text: t('panelNotGranted'), tone: 'info' as const }
            : pageMessage(state.result, relevant);
  const readOnce = state.kind === 'page' && state.result.kind === 'report';
  const offerAccess = readOnce || (state.kind === 'page' && state.result.kind === 'no-access');

  return (
    <div class="panel" lang={lang}>
      <header class="popup-header panel-header">
        <h1 class="popup-name">{t('extName')}</h1>
        <CopySettingsControls s={copySettings} autoFormat={autoFormat} />
        <TabList
          tabs={TABS}
          current={tab}
          label={t('panelTabsLabel')}
          idPrefix="ptab-"
          panelPrefix="ppanel-"
          name={(id) => (id === 'document' ? t('panelTabDocument') : t('popupTabBriefing'))}
          onSelect={setTab}
        />
      </header>

      <main>
        <div role="tabpanel" id="ppanel-document" aria-labelledby="ptab-document" hidden={tab !== 'document'}>
          <section aria-labelledby="h-document" aria-busy={state.kind === 'waiting' ? 'true' : 'false'}>
            <h2 id="h-document">{t(feed?.kind === 'feed' ? 'cardHeading' : 'panelTitle')}</h2>
            {feed?.title && <p class="panel-doc-title">{feed.title}</p>}
            {message && (
              <p
                class={`page-state ${message.tone === 'error' ? 'status-error' : 'muted'}`}
                data-page-state={state.kind === 'page' ? state.result.kind : state.kind}
              >
                {message.text}
              </p>
            )}
            {readOnce && (
              <p class="muted" data-page-state="read-once">
                {t('panelReadOnce')}
              </p>
            )}
            {(offerAccess || state.kind === 'no-tab' || (state.kind === 'page' && state.result.kind === 'error')) && (
              <p class="panel-offers">
                <button type="button" class="link-button" onClick={retry}>
                  {t('panelRetry')}
                </button>
                {offerAccess && (
                  <button type="button" class="link-button" onClick={() => void openOptionsSection('sites')}>
                    {t('panelSiteAccess')}
                  </button>
                )}
              </p>
            )}
            {feed?.draft && feed.draft.length > 0 && (
              <section class="panel-section panel-draft" data-section="draft" aria-labelledby="sh-draft">
                <h3 id="sh-draft" class="panel-section-heading">
                  {t('panelDraft')}
                </h3>
                <ul class="args">{feed.draft.map((r) => argument(r, -1))}</ul>
              </section>
            )}
            {feed?.sections.map((s, i) => section(s, i, feed.kind))}
          </section>
        </div>

        <div role="tabpanel" id="ppanel-briefing" aria-labelledby="ptab-briefing" hidden={tab !== 'briefing'}>
          <Composer
            key={`${picksRev}-${feed ? 'page' : 'waiting'}`}
            args={props.args}
            lang={lang}
            audience={audience}
            format={format}
            includeSources={includeSources}
            pageObjections={pageObjections}
            initial={firstRanked.slice(0, 3).map((id) => ({ id, length: 'full' }))}
            draft={briefing.latest()}
            onDraftChange={(part) => briefing.update(part && { ...part, format: briefing.latest()?.format ?? formatChoice })}
            announce={announce}
            copy={(payload, ids) => writeCopy(payload, ids, t('popupBriefingName'), { url, intranetSites: props.intranetSites, announce })}
          />
        </div>
      </main>

      <Announcer current={current} class="popup-status" />
    </div>
  );
}
