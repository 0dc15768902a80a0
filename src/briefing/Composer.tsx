/**
 * The briefing composer: pick arguments, order them (buttons, Alt+↑/↓, or drag and drop),
 * choose each one's length, edit the title, and copy one structured briefing in the chosen format.
 * Used in the popup's Briefing tab and on the full-page briefing view. Formatting is `src/copy`'s
 * `formatBriefing`; writing the clipboard and announcing the result are the caller's (`copy`).
 * Every change the user makes is handed to `onDraftChange`, which keeps it in storage (`./store.ts`),
 * and a stored draft given as `draft` is what the composer starts from.
 */
import type { JSX } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { type Argument, type Audience, type Lang, textOf } from '../catalog/types';
import { type ArgumentLength, type BriefingPayload, formatBriefing, type OutputFormat } from '../copy/index';
import { t } from '../i18n/index';
import type { BriefingDraft } from './store';

/** One chosen argument, by id, with its length. */
export interface BriefingEntry {
  id: string;
  length: ArgumentLength;
}

/** Props of {@link Composer}. */
export interface ComposerProps {
  /** Arguments to choose from, in display order. */
  args: readonly Argument[];
  lang: Lang;
  audience: Audience;
  format: OutputFormat;
  includeSources: boolean;
  /**
   * Objections found on the current page, by argument id, as the relevance lexicon's objection ids: the argument's
   * own objection of that kind, with its answer, is named in the briefing instead of the default one.
   */
  pageObjections?: ReadonlyMap<string, string>;
  /** Writes the payload to the clipboard and announces the result. Called inside the click handler. */
  copy(payload: BriefingPayload, ids: string[]): void;
  /** Announces a change politely (e.g. "Moved to position 2 of 4"). */
  announce(text: string, tone?: 'ok' | 'error' | 'info'): void;
  /** Starting selection, e.g. the page's relevant arguments; used only when there is no `draft`. */
  initial?: BriefingEntry[];
  /** The briefing the user was building (from storage): its picks, order, lengths and title come back. */
  draft?: BriefingDraft | null;
  /** Called after each change the user makes with the picks and the title, and with `null` when they clear the briefing. */
  onDraftChange?(draft: Pick<BriefingDraft, 'entries' | 'title'> | null): void;
}

/** `list` with the element at `from` moved to index `to` (a new array; out-of-range indices return a copy). */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const out = [...list];
  if (from < 0 || from >= out.length || to < 0 || to >= out.length || from === to) return out;
  const [item] = out.splice(from, 1);
  out.splice(to, 0, item as T);
  return out;
}

export function Composer(props: ComposerProps): JSX.Element {
  const { args, lang } = props;
  /** `null` until the user edits it: the default title then follows the UI language. */
  const [customTitle, setCustomTitle] = useState<string | null>(props.draft?.title ?? null);
  const title = customTitle ?? t('popupBriefingDefaultTitle');
  const [entries, setEntriesState] = useState<BriefingEntry[]>(() =>
    props.draft ? props.draft.entries : (props.initial ?? []).filter((e) => args.some((a) => a.id === e.id)),
  );
  /**
   * The latest picks and title, updated in the same task as the user's change, so that `onDraftChange` is called
   * synchronously from the event handler: an effect could run too late (after the next frame, which a popup that
   * is closing or a background tab may never draw).
   */
  const latest = useRef({ entries, title: customTitle });
  const onDraftChange = props.onDraftChange;
  const setEntries = (next: BriefingEntry[] | ((list: BriefingEntry[]) => BriefingEntry[])): void => {
    const list = typeof next === 'function' ? next(latest.current.entries) : next;
    latest.current = { ...latest.current, entries: list };
    setEntriesState(list);
    onDraftChange?.({ entries: list, title: latest.current.title });
  };
  const setTitle = (next: string): void => {
    latest.current = { ...latest.current, title: next };
    setCustomTitle(next);
    onDraftChange?.({ entries: latest.current.entries, title: next });
  };

  const clear = (): void => {
    latest.current = { entries: [], title: null };
    setEntriesState([]);
    setCustomTitle(null);
    onDraftChange?.(null);
    props.announce(t('popupBriefingCleared'), 'info');
  };
  const [dropIndex, setDropIndex] = useState<number | null>(null);
  const dragFrom = useRef<number | null>(null);
  const listRef = useRef<HTMLOListElement>(null);
  /** After a move, the element to focus again (Preact moves the keyed node, which may lose focus). */
  const refocus = useRef<HTMLElement | null>(null);

  const byId = useMemo(() => new Map(args.map((a) => [a.id, a])), [args]);
  const chosen = entries.filter((e) => byId.has(e.id));

  const payload = useMemo((): BriefingPayload | null => {
    if (chosen.length === 0) return null;
    return formatBriefing(
      chosen.map((e) => ({ arg: byId.get(e.id) as Argument, length: e.length, topic: props.pageObjections?.get(e.id) })),
      { lang, title, format: props.format, audience: props.audience, includeSources: props.includeSources },
    );
  }, [chosen, byId, lang, title, props.format, props.audience, props.includeSources, props.pageObjections]);

  useEffect(() => {
    const el = refocus.current;
    refocus.current = null;
    if (el?.isConnected && document.activeElement !== el) el.focus();
  });

  const titleOf = (id: string): string => {
    const arg = byId.get(id);
    return arg ? textOf(arg, lang).title : id;
  };

  const toggle = (id: string, on: boolean): void => {
    setEntries((list) => (on ? [...list, { id, length: 'full' }] : list.filter((e) => e.id !== id)));
  };

  const move = (from: number, to: number, focus?: HTMLElement | null): void => {
    if (to < 0 || to >= chosen.length || from === to) return;
    const id = chosen[from]?.id;
    if (!id) return;
    refocus.current = focus ?? null;
    setEntries(moveItem(chosen, from, to));
    props.announce(t('popupBriefingMoved', titleOf(id), String(to + 1), String(chosen.length)), 'info');
  };

  const onItemKey = (index: number, e: KeyboardEvent): void => {
    if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    e.preventDefault();
    move(index, e.key === 'ArrowUp' ? index - 1 : index + 1, document.activeElement as HTMLElement | null);
  };

  const onDrop = (to: number, e: DragEvent): void => {
    e.preventDefault();
    const from = dragFrom.current;
    dragFrom.current = null;
    setDropIndex(null);
    if (from !== null) move(from, to);
  };

  const onCopy = (): void => {
    if (!payload) {
      props.announce(t('popupBriefingEmpty'), 'error');
      return;
    }
    props.copy(
      payload,
      chosen.map((e) => e.id),
    );
  };

  return (
    <div class="composer">
      <label class="composer-title">
        <span>{t('popupBriefingTitleLabel')}</span>
        <input type="text" value={title} maxLength={200} onInput={(e) => setTitle((e.currentTarget as HTMLInputElement).value)} />
      </label>

      <fieldset class="composer-pick">
        <legend>{t('popupBriefingPick')}</legend>
        {args.map((arg) => {
          const on = chosen.some((e) => e.id === arg.id);
          return (
            <label key={arg.id} class="composer-check">
              <input
                type="checkbox"
                data-briefing-pick={arg.id}
                checked={on}
                onChange={(e) => toggle(arg.id, (e.currentTarget as HTMLInputElement).checked)}
              />
              <span>{textOf(arg, lang).title}</span>
            </label>
          );
        })}
      </fieldset>

      <h2 id="composer-order">{t('popupBriefingOrder')}</h2>
      {chosen.length === 0 ? (
        <p class="muted">{t('popupBriefingEmpty')}</p>
      ) : (
        <>
          <p class="muted composer-hint">{t('popupBriefingHint')}</p>
          <ol class="composer-items" ref={listRef} aria-labelledby="composer-order">
            {chosen.map((entry, i) => {
              const name = titleOf(entry.id);
              return (
                <li
                  key={entry.id}
                  data-briefing-id={entry.id}
                  class={`composer-item${dropIndex === i ? ' is-drop-target' : ''}`}
                  draggable
                  onDragStart={(e) => {
                    dragFrom.current = i;
                    // Firefox starts a drag only when data is set.
                    e.dataTransfer?.setData('text/plain', entry.id);
                    if (e.dataTransfer) e.dataTransfer.effectAllowed = 'move';
                  }}
                  onDragOver={(e) => {
                    e.preventDefault();
                    if (e.dataTransfer) e.dataTransfer.dropEffect = 'move';
                    if (dropIndex !== i) setDropIndex(i);
                  }}
                  onDragLeave={() => setDropIndex((d) => (d === i ? null : d))}
                  onDrop={(e) => onDrop(i, e)}
                  onDragEnd={() => {
                    dragFrom.current = null;
                    setDropIndex(null);
                  }}
                  onKeyDown={(e) => onItemKey(i, e)}
                >
                  <span class="composer-grip" aria-hidden="true">
                    ⋮⋮
                  </span>
                  <span class="composer-name">{name}</span>
                  <select
                    aria-label={t('popupBriefingLengthLabel', name)}
                    value={entry.length}
                    onChange={(e) => {
                      const length = (e.currentTarget as HTMLSelectElement).value as ArgumentLength;
                      setEntries(chosen.map((x) => (x.id === entry.id ? { ...x, length } : x)));
                    }}
                  >
                    <option value="full">{t('popupLengthFull')}</option>
                    <option value="line">{t('popupLengthLine')}</option>
                  </select>
                  <button
                    type="button"
                    data-action="move-up"
                    aria-label={t('popupBriefingUp', name)}
                    disabled={i === 0}
                    onClick={(e) => move(i, i - 1, i - 1 === 0 ? (e.currentTarget.nextElementSibling as HTMLElement) : e.currentTarget)}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    data-action="move-down"
                    aria-label={t('popupBriefingDown', name)}
                    disabled={i === chosen.length - 1}
                    onClick={(e) =>
                      move(
                        i,
                        i + 1,
                        i + 1 === chosen.length - 1 ? (e.currentTarget.previousElementSibling as HTMLElement) : e.currentTarget,
                      )
                    }
                  >
                    ↓
                  </button>
                </li>
              );
            })}
          </ol>
        </>
      )}

      {payload && props.format === 'x' && payload.included < chosen.length && (
        <p class="composer-note">{t('popupBriefingXFit', String(payload.included), String(chosen.length))}</p>
      )}

      {payload && (
        <details class="composer-preview">
          <summary>{t('popupBriefingPreview')}</summary>
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable so keyboard users can scroll it (WCAG 2.1.1; axe scrollable-region-focusable). */}
          <section class="composer-preview-text" tabIndex={0} aria-label={t('popupBriefingPreview')}>
            <pre>{payload.plain}</pre>
          </section>
        </details>
      )}

      <div class="composer-actions">
        <button type="button" class="primary" data-action="copy-briefing" disabled={!payload} onClick={onCopy}>
          {t('popupBriefingCopy')}
        </button>
        <button type="button" data-action="clear-briefing" disabled={entries.length === 0 && customTitle === null} onClick={clear}>
          {t('popupBriefingClear')}
        </button>
      </div>
    </div>
  );
}
