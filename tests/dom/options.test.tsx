// @vitest-environment jsdom
/**
 * The options page in jsdom against an in-memory browser: add a site (with the
 * permission request made synchronously in the handler), refuse a bad one, add and
 * validate an argument, import with preview (and refuse a bad file without
 * touching storage), export, the repaired-data notice and a quota error.
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

import { catalog } from '../../src/catalog/index';
import { useMessages } from '../../src/i18n';
import { Onboarding } from '../../src/onboarding/Onboarding';
import { OptionsApp } from '../../src/options/App';
import { loadSettings, loadUserArguments, saveUserArguments } from '../../src/platform/storage';
import type { UserArgument } from '../../src/settings/arguments';
import { loadMessages } from '../unit/settings-fake-browser';

const en = loadMessages('en');
const msg = (key: string, ...subs: string[]) => (en[key]?.message ?? key).replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');

let root: HTMLElement;

async function mount(node = <OptionsApp initialLang="en" />): Promise<void> {
  await act(() => {
    render(node, root);
  });
  await vi.waitFor(() => expect(root.querySelector('[aria-busy="true"]')).toBeNull());
}

function $(selector: string): HTMLElement {
  const el = root.querySelector<HTMLElement>(selector);
  if (!el) throw new Error(`no ${selector}`);
  return el;
}

function byText(selector: string, text: string): HTMLElement {
  const el = [...root.querySelectorAll<HTMLElement>(selector)].find((e) => e.textContent?.trim() === text);
  if (!el) throw new Error(`no ${selector} with text ${text}`);
  return el;
}

async function type(el: HTMLElement, value: string): Promise<void> {
  await act(() => {
    (el as HTMLInputElement).value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function click(el: HTMLElement): Promise<void> {
  await act(() => {
    el.click();
  });
}

function arg(id: string, title: string): UserArgument {
  return { id, origin: 'user', text: { en: { title, claim: 'A claim.', reasoning: '', signals: ['reach'], objections: [] } } };
}

beforeEach(() => {
  fake.current.reset();
  useMessages(en);
  root = document.createElement('div');
  document.body.append(root);
});

afterEach(() => {
  render(null, root);
  root.remove();
});

describe('options page', () => {
  it('shows every section with a heading', async () => {
    await mount();
    const headings = [...root.querySelectorAll('h2')].map((h) => h.textContent);
    for (const key of [
      'optionsGeneral',
      'optionsHints',
      'optionsSites',
      'optionsSnoozed',
      'optionsYourArguments',
      'optionsBuiltins',
      'optionsTransfer',
      'optionsUsage',
    ]) {
      expect(headings).toContain(msg(key));
    }
  });

  it('every form control has a label or an accessible name', async () => {
    await mount();
    for (const el of root.querySelectorAll<HTMLElement>('input, select, textarea, button')) {
      const id = el.id;
      const labelled =
        (id && root.querySelector(`label[for="${id}"]`)) || el.closest('label') || el.getAttribute('aria-label') || el.textContent?.trim();
      expect(labelled, el.outerHTML).toBeTruthy();
    }
  });

  it('adds an intranet site: validates, requests the origin synchronously in the handler, stores the pattern', async () => {
    await mount();
    await type($('#site-input'), 'Intranet.Example.com');
    const form = $('#site-input').closest('form') as HTMLFormElement;
    await act(() => {
      form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
      // Still inside the same task as the submit: the request must already have been made.
      expect(fake.current.permissions.requests).toEqual([['https://intranet.example.com/*']]);
    });
    await vi.waitFor(async () => expect((await loadSettings()).settings.intranetSites).toEqual(['https://intranet.example.com/*']));
    await vi.waitFor(() => {
      const row = $('[data-site="https://intranet.example.com/*"]');
      expect(row.textContent).toContain(msg('optionsAccessGranted'));
    });
  });

  it('refuses a bad site with a clear, linked error and stores nothing', async () => {
    await mount();
    await type($('#site-input'), 'intranet.example.com:8080');
    await act(() => {
      ($('#site-input').closest('form') as HTMLFormElement).dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    const input = $('#site-input');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const error = $(`#${input.getAttribute('aria-describedby')}`);
    expect(error.textContent).toBe(msg('optionsPatternPort', ':8080'));
    expect(fake.current.permissions.requests).toEqual([]);
    expect(fake.current.storage.sync.data.size).toBe(0);
  });

  it('grants a site group from its button, with the request made in the click', async () => {
    await mount();
    const row = $('[data-group="confluence"]');
    const button = byText('[data-group="confluence"] button', msg('optionsGrant'));
    await act(() => {
      button.click();
      expect(fake.current.permissions.requests).toEqual([['https://*.atlassian.net/*']]);
    });
    await vi.waitFor(() => expect(row.textContent).toContain(msg('optionsAccessGranted')));
  });

  it('adds an argument; an incomplete one shows its problems at the fields', async () => {
    await mount();
    await click(byText('button', msg('optionsAddArgument')));
    const form = $('form.argument-form') as HTMLFormElement;
    await act(() => {
      form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    const title = form.querySelector<HTMLInputElement>('input[name="en-title"]');
    expect(title?.getAttribute('aria-invalid')).toBe('true');
    expect(form.textContent).toContain(msg('optionsErrText', `${msg('optionsFieldTitle')} (English)`, '120'));
    expect(form.textContent).toContain(msg('optionsErrListEmpty', `${msg('optionsFieldSignals')} (English)`));
    await vi.waitFor(() => expect(document.activeElement).toBe(title));
    expect(await loadUserArguments()).toEqual([]);

    await type(title as HTMLElement, 'Employees as ambassadors');
    await type(form.querySelector('textarea[name="en-claim"]') as HTMLElement, 'People trust people more than brands.');
    await type(form.querySelector('textarea[name="en-signals"]') as HTMLElement, 'ambassador, employees\ntrust');
    await act(() => {
      form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    await vi.waitFor(async () => expect(await loadUserArguments()).toHaveLength(1));
    const [stored] = await loadUserArguments();
    expect(stored?.id).toMatch(/^user-[0-9a-f]{16}$/);
    expect(stored?.text.en?.signals).toEqual(['ambassador', 'employees', 'trust']);
    expect(stored?.text.de).toBeUndefined();
    await vi.waitFor(() => expect($(`[data-argument-id="${stored?.id}"]`).textContent).toContain('Employees as ambassadors'));
  });

  it('deletes an argument only after confirmation', async () => {
    await saveUserArguments([arg('user-a1', 'First'), arg('user-b2', 'Second')]);
    await mount();
    await click(byText('[data-argument-id="user-a1"] button', msg('optionsDelete')));
    expect(await loadUserArguments()).toHaveLength(2);
    await click(byText('[data-argument-id="user-a1"] button', msg('optionsConfirmDelete')));
    await vi.waitFor(async () => expect((await loadUserArguments()).map((a) => a.id)).toEqual(['user-b2']));
  });

  it('hides a built-in argument', async () => {
    await mount();
    const first = catalog[0];
    expect(first).toBeDefined();
    const box = root.querySelector<HTMLInputElement>('#builtins input[type="checkbox"]');
    expect(box?.checked).toBe(true);
    await click(box as HTMLElement);
    await vi.waitFor(async () => expect((await loadSettings()).settings.hidden).toEqual([first?.id]));
  });

  it('chooses whether the card opens on documents while the user writes (default: it stays a pill)', async () => {
    await mount();
    const select = $('#opt-document-card') as HTMLSelectElement;
    expect(select.value).toBe('pill');
    expect(select.labels?.[0]?.textContent).toBe(msg('optionsDocumentCard'));
    await act(() => {
      select.value = 'open';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await vi.waitFor(async () => expect((await loadSettings()).settings.documentCard).toBe('open'));
  });

  it('lists sites where the card was dismissed for the session and shows it again there', async () => {
    await fake.current.storage.session.set({ 'dismissed:x.com': true, unrelated: 1 });
    await mount();
    const row = await vi.waitFor(() => {
      const r = root.querySelector<HTMLElement>('#snoozed [data-dismissed="x.com"]');
      expect(r).not.toBeNull();
      return r as HTMLElement;
    });
    expect(root.querySelectorAll('#snoozed [data-dismissed]')).toHaveLength(1);
    await click(row.querySelector('button') as HTMLElement);
    await vi.waitFor(async () => expect(await fake.current.storage.session.get(null)).toEqual({ unrelated: 1 }));
    expect(root.querySelector('#snoozed [data-dismissed]')).toBeNull();
  });

  it('imports a file after a preview of what changes', async () => {
    await saveUserArguments([arg('user-mine', 'Mine')]);
    await mount();
    const text = JSON.stringify({
      format: 'argumentarium',
      version: 1,
      arguments: [arg('user-mine', 'Mine, edited'), arg('user-new', 'New one')],
    });
    await chooseFile(new File([text], 'colleague.json', { type: 'application/json' }));
    const preview = await vi.waitFor(() => $('[data-import="preview"]'));
    expect(preview.querySelector('[data-count="added"]')?.textContent).toBe(msg('optionsImportAdded', '1'));
    expect(preview.querySelector('[data-count="changed"]')?.textContent).toBe(msg('optionsImportChanged', '1'));
    expect(preview.querySelector('[data-count="removed"]')?.textContent).toBe(msg('optionsImportRemoved', '0'));
    expect(preview.textContent).toContain('New one');
    expect((await loadUserArguments()).map((a) => a.text.en?.title)).toEqual(['Mine']);

    await click(preview.querySelector('input[value="replace"]') as HTMLElement);
    expect(preview.querySelector('[data-count="removed"]')?.textContent).toBe(msg('optionsImportRemoved', '0'));
    await click(byText('[data-import="preview"] button', msg('optionsImportConfirm')));
    await vi.waitFor(async () => expect((await loadUserArguments()).map((a) => a.text.en?.title)).toEqual(['Mine, edited', 'New one']));
    expect(root.querySelector('[data-import="preview"]')).toBeNull();
    await vi.waitFor(() => expect(root.textContent).toContain(msg('optionsImported', '2')));
  });

  it('says "1 argument", not "1 arguments", after importing one', async () => {
    await mount();
    const text = JSON.stringify({ format: 'argumentarium', version: 1, arguments: [arg('user-one', 'Only one')] });
    await chooseFile(new File([text], 'one.json', { type: 'application/json' }));
    const preview = await vi.waitFor(() => $('[data-import="preview"]'));
    await click(byText('[data-import="preview"] button', msg('optionsImportConfirm')));
    await vi.waitFor(() => expect(root.textContent).toContain(msg('optionsImportedOne')));
    expect(root.textContent).not.toContain(msg('optionsImported', '1'));
    expect(preview.isConnected).toBe(false);
  });

  it('refuses a bad file with line and column, and storage stays as it was', async () => {
    await saveUserArguments([arg('user-mine', 'Mine')]);
    const before = { sync: fake.current.storage.sync.snapshot(), local: fake.current.storage.local.snapshot() };
    await mount();
    await chooseFile(new File(['{\n  "format": "argumentarium",\n  "version": 1,\n  "arguments": [],\n}'], 'broken.json'));
    const box = await vi.waitFor(() => $('[data-import="error"]'));
    expect(box.getAttribute('role')).toBe('alert');
    expect(box.textContent).toContain(msg('optionsImportErrorAt', '4', '18', msg('optionsJsonTrailingComma')));
    expect(box.textContent).toContain(msg('optionsImportNothingChanged'));
    expect(root.querySelector('[data-import="preview"]')).toBeNull();
    expect(fake.current.storage.sync.snapshot()).toBe(before.sync);
    expect(fake.current.storage.local.snapshot()).toBe(before.local);
  });

  it('exports a JSON file through a Blob URL', async () => {
    await saveUserArguments([arg('user-mine', 'Mine')]);
    await mount();
    const blobs: Blob[] = [];
    const create = vi.fn((b: Blob) => {
      blobs.push(b);
      return 'blob:test/1';
    });
    const revoke = vi.fn();
    Object.assign(URL, { createObjectURL: create, revokeObjectURL: revoke });
    const clicked: string[] = [];
    const spy = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
    await click(byText('button', msg('optionsExportButton')));
    await vi.waitFor(() => expect(blobs).toHaveLength(1));
    spy.mockRestore();
    expect(clicked[0]).toMatch(/^argumentarium-\d{4}-\d{2}-\d{2}\.json$/);
    const file = JSON.parse(await (blobs[0] as Blob).text()) as { format: string; arguments: { id: string }[] };
    expect(file.format).toBe('argumentarium');
    expect(file.arguments.map((a) => a.id)).toEqual(['user-mine']);
    await vi.waitFor(() => expect(revoke).toHaveBeenCalledWith('blob:test/1'));
  });

  it('shows a notice when stored data was repaired, and repairs it', async () => {
    fake.current.storage.sync.put('lang', 'klingon');
    fake.current.storage.sync.put('hintMode', 'loud');
    await mount();
    const notice = await vi.waitFor(() => $('.notice-warning'));
    expect(notice.textContent).toContain(msg('optionsRepairedNotice', 'lang, hintMode'));
    await vi.waitFor(() => expect(fake.current.storage.sync.data.get('lang')).toBe('"auto"'));
  });

  it('shows a quota error and keeps the old value', async () => {
    await mount();
    fake.current.storage.sync.failNextSets.push(new Error('QUOTA_BYTES quota exceeded'));
    const select = $('#mode-notion') as HTMLSelectElement;
    await act(() => {
      select.value = 'never';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    const alert = await vi.waitFor(() => $('.notice-error'));
    expect(alert.textContent).toContain(msg('optionsStorageQuota', 'QUOTA_BYTES quota exceeded'));
    expect((await loadSettings()).settings.hintMode.notion).toBe('always');
  });

  it('removes a snoozed site', async () => {
    fake.current.storage.sync.put('snoozed', ['x.com', 'www.linkedin.com']);
    await mount();
    await click($(`button[aria-label="${msg('optionsUnsnoozeFor', 'x.com')}"]`));
    await vi.waitFor(async () => expect((await loadSettings()).settings.snoozed).toEqual(['www.linkedin.com']));
  });
});

describe('onboarding page', () => {
  it('requests exactly the chosen origins, in the click, and reports the result', async () => {
    await mount(<Onboarding />);
    await click($('input[name="confluence"]'));
    await click($('input[name="notion"]'));
    await type($('#onboarding-host'), 'wiki.corp.example');
    await act(() => {
      ($('form') as HTMLFormElement).dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
      expect(fake.current.permissions.requests).toEqual([
        ['https://*.atlassian.net/*', 'https://www.notion.so/*', 'https://*.notion.site/*', 'https://wiki.corp.example/*'],
      ]);
    });
    await vi.waitFor(() =>
      expect(root.querySelector('.result')?.textContent).toContain(
        msg('onboardingGranted', 'Confluence, Notion, https://wiki.corp.example/*'),
      ),
    );
    expect((await loadSettings()).settings.intranetSites).toEqual(['https://wiki.corp.example/*']);
  });

  it('asks for nothing when nothing is chosen, and refuses a bad host', async () => {
    await mount(<Onboarding />);
    await act(() => {
      ($('form') as HTMLFormElement).dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    expect(root.textContent).toContain(msg('onboardingNothingSelected'));
    await type($('#onboarding-host'), '*://*/*');
    await act(() => {
      ($('form') as HTMLFormElement).dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    expect(root.textContent).toContain(msg('optionsPatternTooBroad', '*://*/*'));
    expect(fake.current.permissions.requests).toEqual([]);
  });

  it('says so when the user declines', async () => {
    fake.current.permissions.answer = false;
    await mount(<Onboarding />);
    await click($('input[name="gdocs"]'));
    await act(() => {
      ($('form') as HTMLFormElement).dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    await vi.waitFor(() => expect(root.querySelector('.result')?.textContent).toContain(msg('onboardingDeclined')));
  });
});

async function chooseFile(file: File): Promise<void> {
  const input = $('#import-file') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(() => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}
