/** Types of `setup.mjs` (the bench's routes and extension copy), for the TypeScript perf tests. */
import type { Route } from '../e2e/index.d.mts';

export const INTRANET_HOST: string;
export const BENCH_URLS: { feed: string; list: string; intranet: string };
export function benchRoutes(options?: { intranetBytes?: number }): Route[];
export function benchExtension(builtDir: string, outDir: string): string;
export const OUT: string;
