/** A fake side-panel port for the content script's panel feed (`content/panel-feed.ts`) in DOM tests. */
import type { PanelPort } from '../../content/panel-feed';
import type { ContentToPanel } from '../../src/messages';

/** A port as the browser hands it to `runtime.onConnect`, recording what the feed posts. */
export class FakePort implements PanelPort {
  posted: ContentToPanel[] = [];
  private messageListeners: ((m: unknown) => void)[] = [];
  private disconnectListeners: (() => void)[] = [];
  disconnected = false;
  constructor(
    readonly name: string,
    readonly sender: { id?: string },
  ) {}
  postMessage(message: ContentToPanel): void {
    this.posted.push(structuredClone(message));
  }
  onMessage = { addListener: (cb: (m: unknown) => void) => void this.messageListeners.push(cb) };
  onDisconnect = { addListener: (cb: () => void) => void this.disconnectListeners.push(cb) };
  disconnect(): void {
    this.disconnected = true;
  }
  /** The panel sends `message`. */
  send(message: unknown): void {
    for (const cb of this.messageListeners) cb(message);
  }
  /** The panel closes. */
  close(): void {
    for (const cb of this.disconnectListeners) cb();
  }
  last<T extends ContentToPanel['type']>(type: T): Extract<ContentToPanel, { type: T }> | undefined {
    return this.posted.filter((m): m is Extract<ContentToPanel, { type: T }> => m.type === type).at(-1);
  }
}
