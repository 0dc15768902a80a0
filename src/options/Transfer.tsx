/**
 * Import and export on the options page. Import: choose a file → it is read and
 * checked completely (`parseImport`) → a preview lists what would be added,
 * changed and removed → only "Import" writes, all or nothing (`applyImport`).
 * A refused file shows its problem with line and column; nothing is written.
 * Export: the data as a JSON file, offered through a Blob URL.
 */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { type Lang, textOf } from '../catalog/types';
import { t } from '../i18n';
import type { UserArgument } from '../settings/arguments';
import {
  applyImport,
  exportData,
  exportFileName,
  type ImportMode,
  type ImportResult,
  MAX_IMPORT_CHARS,
  parseImport,
  previewImport,
  tooLargeResult,
} from '../settings/transfer';
import type { OptionsData } from './data';
import { downloadText } from './download';

type Run = (action: () => Promise<unknown>, done?: string) => Promise<void>;

/** Props of {@link TransferSection}. */
export interface TransferProps {
  data: OptionsData;
  lang: Lang;
  run: Run;
  onError(message: string | null): void;
}

export function TransferSection({ data, lang, run }: TransferProps): JSX.Element {
  const [result, setResult] = useState<(ImportResult & { name: string }) | null>(null);
  const [mode, setMode] = useState<ImportMode>('merge');
  const [includeSettings, setIncludeSettings] = useState(true);
  const [fileKey, setFileKey] = useState(0);
  const current = { userArguments: data.userArguments, settings: data.settings };

  const onFile = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    // UTF-8 is at least one byte per character: a file this large cannot be within the limit.
    const parsed = file.size > MAX_IMPORT_CHARS * 4 ? tooLargeResult() : parseImport(await file.text(), current, mode);
    setResult({ ...parsed, name: file.name });
  };

  const reset = () => {
    setResult(null);
    setFileKey((k) => k + 1);
  };

  const preview = result?.ok ? previewImport(result.data, current, mode) : null;
  const titles = (list: UserArgument[]) => list.map((a) => <li key={a.id}>{textOf(a, lang).title}</li>);

  return (
    <section id="transfer" aria-labelledby="transfer-h">
      <h2 id="transfer-h">{t('optionsTransfer')}</h2>
      <h3>{t('optionsExport')}</h3>
      <p class="muted">{t('optionsExportIntro')}</p>
      <label class="check">
        <input
          type="checkbox"
          checked={includeSettings}
          onChange={(e) => setIncludeSettings((e.currentTarget as HTMLInputElement).checked)}
        />
        {t('optionsExportSettings')}
      </label>
      <button
        type="button"
        onClick={() =>
          void run(async () => {
            downloadText(exportFileName(), await exportData(includeSettings), 'application/json');
          }, t('optionsExported'))
        }
      >
        {t('optionsExportButton')}
      </button>

      <h3>{t('optionsImport')}</h3>
      <p class="muted">{t('optionsImportIntro')}</p>
      <div class="field">
        <label for="import-file">{t('optionsImportChoose')}</label>
        <input key={fileKey} id="import-file" type="file" accept=".json,application/json" onChange={(e) => void onFile(e)} />
      </div>

      {result && !result.ok && (
        <div class="notice notice-error" role="alert" data-import="error">
          <p>
            <strong>{t('optionsImportRefused', result.name)}</strong>
          </p>
          <p>{result.error.message}</p>
          {result.problems.length > 0 && (
            <ul>
              {result.problems.slice(0, 20).map((p) => (
                <li key={p.offset + p.message}>{p.message}</li>
              ))}
            </ul>
          )}
          <p class="muted">{t('optionsImportNothingChanged')}</p>
          <button type="button" onClick={reset}>
            {t('optionsDismiss')}
          </button>
        </div>
      )}

      {result?.ok && preview && (
        <section class="preview" data-import="preview" aria-label={t('optionsImportPreview')}>
          <h4>{t('optionsImportPreviewOf', result.name)}</h4>
          {result.warnings.map((w) => (
            <p key={w.code} class="muted" data-warning={w.code}>
              {w.message}
            </p>
          ))}
          <fieldset>
            <legend>{t('optionsImportMode')}</legend>
            <label class="check">
              <input type="radio" name="import-mode" value="merge" checked={mode === 'merge'} onChange={() => setMode('merge')} />
              {t('optionsImportMerge')}
            </label>
            <label class="check">
              <input type="radio" name="import-mode" value="replace" checked={mode === 'replace'} onChange={() => setMode('replace')} />
              {t('optionsImportReplace')}
            </label>
          </fieldset>
          <dl class="changes">
            <dt data-count="added">{t('optionsImportAdded', String(preview.added.length))}</dt>
            <dd>
              <ul>{titles(preview.added)}</ul>
            </dd>
            <dt data-count="changed">{t('optionsImportChanged', String(preview.changed.length))}</dt>
            <dd>
              <ul>{titles(preview.changed)}</ul>
            </dd>
            <dt data-count="removed">{t('optionsImportRemoved', String(preview.removed.length))}</dt>
            <dd>
              <ul>{titles(preview.removed)}</ul>
            </dd>
            {(preview.hidden.added.length > 0 || preview.hidden.removed.length > 0) && (
              <>
                <dt>{t('optionsImportHidden', String(preview.hidden.added.length), String(preview.hidden.removed.length))}</dt>
                <dd />
              </>
            )}
            {preview.settings.length > 0 && (
              <>
                <dt>{t('optionsImportSettings', preview.settings.join(', '))}</dt>
                <dd />
              </>
            )}
          </dl>
          <div class="actions">
            <button
              type="button"
              class="primary"
              onClick={() => {
                const { data: incoming } = result;
                reset();
                void run(
                  () => applyImport(incoming, mode),
                  incoming.arguments.length === 1 ? t('optionsImportedOne') : t('optionsImported', String(incoming.arguments.length)),
                );
              }}
            >
              {t('optionsImportConfirm')}
            </button>
            <button type="button" onClick={reset}>
              {t('optionsCancel')}
            </button>
          </div>
        </section>
      )}
    </section>
  );
}
