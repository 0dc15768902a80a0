/**
 * Chromium tracing for the bench: records a trace over CDP and attributes the main thread's work to the
 * extension's scripts or to the page.
 *
 * How work is attributed (the machine is shared, so thread time, not wall time, wherever Chromium records it):
 * - The page's main thread is the renderer thread `CrRendererMain` that runs the page's own scripts (or, for a
 *   navigation traced from its start, the one whose `navigationStart` names the page).
 * - Each top-level task on it (`ThreadControllerImpl::RunTask`, category `toplevel`) has a thread-time duration
 *   (`tdur`). The V8 sampling profiler recorded in the same trace (`disabled-by-default-v8.cpu_profiler`, about one
 *   sample per millisecond) says which code ran during the task: the extension's share of the task is the share of
 *   its samples whose stack holds a frame from the extension's origin (`chrome-extension://ID/…`, i.e. content.js,
 *   including the DOM work it calls). A task too short to hold a sample is attributed by the scripts it entered
 *   (`FunctionCall` / `EvaluateScript` / `v8.compile` events carry the script's URL).
 * - A long task is a top-level task over 50 ms (the Long Tasks API's threshold,
 *   https://w3c.github.io/longtasks/#sec-terminology). Both clocks are counted: wall (`dur`, what the user feels,
 *   inflated when other processes take the CPU) and thread time (`tdur`, the work itself). A long task is the
 *   extension's when more than half of its thread time is the extension's.
 *
 * Pure analysis (`analyzeTrace`) is separate from recording (`startTracing` / `stopTracing`) so it can be
 * tested on made-up events.
 */

/**
 * Categories recorded. `toplevel` for tasks, `devtools.timeline` for script entries and load marks, user timing for
 * the fixtures' marks. `BENCH_TRACE_CATEGORIES=a,b,…` replaces them for a closer look (with `BENCH_SAVE_TRACE=file`,
 * which keeps the intranet scenario's raw trace); `blink` shows the rendering lifecycle's phases.
 */
export const TRACE_CATEGORIES = process.env.BENCH_TRACE_CATEGORIES
  ? process.env.BENCH_TRACE_CATEGORIES.split(',')
  : ['toplevel', 'devtools.timeline', 'v8.execute', 'blink.user_timing', 'disabled-by-default-v8.cpu_profiler'];

/** Long-task threshold in ms (Long Tasks API). */
export const LONG_TASK_MS = 50;

const TASK_NAMES = new Set(['ThreadControllerImpl::RunTask']);
/** Blink's microtask checkpoint after each task (category `toplevel`). */
const CHECKPOINT = 'BlinkScheduler_PerformMicrotaskCheckpoint';
/** A checkpoint starting within this many µs of a task's end belongs to it. */
const MERGE_GAP_US = 1000;
const SCRIPT_ENTRY_NAMES = new Set(['FunctionCall', 'EvaluateScript', 'v8.compile', 'v8.compileModule', 'RunMicrotasks']);

/**
 * Starts tracing on a CDP session (Playwright `CDPSession`).
 * @param {{ send(method: string, params?: object): Promise<any> }} cdp
 * @param {string[]} [categories]
 */
export async function startTracing(cdp, categories = TRACE_CATEGORIES) {
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: categories, excludedCategories: ['*'], recordMode: 'recordAsMuchAsPossible' },
    transferMode: 'ReturnAsStream',
  });
}

/**
 * Stops tracing and returns the events.
 * @param {{ send(method: string, params?: object): Promise<any>, once(event: string, cb: (e: any) => void): void }} cdp
 * @returns {Promise<object[]>} the trace events (Trace Event Format, timestamps in µs)
 */
export async function stopTracing(cdp) {
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  const { stream } = /** @type {{ stream: string }} */ (await complete);
  const parts = [];
  for (;;) {
    const r = await cdp.send('IO.read', { handle: stream, size: 4 << 20 });
    parts.push(r.base64Encoded ? Buffer.from(r.data, 'base64') : Buffer.from(r.data));
    if (r.eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  const parsed = JSON.parse(Buffer.concat(parts).toString('utf8'));
  return Array.isArray(parsed) ? parsed : parsed.traceEvents;
}

/**
 * @typedef {object} Task A top-level task on the page's main thread.
 * @property {number} ts start, µs (trace clock)
 * @property {number} dur wall duration, µs
 * @property {number} tdur thread (CPU) duration, µs; `dur` when the trace has no thread time
 * @property {number} ext the extension's part of `tdur`, µs
 */

/**
 * @typedef {object} TraceAnalysis
 * @property {{ pid: number, tid: number } | null} main the page's main thread (null: not found)
 * @property {Task[]} tasks top-level tasks on it, by start time
 * @property {{ name: string, ts: number }[]} marks user-timing marks of the page (`performance.mark`)
 * @property {number | null} load `load` event of the page's main frame (µs), if in the trace
 * @property {number | null} injected start of the first evaluation of an extension script on the thread (µs)
 * @property {number} scriptEvaluations evaluations of extension scripts on the thread (`EvaluateScript`)
 * @property {number} samples CPU profile samples on the thread
 * @property {(from?: number, to?: number) => Window} window sums over tasks starting in [from, to)
 * @property {(from?: number, to?: number, top?: number) => { name: string, share: number }[]} hotFunctions where the
 *   extension's CPU samples in [from, to) were: its innermost function (minified name unless esbuild kept it), with
 *   `→ api` when that function was inside a browser API it called; `share` of the extension's samples
 */

/**
 * @typedef {object} Window Sums over the tasks of a time window.
 * @property {number} taskMs thread time of all tasks, ms
 * @property {number} extMs the extension's part, ms
 * @property {number} pageMs the rest (the page's own work and the browser's on its thread), ms
 * @property {number} longWall tasks over 50 ms wall time
 * @property {number} longCpu tasks over 50 ms thread time
 * @property {number} longExtCpu of those, the extension's (over half of their thread time)
 * @property {number} longExtWall tasks over 50 ms wall time with more than half of their thread time the extension's
 * @property {number} maxExtTaskMs the largest extension part of one task, ms (thread time)
 */

/**
 * Attributes the page's main-thread work (see the module comment).
 * @param {object[]} events trace events
 * @param {{ extensionOrigin?: string | null, pageUrl: string }} options `extensionOrigin`: `chrome-extension://ID`
 *   (null: no extension, everything is the page's); `pageUrl`: prefix of the page's URL (finds its thread)
 * @returns {TraceAnalysis}
 */
export function analyzeTrace(events, { extensionOrigin = null, pageUrl }) {
  const threadNames = new Map();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') threadNames.set(`${e.pid}:${e.tid}`, e.args?.name);
  const isMainThread = (e) => threadNames.get(`${e.pid}:${e.tid}`) === 'CrRendererMain';
  const url = (e) => e.args?.data?.url ?? e.args?.fileName ?? '';
  const isExtUrl = (u) => !!extensionOrigin && typeof u === 'string' && u.startsWith(`${extensionOrigin}/`);

  // The main thread: the last navigation to the page, else the renderer thread that ran the page's scripts most.
  let main = null;
  /** Start of the page's navigation, when the trace has it (a tab's first `about:blank` has its own load). */
  let navigation = -Infinity;
  for (const e of events) {
    if (e.name === 'navigationStart' && String(e.args?.data?.documentLoaderURL ?? '').startsWith(pageUrl)) {
      const t = events.find((x) => x.pid === e.pid && isMainThread(x));
      if (t) main = { pid: t.pid, tid: t.tid };
      navigation = e.ts;
    }
  }
  if (!main) {
    const counts = new Map();
    for (const e of events) {
      if (!SCRIPT_ENTRY_NAMES.has(e.name) || !isMainThread(e) || !String(url(e)).startsWith(pageUrl)) continue;
      const k = `${e.pid}:${e.tid}`;
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
    const best = [...counts].sort((a, b) => b[1] - a[1])[0];
    if (best) {
      const [pid, tid] = best[0].split(':').map(Number);
      main = { pid, tid };
    }
  }
  const empty = { main, tasks: [], marks: [], load: null, injected: null, scriptEvaluations: 0, samples: 0 };
  if (!main) return { ...empty, window: () => sumWindow([], 0, Infinity), hotFunctions: () => [] };
  const onMain = (e) => e.pid === main.pid && e.tid === main.tid;

  // Top-level tasks (nested run loops aside, a task inside another is skipped). Blink runs the microtask checkpoint
  // right after a task, outside its RunTask event: it is part of the same uninterrupted stretch, so it is merged.
  const rawTasks = events
    .filter((e) => e.ph === 'X' && (TASK_NAMES.has(e.name) || e.name === CHECKPOINT) && onMain(e))
    .sort((a, b) => a.ts - b.ts);
  /** @type {Task[]} */
  const tasks = [];
  let end = -Infinity;
  for (const e of rawTasks) {
    if (e.ts < end) continue;
    const dur = e.dur ?? 0;
    const tdur = e.tdur ?? dur;
    const prev = tasks[tasks.length - 1];
    if (e.name === CHECKPOINT && prev && e.ts - (prev.ts + prev.dur) < MERGE_GAP_US) {
      prev.dur = e.ts + dur - prev.ts;
      prev.tdur += tdur;
    } else {
      tasks.push({ ts: e.ts, dur, tdur, ext: 0 });
    }
    end = e.ts + dur;
  }
  const taskAt = (ts) => {
    let lo = 0;
    let hi = tasks.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const t = tasks[mid];
      if (ts < t.ts) hi = mid - 1;
      else if (ts > t.ts + t.dur) lo = mid + 1;
      else return t;
    }
    return null;
  };

  // CPU profile samples of the main thread's isolate: only to tell whose promise callbacks a microtask checkpoint ran.
  let samples = 0;
  /** @type {{ t: number, ext: boolean, js: boolean }[]} */
  const sampleList = [];
  const profiles = new Map();
  for (const e of events) {
    if (e.name === 'Profile' && e.pid === main.pid && e.tid === main.tid) {
      profiles.set(e.id, { start: e.args?.data?.startTime ?? 0, nodes: new Map(), chunks: [] });
    }
  }
  for (const e of events) {
    if (e.name !== 'ProfileChunk' || e.pid !== main.pid) continue;
    const p = profiles.get(e.id);
    if (p) p.chunks.push(e);
  }
  for (const p of profiles.values()) {
    p.chunks.sort((a, b) => a.ts - b.ts);
    let t = p.start;
    for (const c of p.chunks) {
      const prof = c.args?.data?.cpuProfile ?? {};
      for (const n of prof.nodes ?? []) {
        const parent = n.parent !== undefined ? p.nodes.get(n.parent) : undefined;
        const u = n.callFrame?.url ?? '';
        const fn = n.callFrame?.functionName || '(anonymous)';
        const own = isExtUrl(u);
        // The innermost extension frame of the stack, and what it called when that is not extension code (a DOM API).
        const hot = own ? fn : parent?.hot ? (parent.calls ? parent.hot : `${parent.hot} → ${fn}`) : null;
        p.nodes.set(n.id, { ext: own || !!parent?.ext, js: u !== '' || !!parent?.js, hot, calls: own ? false : !!parent?.hot });
      }
      const ids = prof.samples ?? [];
      const deltas = c.args?.data?.timeDeltas ?? [];
      for (let i = 0; i < ids.length; i++) {
        t += deltas[i] ?? 0;
        const node = p.nodes.get(ids[i]);
        if (!node) continue;
        samples++;
        if (node.js) sampleList.push({ t, ext: node.ext, js: node.js, hot: node.hot });
      }
    }
  }
  sampleList.sort((a, b) => a.t - b.t);
  /** Share of the JS samples in [from, to] that ran extension code; null without JS samples. */
  const extShareOfSamples = (from, to) => {
    let lo = 0;
    let hi = sampleList.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sampleList[mid].t < from) lo = mid + 1;
      else hi = mid;
    }
    let js = 0;
    let ext = 0;
    for (let i = lo; i < sampleList.length && sampleList[i].t <= to; i++) {
      js++;
      if (sampleList[i].ext) ext++;
    }
    return js > 0 ? ext / js : null;
  };

  // Script entries, nested as they ran. Each entry's own time (its thread time minus its nested entries') goes to
  // the script it entered; a microtask checkpoint to whoever's code the samples show in it, else to its caller
  // (the entry it is nested in, or the task's previous entry: the code that queued the promise callbacks).
  let injected = null;
  let scriptEvaluations = 0;
  const entries = events
    .filter((e) => e.ph === 'X' && SCRIPT_ENTRY_NAMES.has(e.name) && onMain(e))
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  /** @type {{ end: number, share: number, child: number, tdur: number, task: Task | null }[]} */
  const stack = [];
  /** @type {Map<object, number>} task → share of its last top-level entry */
  const lastShare = new Map();
  const close = (node) => {
    if (node.task) node.task.ext += Math.max(0, node.tdur - node.child) * node.share;
  };
  for (const e of entries) {
    while (stack.length && stack[stack.length - 1].end <= e.ts) close(stack.pop());
    const parent = stack[stack.length - 1];
    const task = taskAt(e.ts);
    const u = url(e);
    let share;
    if (e.name === 'RunMicrotasks') {
      share = extShareOfSamples(e.ts, e.ts + (e.dur ?? 0)) ?? parent?.share ?? (task ? lastShare.get(task) : undefined) ?? 0;
    } else if (u) {
      share = isExtUrl(u) ? 1 : 0;
    } else {
      share = parent?.share ?? 0;
    }
    if (isExtUrl(u) && (injected === null || e.ts < injected)) injected = e.ts;
    if (isExtUrl(u) && e.name === 'EvaluateScript') scriptEvaluations++;
    const tdur = e.tdur ?? e.dur ?? 0;
    if (parent) parent.child += tdur;
    else if (task) lastShare.set(task, share);
    stack.push({ end: e.ts + (e.dur ?? 0), share, child: 0, tdur, task });
  }
  while (stack.length) close(stack.pop());
  for (const t of tasks) t.ext = Math.min(t.ext, t.tdur);

  /** Extension functions where the samples in [from, to) were, most first (names as in the minified bundle). */
  const hotFunctions = (from = -Infinity, to = Infinity, top = 8) => {
    const counts = new Map();
    let n = 0;
    for (const smp of sampleList) {
      if (!smp.hot || smp.t < from || smp.t >= to) continue;
      n++;
      counts.set(smp.hot, (counts.get(smp.hot) ?? 0) + 1);
    }
    return [...counts]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, count]) => ({ name, share: count / n }));
  };

  const marks = events
    .filter((e) => e.cat === 'blink.user_timing' && e.pid === main.pid && (e.ph === 'R' || e.ph === 'I' || e.ph === 'n' || e.ph === 'b'))
    .map((e) => ({ name: e.name, ts: e.ts }))
    .sort((a, b) => a.ts - b.ts);
  const loadEvent = events
    .filter((e) => e.name === 'MarkLoad' && e.pid === main.pid && e.args?.data?.isMainFrame && e.ts > navigation)
    .sort((a, b) => a.ts - b.ts)[0];
  const plain = tasks.map(({ ts, dur, tdur, ext }) => ({ ts, dur, tdur, ext }));
  return {
    main,
    tasks: plain,
    marks,
    load: loadEvent ? loadEvent.ts : null,
    injected,
    scriptEvaluations,
    samples,
    window: (from = -Infinity, to = Infinity) => sumWindow(plain, from, to),
    hotFunctions,
  };
}

/**
 * Sums the tasks that start in [from, to).
 * @param {Task[]} tasks
 * @param {number} from µs
 * @param {number} to µs
 * @returns {Window}
 */
export function sumWindow(tasks, from, to) {
  const ms = (us) => us / 1000;
  const w = { taskMs: 0, extMs: 0, pageMs: 0, longWall: 0, longCpu: 0, longExtCpu: 0, longExtWall: 0, maxExtTaskMs: 0 };
  for (const t of tasks) {
    if (t.ts < from || t.ts >= to) continue;
    w.taskMs += ms(t.tdur);
    w.extMs += ms(t.ext);
    w.maxExtTaskMs = Math.max(w.maxExtTaskMs, ms(t.ext));
    const extOwned = t.ext * 2 > t.tdur;
    if (ms(t.dur) > LONG_TASK_MS) {
      w.longWall++;
      if (extOwned) w.longExtWall++;
    }
    if (ms(t.tdur) > LONG_TASK_MS) {
      w.longCpu++;
      if (extOwned) w.longExtCpu++;
    }
  }
  w.pageMs = w.taskMs - w.extMs;
  return w;
}
