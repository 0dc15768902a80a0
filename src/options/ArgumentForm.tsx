/**
 * The form for one of the user's own arguments: the same fields as a built-in
 * argument (title, claim, reasoning, signal words, objections) in German, English
 * or both. Validation is the storage validator's (`validateUserArgument`), so the
 * form can never save what storage or an export would refuse; its problems are
 * shown next to their fields, and the first invalid field gets the focus.
 */
import type { JSX } from 'preact';
import { useRef, useState } from 'preact/hooks';
import type { ArgumentText, Lang } from '../catalog/types';
import { t } from '../i18n';
import { ARGUMENT_LIMITS, formatPath, newUserArgumentId, Problems, type UserArgument, validateUserArgument } from '../settings/arguments';

type Field = 'title' | 'claim' | 'reasoning' | 'signals' | 'objections';
type Draft = Record<Field, string>;

const EMPTY: Draft = { title: '', claim: '', reasoning: '', signals: '', objections: '' };

function draftOf(text: ArgumentText | undefined): Draft {
  if (!text) return { ...EMPTY };
  return {
    title: text.title,
    claim: text.claim,
    reasoning: text.reasoning,
    signals: text.signals.join('\n'),
    objections: text.objections.join('\n'),
  };
}

/** Signal words: one per line or separated by commas. Objections: one per line (they are sentences and may hold commas). */
function splitList(s: string, commas: boolean): string[] {
  return s
    .split(commas ? /[\n,;]/ : /\n/)
    .map((x) => x.trim())
    .filter(Boolean);
}

/** Props of {@link ArgumentForm}. */
export interface ArgumentFormProps {
  /** The argument to edit; a new one when absent. */
  initial?: UserArgument;
  /** Language whose fields are open for a new argument. */
  lang: Lang;
  /** Saves the valid argument; may reject (the error is shown by the caller). */
  onSave(arg: UserArgument): Promise<void> | void;
  onCancel(): void;
}

const LANG_NAMES: Record<Lang, string> = { de: 'optionsLangDe', en: 'optionsLangEn' };

const FIELDS: readonly string[] = ['title', 'claim', 'reasoning', 'signals', 'objections'] satisfies readonly Field[];

/**
 * The label of a form field (`optionsFieldTitle`, …). A name the form has no field for (a validator path such as
 * `audiences`) is returned as it is, so a message never shows a key instead of a word.
 */
function fieldLabel(f: string): string {
  if (!FIELDS.includes(f)) return f;
  return t(`optionsField${f[0]?.toUpperCase()}${f.slice(1)}`);
}

export function ArgumentForm({ initial, lang, onSave, onCancel }: ArgumentFormProps): JSX.Element {
  const [id] = useState(() => initial?.id ?? newUserArgumentId());
  const [langs, setLangs] = useState<Record<Lang, boolean>>(() =>
    initial ? { de: !!initial.text.de, en: !!initial.text.en } : { de: lang === 'de', en: lang === 'en' },
  );
  const [drafts, setDrafts] = useState<Record<Lang, Draft>>(() => ({ de: draftOf(initial?.text.de), en: draftOf(initial?.text.en) }));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  const set = (l: Lang, f: Field, v: string) => setDrafts((d) => ({ ...d, [l]: { ...d[l], [f]: v } }));

  const submit = async (e: Event) => {
    e.preventDefault();
    const text: Record<string, unknown> = {};
    for (const l of ['de', 'en'] as const) {
      if (!langs[l]) continue;
      const d = drafts[l];
      const entry: Record<string, unknown> = {
        title: d.title,
        claim: d.claim,
        reasoning: d.reasoning,
        signals: splitList(d.signals, true),
        objections: splitList(d.objections, false),
      };
      // Audience variants are not edited here; keep those the argument already had.
      const audiences = initial?.text[l]?.audiences;
      if (audiences) entry.audiences = audiences;
      text[l] = entry;
    }
    const raw: Record<string, unknown> = { id, origin: 'user', text };
    if (initial?.sources) raw.sources = initial.sources;
    // Name fields as the form labels them ("Title (English)"), not by their JSON path.
    const p = new Problems((path) => {
      const [, l, f] = path;
      if (typeof l === 'string' && typeof f === 'string' && (l === 'de' || l === 'en')) return `${fieldLabel(f)} (${t(LANG_NAMES[l])})`;
      return formatPath(path);
    });
    const valid = validateUserArgument(raw, [], p);
    if (!valid) {
      const next: Record<string, string> = {};
      for (const pr of p.list) {
        const [a, l, f] = pr.path;
        const key = a === 'text' && typeof l === 'string' && typeof f === 'string' ? `${l}-${f}` : 'form';
        next[key] ??= pr.message;
      }
      setErrors(next);
      // Focus the first field with a problem, so keyboard and screen-reader users land on it.
      queueMicrotask(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      await onSave(valid);
    } finally {
      setBusy(false);
    }
  };

  const field = (l: Lang, f: Field, multiline: boolean, max: number, hintKey?: string) => {
    const fid = `arg-${id}-${l}-${f}`;
    const err = errors[`${l}-${f}`];
    const describedBy = [hintKey ? `${fid}-hint` : '', err ? `${fid}-error` : ''].filter(Boolean).join(' ') || undefined;
    const common = {
      id: fid,
      name: `${l}-${f}`,
      value: drafts[l][f],
      'aria-invalid': err ? ('true' as const) : undefined,
      'aria-describedby': describedBy,
      onInput: (e: Event) => set(l, f, (e.currentTarget as HTMLInputElement | HTMLTextAreaElement).value),
    };
    return (
      <div class="field">
        <label for={fid}>{fieldLabel(f)}</label>
        {multiline ? <textarea {...common} rows={f === 'reasoning' ? 4 : 3} /> : <input type="text" maxLength={max} {...common} />}
        {hintKey && (
          <small id={`${fid}-hint`} class="muted">
            {t(hintKey)}
          </small>
        )}
        {err && (
          <small id={`${fid}-error`} class="status-error">
            {err}
          </small>
        )}
      </div>
    );
  };

  return (
    <form
      class="argument-form"
      ref={formRef}
      onSubmit={submit}
      aria-label={t(initial ? 'optionsEditArgument' : 'optionsNewArgument')}
      noValidate
    >
      <fieldset class="langs">
        <legend>{t('optionsArgumentLanguages')}</legend>
        {(['de', 'en'] as const).map((l) => (
          <label key={l} class="check">
            <input
              type="checkbox"
              name={`lang-${l}`}
              checked={langs[l]}
              onChange={(e) => setLangs((s) => ({ ...s, [l]: (e.currentTarget as HTMLInputElement).checked }))}
            />
            {t(LANG_NAMES[l])}
          </label>
        ))}
      </fieldset>
      {errors.form && (
        <p class="status-error" role="alert">
          {errors.form}
        </p>
      )}
      {(['de', 'en'] as const)
        .filter((l) => langs[l])
        .map((l) => (
          <fieldset key={l} lang={l} class="lang-fields">
            <legend>{t(LANG_NAMES[l])}</legend>
            {field(l, 'title', false, ARGUMENT_LIMITS.title)}
            {field(l, 'claim', true, ARGUMENT_LIMITS.claim)}
            {field(l, 'reasoning', true, ARGUMENT_LIMITS.reasoning)}
            {field(l, 'signals', true, ARGUMENT_LIMITS.signal, 'optionsFieldSignalsHint')}
            {field(l, 'objections', true, ARGUMENT_LIMITS.objection, 'optionsFieldObjectionsHint')}
          </fieldset>
        ))}
      <div class="actions">
        <button type="submit" class="primary" disabled={busy}>
          {t('optionsSaveArgument')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('optionsCancel')}
        </button>
      </div>
    </form>
  );
}
