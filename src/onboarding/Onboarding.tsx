/**
 * The onboarding page, opened by the background after install: asks where the
 * user writes strategy documents and requests exactly those origins, in one
 * browser prompt, synchronously in the click handler (before any `await`, as
 * both browsers require). Then shows what was granted and links to the options.
 */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { t } from '../i18n';
import { accessState, originsFor, requestAccess } from '../platform/permissions';
import { loadSettings, StorageError, saveSettings } from '../platform/storage';
import { validateSitePattern } from '../settings/validate';
import { SITE_GROUPS, type SiteGroupId } from '../site-groups';

/** The document tools offered, in display order (the social sites need no question: they work from install). */
export const ONBOARDING_GROUPS: readonly SiteGroupId[] = SITE_GROUPS.filter((g) => g.optional && g.origins.length > 0).map((g) => g.id);

const GROUP_KEYS: Record<string, string> = Object.fromEntries(SITE_GROUPS.map((g) => [g.id, g.labelKey]));

type Outcome = { granted: string[]; declined: boolean; error?: string };

export function Onboarding(): JSX.Element {
  const [chosen, setChosen] = useState<Set<SiteGroupId>>(new Set());
  const [host, setHost] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [hostError, setHostError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const submit = (e: Event) => {
    e.preventDefault();
    let pattern: string | undefined;
    if (host.trim()) {
      const r = validateSitePattern(host);
      if (!r.ok) {
        setHostError(r.error);
        return;
      }
      pattern = r.pattern;
    }
    const groups = ONBOARDING_GROUPS.filter((g) => chosen.has(g));
    const origins = [...new Set([...groups.flatMap((g) => originsFor(g)), ...(pattern ? originsFor(pattern) : [])])];
    if (origins.length === 0) {
      setError(t('onboardingNothingSelected'));
      return;
    }
    setError(null);
    setHostError(null);
    // First thing after the synchronous checks: the browser only accepts the request during the click.
    const request = requestAccess(origins);
    void (async () => {
      let declined = false;
      try {
        declined = !(await request);
      } catch (err) {
        setOutcome({ granted: [], declined: true, error: err instanceof Error ? err.message : String(err) });
        return;
      }
      try {
        if (pattern) {
          const { settings } = await loadSettings();
          if (!settings.intranetSites.includes(pattern)) await saveSettings({ intranetSites: [...settings.intranetSites, pattern] });
        }
      } catch (err) {
        setError(err instanceof StorageError ? err.message : String(err));
      }
      const state = await accessState(pattern ? [pattern] : []);
      const granted = [
        ...groups.filter((g) => state[g]).map((g) => t(GROUP_KEYS[g] ?? g)),
        ...(pattern && state[pattern] ? [pattern] : []),
      ];
      setOutcome({ granted, declined });
    })();
  };

  return (
    <main class="onboarding">
      <h1>{t('onboardingTitle')}</h1>
      <p>{t('onboardingIntro')}</p>
      <form onSubmit={submit} noValidate>
        <fieldset>
          <legend>{t('onboardingQuestion')}</legend>
          {ONBOARDING_GROUPS.map((g) => (
            <label key={g} class="check">
              <input
                type="checkbox"
                name={g}
                checked={chosen.has(g)}
                onChange={(e) => {
                  const on = (e.currentTarget as HTMLInputElement).checked;
                  setChosen((s) => {
                    const next = new Set(s);
                    if (on) next.add(g);
                    else next.delete(g);
                    return next;
                  });
                  setError(null);
                }}
              />
              {t(GROUP_KEYS[g] ?? g)}
            </label>
          ))}
          <div class="field">
            <label for="onboarding-host">{t('onboardingIntranetLabel')}</label>
            <input
              id="onboarding-host"
              type="text"
              value={host}
              placeholder={t('onboardingIntranetPlaceholder')}
              autocomplete="off"
              spellcheck={false}
              aria-invalid={hostError ? 'true' : undefined}
              aria-describedby={hostError ? 'onboarding-host-error' : undefined}
              onInput={(e) => {
                setHost((e.currentTarget as HTMLInputElement).value);
                setHostError(null);
              }}
            />
            {hostError && (
              <small id="onboarding-host-error" class="status-error" role="alert">
                {hostError}
              </small>
            )}
          </div>
        </fieldset>
        <p class="muted">{t('onboardingPrivacy')}</p>
        {error && (
          <p class="status-error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" class="primary">
          {t('onboardingAllow')}
        </button>
      </form>

      <section aria-live="polite" aria-labelledby="onboarding-result-h" class="result" hidden={!outcome}>
        <h2 id="onboarding-result-h">{t('onboardingResult')}</h2>
        {outcome && outcome.granted.length > 0 && <p class="status-ok">{t('onboardingGranted', outcome.granted.join(', '))}</p>}
        {outcome && (outcome.declined || outcome.granted.length === 0) && <p>{t('onboardingDeclined')}</p>}
        {outcome?.error && <p class="status-error">{outcome.error}</p>}
      </section>

      <p class="muted">
        {t('onboardingLater')} <a href="options.html">{t('onboardingOpenOptions')}</a>
      </p>
    </main>
  );
}
