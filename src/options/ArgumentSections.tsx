/** The options page's argument sections: the user's own arguments, those needing repair, and the built-ins to show or hide. */
import type { ComponentChildren, JSX } from 'preact';
import { useState } from 'preact/hooks';
import { catalog as builtinCatalog } from '../catalog/index';
import { type Argument, type Lang, textOf } from '../catalog/types';
import { t } from '../i18n';
import { deleteQuarantined, restoreQuarantined, saveUserArguments } from '../platform/storage';
import type { Settings } from '../settings';
import { newUserArgumentId, type UserArgument } from '../settings/arguments';
import { type QuarantinedArgument, quarantineTitle, salvage } from '../settings/quarantine';
import { ArgumentForm } from './ArgumentForm';
import type { OptionsData, Run } from './data';
import { downloadText } from './download';

/** The user's own arguments: list, add, edit, delete (with a confirmation step); and the organisation's, read-only. */
export function ArgumentsSection({ data, lang, run }: { data: OptionsData; lang: Lang; run: Run }): JSX.Element {
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
export function repairFileName(): string {
  return `argumentarium-repair-${new Date().toISOString().slice(0, 10)}.json`;
}

/**
 * Stored entries that failed validation: each with what is wrong, to repair in the form (saved, it leaves this list),
 * to restore as it is when only its id was taken, to download as JSON, or to delete after a confirmation.
 */
export function QuarantineSection({ data, lang, run }: { data: OptionsData; lang: Lang; run: Run }): JSX.Element {
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

export function ArgumentSummary({ arg, lang, children }: { arg: Argument; lang: Lang; children?: ComponentChildren }): JSX.Element {
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
export function BuiltinsSection({
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
