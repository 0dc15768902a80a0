/**
 * `src/platform/panel.ts` against faked browsers: Chrome's side panel opened per window (else per tab) with the call
 * made before anything is awaited, Firefox's sidebar, no panel at all; the shortcut read from `commands.getAll`; and
 * the panel's port: typed messages in, one close with the browser's reason, nothing after a close.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => ({ browser: {} as Record<string, unknown> }));
vi.mock('../../src/platform/browser', () => ({ browser: fake.browser }));

const { connectPanel, openSidePanel, panelKind, panelShortcut } = await import('../../src/platform/panel');

function reset(parts: Record<string, unknown>): void {
  for (const k of Object.keys(fake.browser)) delete fake.browser[k];
  Object.assign(fake.browser, parts);
}

beforeEach(() => reset({}));

describe('opening the side panel', () => {
  it('Chrome: sidePanel.open for the window when known, else for the tab, called synchronously', () => {
    const open = vi.fn(async () => undefined);
    reset({ sidePanel: { open } });
    expect(panelKind()).toBe('side-panel');
    void openSidePanel({ tabId: 4, windowId: 2 });
    expect(open).toHaveBeenLastCalledWith({ windowId: 2 });
    void openSidePanel({ tabId: 4 });
    expect(open).toHaveBeenLastCalledWith({ tabId: 4 });
  });

  it('Chrome without a tab or window: a clear refusal, no call', async () => {
    const open = vi.fn(async () => undefined);
    reset({ sidePanel: { open } });
    await expect(openSidePanel({})).rejects.toThrow('sidePanel.open needs a tab or a window');
    expect(open).not.toHaveBeenCalled();
  });

  it('Firefox: sidebarAction.open, whatever the tab', () => {
    const open = vi.fn(async () => undefined);
    reset({ sidebarAction: { open } });
    expect(panelKind()).toBe('sidebar');
    void openSidePanel({ tabId: 4, windowId: 2 });
    expect(open).toHaveBeenCalledWith();
  });

  it('a browser without either: none, and a refusal', async () => {
    expect(panelKind()).toBe('none');
    await expect(openSidePanel({ tabId: 1 })).rejects.toThrow('this browser has no side panel');
  });

  it('the shortcut: Chrome’s open-panel or Firefox’s _execute_sidebar_action, "" when unset or unreadable', async () => {
    reset({
      commands: {
        getAll: async () => [
          { name: 'copy-best', shortcut: 'Alt+Shift+C' },
          { name: 'open-panel', shortcut: 'Alt+Shift+S' },
        ],
      },
    });
    expect(await panelShortcut()).toBe('Alt+Shift+S');
    reset({ commands: { getAll: async () => [{ name: '_execute_sidebar_action', shortcut: 'Ctrl+Alt+P' }] } });
    expect(await panelShortcut()).toBe('Ctrl+Alt+P');
    reset({ commands: { getAll: async () => [{ name: 'open-panel', shortcut: '' }] } });
    expect(await panelShortcut()).toBe('');
    reset({});
    expect(await panelShortcut()).toBe('');
  });
});

describe('the panel’s port', () => {
  function fakePort() {
    const listeners = { message: [] as ((m: unknown) => void)[], disconnect: [] as ((p: unknown) => void)[] };
    const port = {
      error: undefined as { message: string } | undefined,
      postMessage: vi.fn(),
      disconnect: vi.fn(),
      onMessage: { addListener: (cb: (m: unknown) => void) => void listeners.message.push(cb) },
      onDisconnect: { addListener: (cb: (p: unknown) => void) => void listeners.disconnect.push(cb) },
    };
    return { port, listeners };
  }

  it('connects by name to the top frame, passes messages with a type, closes once with the reason', () => {
    const { port, listeners } = fakePort();
    const connect = vi.fn(() => port);
    reset({ tabs: { connect } });
    const got: unknown[] = [];
    const closed: (string | undefined)[] = [];
    const c = connectPanel(
      9,
      (m) => got.push(m),
      (r) => closed.push(r),
    );
    expect(connect).toHaveBeenCalledWith(9, { name: 'argumentarium-panel', frameId: 0 });
    for (const cb of listeners.message) {
      cb({ type: 'panel-in-view', current: 1 });
      cb('not a message');
    }
    expect(got).toEqual([{ type: 'panel-in-view', current: 1 }]);
    expect(c.send({ type: 'panel-reveal', seq: 1, quote: 'x' })).toBe(true);
    expect(port.postMessage).toHaveBeenCalledWith({ type: 'panel-reveal', seq: 1, quote: 'x' });
    port.error = { message: 'Could not establish connection. Receiving end does not exist.' };
    for (const cb of listeners.disconnect) {
      cb(port);
      cb(port);
    }
    expect(closed).toEqual(['Could not establish connection. Receiving end does not exist.']);
    expect(c.send({ type: 'panel-reveal', seq: 2 })).toBe(false);
    for (const cb of listeners.message) cb({ type: 'panel-in-view', current: 2 });
    expect(got).toHaveLength(1);
  });

  it('a connect that throws is a close with its reason, not an exception', async () => {
    reset({
      tabs: {
        connect: () => {
          throw new Error('No tab with id: 9.');
        },
      },
    });
    const closed: (string | undefined)[] = [];
    const c = connectPanel(
      9,
      () => undefined,
      (r) => closed.push(r),
    );
    await Promise.resolve();
    expect(closed).toEqual(['No tab with id: 9.']);
    expect(c.send({ type: 'panel-reveal', seq: 1 })).toBe(false);
  });
});
