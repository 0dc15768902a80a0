/**
 * The briefing the user is building, kept in `storage.local` as they build it, so that closing the
 * popup (it closes whenever the user clicks the page) loses nothing: the picks in their order, each
 * one's length (full reasoning or one line), the title and the format. The popup, the side panel and
 * the briefing page read it when they open and write it on every change, until the user clears it.
 *
 * Stored under {@link BRIEFING_DRAFT_KEY} as `{ version: 1, entries, title, format }`. Reading is
 * lenient: entries that are not `{ id, length }` are left out of the draft shown, but nothing is
 * written back until the user changes the briefing.
 */
import type { ArgumentLength, OutputFormat } from '../copy/index';
import { readLocal, removeLocal, writeLocal } from '../platform/storage-areas';

/** Key of the draft in `storage.local`. */
export const BRIEFING_DRAFT_KEY = 'briefingDraft';

/** Longest title kept (characters); the title field allows 200. */
export const BRIEFING_TITLE_MAX = 200;

/** Most entries kept: far more arguments than any catalog offers (10 built-in, 500 user ones at most). */
export const BRIEFING_ENTRIES_MAX = 600;

/** A format choice as the popup offers it: `auto` follows the destination. */
export type BriefingFormat = 'auto' | OutputFormat;

const FORMATS: readonly BriefingFormat[] = ['auto', 'plain', 'markdown', 'html', 'x'];
const LENGTHS: readonly ArgumentLength[] = ['full', 'line'];

/** One picked argument, by id, with its length. */
export interface DraftEntry {
  id: string;
  length: ArgumentLength;
}

/** The briefing being built. */
export interface BriefingDraft {
  /** Picked arguments in their order. Ids of arguments that no longer exist are kept (they come back with their argument). */
  entries: DraftEntry[];
  /** The title the user typed; `null` while they have not edited it (the default then follows the UI language). */
  title: string | null;
  /** The format chosen while building it; `null` when the user has not chosen one. */
  format: BriefingFormat | null;
}

/**
 * Reads a stored draft leniently: `undefined` for anything that is not an object; entries that are not `{ id, length }`
 * with a string id and a known length are left out, as are repeated ids; a title that is not a string is `null`, and so
 * is an unknown format.
 */
export function parseDraft(raw: unknown): BriefingDraft | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const r = raw as Record<string, unknown>;
  const entries: DraftEntry[] = [];
  const seen = new Set<string>();
  for (const e of Array.isArray(r.entries) ? r.entries : []) {
    if (typeof e !== 'object' || e === null) continue;
    const { id, length } = e as Record<string, unknown>;
    if (typeof id !== 'string' || !id || seen.has(id) || !LENGTHS.includes(length as ArgumentLength)) continue;
    seen.add(id);
    entries.push({ id, length: length as ArgumentLength });
    if (entries.length === BRIEFING_ENTRIES_MAX) break;
  }
  const title = typeof r.title === 'string' ? r.title.slice(0, BRIEFING_TITLE_MAX) : null;
  const format = FORMATS.includes(r.format as BriefingFormat) ? (r.format as BriefingFormat) : null;
  return { entries, title, format };
}

/** The stored draft, or `null` when there is none (or storage cannot be read). Never rejects. */
export async function loadDraft(): Promise<BriefingDraft | null> {
  try {
    return parseDraft(await readLocal(BRIEFING_DRAFT_KEY)) ?? null;
  } catch (e) {
    console.warn('Argumentarium: briefing draft unreadable', e);
    return null;
  }
}

/** Stores `draft` (the whole briefing, replacing the stored one). @throws the browser's error (quota, storage gone) */
export async function saveDraft(draft: BriefingDraft): Promise<void> {
  await writeLocal(BRIEFING_DRAFT_KEY, { version: 1, ...draft });
}

/** Forgets the stored draft (the user's Clear). @throws the browser's error */
export async function clearDraft(): Promise<void> {
  await removeLocal(BRIEFING_DRAFT_KEY);
}
