// @vitest-environment jsdom
/**
 * The clipboard writer (src/platform/clipboard.ts) with fakes of its three paths: ClipboardItem,
 * writeText and execCommand('copy') with a copy listener. jsdom supplies a real DOM for the event path.
 */
import { describe, expect, it, vi } from 'vitest';
import { type ClipboardEnv, execCommandCopy, writeClipboard } from '../../src/platform/clipboard';

const PAYLOAD = {
  plain: 'Transparency\n\nOpen channels build trust.',
  html: '<p><strong>Transparency</strong></p><p>Open channels build trust.</p>',
};

class FakeItem {
  constructor(readonly items: Record<string, Blob>) {}
}

/** A fake clipboardData that records what was set. */
function fakeData() {
  const data = new Map<string, string>();
  return { data, setData: (type: string, value: string) => data.set(type, value) };
}

/**
 * A document whose execCommand('copy') behaves like a browser's: fires a cancelable `copy` event at the
 * focused element (here body) with clipboardData, and "writes" what the listener set when it was cancelled.
 */
function execDocument(result = true) {
  const clip = fakeData();
  let clipboard: Map<string, string> | null = null;
  const execCommand = vi.fn((command: string) => {
    if (command !== 'copy') return false;
    const event = new Event('copy', { bubbles: true, cancelable: true, composed: true });
    Object.defineProperty(event, 'clipboardData', { value: clip });
    document.body.dispatchEvent(event);
    if (event.defaultPrevented) clipboard = new Map(clip.data);
    return result;
  });
  Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true });
  return { execCommand, written: () => clipboard };
}

const rejecting = (name: string) => () => Promise.reject(new DOMException('refused', name));

describe('writeClipboard', () => {
  it('path 1: one ClipboardItem with text/plain and text/html blobs', async () => {
    const write = vi.fn(() => Promise.resolve());
    const writeText = vi.fn(() => Promise.resolve());
    const result = await writeClipboard(PAYLOAD, { clipboard: { write, writeText }, ClipboardItem: FakeItem as never, document });
    expect(result).toEqual({ ok: true, method: 'clipboard-item' });
    expect(writeText).not.toHaveBeenCalled();
    const [items] = write.mock.calls[0] as unknown as [FakeItem[]];
    expect(items).toHaveLength(1);
    const blobs = items[0]?.items ?? {};
    expect(Object.keys(blobs).sort()).toEqual(['text/html', 'text/plain']);
    expect(blobs['text/plain']?.type).toBe('text/plain');
    expect(await blobs['text/plain']?.text()).toBe(PAYLOAD.plain);
    expect(blobs['text/html']?.type).toBe('text/html');
    expect(await blobs['text/html']?.text()).toBe(PAYLOAD.html);
  });

  it('path 1 is started synchronously, inside the caller’s user gesture', () => {
    const write = vi.fn(() => new Promise<void>(() => {}));
    void writeClipboard(PAYLOAD, { clipboard: { write, writeText: vi.fn() }, ClipboardItem: FakeItem as never, document });
    expect(write).toHaveBeenCalledTimes(1);
  });

  it('path 2: writeText(plain) when write() is refused', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    const result = await writeClipboard(PAYLOAD, {
      clipboard: { write: rejecting('NotAllowedError'), writeText },
      ClipboardItem: FakeItem as never,
      document,
    });
    expect(result).toEqual({ ok: true, method: 'write-text' });
    expect(writeText).toHaveBeenCalledWith(PAYLOAD.plain);
  });

  it('path 2 without ClipboardItem starts synchronously too', () => {
    const writeText = vi.fn(() => new Promise<void>(() => {}));
    void writeClipboard(PAYLOAD, { clipboard: { write: vi.fn(), writeText }, ClipboardItem: undefined, document });
    expect(writeText).toHaveBeenCalledWith(PAYLOAD.plain);
  });

  it('a ClipboardItem constructor that throws falls back to writeText', async () => {
    class Throwing {
      constructor() {
        throw new TypeError('Blob from another world');
      }
    }
    const writeText = vi.fn(() => Promise.resolve());
    const result = await writeClipboard(PAYLOAD, { clipboard: { write: vi.fn(), writeText }, ClipboardItem: Throwing as never, document });
    expect(result).toEqual({ ok: true, method: 'write-text' });
  });

  it('path 3: execCommand with a copy listener that sets both flavours, when both async paths are refused', async () => {
    const exec = execDocument();
    const result = await writeClipboard(PAYLOAD, {
      clipboard: { write: rejecting('NotAllowedError'), writeText: rejecting('NotAllowedError') },
      ClipboardItem: FakeItem as never,
      document,
    });
    expect(result).toEqual({ ok: true, method: 'exec-command' });
    expect(exec.execCommand).toHaveBeenCalledWith('copy');
    expect(exec.written()?.get('text/plain')).toBe(PAYLOAD.plain);
    expect(exec.written()?.get('text/html')).toBe(PAYLOAD.html);
  });

  it('path 3 runs synchronously when there is no async clipboard at all (still inside the gesture)', () => {
    const exec = execDocument();
    void writeClipboard(PAYLOAD, { clipboard: undefined, ClipboardItem: undefined, document });
    expect(exec.execCommand).toHaveBeenCalledTimes(1);
    expect(exec.written()?.get('text/html')).toBe(PAYLOAD.html);
  });

  it('every path refused: ok false with each path’s error, never a rejection', async () => {
    execDocument(false);
    const result = await writeClipboard(PAYLOAD, {
      clipboard: { write: rejecting('NotAllowedError'), writeText: rejecting('SecurityError') },
      ClipboardItem: FakeItem as never,
      document,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toContain('ClipboardItem: NotAllowedError: refused');
    expect(result.error).toContain('writeText: SecurityError: refused');
    expect(result.error).toContain('execCommand');
  });

  it('no clipboard and no document: a clear error', async () => {
    const result: Awaited<ReturnType<typeof writeClipboard>> = await writeClipboard(PAYLOAD, {} as ClipboardEnv);
    expect(result).toEqual({ ok: false, error: 'ClipboardItem unavailable; writeText unavailable; execCommand unavailable' });
  });
});

describe('execCommandCopy', () => {
  it("the page's own copy handlers never see our copy, and our listener is removed afterwards", () => {
    const exec = execDocument();
    const pageSaw: string[] = [];
    document.addEventListener('copy', () => pageSaw.push('document'));
    document.body.addEventListener('copy', () => pageSaw.push('body'));
    expect(execCommandCopy(document, PAYLOAD)).toBe(true);
    expect(pageSaw).toEqual([]);
    // A later copy by the user is the page's business again and gets no data from us.
    const event = new Event('copy', { bubbles: true, cancelable: true });
    document.body.dispatchEvent(event);
    expect(pageSaw).toEqual(['body', 'document']);
    expect(event.defaultPrevented).toBe(false);
    expect(exec.execCommand).toHaveBeenCalledTimes(1);
  });

  it('throws when the browser runs the command but provides no clipboardData', () => {
    Object.defineProperty(document, 'execCommand', {
      value: () => {
        document.body.dispatchEvent(new Event('copy', { bubbles: true, cancelable: true }));
        return true;
      },
      configurable: true,
    });
    expect(() => execCommandCopy(document, PAYLOAD)).toThrow('execCommand refused');
  });
});

describe('Permissions-Policy', () => {
  it('clipboard-write forbidden by the page policy (Chromium featurePolicy): straight to execCommand, async paths untouched', () => {
    const exec = execDocument();
    Object.defineProperty(document, 'featurePolicy', {
      value: { allowsFeature: (feature: string) => feature !== 'clipboard-write' },
      configurable: true,
    });
    try {
      const write = vi.fn(() => Promise.resolve());
      const writeText = vi.fn(() => Promise.resolve());
      void writeClipboard(PAYLOAD, { clipboard: { write, writeText }, ClipboardItem: FakeItem as never, document });
      expect(write).not.toHaveBeenCalled();
      expect(writeText).not.toHaveBeenCalled();
      expect(exec.execCommand).toHaveBeenCalledTimes(1);
      expect(exec.written()?.get('text/plain')).toBe(PAYLOAD.plain);
    } finally {
      Reflect.deleteProperty(document, 'featurePolicy');
    }
  });
});
