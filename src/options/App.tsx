/**
 * The options page: language, hint behaviour per site group, site access and the
 * user's intranet sites, snoozed sites, the user's own arguments, hidden built-ins,
 * import and export, the private usage record, and what the organisation manages.
 *
 * Every change is saved at once (no Save button to forget) through
 * `src/platform/storage.ts`, and the page follows changes made elsewhere (the
 * popup, another device) through `onSettingsChanged`. Permission requests are made
 * first thing in their click handlers, before any `await`, as both browsers require.
 */
import type { ComponentChildren, JSX } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { effectiveCatalog } from '../catalog/effective';
import { catalog as builtinCatalog } from '../catalog/index';
import { type Argument, type Lang, textOf } from '../catalog/types';
import { t } from '../i18n';
import { accessState, originsFor, removeAccess, requestAccess } from '../platform/permissions';
import {
  clearDismissedSite,
  deleteQuarantined,
  loadDismissedSites,
  loadSettings,
  loadUserArgumentsChecked,
  onSettingsChanged,
  onUserArgumentsChanged,
  persistRepairs,
  restoreQuarantined,
  StorageError,
  saveSettings,
  saveUserArguments,
} from '../platform/storage';
import type { HintMode, Settings } from '../settings';
import { newUserArgumentId, type UserArgument } from '../settings/arguments';
import { loadManaged, type ManagedDefaults } from '../settings/managed';
import { type QuarantinedArgument, quarantineTitle, salvage } from '../settings/quarantine';
import { validateSitePattern } from '../settings/validate';
import { SITE_GROUPS, type SiteGroupId } from '../site-groups';
import { Announcer, useAnnouncer } from '../ui/announcer';
import { applyLanguage, resolveLang } from '../ui/locale';
import { ArgumentForm } from './ArgumentForm';
import { downloadText } from './download';
import { TransferSection } from './Transfer';
import { UsageSection } from './Usage';

/** Display names of the site groups (`optionsGroup…` keys). */
export const GROUP_KEYS = Object.fromEntries(SITE_GROUPS.map((g) => [g.id, g.labelKey])) as Record<SiteGroupId, string>;

const MODES: readonly HintMode[] = ['always', 'composing', 'never'];
const MODE_KEYS: Record<HintMode, string> = { always: 'optionsModeAlways', composing: 'optionsModeComposing', never: 'optionsModeNever' };

/** Everything the page shows, loaded from storage. */
export interface OptionsData {
  settings: Settings;
  userArguments: UserArgument[];
  /** Stored entries that failed validation, kept aside until the user repairs, restores or deletes them. */
  quarantined: QuarantinedArgument[];
  managed: ManagedDefaults;
  /** Access per optional group id and per intranet pattern. */
  access: Record<string, boolean>;
}

/** Notices about stored data, shown at the top until dismissed. */
interface DataNotices {
  repaired: string[];
  invalidArguments: number;
  newer: boolean;
}

const NO_MANAGED: ManagedDefaults = { arguments: [], intranetSites: [], problems: [] };

/** Loads everything the page shows. Never rejects: each part falls back to empty. */
export async function loadOptionsData(): Promise<OptionsData & { notices: DataNotices }> {
  const [loaded, args, managed] = await Promise.all([loadSettings(), loadUserArgumentsChecked(), loadManaged().catch(() => NO_MANAGED)]);
  const patterns = [...new Set([...loaded.settings.intranetSites, ...managed.intranetSites])];
  const access = await accessState(patterns).catch(() => ({}) as Record<string, boolean>);
  return {
    settings: loaded.settings,
    userArguments: args.arguments,
    quarantined: args.quarantined,
    managed,
    access,
    notices: { repaired: loaded.repaired, invalidArguments: args.invalid, newer: loaded.newer },
  };
}

/** The message to show for a failed action. */
function errorMessage(e: unknown): string {
  if (e instanceof StorageError) return e.message;
  return t('optionsActionFailed', e instanceof Error ? e.message : String(e));
}

/** Props of {@link OptionsApp}: the page language it was started with (tests pass it). */
export interface OptionsAppProps {
  initialLang: Lang;
}

export function OptionsApp({ initialLang }: OptionsAppProps): JSX.Element {
  const [data, setData] = useState<OptionsData | null>(null);
  const [notices, setNotices] = useState<DataNotices | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [lang, setLang] = useState<Lang>(initialLang);
  const [status, announce] = useAnnouncer();

  const refresh = useCallback(async () => {
    const next = await loadOptionsData();
    setData(next);
    return next;
  }, []);

  useEffect(() => {
    const ctl = new AbortController();
    void refresh().then(async (first) => {
      const n = first.notices;
      if (n.repaired.length || n.invalidArguments || n.newer) setNotices(n);
      // Write the repaired values back, so the notice is shown once and storage is valid again.
      if (n.repaired.length) await persistRepairs().catch((e: unknown) => setError(errorMessage(e)));
    });
    onSettingsChanged((settings) => setData((d) => (d ? { ...d, settings } : d)), ctl.signal);
    onUserArgumentsChanged((userArguments, quarantined) => setData((d) => (d ? { ...d, userArguments, quarantined } : d)), ctl.signal);
    // Access can change in the browser's own menus; look again when the user comes back to the tab.
    const onVisible = () => {
      if (document.visibilityState === 'visible') void refresh();
    };
    document.addEventListener('visibilitychange', onVisible, { signal: ctl.signal });
    return () => ctl.abort();
  }, [refresh]);

  /** Runs a change, shows "Saved" or the error, and reloads. */
  const run = useCallback(
    async (action: () => Promise<unknown>, done = t('optionsSaved')) => {
      setError(null);
      try {
        await action();
        announce(done);
      } catch (e) {
        setError(errorMessage(e));
      }
      await refresh();
    },
    [announce, refresh],
  );

  if (!data) {
    return (
      <main class="options">
        <h1>{t('optionsTitle')}</h1>
        <p aria-busy="true">{t('optionsLoading')}</p>
      </main>
    );
  }

  const { settings } = data;
  const save = (patch: Partial<Settings>) => run(() => saveSettings(patch));

  return (
    <main class="options" lang={lang}>
      <h1>{t('optionsTitle')}</h1>
      <Announcer current={status} class="options-status" />
      {error && (
        <div class="notice notice-error" role="alert">
          <p>{error}</p>
          <button type="button" onClick={() => setError(null)}>
            {t('optionsDismiss')}
          </button>
        </div>
      )}
      {notices && <DataNotice notices={notices} onDismiss={() => setNotices(null)} />}

      <nav aria-label={t('optionsContents')} class="toc">
        <ul>
          {(
            [
              ['general', 'optionsGeneral'],
              ['hints', 'optionsHints'],
              ['sites', 'optionsSites'],
              ['arguments', 'optionsYourArguments'],
              ['builtins', 'optionsBuiltins'],
              ['transfer', 'optionsTransfer'],
              ['usage', 'optionsUsage'],
            ] as const
          ).map(([id, key]) => (
            <li key={id}>
              <a href={`#${id}`}>{t(key)}</a>
            </li>
          ))}
        </ul>
      </nav>

      <section id="general" aria-labelledby="general-h">
        <h2 id="general-h">{t('optionsGeneral')}</h2>
        <div class="field inline">
          <label for="opt-lang">{t('optionsLanguage')}</label>
          <select
            id="opt-lang"
            value={settings.lang}
            onChange={(e) => {
              const next = (e.currentTarget as HTMLSelectElement).value as Settings['lang'];
              void run(async () => {
                await saveSettings({ lang: next });
                const l = resolveLang(next);
                await applyLanguage(l);
                setLang(l);
              });
            }}
          >
            <option value="auto">{t('optionsLangAuto')}</option>
            <option value="de" lang="de">
              {t('optionsLangDe')}
            </option>
            <option value="en" lang="en">
              {t('optionsLangEn')}
            </option>
          </select>
        </div>
      </section>

      <section id="hints" aria-labelledby="hints-h">
        <h2 id="hints-h">{t('optionsHints')}</h2>
        <p class="muted">{t('optionsHintsIntro')}</p>
        <table class="grid">
          <thead>
            <tr>
              <th scope="col">{t('optionsSiteGroup')}</th>
              <th scope="col">{t('optionsHintMode')}</th>
            </tr>
          </thead>
          <tbody>
            {SITE_GROUPS.map((g) => (
              <tr key={g.id}>
                <th scope="row">
                  <label for={`mode-${g.id}`}>{t(GROUP_KEYS[g.id])}</label>
                </th>
                <td>
                  <select
                    id={`mode-${g.id}`}
                    value={settings.hintMode[g.id]}
                    onChange={(e) =>
                      save({ hintMode: { ...settings.hintMode, [g.id]: (e.currentTarget as HTMLSelectElement).value as HintMode } })
                    }
                  >
                    {MODES.map((m) => (
                      <option key={m} value={m}>
                        {t(MODE_KEYS[m])}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <SitesSection data={data} run={run} />

      <SnoozedSection settings={settings} save={save} />

      <ArgumentsSection data={data} lang={lang} run={run} />

      <BuiltinsSection settings={settings} lang={lang} save={save} />

      <TransferSection data={data} lang={lang} run={run} onError={setError} />

      <UsageSection
        lang={lang}
        catalog={effectiveCatalog(builtinCatalog, settings, data.userArguments, data.managed.arguments)}
        run={run}
      />
    </main>
  );
}

/** The notice about repaired or unreadable stored data. */
function DataNotice({ notices, onDismiss }: { notices: DataNotices; onDismiss(): void }): JSX.Element {
  return (
    <div class="notice notice-warning" role="alert">
      {notices.repaired.length > 0 && <p>{t('optionsRepairedNotice', notices.repaired.join(', '))}</p>}
      {notices.invalidArguments > 0 && <p>{t('optionsInvalidArgumentsNotice', String(notices.invalidArguments))}</p>}
      {notices.newer && <p>{t('optionsNewerNotice')}</p>}
      <button type="button" onClick={onDismiss}>
        {t('optionsDismiss')}
      </button>
    </div>
  );
}

type Run = (action: () => Promise<unknown>, done?: string) => Promise<void>;

function AccessState({ granted }: { granted: boolean | undefined }): JSX.Element {
  return (
    <span class={`access ${granted ? 'access-on' : 'access-off'}`}>{t(granted ? 'optionsAccessGranted' : 'optionsAccessNotGranted')}</span>
  );
}

/** Site groups with their access state, and the user's (and the organisation's) intranet sites. */
function SitesSection({ data, run }: { data: OptionsData; run: Run }): JSX.Element {
  const [input, setInput] = useState('');
  const [siteError, setSiteError] = useState<string | null>(null);
  const { settings, access, managed } = data;

  const grant = (origins: string[]) => {
    // Synchronously, in the click handler: the browser refuses the request after an await.
    const request = requestAccess(origins);
    void run(async () => {
      if (!(await request)) throw new Error(t('optionsAccessDeclined'));
    }, t('optionsAccessGrantedNow'));
  };
  const revoke = (origins: string[]) =>
    void run(async () => {
      if (!(await removeAccess(origins))) throw new Error(t('optionsAccessNotRemoved'));
    }, t('optionsAccessRevokedNow'));

  const addSite = (e: Event) => {
    e.preventDefault();
    const r = validateSitePattern(input);
    if (!r.ok) {
      setSiteError(r.error);
      return;
    }
    if (settings.intranetSites.includes(r.pattern) || managed.intranetSites.includes(r.pattern)) {
      setSiteError(t('optionsSiteDuplicate', r.pattern));
      return;
    }
    // Ask for access in the same user gesture; the site is kept even if the user declines (they can grant later).
    const request = requestAccess(originsFor(r.pattern));
    setSiteError(null);
    setInput('');
    void run(
      async () => {
        await saveSettings({ intranetSites: [...settings.intranetSites, r.pattern] });
        await request.catch(() => false);
      },
      t('optionsSiteAdded', r.pattern),
    );
  };

  const removeSite = (pattern: string) => {
    const rest = settings.intranetSites.filter((p) => p !== pattern);
    const origin = originsFor(pattern)[0];
    // Give up the origin only when no other site (the user's or the organisation's) still needs it.
    const stillNeeded = [...rest, ...managed.intranetSites].some((p) => originsFor(p)[0] === origin);
    void run(
      async () => {
        await saveSettings({ intranetSites: rest });
        if (origin && !stillNeeded) await removeAccess([origin]);
      },
      t('optionsSiteRemoved', pattern),
    );
  };

  const groups = SITE_GROUPS.filter((g) => g.optional && g.id !== 'intranet');
  const errorId = 'site-error';
  return (
    <section id="sites" aria-labelledby="sites-h">
      <h2 id="sites-h">{t('optionsSites')}</h2>
      <p class="muted">{t('optionsSitesIntro')}</p>
      <table class="grid">
        <thead>
          <tr>
            <th scope="col">{t('optionsSiteGroup')}</th>
            <th scope="col">{t('optionsAccess')}</th>
            <th scope="col">
              <span class="visually-hidden">{t('optionsActions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {groups.map((g) => (
            <tr key={g.id} data-group={g.id}>
              <th scope="row">
                {t(GROUP_KEYS[g.id])}
                <small class="muted block">{g.origins.join(', ')}</small>
              </th>
              <td>
                <AccessState granted={access[g.id]} />
              </td>
              <td>
                {access[g.id] ? (
                  <button type="button" onClick={() => revoke(originsFor(g.id))} aria-label={t('optionsRevokeFor', t(GROUP_KEYS[g.id]))}>
                    {t('optionsRevoke')}
                  </button>
                ) : (
                  <button type="button" onClick={() => grant(originsFor(g.id))} aria-label={t('optionsGrantFor', t(GROUP_KEYS[g.id]))}>
                    {t('optionsGrant')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <h3>{t('optionsIntranetSites')}</h3>
      <p class="muted">{t('optionsIntranetIntro')}</p>
      {settings.intranetSites.length + managed.intranetSites.length === 0 ? (
        <p class="muted">{t('optionsNoIntranetSites')}</p>
      ) : (
        <ul class="rows" aria-label={t('optionsIntranetSites')}>
          {managed.intranetSites.map((p) => (
            <li key={`m-${p}`} data-site={p}>
              <code>{p}</code> <span class="badge">{t('optionsManaged')}</span> <AccessState granted={access[p]} />
              {!access[p] && (
                <button type="button" onClick={() => grant(originsFor(p))} aria-label={t('optionsGrantFor', p)}>
                  {t('optionsGrant')}
                </button>
              )}
            </li>
          ))}
          {settings.intranetSites.map((p) => (
            <li key={p} data-site={p}>
              <code>{p}</code> <AccessState granted={access[p]} />
              {!access[p] && (
                <button type="button" onClick={() => grant(originsFor(p))} aria-label={t('optionsGrantFor', p)}>
                  {t('optionsGrant')}
                </button>
              )}
              <button type="button" onClick={() => removeSite(p)} aria-label={t('optionsRemoveFor', p)}>
                {t('optionsRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="add-site" onSubmit={addSite} noValidate>
        <label for="site-input">{t('optionsAddSiteLabel')}</label>
        <input
          id="site-input"
          type="text"
          value={input}
          placeholder={t('optionsAddSitePlaceholder')}
          autocomplete="off"
          spellcheck={false}
          aria-invalid={siteError ? 'true' : undefined}
          aria-describedby={siteError ? errorId : 'site-hint'}
          onInput={(e) => {
            setInput((e.currentTarget as HTMLInputElement).value);
            setSiteError(null);
          }}
        />
        <button type="submit">{t('optionsAddSite')}</button>
        {siteError ? (
          <p id={errorId} class="status-error" role="alert">
            {siteError}
          </p>
        ) : (
          <p id="site-hint" class="muted">
            {t('optionsAddSiteHint')}
          </p>
        )}
      </form>
    </section>
  );
}

/**
 * Sites where hints are snoozed (settings), and sites where the user dismissed the card for this browser session
 * (`storage.session`), each with a way to show the card again.
 */
function SnoozedSection({ settings, save }: { settings: Settings; save(p: Partial<Settings>): Promise<void> }): JSX.Element {
  const [dismissed, setDismissed] = useState<string[]>([]);
  useEffect(() => {
    void loadDismissedSites().then(setDismissed);
  }, []);
  const resume = async (host: string) => {
    await clearDismissedSite(host);
    setDismissed(await loadDismissedSites());
  };
  return (
    <section id="snoozed" aria-labelledby="snoozed-h">
      <h2 id="snoozed-h">{t('optionsSnoozed')}</h2>
      {settings.snoozed.length === 0 && dismissed.length === 0 ? (
        <p class="muted">{t('optionsNoSnoozed')}</p>
      ) : (
        <ul class="rows">
          {settings.snoozed.map((host) => (
            <li key={host}>
              <code>{host}</code>
              <button
                type="button"
                onClick={() => save({ snoozed: settings.snoozed.filter((h) => h !== host) })}
                aria-label={t('optionsUnsnoozeFor', host)}
              >
                {t('optionsUnsnooze')}
              </button>
            </li>
          ))}
          {dismissed.map((host) => (
            <li key={`session-${host}`} data-dismissed={host}>
              <code>{host}</code> <span class="muted">{t('optionsDismissedSession')}</span>
              <button type="button" onClick={() => void resume(host)} aria-label={t('optionsUnsnoozeFor', host)}>
                {t('optionsUnsnooze')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The user's own arguments: list, add, edit, delete (with a confirmation step); and the organisation's, read-only. */
function ArgumentsSection({ data, lang, run }: { data: OptionsData; lang: Lang; run: Run }): JSX.Element {
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const [confirmDelete, setConfirmDelete] = useState<string | null>(null);
  const list = data.userArguments;

  const saveArg = async (arg: UserArgument) => {
    const exists = list.some((a) => a.id === arg.id);
    const next = exists ? list.map((a) => (a.id === arg.id ? arg : a)) : [...list, arg];
    let failed = false;
    await run(
      async () => {
        try {
          await saveUserArguments(next);
        } catch (e) {
          failed = true;
          throw e;
        }
      },
      t('optionsArgumentSaved', textOf(arg, lang).title),
    );
    if (!failed) setEditing(null);
  };

  return (
    <section id="arguments" aria-labelledby="arguments-h">
      <h2 id="arguments-h">{t('optionsYourArguments')}</h2>
      <p class="muted">{t('optionsYourArgumentsIntro')}</p>
      {list.length === 0 && editing !== 'new' && <p class="muted">{t('optionsNoArguments')}</p>}
      <ul class="arguments">
        {list.map((a) => (
          <li key={a.id} data-argument-id={a.id}>
            {editing === a.id ? (
              <ArgumentForm initial={a} lang={lang} onSave={saveArg} onCancel={() => setEditing(null)} />
            ) : (
              <ArgumentSummary arg={a} lang={lang}>
                <button type="button" onClick={() => setEditing(a.id)} aria-label={t('optionsEditFor', textOf(a, lang).title)}>
                  {t('optionsEdit')}
                </button>
                {confirmDelete === a.id ? (
                  <>
                    <button
                      type="button"
                      class="danger"
                      onClick={() => {
                        setConfirmDelete(null);
                        void run(
                          () => saveUserArguments(list.filter((x) => x.id !== a.id)),
                          t('optionsArgumentDeleted', textOf(a, lang).title),
                        );
                      }}
                    >
                      {t('optionsConfirmDelete')}
                    </button>
                    <button type="button" onClick={() => setConfirmDelete(null)}>
                      {t('optionsCancel')}
                    </button>
                  </>
                ) : (
                  <button type="button" onClick={() => setConfirmDelete(a.id)} aria-label={t('optionsDeleteFor', textOf(a, lang).title)}>
                    {t('optionsDelete')}
                  </button>
                )}
              </ArgumentSummary>
            )}
          </li>
        ))}
      </ul>
      {editing === 'new' ? (
        <ArgumentForm lang={lang} onSave={saveArg} onCancel={() => setEditing(null)} />
      ) : (
        <button type="button" class="primary" onClick={() => setEditing('new')}>
          {t('optionsAddArgument')}
        </button>
      )}

      {data.quarantined.length > 0 && <QuarantineSection data={data} lang={lang} run={run} />}

      {data.managed.arguments.length > 0 && (
        <>
          <h3>{t('optionsManagedArguments')}</h3>
          <ul class="arguments">
            {data.managed.arguments.map((a) => (
              <li key={a.id} data-argument-id={a.id}>
                <ArgumentSummary arg={a} lang={lang}>
                  <span class="badge">{t('optionsManaged')}</span>
                </ArgumentSummary>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** A file name for downloaded quarantined entries: `argumentarium-repair-<date>.json`. */
function repairFileName(): string {
  return `argumentarium-repair-${new Date().toISOString().slice(0, 10)}.json`;
}

/**
 * Stored entries that failed validation: each with what is wrong, to repair in the form (saved, it leaves this list),
 * to restore as it is when only its id was taken, to download as JSON, or to delete after a confirmation.
 */
function QuarantineSection({ data, lang, run }: { data: OptionsData; lang: Lang; run: Run }): JSX.Element {
  const [repairing, setRepairing] = useState<string | null>(null);
  const [confirmDelete, setConfirmDelete] = useState<string | null>(null);
  const taken = new Set(data.userArguments.map((a) => a.id));
  const nameOf = (q: QuarantinedArgument, k: number) => quarantineTitle(q.raw, lang) ?? t('optionsRepairUnnamed', String(k + 1));

  const restore = async (q: QuarantinedArgument, arg: UserArgument, name: string) => {
    let failed = false;
    await run(
      async () => {
        try {
          await restoreQuarantined(q.key, arg);
        } catch (e) {
          failed = true;
          throw e;
        }
      },
      t('optionsRepairRestored', name),
    );
    if (!failed) setRepairing(null);
  };

  return (
    <div class="quarantine" data-testid="quarantine">
      <h3 id="quarantine-h">{t('optionsRepairHeading', String(data.quarantined.length))}</h3>
      <p class="muted">{t('optionsRepairIntro')}</p>
      <button
        type="button"
        onClick={() =>
          downloadText(
            repairFileName(),
            `${JSON.stringify(
              data.quarantined.map((q) => q.raw),
              null,
              2,
            )}\n`,
            'application/json',
          )
        }
      >
        {t('optionsRepairDownloadAll')}
      </button>
      <ul class="arguments" aria-labelledby="quarantine-h">
        {data.quarantined.map((q, k) => {
          const name = nameOf(q, k);
          return (
            <li key={q.key} data-quarantine-key={q.key}>
              {repairing === q.key ? (
                <ArgumentForm
                  initial={salvage(q.raw, newUserArgumentId(), taken)}
                  lang={lang}
                  onSave={(arg) => restore(q, arg, name)}
                  onCancel={() => setRepairing(null)}
                />
              ) : (
                <div class="summary">
                  <div>
                    <strong>{name}</strong>
                    <ul class="problems">
                      {q.problems.length ? (
                        q.problems.map((p) => <li key={p.message}>{p.message}</li>)
                      ) : (
                        <li>{t('optionsRepairIdTaken')}</li>
                      )}
                    </ul>
                  </div>
                  <div class="actions">
                    {q.valid && q.problems.length === 0 ? (
                      <button
                        type="button"
                        onClick={() => void restore(q, { ...(q.valid as UserArgument), id: newUserArgumentId() }, name)}
                      >
                        {t('optionsRepairRestore')}
                      </button>
                    ) : (
                      <button type="button" onClick={() => setRepairing(q.key)} aria-label={t('optionsRepairFor', name)}>
                        {t('optionsRepair')}
                      </button>
                    )}
                    <button
                      type="button"
                      onClick={() => downloadText(repairFileName(), `${JSON.stringify([q.raw], null, 2)}\n`, 'application/json')}
                      aria-label={t('optionsRepairDownloadFor', name)}
                    >
                      {t('optionsRepairDownload')}
                    </button>
                    {confirmDelete === q.key ? (
                      <>
                        <button
                          type="button"
                          class="danger"
                          onClick={() => {
                            setConfirmDelete(null);
                            void run(() => deleteQuarantined(q.key), t('optionsArgumentDeleted', name));
                          }}
                        >
                          {t('optionsConfirmDelete')}
                        </button>
                        <button type="button" onClick={() => setConfirmDelete(null)}>
                          {t('optionsCancel')}
                        </button>
                      </>
                    ) : (
                      <button type="button" onClick={() => setConfirmDelete(q.key)} aria-label={t('optionsDeleteFor', name)}>
                        {t('optionsDelete')}
                      </button>
                    )}
                  </div>
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

function ArgumentSummary({ arg, lang, children }: { arg: Argument; lang: Lang; children?: ComponentChildren }): JSX.Element {
  const text = textOf(arg, lang);
  const langs = (['de', 'en'] as const).filter((l) => arg.text[l]).map((l) => l.toUpperCase());
  return (
    <div class="summary">
      <div>
        <strong>{text.title}</strong> <span class="muted">({langs.join(' + ')})</span>
        <p>{text.claim}</p>
      </div>
      <div class="actions">{children}</div>
    </div>
  );
}

/** Hide or show each built-in argument. */
function BuiltinsSection({
  settings,
  lang,
  save,
}: {
  settings: Settings;
  lang: Lang;
  save(p: Partial<Settings>): Promise<void>;
}): JSX.Element {
  const hidden = new Set(settings.hidden);
  return (
    <section id="builtins" aria-labelledby="builtins-h">
      <h2 id="builtins-h">{t('optionsBuiltins')}</h2>
      <p class="muted">{t('optionsBuiltinsIntro', String(hidden.size))}</p>
      <ul class="checks">
        {builtinCatalog.map((a) => (
          <li key={a.id}>
            <label class="check">
              <input
                type="checkbox"
                checked={!hidden.has(a.id)}
                onChange={(e) => {
                  const show = (e.currentTarget as HTMLInputElement).checked;
                  const next = show ? settings.hidden.filter((id) => id !== a.id) : [...settings.hidden, a.id];
                  void save({ hidden: next });
                }}
              />
              {textOf(a, lang).title}
            </label>
          </li>
        ))}
      </ul>
    </section>
  );
}
