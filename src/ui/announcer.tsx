/**
 * A visible status line that screen readers announce politely (`role="status"`, `aria-live="polite"`):
 * "Copied", "Copy failed: …", "Moved to position 2". The region exists from the start (an `aria-live`
 * region added together with its text is not announced reliably) and its text is cleared after a while.
 */
import type { JSX } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';

/** One announcement: its text and whether it reports a failure (shown in the error colour). */
export interface Announcement {
  text: string;
  tone: 'ok' | 'error' | 'info';
}

/** How long an announcement stays visible, in ms (failures stay longer: they may need reading). */
export const ANNOUNCE_MS = { ok: 2500, info: 2500, error: 8000 } as const;

/**
 * State and setter for an {@link Announcer}. Each call to `announce` replaces the current text
 * and restarts its timer; the same text twice is announced twice (a counter in the key).
 */
export function useAnnouncer(): [(Announcement & { n: number }) | null, (text: string, tone?: Announcement['tone']) => void] {
  const [current, setCurrent] = useState<(Announcement & { n: number }) | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const counter = useRef(0);
  const announce = useCallback((text: string, tone: Announcement['tone'] = 'ok') => {
    clearTimeout(timer.current);
    counter.current += 1;
    setCurrent({ text, tone, n: counter.current });
    timer.current = setTimeout(() => setCurrent(null), ANNOUNCE_MS[tone]);
  }, []);
  useEffect(() => () => clearTimeout(timer.current), []);
  return [current, announce];
}

/** The live region. Keep it mounted; pass `null` to show nothing. */
export function Announcer({ current, class: cls = '' }: { current: Announcement | null; class?: string }): JSX.Element {
  return (
    <p role="status" aria-live="polite" class={`announcer ${cls} ${current ? `status-${current.tone}` : ''}`.trim()}>
      {current?.text ?? ''}
    </p>
  );
}
