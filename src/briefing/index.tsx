/**
 * The full-page briefing view (`briefing.html`, opened from the popup's Briefing tab): the same
 * {@link Composer} with room to work, plus the audience and format choices. The briefing itself (picks,
 * order, lengths, title, format) is the stored draft the popup also shows (`./store.ts`); the audience
 * change is remembered like in the popup.
 */
import { type JSX, render } from 'preact';
import { useState } from 'preact/hooks';
import { effectiveCatalog } from '../catalog/effective';
import type { Argument, Audience, Lang } from '../catalog/types';
import { OUTPUT_FORMATS, type OutputFormat } from '../copy/index';
import { t } from '../i18n/index';
import { writeClipboard } from '../platform/clipboard';
import { loadSettings, loadUserArguments, saveSettings } from '../platform/storage';
import { reportCopied } from '../platform/tabs';
import { AudienceSelect } from '../popup/AudienceSelect';
import { builtinArguments } from '../popup/arguments';
import { formatName } from '../popup/labels';
import type { Settings } from '../settings/index';
import { loadManaged } from '../settings/managed';
import { Announcer, useAnnouncer } from '../ui/announcer';
import { applyLanguage, resolveLang } from '../ui/locale';
import { Composer } from './Composer';
import { type BriefingDraft, loadDraft } from './store';
import { useBriefingDraft } from './useDraft';

/** Props of {@link BriefingPage}. */
export interface BriefingPageProps {
  settings: Settings;
  lang: Lang;
  args: readonly Argument[];
  /** The briefing the user was building, read from storage at start (`null`: none). */
  briefingDraft?: BriefingDraft | null;
}

export function BriefingPage(props: BriefingPageProps): JSX.Element {
  const [audience, setAudience] = useState<Audience>(props.settings.audience);
  const stored = props.briefingDraft?.format;
  const start = stored && stored !== 'auto' ? stored : props.settings.copyFormat;
  // This page has no destination to follow: `auto` is shown as HTML, which pastes well into documents and mail.
  const [format, setFormat] = useState<OutputFormat>(start === 'auto' ? 'html' : start);
  const [includeSources, setIncludeSources] = useState(props.settings.includeSources);
  const [current, announce] = useAnnouncer();
  const briefing = useBriefingDraft(props.briefingDraft, (m) => announce(m, 'error'));
  return (
    <div class="briefing-page" lang={props.lang}>
      <header>
        <h1>{t('popupBriefingName')}</h1>
        <div class="popup-options">
          <AudienceSelect
            value={audience}
            onChange={(next) => {
              setAudience(next);
              saveSettings({ audience: next }).catch((err: unknown) => announce(t('popupSaveFailed', String(err)), 'error'));
            }}
          />
          <label>
            <span>{t('popupFormatLabel')}</span>
            <select
              value={format}
              onChange={(e) => {
                const next = (e.currentTarget as HTMLSelectElement).value as OutputFormat;
                setFormat(next);
                const d = briefing.latest();
                if (d) briefing.update({ ...d, format: next });
              }}
            >
              {OUTPUT_FORMATS.map((f) => (
                <option key={f} value={f}>
                  {formatName(f)}
                </option>
              ))}
            </select>
          </label>
          <label>
            <input
              type="checkbox"
              checked={includeSources}
              onChange={(e) => setIncludeSources((e.currentTarget as HTMLInputElement).checked)}
            />
            <span>{t('popupSourcesLabel')}</span>
          </label>
        </div>
      </header>
      <main>
        <Composer
          args={props.args}
          lang={props.lang}
          audience={audience}
          format={format}
          includeSources={includeSources}
          announce={announce}
          draft={briefing.draft}
          onDraftChange={(part) => briefing.update(part && { ...part, format: briefing.latest()?.format ?? null })}
          copy={(payload, ids) => {
            writeClipboard(payload).then((result) => {
              if (!result.ok) {
                announce(t('popupCopyFailed', result.error), 'error');
                return;
              }
              announce(t('popupCopiedAnnounce', t('popupBriefingName')), 'ok');
              for (const id of ids) void reportCopied(id, 'other');
            });
          }}
        />
      </main>
      <Announcer current={current} class="popup-status" />
    </div>
  );
}

async function start(root: HTMLElement): Promise<void> {
  const [{ settings }, user, managed, briefingDraft] = await Promise.all([
    loadSettings(),
    loadUserArguments().catch(() => []),
    loadManaged().catch(() => ({ arguments: [], intranetSites: [], problems: [] })),
    loadDraft(),
  ]);
  const lang = resolveLang(settings.lang);
  await applyLanguage(lang);
  document.documentElement.lang = lang;
  document.title = `${t('popupBriefingName')} – ${t('extName')}`;
  render(
    <BriefingPage
      settings={settings}
      lang={lang}
      args={effectiveCatalog(builtinArguments, settings, user, managed.arguments)}
      briefingDraft={briefingDraft}
    />,
    root,
  );
}

const root = typeof document !== 'undefined' ? document.getElementById('app') : null;
if (root) {
  start(root).catch((e: unknown) => {
    root.textContent = `${t('popupStartFailed')} ${e instanceof Error ? e.message : String(e)}`;
  });
}
