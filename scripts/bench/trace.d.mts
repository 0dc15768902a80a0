/** Types of `trace.mjs` (tracing and attribution of main-thread work), for the TypeScript tests. */

/** A Trace Event Format event as Chromium writes it (only the fields the analysis reads). */
export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  id?: string;
  args?: Record<string, unknown>;
}

/** A top-level task on the page's main thread (µs). */
export interface Task {
  ts: number;
  dur: number;
  tdur: number;
  ext: number;
}

/** Sums over the tasks of a time window. */
export interface TraceWindow {
  taskMs: number;
  extMs: number;
  pageMs: number;
  longWall: number;
  longCpu: number;
  longExtCpu: number;
  longExtWall: number;
  maxExtTaskMs: number;
}

export interface TraceAnalysis {
  main: { pid: number; tid: number } | null;
  tasks: Task[];
  marks: { name: string; ts: number }[];
  load: number | null;
  injected: number | null;
  scriptEvaluations: number;
  samples: number;
  window(from?: number, to?: number): TraceWindow;
  hotFunctions(from?: number, to?: number, top?: number): { name: string; share: number }[];
}

export const TRACE_CATEGORIES: string[];
export const LONG_TASK_MS: number;
export function startTracing(cdp: { send(method: string, params?: object): Promise<unknown> }, categories?: string[]): Promise<void>;
export function stopTracing(cdp: {
  send(method: string, params?: object): Promise<unknown>;
  once(event: string, cb: (e: unknown) => void): void;
}): Promise<TraceEvent[]>;
export function analyzeTrace(events: TraceEvent[], options: { extensionOrigin?: string | null; pageUrl: string }): TraceAnalysis;
export function sumWindow(tasks: Task[], from: number, to: number): TraceWindow;
