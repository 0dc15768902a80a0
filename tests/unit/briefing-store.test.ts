/**
 * The stored briefing draft (`src/briefing/store.ts`): what a damaged stored value becomes, and the round trip
 * through `storage.local` (save, load, clear; an unreadable storage gives no draft).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { createFakeBrowser } from './settings-fake-browser';

const fake = vi.hoisted(() => ({ current: undefined as unknown as ReturnType<typeof createFakeBrowser> }));
vi.mock('../../src/platform/browser', async () => {
  const m = await import('./settings-fake-browser');
  fake.current = m.createFakeBrowser();
  return { browser: fake.current };
});

import {
  BRIEFING_DRAFT_KEY,
  BRIEFING_ENTRIES_MAX,
  BRIEFING_TITLE_MAX,
  type BriefingDraft,
  clearDraft,
  loadDraft,
  parseDraft,
  saveDraft,
} from '../../src/briefing/store';

beforeEach(() => fake.current.reset());

describe('parseDraft', () => {
  it('refuses what is not an object', () => {
    for (const v of [undefined, null, 'x', 3, [], [{ id: 'a', length: 'full' }]]) expect(parseDraft(v), JSON.stringify(v)).toBeUndefined();
  });

  it('keeps valid entries in order, each id once, and drops the others', () => {
    const d = parseDraft({
      entries: [
        { id: 'b', length: 'line' },
        { id: 'a', length: 'full' },
        { id: 'b', length: 'full' },
        { id: '', length: 'full' },
        { id: 7, length: 'full' },
        { id: 'c', length: 'long' },
        { id: 'd' },
        null,
        'e',
      ],
      title: 'T',
      format: 'markdown',
    });
    expect(d).toEqual({
      entries: [
        { id: 'b', length: 'line' },
        { id: 'a', length: 'full' },
      ],
      title: 'T',
      format: 'markdown',
    });
  });

  it('an absent or odd entries list is empty; an odd title or format is null; every format is known', () => {
    expect(parseDraft({})).toEqual({ entries: [], title: null, format: null });
    expect(parseDraft({ entries: 'x', title: 5, format: 'pdf' })).toEqual({ entries: [], title: null, format: null });
    for (const format of ['auto', 'plain', 'markdown', 'html', 'x']) expect(parseDraft({ format })?.format).toBe(format);
    expect(parseDraft({ title: '' })?.title).toBe('');
  });

  it('bounds the title and the number of entries', () => {
    expect(parseDraft({ title: 't'.repeat(BRIEFING_TITLE_MAX + 5) })?.title).toHaveLength(BRIEFING_TITLE_MAX);
    const entries = Array.from({ length: BRIEFING_ENTRIES_MAX + 3 }, (_, i) => ({ id: `a${i}`, length: 'full' }));
    const d = parseDraft({ entries });
    expect(d?.entries).toHaveLength(BRIEFING_ENTRIES_MAX);
    expect(d?.entries.at(-1)?.id).toBe(`a${BRIEFING_ENTRIES_MAX - 1}`);
  });
});

describe('stored draft', () => {
  const draft: BriefingDraft = { entries: [{ id: 'criticism', length: 'line' }], title: 'Monday', format: 'html' };

  it('saves, loads back and clears', async () => {
    expect(await loadDraft()).toBeNull();
    await saveDraft(draft);
    expect(JSON.parse(fake.current.storage.local.data.get(BRIEFING_DRAFT_KEY) ?? 'null')).toEqual({ version: 1, ...draft });
    expect(await loadDraft()).toEqual(draft);
    await clearDraft();
    expect(fake.current.storage.local.data.has(BRIEFING_DRAFT_KEY)).toBe(false);
    expect(await loadDraft()).toBeNull();
  });

  it('a damaged stored value loads as no draft, and unreadable storage too', async () => {
    fake.current.storage.local.put(BRIEFING_DRAFT_KEY, 'odd');
    expect(await loadDraft()).toBeNull();
    const get = vi.spyOn(fake.current.storage.local, 'get').mockRejectedValueOnce(new Error('gone'));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(await loadDraft()).toBeNull();
    expect(warn).toHaveBeenCalled();
    get.mockRestore();
    warn.mockRestore();
  });

  it('a failed write rejects, so the UI can say so', async () => {
    fake.current.storage.local.failNextSets.push(new Error('QuotaExceededError'));
    await expect(saveDraft(draft)).rejects.toThrow('QuotaExceededError');
  });
});
