/**
 * Test-only trigger for the context-menu and keyboard-command handlers, present only in the `--grant-all`
 * test build (`scripts/build.mjs` defines `__ARGUMENTARIUM_TEST_TRIGGERS__` as `true` there and `false` in
 * every other build, where esbuild drops this code as dead).
 *
 * Why it exists: headless browsers cannot click a native context menu or press a browser-level shortcut, so
 * the e2e tests (`tests/e2e/clipboard.ts`) send this message from an extension page instead. It calls
 * {@link onMenuClicked} / {@link onCommand}, the same functions the real `contextMenus.onClicked` /
 * `commands.onCommand` listeners call, with the same argument shapes; everything after it is the
 * production path. What a trigger cannot reproduce: the `activeTab` grant a real click or key press gives
 * (the test build holds host permissions for the fixture hosts instead) and Firefox's "user action" state
 * (which only matters for `action.openPopup`).
 */
import { onOwnPageMessage } from '../../platform/extension';
import { onCommand, onMenuClicked } from './index';

declare global {
  /** `true` in the `--grant-all` build, `false` in the others (esbuild `define`); undefined where the source runs as is (unit tests). */
  var __ARGUMENTARIUM_TEST_TRIGGERS__: boolean | undefined;
}

/** `type` of the trigger message (not part of `src/messages.ts`: it exists in no shipped build). */
export const TEST_ACTION_TYPE = 'argumentarium-test-action';

/**
 * The trigger message. `menu`: the arguments of `contextMenus.onClicked` (`info`, `tab`); `command`: those of
 * `commands.onCommand` (`command`, `tab`).
 */
export type TestAction =
  | {
      type: typeof TEST_ACTION_TYPE;
      kind: 'menu';
      info: { menuItemId: string; selectionText?: string; pageUrl?: string };
      tab?: { id?: number; url?: string };
    }
  | { type: typeof TEST_ACTION_TYPE; kind: 'command'; command: string; tab?: { id?: number } };

/** The answer: what the handler resolved to (a `SendResult` for copy-best, a `SelectionOutcome` for the selection), or its error. */
export type TestActionResult = { ok: true; result: unknown } | { ok: false; error: string };

function isTestAction(m: unknown): m is TestAction {
  if (typeof m !== 'object' || m === null) return false;
  const o = m as Record<string, unknown>;
  if (o.type !== TEST_ACTION_TYPE) return false;
  if (o.kind === 'menu') return typeof o.info === 'object' && o.info !== null;
  return o.kind === 'command' && typeof o.command === 'string';
}

/**
 * Registers the trigger's `runtime.onMessage` listener in the test build; does nothing elsewhere.
 * Accepts the message only from this extension's own pages (sender URL under `runtime.getURL('')`), never from a
 * content script; answers nothing else (returns `undefined`), so the production listener keeps its messages.
 */
export function listenForTestActions(): void {
  // Read right here, so esbuild folds `if (!false) return` and drops the rest of the function from shipped builds.
  if (!globalThis.__ARGUMENTARIUM_TEST_TRIGGERS__) return;
  onOwnPageMessage((message) => {
    if (!isTestAction(message)) return undefined;
    const run = message.kind === 'menu' ? onMenuClicked(message.info, message.tab) : onCommand(message.command, message.tab);
    return run.then(
      (result): TestActionResult => ({ ok: true, result }),
      (e: unknown): TestActionResult => ({ ok: false, error: String((e as Error)?.message ?? e) }),
    );
  });
}
