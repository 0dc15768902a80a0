/**
 * The clipboard writer shared by the popup and the content script's hint card.
 *
 * Writes `text/plain` and `text/html` together and falls back step by step, because each path is refused
 * somewhere: `ClipboardItem` is missing in older Firefox and can be refused for a page that is not focused;
 * `writeText` can be refused by a permissions policy; `document.execCommand('copy')` still works inside
 * a user gesture where the async clipboard is refused. The three paths, in order:
 *
 * 1. `navigator.clipboard.write([new ClipboardItem({'text/plain': Blob, 'text/html': Blob})])`
 * 2. `navigator.clipboard.writeText(plain)` (plain text only)
 * 3. `document.execCommand('copy')` with a capturing `copy` listener that sets both flavours through
 *    `event.clipboardData.setData` and cancels the event. It needs no selection and moves no focus, so the
 *    caret stays in the page's editor. The listener stops the event, so the page's own `copy` handlers never
 *    see our synthetic copy.
 *
 * Call {@link writeClipboard} synchronously inside the click (or key) handler: browsers accept clipboard
 * writes only during transient user activation (HTML Standard, "transient activation"; about 5 s in
 * Chromium and Firefox), and the later paths run after the earlier ones were refused. A path that is
 * missing altogether is skipped without awaiting anything, so `execCommand` still runs in the gesture's task.
 *
 * The context menu and the `copy-best` command call it from the content script with no activation at all:
 * Chromium allows that to an extension's content script, Firefox only with the `clipboardWrite` permission
 * (measured; see `src/background/actions/index.ts`).
 *
 * Never call this from the background service worker: it has no document and no clipboard.
 */
import type { ClipboardPayload } from '../copy';

/** Which path wrote the clipboard. */
export type ClipboardMethod = 'clipboard-item' | 'write-text' | 'exec-command';

/** Result of {@link writeClipboard}: the path that succeeded, or why every path failed. */
export type ClipboardResult = { ok: true; method: ClipboardMethod } | { ok: false; error: string };

/** What to write: the same content as plain text and as HTML (the shape `src/copy` produces). */
export type { ClipboardPayload };

/**
 * The browser objects the writer uses. Defaults to the current global's `navigator`, `ClipboardItem` and
 * `document`; tests pass fakes, and the content script may pass the page's `document`.
 */
export interface ClipboardEnv {
  clipboard?: Pick<Clipboard, 'write' | 'writeText'> | undefined;
  ClipboardItem?: (new (items: Record<string, Blob>) => ClipboardItem) | undefined;
  document?: Document | undefined;
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.name && error.name !== 'Error' ? `${error.name}: ${error.message}` : error.message;
  return String(error);
}

function defaultEnv(): ClipboardEnv {
  const g = globalThis as typeof globalThis & { ClipboardItem?: ClipboardEnv['ClipboardItem'] };
  return {
    clipboard: typeof navigator !== 'undefined' ? navigator.clipboard : undefined,
    ClipboardItem: typeof g.ClipboardItem === 'function' ? g.ClipboardItem : undefined,
    document: typeof document !== 'undefined' ? document : undefined,
  };
}

/**
 * True when the page's Permissions-Policy forbids `clipboard-write` (e.g. `Permissions-Policy: clipboard-write=()`).
 * Only Chromium exposes the policy (`document.featurePolicy`); elsewhere this is false and the async paths are tried.
 */
function clipboardWriteBlocked(doc: Document | undefined): boolean {
  const policy = (doc as (Document & { featurePolicy?: { allowsFeature(feature: string): boolean } }) | undefined)?.featurePolicy;
  try {
    return typeof policy?.allowsFeature === 'function' && policy.allowsFeature('clipboard-write') === false;
  } catch {
    return false;
  }
}

/**
 * The `execCommand('copy')` path. Synchronous.
 * @returns `true` when the browser ran the copy and our listener filled the clipboard data.
 * @throws the browser's error from `execCommand`, or `Error('execCommand refused')` when it returned false.
 */
export function execCommandCopy(doc: Document, payload: ClipboardPayload): true {
  let filled = false;
  const onCopy = (event: ClipboardEvent): void => {
    if (!event.clipboardData) return;
    event.clipboardData.setData('text/plain', payload.plain);
    event.clipboardData.setData('text/html', payload.html);
    event.preventDefault();
    event.stopImmediatePropagation();
    filled = true;
  };
  // Capture on the window: runs before the page's bubbling handlers, which must not rewrite or see our copy.
  const target: EventTarget = doc.defaultView ?? doc;
  target.addEventListener('copy', onCopy as EventListener, true);
  try {
    const ran = doc.execCommand('copy');
    if (!ran || !filled) throw new Error('execCommand refused');
    return true;
  } finally {
    target.removeEventListener('copy', onCopy as EventListener, true);
  }
}

/**
 * Writes `payload` to the clipboard, trying ClipboardItem, then `writeText`, then `execCommand('copy')`.
 *
 * @param payload text/plain and text/html of the same content (the HTML is written as is; escape page text before).
 * @param env browser objects to use (defaults to the current global's).
 * @returns a promise that never rejects: `{ok: true, method}` for the path that worked, or
 *   `{ok: false, error}` with the error of each path tried, joined by `; ` (for a visible failure message).
 */
export function writeClipboard(payload: ClipboardPayload, env: ClipboardEnv = defaultEnv()): Promise<ClipboardResult> {
  const errors: string[] = [];
  const doc = env.document;

  const viaExecCommand = (): ClipboardResult => {
    if (!doc || typeof doc.execCommand !== 'function') {
      errors.push('execCommand unavailable');
    } else {
      try {
        execCommandCopy(doc, payload);
        return { ok: true, method: 'exec-command' };
      } catch (e) {
        errors.push(`execCommand: ${describe(e)}`);
      }
    }
    return { ok: false, error: errors.join('; ') };
  };

  const viaWriteText = (): Promise<ClipboardResult> | ClipboardResult => {
    const clipboard = env.clipboard;
    if (!clipboard || typeof clipboard.writeText !== 'function') {
      errors.push('writeText unavailable');
      return viaExecCommand();
    }
    let pending: Promise<void>;
    try {
      pending = clipboard.writeText(payload.plain);
    } catch (e) {
      errors.push(`writeText: ${describe(e)}`);
      return viaExecCommand();
    }
    return Promise.resolve(pending).then(
      (): ClipboardResult => ({ ok: true, method: 'write-text' }),
      (e: unknown) => {
        errors.push(`writeText: ${describe(e)}`);
        return viaExecCommand();
      },
    );
  };

  if (clipboardWriteBlocked(doc)) {
    // Chromium would refuse both async paths (and log a policy violation for each): go straight to path 3.
    errors.push('clipboard-write blocked by the Permissions-Policy');
    return Promise.resolve(viaExecCommand());
  }
  const clipboard = env.clipboard;
  const Item = env.ClipboardItem;
  if (!clipboard || typeof clipboard.write !== 'function' || !Item) {
    errors.push('ClipboardItem unavailable');
    return Promise.resolve(viaWriteText());
  }
  let pending: Promise<void>;
  try {
    const item = new Item({
      'text/plain': new Blob([payload.plain], { type: 'text/plain' }),
      'text/html': new Blob([payload.html], { type: 'text/html' }),
    });
    pending = clipboard.write([item]);
  } catch (e) {
    errors.push(`ClipboardItem: ${describe(e)}`);
    return Promise.resolve(viaWriteText());
  }
  return Promise.resolve(pending).then(
    (): ClipboardResult => ({ ok: true, method: 'clipboard-item' }),
    (e: unknown) => {
      errors.push(`ClipboardItem: ${describe(e)}`);
      return viaWriteText();
    },
  );
}
