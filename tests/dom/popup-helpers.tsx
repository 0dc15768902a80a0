/**
 * Shared set-up for the popup's jsdom tests: English strings from the real `_locales` file,
 * a render helper with `act`, and small DOM queries. The platform modules are mocked in each test
 * file (vi.mock is hoisted per file).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type ComponentChild, render } from 'preact';
import { act } from 'preact/test-utils';
import type { MessagesFile } from '../../src/i18n/index';
import type { PageReportResult } from '../../src/platform/tabs';
import type { RankedArgument } from '../../src/relevance/types';

/** A parsed `_locales/<lang>/messages.json`. */
export function messages(lang: 'de' | 'en'): MessagesFile {
  return JSON.parse(readFileSync(resolve(__dirname, `../../_locales/${lang}/messages.json`), 'utf8')) as MessagesFile;
}

/** Renders `node` into a fresh container in `document.body` and flushes effects. */
export async function mount(node: ComponentChild): Promise<HTMLElement> {
  document.body.innerHTML = '';
  const root = document.createElement('div');
  root.id = 'app';
  document.body.append(root);
  await act(async () => {
    render(node, root);
  });
  await flush();
  return root;
}

/** Lets pending promises (page report, clipboard result) settle and Preact re-render. */
export async function flush(times = 3): Promise<void> {
  for (let i = 0; i < times; i++) {
    await act(async () => {
      await new Promise((r) => setTimeout(r, 0));
    });
  }
}

/** Runs `fn` (a DOM event) inside `act` and flushes. */
export async function doAct(fn: () => void): Promise<void> {
  await act(async () => {
    fn();
  });
  await flush();
}

/** The `data-argument-id`s in document order within `root`. */
export function argumentIds(root: ParentNode): string[] {
  return Array.from(root.querySelectorAll<HTMLElement>('[data-argument-id]'), (el) => el.dataset.argumentId ?? '');
}

/** Sets a form control's value and fires the event Preact listens to. */
export function setValue(
  el: HTMLInputElement | HTMLSelectElement,
  value: string,
  event: 'input' | 'change' = el instanceof HTMLSelectElement ? 'change' : 'input',
): void {
  el.value = value;
  el.dispatchEvent(new Event(event, { bubbles: true }));
}

/** A keydown on `el`. */
export function key(el: Element, k: string, init: KeyboardEventInit = {}): void {
  el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true, ...init }));
}

/**
 * The report of an X page where the engine ranked `ranked` (ids as the relevance engine reports them) and the content
 * script or the background named the objections found: `labels`, objection id → label.
 */
export function xReport(ranked: RankedArgument[], labels: Record<string, string>): PageReportResult {
  return {
    kind: 'report',
    url: 'https://x.com/',
    report: { url: 'https://x.com/', site: 'x', status: 'ok', chars: 10, ranked, objectionLabels: labels },
  };
}
