// @vitest-environment jsdom
/**
 * The options page's "Needing repair" list: a stored argument that fails validation is shown with its
 * problem, survives a save of another argument, can be downloaded as JSON, repaired in the form (then it
 * is back among the user's arguments), and is deleted only after a confirmation.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { createFakeBrowser } from '../unit/settings-fake-browser';

const fake = vi.hoisted(() => ({ current: undefined as unknown as ReturnType<typeof createFakeBrowser> }));
vi.mock('../../src/platform/browser', async () => {
  const m = await import('../unit/settings-fake-browser');
  fake.current = m.createFakeBrowser();
  return { browser: fake.current };
});

import { useMessages } from '../../src/i18n';
import { OptionsApp } from '../../src/options/App';
import { loadUserArguments, loadUserArgumentsChecked, USER_ARGUMENTS_KEY } from '../../src/platform/storage';
import type { UserArgument } from '../../src/settings/arguments';
import { QUARANTINE_KEY } from '../../src/settings/quarantine';
import { loadMessages } from '../unit/settings-fake-browser';

const en = loadMessages('en');
const msg = (key: string, ...subs: string[]) => (en[key]?.message ?? key).replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');

let root: HTMLElement;

function arg(id: string, title: string): UserArgument {
  return { id, origin: 'user', text: { en: { title, claim: 'A claim.', reasoning: '', signals: ['reach'], objections: [] } } };
}

/** Stored by an older version: a signal word longer than the 80 characters allowed today. */
const odd = { id: 'user-odd', origin: 'user', text: { en: { title: 'Old habit', claim: 'Written long ago.', signals: ['s'.repeat(90)] } } };

async function mount(): Promise<void> {
  await act(() => {
    render(<OptionsApp initialLang="en" />, root);
  });
  await vi.waitFor(() => expect(root.querySelector('[aria-busy="true"]')).toBeNull());
}

function byText(selector: string, text: string): HTMLElement {
  const el = [...root.querySelectorAll<HTMLElement>(selector)].find((e) => e.textContent?.trim() === text);
  if (!el) throw new Error(`no ${selector} with text ${text}`);
  return el;
}

async function click(el: HTMLElement): Promise<void> {
  await act(() => {
    el.click();
  });
}

function quarantined(): unknown {
  const v = fake.current.storage.local.data.get(QUARANTINE_KEY);
  return v === undefined ? undefined : JSON.parse(v);
}

beforeEach(() => {
  fake.current.reset();
  useMessages(en);
  root = document.createElement('div');
  document.body.append(root);
  fake.current.storage.local.put(USER_ARGUMENTS_KEY, [arg('user-a1', 'First'), odd]);
});

afterEach(() => {
  render(null, root);
  root.remove();
});

describe('options page: arguments needing repair', () => {
  it('lists the entry with its problem and keeps it through a delete of another argument', async () => {
    await mount();
    const section = await vi.waitFor(() => root.querySelector<HTMLElement>('[data-testid="quarantine"]') as HTMLElement);
    expect(section.textContent).toContain(msg('optionsRepairHeading', '1'));
    expect(section.textContent).toContain('Old habit');
    expect(section.textContent).toMatch(/signals/);
    await click(byText('[data-argument-id="user-a1"] button', msg('optionsDelete')));
    await click(byText('[data-argument-id="user-a1"] button', msg('optionsConfirmDelete')));
    await vi.waitFor(async () => expect(await loadUserArguments()).toEqual([]));
    expect(quarantined()).toEqual([odd]);
    expect(root.querySelector('[data-testid="quarantine"]')?.textContent).toContain('Old habit');
  });

  it('downloads the entry as it was stored', async () => {
    await mount();
    const blobs: Blob[] = [];
    Object.assign(URL, {
      createObjectURL: (b: Blob) => {
        blobs.push(b);
        return 'blob:test/q';
      },
      revokeObjectURL: () => {},
    });
    const spy = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    await click(byText('[data-testid="quarantine"] button', msg('optionsRepairDownloadAll')));
    spy.mockRestore();
    expect(JSON.parse(await (blobs[0] as Blob).text())).toEqual([odd]);
  });

  it('repairs the entry in the form: it is back among the arguments and leaves the list', async () => {
    await mount();
    await click(byText('[data-testid="quarantine"] button', msg('optionsRepair')));
    const form = root.querySelector<HTMLFormElement>('[data-testid="quarantine"] form.argument-form') as HTMLFormElement;
    const signals = form.querySelector<HTMLTextAreaElement>('textarea[name="en-signals"]') as HTMLTextAreaElement;
    expect(signals.value).toBe('s'.repeat(90));
    await act(() => {
      signals.value = 'habit';
      signals.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(() => {
      form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    await vi.waitFor(async () => expect((await loadUserArguments()).map((a) => a.id)).toEqual(['user-a1', 'user-odd']));
    expect((await loadUserArgumentsChecked()).quarantined).toEqual([]);
    await vi.waitFor(() => expect(root.querySelector('[data-testid="quarantine"]')).toBeNull());
  });

  it('deletes the entry only after a confirmation', async () => {
    await mount();
    await click(byText('[data-testid="quarantine"] button', msg('optionsDelete')));
    expect((await loadUserArgumentsChecked()).quarantined).toHaveLength(1);
    await click(byText('[data-testid="quarantine"] button', msg('optionsConfirmDelete')));
    await vi.waitFor(async () => expect((await loadUserArgumentsChecked()).quarantined).toEqual([]));
    expect((await loadUserArguments()).map((a) => a.id)).toEqual(['user-a1']);
  });
});
