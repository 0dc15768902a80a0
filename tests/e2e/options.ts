/**
 * The options page end to end (its forms, import and export, the user's data), run per browser by `options.chromium.test.ts` and
 * `options.firefox.test.ts`: add an intranet site (an invalid one first, which must show its message and store
 * nothing), add an argument in both languages, export (the file's text read from the Blob the page offers), delete
 * the argument and import the file back (the preview counts one added; confirming restores exactly the exported
 * argument), and a bad import (a trailing comma) that names line and column and leaves storage exactly as it was.
 *
 * Stable selectors (from `src/options/*.tsx`): `#site-input`, `[data-site]`, `[data-group]`, `form.argument-form`,
 * `#import-file`, `[data-import=preview|error]`, `[data-count=added|changed|removed]`. Storage is read from the
 * options page itself (`storage.local` and `storage.sync`), before and after.
 */
import { describe, expect, test } from 'vitest';
import type { BrowserName, E2EPage } from '../../scripts/e2e/index.mjs';
import { catalog } from '../../src/catalog/index';
import { type Session, useSession } from './helpers';
import { openWatched, ourErrors, uiStrings, useWatchedPages } from './hostile-helpers';

/** Both storage areas, as the options page reads them. */
interface Stored {
  local: Record<string, unknown>;
  sync: Record<string, unknown>;
}

/** In-page (extension page): everything in `storage.local` and `storage.sync`. */
function readStorage(): Promise<Stored> {
  type Area = { get(keys: null): Promise<Record<string, unknown>> };
  type Api = { storage: { local: Area; sync: Area } };
  const g = globalThis as unknown as { browser?: Api; chrome: Api };
  const api = (g.browser ?? g.chrome).storage;
  return Promise.all([api.local.get(null), api.sync.get(null)]).then(([local, sync]) => ({ local, sync }));
}

/** The user's arguments in storage (`storage.local.userArguments`, see `src/platform/storage.ts`). */
function userArguments(st: Stored): Array<{ id: string; text: Record<string, { title: string }> }> {
  const v = st.local.userArguments;
  return Array.isArray(v) ? (v as Array<{ id: string; text: Record<string, { title: string }> }>) : [];
}

/** In-page: sets a form field's value the way typing does (an `input` event Preact listens to). */
function fill({ selector, value }: { selector: string; value: string }): boolean {
  const el = document.querySelector<HTMLInputElement | HTMLTextAreaElement>(selector);
  if (!el) return false;
  const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(el, value);
  el.dispatchEvent(new Event('input', { bubbles: true }));
  return true;
}

/** In-page: hands `text` to `#import-file` as the file `name` (what choosing it in the file dialog does). */
function chooseFile({ text, name }: { text: string; name: string }): boolean {
  const input = document.querySelector<HTMLInputElement>('#import-file');
  if (!input) return false;
  const dt = new DataTransfer();
  dt.items.add(new File([text], name, { type: 'application/json' }));
  input.files = dt.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  return true;
}

/**
 * In-page: records the Blobs offered for download (`URL.createObjectURL`) and keeps the `<a download>` click from
 * opening the browser's download machinery (a headless Firefox would ask where to save it).
 */
function captureDownloads(): void {
  const w = window as unknown as { __blobs: Blob[]; __downloads: string[] };
  if (w.__blobs) return;
  w.__blobs = [];
  w.__downloads = [];
  const create = URL.createObjectURL.bind(URL);
  URL.createObjectURL = (obj: Blob | MediaSource) => {
    if (obj instanceof Blob) w.__blobs.push(obj);
    return create(obj);
  };
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    if (this.hasAttribute('download')) {
      w.__downloads.push(this.download);
      return;
    }
    click.call(this);
  };
}

/** In-page: the text of the last Blob offered for download and its file name, or null before any. */
async function lastDownload(): Promise<{ text: string; name: string } | null> {
  const w = window as unknown as { __blobs: Blob[]; __downloads: string[] };
  const blob = w.__blobs?.[w.__blobs.length - 1];
  if (!blob || !w.__downloads.length) return null;
  return { text: await blob.text(), name: w.__downloads[w.__downloads.length - 1]! };
}

/** Clicks the button inside `scope` whose text is one of `labels` (UI strings in either language). */
async function clickButton(page: E2EPage, scope: string, labels: string[]): Promise<void> {
  const selector = await page.waitFor(
    ({ scope, labels }: { scope: string; labels: string[] }) => {
      const buttons = Array.from(document.querySelectorAll<HTMLButtonElement>(`${scope} button`));
      const i = buttons.findIndex((b) => labels.includes((b.textContent ?? '').trim()) && !b.disabled);
      if (i < 0) return null;
      for (const b of buttons) b.removeAttribute('data-e2e-target');
      buttons[i]!.setAttribute('data-e2e-target', '');
      return `${scope} button[data-e2e-target]`;
    },
    { scope, labels },
    { message: `a button "${labels.join('" / "')}" in ${scope}` },
  );
  await page.clickDeep([selector]);
}

/** Polls storage (read in the extension page) until `ok` holds; returns what was read then. */
async function waitForStorage(page: E2EPage, ok: (st: Stored) => boolean, message: string, timeout = 10_000): Promise<Stored> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const st = await page.evaluate(readStorage);
    if (ok(st)) return st;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${message}; stored: ${JSON.stringify(st)}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

/** Line and column (1-based, UTF-16 columns) of `offset` in `text`, LF line ends. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
}

/** Defines the options suite for one browser. */
export function defineOptionsSuite(name: BrowserName): void {
  describe(`${name}: options page end to end`, () => {
    const s: Session = useSession(name);
    const pages = useWatchedPages(name);

    const openOptions = async () => {
      const w = await openWatched(s, s.browser.extensionUrl('options.html'), pages);
      await w.page.waitFor(() => !!document.querySelector('#site-input') && !!document.querySelector('[data-group]'), undefined, {
        message: 'the options page to render',
      });
      return w;
    };

    test('intranet site: an invalid one shows its message and stores nothing; a valid one is listed and stored', async () => {
      const w = await openOptions();
      const { page } = w;
      const groups = await page.evaluate(() =>
        Array.from(document.querySelectorAll('[data-group]')).map((e) => e.getAttribute('data-group')),
      );
      expect(groups).toEqual(expect.arrayContaining(['confluence', 'sharepoint', 'notion', 'gdocs']));
      const before = await page.evaluate(readStorage);

      await page.clickDeep(['#site-input']);
      await page.type('ftp://intranet.example.com');
      await page.press('Enter');
      const error = await page.waitFor(() => document.querySelector('#site-error')?.textContent?.trim() || null, undefined, {
        message: 'the error message of the invalid site',
      });
      expect(uiStrings('optionsPatternScheme', 'ftp')).toContain(error);
      expect(await page.evaluate(() => document.querySelector('#site-input')?.getAttribute('aria-invalid'))).toBe('true');
      expect(await page.evaluate(() => document.querySelectorAll('[data-site]').length)).toBe(0);
      expect(await page.evaluate(readStorage)).toEqual(before);

      await page.evaluate(fill, { selector: '#site-input', value: '' });
      await page.clickDeep(['#site-input']);
      await page.type('intranet.example.com');
      await page.press('Enter');
      const pattern = 'https://intranet.example.com/*';
      await page.waitFor((p: string) => !!document.querySelector(`[data-site="${CSS.escape(p)}"]`), pattern, {
        message: `[data-site="${pattern}"] in the list`,
      });
      const after = await waitForStorage(
        page,
        (st) => Array.isArray(st.sync.intranetSites) && (st.sync.intranetSites as string[]).includes(pattern),
        'the site in storage.sync.intranetSites',
      );
      expect(after.sync.intranetSites).toEqual([pattern]);
      // Still listed after a reload of the page (read from storage, not from memory).
      await page.goto(s.browser.extensionUrl('options.html'));
      await page.waitFor((p: string) => !!document.querySelector(`[data-site="${CSS.escape(p)}"]`), pattern, {
        message: 'the site listed after a reload',
      });
      expect(ourErrors(w)).toEqual([]);
    });

    test('add an argument, export it, delete it, import the file back: preview counts, same data restored', async () => {
      const w = await openOptions();
      const { page } = w;
      await page.evaluate(captureDownloads);
      await clickButton(page, '#arguments', uiStrings('optionsAddArgument'));
      await page.waitFor(() => !!document.querySelector('form.argument-form'), undefined, { message: 'the argument form' });
      // Both languages.
      for (const l of ['de', 'en']) {
        const checked = await page.evaluate(
          (n: string) => document.querySelector<HTMLInputElement>(`form.argument-form input[name="lang-${n}"]`)?.checked,
          l,
        );
        if (!checked) await page.clickDeep([`form.argument-form input[name="lang-${l}"]`]);
        await page.waitFor((n: string) => !!document.querySelector(`form.argument-form [name="${n}-title"]`), l, {
          message: `the ${l} fields`,
        });
      }
      const texts = {
        de: {
          title: 'Podcast für Auszubildende',
          claim: 'Ein kurzer Podcast zeigt Bewerbern, wie die Ausbildung bei uns wirklich ist.',
          reasoning: 'Auszubildende erzählen selbst; das wirkt glaubwürdiger als jede Anzeige.',
          signals: 'Podcast, Auszubildende, Ausbildung',
        },
        en: {
          title: 'A podcast for trainees',
          claim: 'A short podcast shows applicants what training with us is really like.',
          reasoning: 'Trainees tell their own story; that is more credible than any advert.',
          signals: 'podcast, trainees, apprenticeship',
        },
      };
      // The first title by real key presses, the rest like typing (input events).
      await page.clickDeep(['form.argument-form [name="en-title"]']);
      await page.type(texts.en.title);
      for (const [l, fields] of Object.entries(texts)) {
        for (const [f, value] of Object.entries(fields)) {
          if (l === 'en' && f === 'title') continue;
          expect(await page.evaluate(fill, { selector: `form.argument-form [name="${l}-${f}"]`, value })).toBe(true);
        }
      }
      await page.clickDeep(['form.argument-form button[type="submit"]']);
      const stored = await waitForStorage(page, (st) => userArguments(st).length > 0, 'the argument in storage.local');
      const args = userArguments(stored);
      expect(args).toHaveLength(1);
      const arg = args[0]!;
      expect(arg.text.en?.title).toBe(texts.en.title);
      expect(arg.text.de?.title).toBe(texts.de.title);
      // A user id never collides with a built-in one.
      expect(catalog.map((a) => a.id)).not.toContain(arg.id);
      await page.waitFor((id: string) => !!document.querySelector(`#arguments [data-argument-id="${CSS.escape(id)}"]`), arg.id, {
        message: 'the new argument listed',
      });

      // Export.
      await clickButton(page, '#transfer', uiStrings('optionsExportButton'));
      const file = await page.waitFor(lastDownload, undefined, { message: 'the export file offered for download' });
      expect(file.name).toMatch(/\.json$/);
      const exported = JSON.parse(file.text) as { arguments?: Array<{ id: string }> };
      expect(exported.arguments?.map((a) => a.id)).toEqual([arg.id]);

      // Delete it (with the confirmation), then import the file back.
      await clickButton(page, `#arguments [data-argument-id="${arg.id}"]`, uiStrings('optionsDelete'));
      await clickButton(page, `#arguments [data-argument-id="${arg.id}"]`, uiStrings('optionsConfirmDelete'));
      await waitForStorage(page, (st) => userArguments(st).length === 0, 'the argument deleted');

      expect(await page.evaluate(chooseFile, { text: file.text, name: file.name })).toBe(true);
      await page.waitFor(() => !!document.querySelector('[data-import="preview"]'), undefined, { message: 'the import preview' });
      const counts = await page.evaluate(() => {
        const n = (k: string) => Number(/\d+/.exec(document.querySelector(`[data-count="${k}"]`)?.textContent ?? '')?.[0] ?? Number.NaN);
        return { added: n('added'), changed: n('changed'), removed: n('removed') };
      });
      expect(counts).toEqual({ added: 1, changed: 0, removed: 0 });
      // Nothing is written before the user confirms.
      expect(userArguments(await page.evaluate(readStorage))).toEqual([]);
      await clickButton(page, '[data-import="preview"]', uiStrings('optionsImportConfirm'));
      const restored = await waitForStorage(page, (st) => userArguments(st).length > 0, 'the imported argument in storage');
      expect(userArguments(restored)).toEqual(args);
      expect(ourErrors(w)).toEqual([]);
    });

    test('a bad import (trailing comma) names line and column and leaves storage exactly as it was', async () => {
      const w = await openOptions();
      const { page } = w;
      await page.evaluate(captureDownloads);
      await clickButton(page, '#transfer', uiStrings('optionsExportButton'));
      const file = await page.waitFor(lastDownload, undefined, { message: 'the export file' });
      // A comma after the last member of the top-level object.
      const body = file.text.replace(/\s*$/, '');
      const cut = body.lastIndexOf('}');
      const lastValueEnd = body.slice(0, cut).replace(/\s*$/, '').length;
      const bad = `${body.slice(0, lastValueEnd)},${body.slice(lastValueEnd)}\n`;
      const where = lineColumn(bad, lastValueEnd);
      const before = await page.evaluate(readStorage);

      expect(await page.evaluate(chooseFile, { text: bad, name: 'broken.json' })).toBe(true);
      const message = await page.waitFor(() => document.querySelector('[data-import="error"]')?.textContent || null, undefined, {
        message: 'the import error',
      });
      const prefixes = uiStrings('optionsImportErrorAt', String(where.line), String(where.column), '').map((p) => p.trim());
      expect(
        prefixes.some((p) => message.includes(p)),
        `${JSON.stringify(message)} names ${where.line}:${where.column}`,
      ).toBe(true);
      expect(uiStrings('optionsJsonTrailingComma').some((m) => message.includes(m))).toBe(true);
      expect(await page.evaluate(() => !!document.querySelector('[data-import="preview"]'))).toBe(false);
      // Give any write time to land, then compare everything stored.
      await new Promise((r) => setTimeout(r, 500));
      expect(await page.evaluate(readStorage)).toEqual(before);
      expect(ourErrors(w)).toEqual([]);
    });
  });
}
