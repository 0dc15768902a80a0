/**
 * Popup entry point: mounts {@link Popup} on `#app` with what `startPage` loads, and the page report when it comes
 * within {@link REPORT_FIRST_PAINT_MS}.
 */
import { type PageReportResult, requestPageReport, selectionReport } from '../platform/tabs';
import { Popup } from './Popup';
import { mountPage, startPage } from './start';

/**
 * How long the first paint waits for the page report. A report that comes after the first paint puts a message or the
 * page's arguments above the list, and the list moves down under the pointer: a click aimed at an argument in that
 * instant lands on another one or on nothing (seen in Firefox, where "Reading this page…" became the two-line
 * "This page can't be read…" as the test clicked). Most reports take milliseconds (a restricted page is known from its
 * address, a content script answers at once), so the popup shows them in its first paint; a slower page keeps the
 * "Reading this page…" state until its answer or the report's own timeout (`REPORT_TIMEOUT_MS`).
 */
const REPORT_FIRST_PAINT_MS = 300;

mountPage((root) => {
  // Asked first, so that it runs while storage is read. A selection the user asked about from the context menu
  // (kept for the popup) comes before the page.
  const report: Promise<PageReportResult> = (async () => (await selectionReport()) ?? requestPageReport())().catch((e: unknown) => ({
    kind: 'error',
    message: e instanceof Error ? e.message : String(e),
  }));
  const reportWithin = Promise.race([report, new Promise<null>((r) => setTimeout(() => r(null), REPORT_FIRST_PAINT_MS))]);
  let firstReport: PageReportResult | null = null;
  return startPage(
    root,
    (d) => <Popup {...d} pageReport={() => report} initialPage={firstReport} />,
    async () => {
      firstReport = await reportWithin;
    },
  );
});
