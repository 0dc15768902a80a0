/** The options page's site sections: site groups with their access, the user's and the organisation's intranet sites, snoozed sites. */
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n';
import { originsFor, removeAccess, requestAccess } from '../platform/permissions';
import { clearDismissedSite, loadDismissedSites, saveSettings } from '../platform/storage';
import type { Settings } from '../settings';
import { validateSitePattern } from '../settings/validate';
import { SITE_GROUPS } from '../site-groups';
import { GROUP_KEYS, type OptionsData, type Run } from './data';

export function AccessState({ granted }: { granted: boolean | undefined }): JSX.Element {
  return (
    <span class={`access ${granted ? 'access-on' : 'access-off'}`}>{t(granted ? 'optionsAccessGranted' : 'optionsAccessNotGranted')}</span>
  );
}

/** Site groups with their access state, and the user's (and the organisation's) intranet sites. */
export function SitesSection({ data, run }: { data: OptionsData; run: Run }): JSX.Element {
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
export function SnoozedSection({ settings, save }: { settings: Settings; save(p: Partial<Settings>): Promise<void> }): JSX.Element {
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
