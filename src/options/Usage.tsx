/**
 * The private usage record on the options page: which arguments were
 * copied, how often and on which kind of site; export as CSV; erase. The record
 * itself lives in `src/usage` (storage.local only; nothing is ever sent).
 */
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { type Argument, type Lang, textOf } from '../catalog/types';
import { t } from '../i18n';
import type { SiteKind } from '../site-groups';
import { clearUsage, loadUsage, type UsageRow, usageToCsv } from '../usage';
import { downloadText } from './download';

const KIND_KEYS: Record<SiteKind, string> = {
  social: 'bgSiteKindSocial',
  document: 'bgSiteKindDocument',
  intranet: 'bgSiteKindIntranet',
  other: 'bgSiteKindOther',
};

type Run = (action: () => Promise<unknown>, done?: string) => Promise<void>;

/** Props of {@link UsageSection}: the catalog gives titles to the ids in the record. */
export interface UsageProps {
  lang: Lang;
  catalog: readonly Argument[];
  run: Run;
}

export function UsageSection({ lang, catalog, run }: UsageProps): JSX.Element {
  const [rows, setRows] = useState<UsageRow[] | null>(null);
  const [confirm, setConfirm] = useState(false);
  const reload = () =>
    loadUsage()
      .then(setRows)
      .catch(() => setRows([]));
  useEffect(() => {
    void reload();
  }, []);

  const byId = new Map(catalog.map((a) => [a.id, a]));
  const date = (iso: string) =>
    new Date(iso).toLocaleString(lang === 'de' ? 'de-DE' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });

  return (
    <section id="usage" aria-labelledby="usage-h">
      <h2 id="usage-h">{t('optionsUsage')}</h2>
      <p class="muted">{t('optionsUsageIntro')}</p>
      {rows === null ? (
        <p aria-busy="true">{t('optionsLoading')}</p>
      ) : rows.length === 0 ? (
        <p class="muted">{t('optionsUsageEmpty')}</p>
      ) : (
        <table class="grid usage">
          <caption class="visually-hidden">{t('optionsUsage')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('optionsUsageArgument')}</th>
              <th scope="col">{t('optionsUsageSite')}</th>
              <th scope="col" class="num">
                {t('optionsUsageCount')}
              </th>
              <th scope="col">{t('optionsUsageLast')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const a = byId.get(r.argumentId);
              return (
                <tr key={`${r.argumentId}-${r.siteKind}`}>
                  <th scope="row">{a ? textOf(a, lang).title : <code>{r.argumentId}</code>}</th>
                  <td>{t(KIND_KEYS[r.siteKind])}</td>
                  <td class="num">{r.count}</td>
                  <td>
                    <time dateTime={r.last}>{date(r.last)}</time>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <div class="actions">
        <button
          type="button"
          disabled={!rows?.length}
          onClick={() =>
            void run(async () => {
              downloadText(
                `argumentarium-usage-${new Date().toISOString().slice(0, 10)}.csv`,
                usageToCsv(rows ?? [], lang, catalog),
                'text/csv',
              );
            }, t('optionsExported'))
          }
        >
          {t('optionsUsageExport')}
        </button>
        {confirm ? (
          <>
            <button
              type="button"
              class="danger"
              onClick={() => {
                setConfirm(false);
                void run(async () => {
                  await clearUsage();
                  await reload();
                }, t('optionsUsageErased'));
              }}
            >
              {t('optionsUsageConfirmErase')}
            </button>
            <button type="button" onClick={() => setConfirm(false)}>
              {t('optionsCancel')}
            </button>
          </>
        ) : (
          <button type="button" disabled={!rows?.length} onClick={() => setConfirm(true)}>
            {t('optionsUsageErase')}
          </button>
        )}
      </div>
    </section>
  );
}
