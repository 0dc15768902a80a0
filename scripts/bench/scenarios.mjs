/**
 * The bench's scenarios in real Chromium, each returning plain figures:
 * - `startCost`: the content script's main-thread time on a typical feed page, before `load` and until it is idle;
 * - `feed`: the endless feed (30 posts every 250 ms up to 3,000 while a script types in the compose box):
 *   main-thread time, long tasks and JS heap, and the extension's work per batch early vs late in the run;
 * - `virtualList`: a virtualised timeline (about 20 of 500 cells in the DOM) scrolled through: DOM nodes and JS
 *   heap after garbage collection at checkpoints;
 * - `intranet`: the 5 MB intranet page: time from `load` to the first card, and long tasks meanwhile.
 *
 * Figures come from CDP (`Performance.getMetrics`, `Memory.getDOMCounters`, `HeapProfiler.collectGarbage`) and
 * from traces (`./trace.mjs`), never from timing the driver. The one wall-clock figure is the intranet page's
 * "first card after load", read inside the page from its own clock, because that is what the budget is about.
 */

import { writeFile } from 'node:fs/promises';
import { BENCH_URLS, INTRANET_HOST } from './setup.mjs';
import { analyzeTrace, LONG_TASK_MS, startTracing, stopTracing } from './trace.mjs';

/** What the script types into the compose box during the feed (about 20 s at one character per 150 ms). */
export const TYPING =
  'Wie überzeugen wir unseren Vorstand, dass ein offener Kanal auf LinkedIn kein Risiko ist, sondern Vertrauen schafft?';

/** Parameters of the feed. */
export const FEED = { batch: 30, every: 250, max: 3000, typeEvery: 150, initial: 40 };

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : null;
};

/**
 * A fresh tab that is the only one (the extension's onboarding tab, opened on install, is closed so that both
 * runs render the same way), with a CDP session.
 * @param {import('../e2e/index.d.mts').E2EBrowser} browser a Chromium browser from the e2e harness
 */
export async function soloPage(browser) {
  const context = /** @type {any} */ (browser.raw);
  const page = await context.newPage();
  for (const other of context.pages()) if (other !== page) await other.close().catch(() => {});
  await page.bringToFront();
  const cdp = await context.newCDPSession(page);
  return { page, cdp };
}

/** `Performance.getMetrics` as an object (seconds for durations, bytes for sizes). */
async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

/** JS heap and DOM counters after a full garbage collection. */
async function afterGc(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const m = await metrics(cdp);
  const dom = await cdp.send('Memory.getDOMCounters');
  return { heapBytes: m.JSHeapUsedSize, nodes: dom.nodes, listeners: dom.jsEventListeners, documents: dom.documents };
}

/** In-page: true once the card's host (`[data-argumentarium]`) is in the document. */
function cardShown() {
  return document.querySelector('[data-argumentarium]') !== null;
}

/**
 * Waits until the content script showed its card (it has read the page), or `timeout` ms.
 * @returns {Promise<boolean>} whether the card appeared
 */
async function waitForCard(page, timeout) {
  try {
    await page.waitForFunction(cardShown, undefined, { timeout, polling: 100 });
    return true;
  } catch {
    return false;
  }
}

/**
 * Start cost of the content script on the feed page with its first 40 posts (image avatars keep `load` waiting,
 * as on x.com). Traced from before navigation to `settle` ms after `load`, `runs` times in fresh tabs.
 * @param {import('../e2e/index.d.mts').E2EBrowser} browser with the extension
 * @param {{ runs?: number, settle?: number, latencyMs?: number }} [options] `latencyMs`: emulated network round trip
 *   (default 300 ms)
 * @returns {Promise<{ latencyMs: number, runs: object[], beforeLoadMs: number | null, evalMs: number | null, toIdleMs: number | null, injectedBeforeLoad: number }>}
 *   per run: extension main-thread ms before `load`, in the task that evaluated content.js, from injection to the
 *   end, and the injection's offset from `load` (ms, negative: before); medians over the runs (`beforeLoadMs`: over
 *   the runs where content.js started before `load`; null when it never did)
 */
export async function startCost(browser, { runs = 3, settle = 2000, latencyMs = 300 } = {}) {
  const out = [];
  for (let i = 0; i < runs; i++) {
    const { page, cdp } = await soloPage(browser);
    // A network round trip as on a real connection, so that `load` waits for the avatars as it does on x.com and the
    // content script (injected when the document is idle) starts before it. The fixture server alone answers in
    // under a millisecond, and `load` would come first.
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: latencyMs,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });
    await startTracing(cdp);
    await page.goto(`${BENCH_URLS.feed}?initial=${FEED.initial}`, { waitUntil: 'load', timeout: 60_000 });
    await sleep(settle);
    const a = analyzeTrace(await stopTracing(cdp), { extensionOrigin: browser.extensionOrigin, pageUrl: BENCH_URLS.feed });
    await page.close();
    if (a.load === null || a.injected === null) {
      out.push({
        beforeLoadMs: null,
        evalMs: null,
        toIdleMs: null,
        injectedAtMs: null,
        note: a.injected === null ? 'content.js never ran' : 'no load event in trace',
      });
      continue;
    }
    const evalTask = a.tasks.find((t) => t.ts <= a.injected && a.injected <= t.ts + t.dur);
    out.push({
      beforeLoadMs: a.window(-Infinity, a.load).extMs,
      evalMs: evalTask ? evalTask.ext / 1000 : null,
      toIdleMs: a.window().extMs,
      injectedAtMs: (a.injected - a.load) / 1000,
      maxExtTaskMs: a.window().maxExtTaskMs,
      hot: a.hotFunctions(),
    });
  }
  const ok = out.filter((r) => r.beforeLoadMs !== null);
  // "Before load" means something only where content.js did start before load.
  const early = ok.filter((r) => r.injectedAtMs < 0);
  return {
    latencyMs,
    runs: out,
    beforeLoadMs: early.length ? median(early.map((r) => r.beforeLoadMs)) : null,
    evalMs: median(ok.map((r) => r.evalMs ?? 0)),
    toIdleMs: median(ok.map((r) => r.toIdleMs)),
    injectedBeforeLoad: ok.filter((r) => r.injectedAtMs < 0).length,
  };
}

/**
 * The endless feed, traced from the first batch until `tail` ms after the last.
 * @param {import('../e2e/index.d.mts').E2EBrowser} browser with the extension or with the do-nothing stub
 * @param {{ max?: number, tail?: number, hasExtension: boolean }} options `max`: posts (default 3000)
 * @returns {Promise<object>} see the fields at the end
 */
export async function feed(browser, { max = FEED.max, tail = 1500, hasExtension }) {
  const { page, cdp } = await soloPage(browser);
  await page.goto(`${BENCH_URLS.feed}?initial=${FEED.initial}`, { waitUntil: 'load' });
  const cardBefore = hasExtension ? await waitForCard(page, 15_000) : false;
  await sleep(1000);
  await cdp.send('Performance.enable');
  const m0 = await metrics(cdp);
  await startTracing(cdp);
  const state = await page.evaluate((o) => window.__feed.start(o), { ...FEED, max, typing: TYPING });
  await sleep(tail);
  const m1 = await metrics(cdp);
  const events = await stopTracing(cdp);
  const heap = await afterGc(cdp);
  await page.close();

  const a = analyzeTrace(events, { extensionOrigin: hasExtension ? browser.extensionOrigin : null, pageUrl: 'https://x.com/' });
  const batches = a.marks.filter((m) => m.name.startsWith('bench-batch-'));
  if (batches.length < 10)
    throw new Error(`feed: only ${batches.length} batch marks in the trace (is tests/fixtures/bench/feed.mjs served?)`);
  const first = batches[0].ts;
  const last = batches[batches.length - 1].ts;
  const total = a.window(first, Infinity);
  // Per-batch work early vs late: the first and the last 20 batches (600 new posts each) — equal when only new
  // nodes are read, ~10× apart if each batch rescanned the whole page (300 vs 3,000 posts in the DOM).
  const span = Math.min(20, Math.floor(batches.length / 3));
  const early = a.window(batches[0].ts, batches[span].ts);
  const late = a.window(batches[batches.length - 1 - span].ts, last);
  const perBatch = [];
  for (let i = 0; i + 1 < batches.length; i++) perBatch.push(a.window(batches[i].ts, batches[i + 1].ts).extMs);
  const quiet = a.window(last + 1_000_000, Infinity);
  return {
    posts: state.posts,
    batches: state.batches,
    typed: state.typed,
    cardBefore,
    taskMs: total.taskMs,
    extMs: total.extMs,
    pageMs: total.pageMs,
    extShareOfPage: total.pageMs > 0 ? total.extMs / total.pageMs : null,
    longWall: total.longWall,
    longCpu: total.longCpu,
    longExtWall: total.longExtWall,
    longExtCpu: total.longExtCpu,
    maxExtTaskMs: total.maxExtTaskMs,
    earlyExtMsPerBatch: early.extMs / span,
    lateExtMsPerBatch: late.extMs / span,
    perBatchExtMs: perBatch.map((x) => Math.round(x * 100) / 100),
    quietExtMs: quiet.extMs,
    hot: a.hotFunctions(first, Infinity),
    metrics: {
      TaskDuration: m1.TaskDuration - m0.TaskDuration,
      ScriptDuration: m1.ScriptDuration - m0.ScriptDuration,
      LayoutDuration: m1.LayoutDuration - m0.LayoutDuration,
      RecalcStyleDuration: m1.RecalcStyleDuration - m0.RecalcStyleDuration,
      JSHeapUsedSize: m1.JSHeapUsedSize,
    },
    heapAfterGc: heap.heapBytes,
    nodesAfterGc: heap.nodes,
    samples: a.samples,
  };
}

/**
 * The virtualised list, scrolled through `step` posts every `pause` ms (each post stays in the DOM for about half
 * a second, longer than the content script's 300 ms batching), with DOM nodes and JS heap measured after a garbage
 * collection at every hundredth post.
 * @param {import('../e2e/index.d.mts').E2EBrowser} browser
 * @param {{ step?: number, pause?: number, hasExtension: boolean }} options
 * @returns {Promise<{ total: number, checkpoints: { item: number, nodes: number, heapBytes: number, listeners: number }[], inDomMax: number, rendered: number, cardShown: boolean }>}
 */
export async function virtualList(browser, { step = 8, pause = 250, hasExtension }) {
  const { page, cdp } = await soloPage(browser);
  await page.goto(BENCH_URLS.list, { waitUntil: 'load' });
  if (hasExtension) await waitForCard(page, 15_000);
  await sleep(800);
  await cdp.send('Performance.enable');
  const total = await page.evaluate(() => window.__list.total);
  const checkpoints = [];
  let inDomMax = 0;
  let next = 100;
  let rendered = 0;
  for (let i = 0; i <= total; i += step) {
    const s = await page.evaluate((n) => window.__list.scrollToItem(n), Math.min(i, total - 1));
    inDomMax = Math.max(inDomMax, s.inDom);
    rendered = s.rendered;
    await sleep(pause);
    if (i >= next || i + step > total) {
      checkpoints.push({ item: Math.min(i, total), ...(await afterGc(cdp)) });
      next += 100;
    }
  }
  const shown = await page.evaluate(cardShown);
  await page.close();
  return { total, checkpoints, inDomMax, rendered, cardShown: shown };
}

/**
 * Makes `pattern` one of the user's intranet sites, as the options page does (settings key `intranetSites` in
 * `storage.sync`): outside them the generic reader shows hints only on request. Written from the extension's
 * service worker; the key and shape are those of `src/settings/index.ts`.
 * @param {import('../e2e/index.d.mts').E2EBrowser} browser Chromium with the extension
 * @param {string} pattern a match pattern
 * @throws {Error} when the extension has no running service worker
 */
export async function addIntranetSite(browser, pattern) {
  const context = /** @type {any} */ (browser.raw);
  const worker = context.serviceWorkers().find((w) => w.url().startsWith(`${browser.extensionOrigin}/`));
  if (!worker) throw new Error('the extension has no running service worker to write its settings');
  await worker.evaluate(async (p) => {
    const c = /** @type {any} */ (globalThis).chrome;
    const { intranetSites = [] } = await c.storage.sync.get('intranetSites');
    if (!intranetSites.includes(p)) await c.storage.sync.set({ intranetSites: [...intranetSites, p] });
  }, pattern);
  // The background registers content scripts for it on the storage change; give it a moment.
  await sleep(500);
}

/**
 * The 5 MB intranet page: time from `load` to the first card, and the extension's long tasks until it is done
 * reading (traced until `settle` ms after the card). With the environment variable `BENCH_TIMELINE=1` it also
 * prints the main thread's tasks from `load` to the card (offset, wall, thread time, the extension's part) to stderr,
 * to see what the first card waits for.
 * @param {import('../e2e/index.d.mts').E2EBrowser} browser with the bench's extension (intranet host declared)
 * @param {{ settle?: number, timeout?: number }} [options]
 */
export async function intranet(browser, { settle = 3000, timeout = 15_000, hasExtension = true } = {}) {
  if (hasExtension) await addIntranetSite(browser, `https://${INTRANET_HOST}/*`);
  const { page, cdp } = await soloPage(browser);
  // Main world, before the page parses: note when the card's host lands on <html> (the card is attached there).
  // Only childList of <html> is observed, so the 5 MB parse costs the observer nothing.
  await page.addInitScript(() => {
    const w = /** @type {any} */ (window);
    w.__benchCard = null;
    const watch = () => {
      new MutationObserver((records, obs) => {
        for (const r of records) {
          for (const n of r.addedNodes) {
            if (n.nodeType === 1 && n.hasAttribute('data-argumentarium')) {
              w.__benchCard = performance.now();
              performance.mark('bench-card');
              obs.disconnect();
              return;
            }
          }
        }
      }).observe(document.documentElement, { childList: true });
    };
    if (document.documentElement) watch();
    else {
      new MutationObserver((_, obs) => {
        if (!document.documentElement) return;
        obs.disconnect();
        watch();
      }).observe(document, { childList: true });
    }
  });
  await startTracing(cdp);
  await page.goto(BENCH_URLS.intranet, { waitUntil: 'load', timeout: 60_000 });
  // Polled from here with a bare CDP `Runtime.evaluate` in the page's world. Not Playwright's `waitForFunction`: its
  // first poll sets up Playwright's utility world, and on this page that cost one 150–180 ms rendering task on the
  // page's thread right after `load` (measured with and without it: BENCH_TIMELINE=1), which the card then waited for.
  if (hasExtension) {
    const until = Date.now() + timeout;
    while (Date.now() < until) {
      const { result } = await cdp.send('Runtime.evaluate', { expression: 'window.__benchCard !== null', returnByValue: true });
      if (result?.value === true) break;
      await sleep(100);
    }
  }
  await sleep(hasExtension ? settle : 1000);
  const inPage = await page.evaluate(() => {
    const nav = /** @type {PerformanceNavigationTiming} */ (performance.getEntriesByType('navigation')[0]);
    return { load: nav.loadEventStart, card: /** @type {any} */ (window).__benchCard, bytes: nav.decodedBodySize };
  });
  const events = await stopTracing(cdp);
  // BENCH_SAVE_TRACE=path keeps the raw trace (Trace Event Format) for a look in chrome://tracing or Perfetto.
  if (process.env.BENCH_SAVE_TRACE) await writeFile(process.env.BENCH_SAVE_TRACE, JSON.stringify({ traceEvents: events }));
  const a = analyzeTrace(events, { extensionOrigin: browser.extensionOrigin, pageUrl: BENCH_URLS.intranet });
  await page.close();
  const cardMark = a.marks.find((m) => m.name === 'bench-card');
  if (process.env.BENCH_TIMELINE && a.load !== null) {
    const end = cardMark ? cardMark.ts : a.load + 600_000;
    console.error(hasExtension ? 'intranet timeline, with the extension:' : 'intranet timeline, without:');
    for (const t of a.tasks) {
      if (t.ts < a.load - 50_000 || t.ts > end) continue;
      if (t.dur < 5000 && t.ext < 1000) continue;
      console.error(
        `  +${((t.ts - a.load) / 1000).toFixed(0)} ms  wall ${(t.dur / 1000).toFixed(1)}  cpu ${(t.tdur / 1000).toFixed(1)}  ext ${(t.ext / 1000).toFixed(1)}`,
      );
    }
    if (cardMark) {
      console.error(`  card +${((cardMark.ts - a.load) / 1000).toFixed(0)} ms; where content.js spent its time until then:`);
      for (const f of a.hotFunctions(a.load, cardMark.ts + 1, 15)) console.error(`    ${(f.share * 100).toFixed(0)} %  ${f.name}`);
    }
  }
  const untilCard = a.load !== null && cardMark ? a.window(a.load, cardMark.ts + 1) : null;
  const all = a.window(a.injected ?? -Infinity, Infinity);
  const evaluations = a.scriptEvaluations;
  const lastSecond = a.tasks.length ? a.window(a.tasks[a.tasks.length - 1].ts - 1_000_000, Infinity).extMs : 0;
  return {
    bytes: inPage.bytes,
    timeoutMs: timeout,
    /** content.js evaluations in the page (2: the static and the registered script both ran; one stops itself). */
    evaluations,
    cardShown: inPage.card !== null,
    loadToCardMs: inPage.card !== null ? inPage.card - inPage.load : null,
    /** The extension still worked in the last traced second: `reading` is a lower bound. */
    stillReading: lastSecond > 50,
    hot: a.hotFunctions(),
    injectedAfterLoadMs: a.injected !== null && a.load !== null ? (a.injected - a.load) / 1000 : null,
    untilCard: untilCard && {
      extMs: untilCard.extMs,
      longExtCpu: untilCard.longExtCpu,
      longExtWall: untilCard.longExtWall,
      maxExtTaskMs: untilCard.maxExtTaskMs,
    },
    reading: { extMs: all.extMs, longExtCpu: all.longExtCpu, longExtWall: all.longExtWall, maxExtTaskMs: all.maxExtTaskMs },
    longTaskMs: LONG_TASK_MS,
  };
}
