/**
 * The side panel's view of its tab, as Preact state: what the tab's content script found (its feed over the
 * panel's port, with pushed updates and the section in view), or, where no content script answers, what the popup
 * would show (`requestPageReport`: restricted page, no access, or the page read once through `activeTab`).
 *
 * The panel follows a tab: the one named by `?tab=` in its URL (tests open the panel page as a tab that way), else the
 * active tab of its own window, following the user from tab to tab. A tab that navigates or finishes loading is asked
 * again; a content script that starts after the panel asked (it is injected once the page has loaded) is found by a
 * few more tries ({@link RETRY_MS}).
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { ContentToPanel, PageReport, PanelFeed } from '../messages';
import { activePanelTab, connectPanel, type PanelConnection, type PanelTab, panelTab, watchTabs } from '../platform/panel';
import { type PageReportResult, requestPageReport } from '../platform/tabs';

/** Waits before asking a tab again after its content script did not answer (ms): it may still be starting. */
export const RETRY_MS = [400, 1200, 3000] as const;

/** What the panel shows about its tab. */
export type FeedState =
  /** Asking. */
  | { kind: 'waiting' }
  /** The content script's feed (kept up to date through the port). */
  | { kind: 'feed'; feed: PanelFeed }
  /** No content script answered: what the popup's way of asking found (see `requestPageReport`). */
  | { kind: 'page'; result: PageReportResult }
  /** No tab to show (a window without tabs, or the tab named in the URL is gone). */
  | { kind: 'no-tab' };

/** Result of {@link useFeed}. */
export interface FeedHandle {
  state: FeedState;
  /** The tab shown, when known. */
  tab: PanelTab | undefined;
  /**
   * Asks the content script to scroll to `quote` (or to the heading `heading`).
   * @returns true when the page found it; false when not, or when no content script follows the page
   */
  reveal(target: { quote?: string; heading?: string }): Promise<boolean>;
  /** Asks the tab again from the start. */
  retry(): void;
}

/** Dependencies, replaced in tests. */
export interface FeedDeps {
  connect: typeof connectPanel;
  activeTab: typeof activePanelTab;
  getTab: typeof panelTab;
  watch: typeof watchTabs;
  pageReport: (tab: PanelTab) => Promise<PageReportResult>;
}

const realDeps: FeedDeps = {
  connect: connectPanel,
  activeTab: activePanelTab,
  getTab: panelTab,
  watch: watchTabs,
  pageReport: (tab) => requestPageReport({ tab }),
};

/** A feed made from a page report (no port): a document's relevant sections, or the page as one section. */
export function feedFromReport(report: PageReport): PanelFeed {
  const sections = report.sections?.length ? report.sections : report.ranked.length ? [{ heading: '', ranked: report.ranked }] : [];
  return {
    url: report.url,
    site: report.site,
    status: report.status,
    kind: report.sections?.length ? 'document' : 'feed',
    sections,
    current: -1,
    objectionLabels: report.objectionLabels ?? {},
    ...(report.siteName ? { siteName: report.siteName } : {}),
    ...(report.title ? { title: report.title } : {}),
  };
}

/**
 * @param fixedTab the tab id from the panel's URL (`?tab=`), or `undefined` to follow the active tab
 */
export function useFeed(fixedTab: number | undefined, deps: FeedDeps = realDeps): FeedHandle {
  const [state, setState] = useState<FeedState>({ kind: 'waiting' });
  const [tab, setTab] = useState<PanelTab | undefined>(undefined);
  const tabRef = useRef<PanelTab | undefined>(undefined);
  const conn = useRef<PanelConnection | null>(null);
  /** Increases with every new attempt: answers and closings of an older one are ignored. */
  const attempt = useRef(0);
  const retries = useRef(0);
  const retryTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const reveals = useRef(new Map<number, (ok: boolean) => void>());
  const seq = useRef(0);

  const ask = useCallback(
    (target: PanelTab, fresh: boolean): void => {
      const mine = ++attempt.current;
      clearTimeout(retryTimer.current);
      if (fresh) retries.current = 0;
      conn.current?.close();
      for (const done of reveals.current.values()) done(false);
      reveals.current.clear();
      let answered = false;
      const onMessage = (m: ContentToPanel): void => {
        if (mine !== attempt.current) return;
        if (m.type === 'panel-feed') {
          answered = true;
          setState({ kind: 'feed', feed: m.feed });
        } else if (m.type === 'panel-in-view') {
          setState((s) => (s.kind === 'feed' ? { kind: 'feed', feed: { ...s.feed, current: m.current } } : s));
        } else if (m.type === 'panel-revealed') {
          reveals.current.get(m.seq)?.(m.ok);
          reveals.current.delete(m.seq);
        }
      };
      const onClose = (): void => {
        if (mine !== attempt.current) return;
        conn.current = null;
        for (const done of reveals.current.values()) done(false);
        reveals.current.clear();
        // The page went away under a panel that had its feed (navigation, reload): ask again from the start.
        const first = retries.current === 0;
        const wait = RETRY_MS[retries.current];
        if (wait !== undefined) {
          retries.current++;
          retryTimer.current = setTimeout(() => {
            if (mine === attempt.current && tabRef.current) ask(tabRef.current, false);
          }, wait);
        }
        // Meanwhile, once per series of tries: what the popup would show (on-demand reading, or why it cannot read the page).
        if (answered || !first) return;
        void deps.pageReport(target).then((result) => {
          if (mine !== attempt.current) return;
          setState((s) => (s.kind === 'feed' ? s : { kind: 'page', result }));
        });
      };
      conn.current = deps.connect(target.id, onMessage, onClose);
    },
    [deps],
  );

  const show = useCallback(
    (next: PanelTab | undefined): void => {
      tabRef.current = next;
      setTab(next);
      if (!next) {
        attempt.current++;
        conn.current?.close();
        setState({ kind: 'no-tab' });
        return;
      }
      setState({ kind: 'waiting' });
      ask(next, true);
    },
    [ask],
  );

  useEffect(() => {
    const life = new AbortController();
    void (fixedTab !== undefined ? deps.getTab(fixedTab) : deps.activeTab()).then(
      (t) => !life.signal.aborted && show(t),
      () => !life.signal.aborted && show(undefined),
    );
    deps.watch((e) => {
      const current = tabRef.current;
      if (e.kind === 'activated' && fixedTab === undefined) {
        // Only the panel's own window: another window's activations are not what this panel shows.
        if (current?.windowId !== undefined && e.windowId !== current.windowId) return;
        void deps.getTab(e.tabId).then((t) => !life.signal.aborted && show(t));
      } else if (e.kind === 'updated' && e.tabId === current?.id) {
        const next = e.url ? { ...current, url: e.url } : current;
        tabRef.current = next;
        setTab(next);
        // A new page (or the same one loaded again): its content script starts anew.
        if (e.url) setState({ kind: 'waiting' });
        ask(next, true);
      } else if (e.kind === 'removed' && e.tabId === current?.id && fixedTab !== undefined) {
        show(undefined);
      }
    }, life.signal);
    return () => {
      life.abort();
      attempt.current++;
      clearTimeout(retryTimer.current);
      conn.current?.close();
    };
  }, [fixedTab, deps, show, ask]);

  const reveal = useCallback((target: { quote?: string; heading?: string }): Promise<boolean> => {
    const c = conn.current;
    if (!c) return Promise.resolve(false);
    const n = ++seq.current;
    return new Promise<boolean>((resolve) => {
      reveals.current.set(n, resolve);
      if (!c.send({ type: 'panel-reveal', seq: n, ...target })) {
        reveals.current.delete(n);
        resolve(false);
      }
    });
  }, []);

  const retry = useCallback(() => {
    if (tabRef.current) {
      setState({ kind: 'waiting' });
      ask(tabRef.current, true);
      return;
    }
    // No tab any more: look it up again (the active tab, or the pinned one if it came back).
    void (fixedTab !== undefined ? deps.getTab(fixedTab) : deps.activeTab()).then(show, () => show(undefined));
  }, [ask, show, fixedTab, deps]);

  return { state, tab, reveal, retry };
}
