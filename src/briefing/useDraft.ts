/**
 * The stored briefing draft as Preact state: `update` sets the state and writes it to storage at once
 * (no delay: the popup may close right after a change), or clears it for `null`; a failed write is
 * reported through `onError` with a translated sentence and the state is kept.
 */
import { useCallback, useRef, useState } from 'preact/hooks';
import { t } from '../i18n/index';
import { type BriefingDraft, clearDraft, saveDraft } from './store';

/** Result of {@link useBriefingDraft}. */
export interface DraftState {
  /** The draft now (`null`: none). */
  draft: BriefingDraft | null;
  /** The latest draft, for handlers that may run before the next render. */
  latest(): BriefingDraft | null;
  /** Replaces the draft and stores it (`null` removes it). */
  update(next: BriefingDraft | null): void;
}

/**
 * @param initial the draft read from storage before the first render
 * @param onError shows a failed write (the message is translated)
 */
export function useBriefingDraft(initial: BriefingDraft | null | undefined, onError: (message: string) => void): DraftState {
  const [draft, setDraft] = useState<BriefingDraft | null>(initial ?? null);
  const ref = useRef(draft);
  const errorRef = useRef(onError);
  errorRef.current = onError;
  const update = useCallback((next: BriefingDraft | null) => {
    ref.current = next;
    setDraft(next);
    (next ? saveDraft(next) : clearDraft()).catch((e: unknown) =>
      errorRef.current(t('popupBriefingSaveFailed', e instanceof Error ? e.message : String(e))),
    );
  }, []);
  const latest = useCallback(() => ref.current, []);
  return { draft, latest, update };
}
