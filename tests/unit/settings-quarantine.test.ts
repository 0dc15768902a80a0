/**
 * Stored arguments that fail validation are kept aside, never dropped: every write of the list
 * (a save, an import, a restore) moves them into the quarantine item first; restore and delete
 * take one out; a property checks that no stored entry is ever lost by a save.
 */
import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { type createFakeBrowser, loadMessages } from './settings-fake-browser';

const fake = vi.hoisted(() => ({ current: undefined as unknown as ReturnType<typeof createFakeBrowser> }));
vi.mock('../../src/platform/browser', async () => {
  const m = await import('./settings-fake-browser');
  fake.current = m.createFakeBrowser();
  return { browser: fake.current };
});

import { useMessages } from '../../src/i18n';
import {
  deleteQuarantined,
  loadUserArgumentsChecked,
  restoreQuarantined,
  StorageError,
  saveAll,
  saveUserArguments,
  USER_ARGUMENTS_KEY,
} from '../../src/platform/storage';
import { stableJson, type UserArgument } from '../../src/settings/arguments';
import { mergeQuarantine, QUARANTINE_KEY, quarantineKeyOf, quarantineTitle, salvage, splitStored } from '../../src/settings/quarantine';

function arg(id: string, title = 'Reach'): UserArgument {
  return { id, origin: 'user', text: { en: { title, claim: 'People read it.', reasoning: '', signals: ['reach'], objections: [] } } };
}

/** An argument a later, stricter version might refuse: a signal word longer than today's limit of 80 characters. */
const tooLongSignal = { id: 'user-long', origin: 'user', text: { en: { title: 'Long', claim: 'A claim.', signals: ['x'.repeat(81)] } } };

function stored(key: string): unknown {
  const v = fake.current.storage.local.data.get(key);
  return v === undefined ? undefined : JSON.parse(v);
}

beforeEach(() => {
  fake.current.reset();
  useMessages(loadMessages('en'));
});

describe('quarantine: pure parts', () => {
  it('splitStored keeps the first of each id and sets the rest aside, raw', () => {
    const dup = { ...arg('user-a', 'Other') };
    const r = splitStored([arg('user-a'), 'nonsense', dup, tooLongSignal]);
    expect(r.valid.map((a) => a.id)).toEqual(['user-a']);
    expect(r.invalid).toEqual(['nonsense', dup, tooLongSignal]);
  });

  it('splitStored keeps a non-list value whole and nothing stored as nothing', () => {
    expect(splitStored({ a: 1 })).toEqual({ valid: [], invalid: [{ a: 1 }] });
    expect(splitStored(undefined)).toEqual({ valid: [], invalid: [] });
  });

  it('mergeQuarantine adds only what is not there yet and never drops an entry', () => {
    expect(mergeQuarantine(['a', { b: 1 }], [{ b: 1 }, 'c'])).toEqual(['a', { b: 1 }, 'c']);
    expect(mergeQuarantine('odd', [])).toEqual(['odd']);
    expect(mergeQuarantine(undefined, ['x', 'x'])).toEqual(['x']);
  });

  it('keys are stable for equal values and differ for different ones', () => {
    expect(quarantineKeyOf({ a: 1, b: 2 })).toBe(quarantineKeyOf({ b: 2, a: 1 }));
    expect(quarantineKeyOf({ a: 1 })).not.toBe(quarantineKeyOf({ a: 2 }));
  });

  it('salvage keeps every string the user wrote and takes a new id when the old one is taken or invalid', () => {
    const s = salvage(tooLongSignal, 'user-new', new Set());
    expect(s.id).toBe('user-long');
    expect(s.text.en).toEqual({ title: 'Long', claim: 'A claim.', reasoning: '', signals: ['x'.repeat(81)], objections: [] });
    expect(salvage(tooLongSignal, 'user-new', new Set(['user-long'])).id).toBe('user-new');
    expect(salvage({ id: 'Bad Id', text: { de: { title: 7 } } }, 'user-new', new Set()).text.de?.title).toBe('7');
    expect(salvage('free text', 'user-new', new Set()).text.en?.reasoning).toBe('free text');
  });

  it('names an entry by its title in the language, the other language, or its id', () => {
    const both = { id: 'user-x', text: { de: { title: 'Reichweite' }, en: { title: 'Reach' } } };
    expect(quarantineTitle(both, 'de')).toBe('Reichweite');
    expect(quarantineTitle({ text: { en: { title: 'Reach' } } }, 'de')).toBe('Reach');
    expect(quarantineTitle({ id: 'user-x' }, 'en')).toBe('user-x');
    expect(quarantineTitle(42, 'en')).toBeUndefined();
  });
});

describe('quarantine: storage', () => {
  it('an entry that fails validation survives a save, byte for byte, and is listed as needing repair', async () => {
    fake.current.storage.local.put(USER_ARGUMENTS_KEY, [arg('user-ok'), tooLongSignal, 'nonsense']);
    await saveUserArguments([arg('user-ok'), arg('user-new')]);
    expect(stored(USER_ARGUMENTS_KEY)).toEqual([arg('user-ok'), arg('user-new')]);
    expect(stored(QUARANTINE_KEY)).toEqual([tooLongSignal, 'nonsense']);
    const r = await loadUserArgumentsChecked();
    expect(r.invalid).toBe(0);
    expect(r.quarantined.map((q) => q.raw)).toEqual([tooLongSignal, 'nonsense']);
    expect(r.quarantined[0]?.problems[0]?.message).toMatch(/signals/);
    // A second save neither loses nor doubles them.
    await saveUserArguments([arg('user-ok')]);
    expect(stored(QUARANTINE_KEY)).toEqual([tooLongSignal, 'nonsense']);
  });

  it('lists entries that fail validation before any save, without writing', async () => {
    fake.current.storage.local.put(USER_ARGUMENTS_KEY, [tooLongSignal]);
    const r = await loadUserArgumentsChecked();
    expect(r.invalid).toBe(1);
    expect(r.quarantined.map((q) => q.raw)).toEqual([tooLongSignal]);
    expect(fake.current.storage.local.writes).toBe(0);
  });

  it('an import (saveAll) keeps them too', async () => {
    fake.current.storage.local.put(USER_ARGUMENTS_KEY, [tooLongSignal]);
    await saveAll({ lang: 'de' }, [arg('user-imported')]);
    expect(stored(QUARANTINE_KEY)).toEqual([tooLongSignal]);
  });

  it('a save that fails writes neither the list nor the quarantine', async () => {
    fake.current.storage.local.put(USER_ARGUMENTS_KEY, [arg('user-ok'), tooLongSignal]);
    const before = fake.current.storage.local.snapshot();
    fake.current.storage.local.failNextSets.push(new Error('QuotaExceededError'));
    const err = (await saveUserArguments([]).catch((e: unknown) => e)) as StorageError;
    expect(err).toBeInstanceOf(StorageError);
    expect(fake.current.storage.local.snapshot()).toBe(before);
  });

  it('a value that is not a list at all is kept whole', async () => {
    fake.current.storage.local.put(USER_ARGUMENTS_KEY, { 'user-a': 'an older shape' });
    await saveUserArguments([arg('user-a')]);
    expect(stored(QUARANTINE_KEY)).toEqual([{ 'user-a': 'an older shape' }]);
  });

  it('restore puts the repaired argument in the list and takes the entry out of the quarantine', async () => {
    fake.current.storage.local.put(USER_ARGUMENTS_KEY, [arg('user-ok'), tooLongSignal, 'nonsense']);
    const [q] = (await loadUserArgumentsChecked()).quarantined;
    const repaired = salvage(q?.raw, 'user-unused', new Set(['user-ok']));
    const en = repaired.text.en;
    if (!en) throw new Error('salvage lost the English text');
    en.signals = ['long'];
    await restoreQuarantined(q?.key ?? '', repaired);
    expect((stored(USER_ARGUMENTS_KEY) as UserArgument[]).map((a) => a.id)).toEqual(['user-ok', 'user-long']);
    expect(stored(QUARANTINE_KEY)).toEqual(['nonsense']);
  });

  it('a valid entry whose id was taken is offered as it is and restored under a new id', async () => {
    const twin = arg('user-a', 'Twin');
    fake.current.storage.local.put(USER_ARGUMENTS_KEY, [arg('user-a'), twin]);
    const [q] = (await loadUserArgumentsChecked()).quarantined;
    expect(q?.problems).toEqual([]);
    expect(q?.valid).toEqual(twin);
    await restoreQuarantined(q?.key ?? '', { ...twin, id: 'user-b' });
    expect((stored(USER_ARGUMENTS_KEY) as UserArgument[]).map((a) => a.text.en?.title)).toEqual(['Reach', 'Twin']);
    expect((await loadUserArgumentsChecked()).quarantined).toEqual([]);
  });

  it('delete removes only the chosen entry and keeps the arguments', async () => {
    fake.current.storage.local.put(USER_ARGUMENTS_KEY, [arg('user-ok'), tooLongSignal, 'nonsense']);
    await saveUserArguments([arg('user-ok')]);
    await deleteQuarantined(quarantineKeyOf('nonsense'));
    expect(stored(QUARANTINE_KEY)).toEqual([tooLongSignal]);
    expect(stored(USER_ARGUMENTS_KEY)).toEqual([arg('user-ok')]);
  });

  it('no save ever loses a stored entry: each is in the list or in the quarantine afterwards', async () => {
    const entry = fc.oneof(
      fc.constantFrom(...['user-a', 'user-b', 'user-c']).map((id) => arg(id) as unknown),
      fc.constantFrom<unknown>(tooLongSignal, 'nonsense', null, 7, { id: 'user-x' }),
      fc.jsonValue(),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(entry, { maxLength: 8 }), fc.subarray(['user-a', 'user-d']), async (list, keep) => {
        fake.current.reset();
        fake.current.storage.local.put(USER_ARGUMENTS_KEY, list);
        // What validation refuses today (odd values, repeated ids) must all be in the quarantine afterwards;
        // the valid ones are the list the user just replaced.
        const refused = splitStored(JSON.parse(JSON.stringify(list))).invalid;
        await saveUserArguments(keep.map((id) => arg(id)));
        const quarantine = new Set(((stored(QUARANTINE_KEY) as unknown[] | undefined) ?? []).map(stableJson));
        for (const v of refused) expect(quarantine.has(stableJson(v))).toBe(true);
        expect((stored(USER_ARGUMENTS_KEY) as UserArgument[]).map((a) => a.id)).toEqual(keep);
      }),
      { numRuns: 150 },
    );
  });
});
