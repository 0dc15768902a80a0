/**
 * `src/popup/arguments.ts`: the popup assembles the built-ins from the catalog's texts without the signal lexicon
 * (the popup's size budget). These tests keep that copy honest: equal to `catalog` of `src/catalog/index.ts` in everything
 * but `signals`, the same credit line, and the listing rules (hidden, duplicates, order).
 */
import { describe, expect, it } from 'vitest';
import { effectiveCatalog } from '../../src/catalog/effective';
import { SOURCE_CREDIT as CATALOG_CREDIT, catalog } from '../../src/catalog/index';
import type { Argument } from '../../src/catalog/types';
import { builtinArguments, SOURCE_CREDIT } from '../../src/popup/arguments';

/** An argument with every language's signals emptied, the one field the popup leaves out. */
function withoutSignals(arg: Argument): Argument {
  const text: Argument['text'] = {};
  for (const [lang, t] of Object.entries(arg.text) as [keyof Argument['text'], NonNullable<Argument['text']['de']>][]) {
    text[lang] = { ...t, signals: [] };
  }
  return { ...arg, text };
}

function userArg(id: string, title: string): Argument {
  const t = { title, claim: 'c', reasoning: 'r', signals: ['s'], objections: [] };
  return { id, origin: 'user', text: { en: t }, sources: [] };
}

describe('popup built-ins', () => {
  it('equal the catalog in everything but signals, in the same order', () => {
    expect(builtinArguments.map((a) => a.id)).toEqual(catalog.map((a) => a.id));
    expect(builtinArguments).toEqual(catalog.map(withoutSignals));
  });

  it('carry no signal words', () => {
    for (const a of builtinArguments) expect([...a.text.de.signals, ...a.text.en.signals]).toEqual([]);
  });

  it('credit the source exactly as the catalog does', () => {
    expect(SOURCE_CREDIT).toEqual(CATALOG_CREDIT);
  });
});

describe('the popup’s list (effectiveCatalog over the popup’s built-ins)', () => {
  it('lists built-ins, then managed, then the user’s, without hidden built-ins; the first of a duplicate id wins', () => {
    const managed = [userArg('managed-a', 'Managed A')];
    const user = [userArg('user-b', 'User B'), userArg('criticism', 'Shadow'), userArg('managed-a', 'Shadow 2')];
    const list = effectiveCatalog(builtinArguments, { hidden: ['faces', 'user-b'] }, user, managed);
    const ids = list.map((a) => a.id);
    // `hidden` names built-ins (the options page hides only those): a user id in it is listed all the same, as the
    // background ranks it.
    expect(ids).toEqual([...catalog.map((a) => a.id).filter((id) => id !== 'faces'), 'managed-a', 'user-b']);
    expect(list.find((a) => a.id === 'criticism')?.origin).toBe('builtin');
    expect(list.find((a) => a.id === 'managed-a')?.text.en?.title).toBe('Managed A');
  });
});
