/**
 * The bench's attribution of main-thread work (`scripts/bench/trace.mjs`) on small hand-made traces, so the figures
 * `npm run bench` prints rest on arithmetic that is checked: whose script a task ran, nested calls, the microtask
 * checkpoint Blink runs after a task, long tasks by wall and by thread time, and which renderer thread is the page's.
 * Expected values are worked out by hand in the comments (µs in, ms out).
 */
import { describe, expect, test } from 'vitest';
import { analyzeTrace, type TraceEvent } from '../../scripts/bench/trace.mjs';

const EXT = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';
const PAGE = 'https://x.com/bench/feed';

const meta = (pid: number, tid: number, name: string): TraceEvent => ({ name: 'thread_name', ph: 'M', pid, tid, ts: 0, args: { name } });
const task = (ts: number, dur: number, tdur: number, pid = 1): TraceEvent => ({
  name: 'ThreadControllerImpl::RunTask',
  cat: 'toplevel',
  ph: 'X',
  pid,
  tid: pid,
  ts,
  dur,
  tdur,
});
const checkpoint = (ts: number, dur: number, tdur: number): TraceEvent => ({
  name: 'BlinkScheduler_PerformMicrotaskCheckpoint',
  cat: 'toplevel',
  ph: 'X',
  pid: 1,
  tid: 1,
  ts,
  dur,
  tdur,
});
const call = (ts: number, dur: number, tdur: number, url: string, pid = 1, name = 'FunctionCall'): TraceEvent => ({
  name,
  cat: 'devtools.timeline',
  ph: 'X',
  pid,
  tid: pid,
  ts,
  dur,
  tdur,
  args: { data: { url } },
});
const microtasks = (ts: number, dur: number, tdur: number): TraceEvent => ({
  name: 'RunMicrotasks',
  cat: 'v8.execute',
  ph: 'X',
  pid: 1,
  tid: 1,
  ts,
  dur,
  tdur,
});

/**
 * Task A (1 000–61 000, 60 ms wall and thread): a page timer (60 ms) whose input event ran the extension's listener
 * (40 ms, nested); then Blink's microtask checkpoint (61 100–66 100, 5 ms) whose samples are all content.js.
 * Task B (100 000–170 000): 70 ms wall but 20 ms thread time, all of it the extension's timer.
 * `load` at 90 000, between them.
 */
function trace(): TraceEvent[] {
  return [
    meta(1, 1, 'CrRendererMain'),
    meta(2, 2, 'CrRendererMain'),
    task(1000, 60_000, 60_000),
    call(1000, 60_000, 60_000, `${PAGE}.mjs`),
    call(10_000, 40_000, 40_000, `${EXT}/content.js`),
    checkpoint(61_100, 5000, 5000),
    microtasks(61_100, 5000, 5000),
    { name: 'MarkLoad', cat: 'devtools.timeline', ph: 'I', pid: 1, tid: 1, ts: 90_000, args: { data: { isMainFrame: true } } },
    task(100_000, 70_000, 20_000),
    call(100_000, 70_000, 20_000, `${EXT}/content.js`),
    { name: 'bench-batch-1', cat: 'blink.user_timing', ph: 'I', pid: 1, tid: 1, ts: 95_000 },
    { name: 'Profile', ph: 'P', pid: 1, tid: 1, ts: 61_000, id: '0x1', args: { data: { startTime: 61_000 } } },
    {
      name: 'ProfileChunk',
      ph: 'P',
      pid: 1,
      tid: 9,
      ts: 64_000,
      id: '0x1',
      args: {
        data: {
          cpuProfile: {
            nodes: [
              { id: 1, callFrame: { functionName: '(root)', url: '' } },
              { id: 2, parent: 1, callFrame: { functionName: 'flush', url: `${EXT}/content.js` } },
              { id: 3, parent: 2, callFrame: { functionName: 'querySelectorAll', url: '' } },
            ],
            samples: [2, 3, 3],
          },
          // Samples at 61 500, 62 500 and 63 500: inside the checkpoint.
          timeDeltas: [500, 1000, 1000],
        },
      },
    },
    // Another renderer runs scripts too, but fewer of the page's.
    task(1000, 80_000, 80_000, 2),
    call(1000, 80_000, 80_000, 'https://other.example/app.js', 2),
  ];
}

describe('bench trace attribution', () => {
  test('splits each task between the extension and the page, nested calls and microtasks included', () => {
    const a = analyzeTrace(trace(), { extensionOrigin: EXT, pageUrl: 'https://x.com/' });
    expect(a.main).toEqual({ pid: 1, tid: 1 });
    // A and its checkpoint are one task: 65.1 ms wall, 65 ms thread time; B is the second.
    expect(a.tasks.map((t) => [t.ts, t.dur, t.tdur])).toEqual([
      [1000, 65_100, 65_000],
      [100_000, 70_000, 20_000],
    ]);
    const w = a.window();
    // A: listener 40 + checkpoint 5 (samples: content.js) = 45 ms extension, 20 ms page; B: 20 ms extension.
    expect(w.extMs).toBeCloseTo(65, 6);
    expect(w.pageMs).toBeCloseTo(20, 6);
    expect(w.taskMs).toBeCloseTo(85, 6);
    expect(w.maxExtTaskMs).toBeCloseTo(45, 6);
    // Long by wall: A (65.1) and B (70); by thread time: A only. Both are mostly the extension's (45/65, 20/20).
    expect([w.longWall, w.longExtWall, w.longCpu, w.longExtCpu]).toEqual([2, 2, 1, 1]);
    expect(a.injected).toBe(10_000);
    expect(a.load).toBe(90_000);
    expect(a.scriptEvaluations).toBe(0);
    expect(a.marks).toEqual([{ name: 'bench-batch-1', ts: 95_000 }]);
  });

  test('windows sum the tasks that start in them', () => {
    const a = analyzeTrace(trace(), { extensionOrigin: EXT, pageUrl: 'https://x.com/' });
    expect(a.window(-Infinity, 90_000).extMs).toBeCloseTo(45, 6);
    expect(a.window(90_000, Infinity).extMs).toBeCloseTo(20, 6);
    expect(a.window(200_000, Infinity).taskMs).toBe(0);
  });

  test('a microtask checkpoint without samples goes to the task that queued it', () => {
    const events = trace().filter((e) => e.name !== 'ProfileChunk');
    const a = analyzeTrace(events, { extensionOrigin: EXT, pageUrl: 'https://x.com/' });
    // The task's top-level script was the page's timer, so the 5 ms checkpoint is the page's: 40 + 20 = 60.
    expect(a.window().extMs).toBeCloseTo(60, 6);
    expect(a.window().maxExtTaskMs).toBeCloseTo(40, 6);
  });

  test('without an extension origin everything is the page’s', () => {
    const a = analyzeTrace(trace(), { extensionOrigin: null, pageUrl: 'https://x.com/' });
    expect(a.window().extMs).toBe(0);
    expect(a.window().pageMs).toBeCloseTo(85, 6);
    expect(a.window().longExtWall).toBe(0);
  });

  test('names where the extension’s samples were, with the browser API a function was inside', () => {
    const a = analyzeTrace(trace(), { extensionOrigin: EXT, pageUrl: 'https://x.com/' });
    const hot = a.hotFunctions();
    expect(hot.map((h) => h.name)).toEqual(['flush → querySelectorAll', 'flush']);
    expect(hot[0]?.share).toBeCloseTo(2 / 3, 6);
  });

  test('a navigation traced from its start picks the renderer that loaded the page, and its load after it', () => {
    const events: TraceEvent[] = [
      meta(1, 1, 'CrRendererMain'),
      meta(2, 2, 'CrRendererMain'),
      // The tab's first about:blank loads in renderer 1; the page then commits in renderer 2.
      { name: 'MarkLoad', cat: 'devtools.timeline', ph: 'I', pid: 2, tid: 2, ts: 500, args: { data: { isMainFrame: true } } },
      { name: 'navigationStart', cat: 'blink.user_timing', ph: 'R', pid: 2, tid: 2, ts: 1000, args: { data: { documentLoaderURL: PAGE } } },
      task(2000, 3000, 3000, 2),
      call(2000, 3000, 3000, `${EXT}/content.js`, 2, 'EvaluateScript'),
      { name: 'MarkLoad', cat: 'devtools.timeline', ph: 'I', pid: 2, tid: 2, ts: 9000, args: { data: { isMainFrame: true } } },
      task(1000, 50_000, 50_000, 1),
      call(1000, 50_000, 50_000, `${PAGE}.mjs`, 1),
    ];
    const a = analyzeTrace(events, { extensionOrigin: EXT, pageUrl: PAGE });
    expect(a.main).toEqual({ pid: 2, tid: 2 });
    expect(a.load).toBe(9000);
    expect(a.scriptEvaluations).toBe(1);
    expect(a.window(-Infinity, a.load ?? 0).extMs).toBeCloseTo(3, 6);
  });
});
