/** Signal words and phrases per argument and language. (Stub: the relevance helper fills this in.) */
import type { Localized } from './types';

/** Signals per argument id. */
export const SIGNALS: Record<string, Localized<string[]>> = {};
