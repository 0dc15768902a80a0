/**
 * Answering messages by type, the part of messaging that needs no browser API: look up the handler for a message's
 * `type`, run it, and turn a throw into a rejected promise; register one listener on a `runtime` until a signal
 * aborts. `./messaging.ts`'s `listen` uses it on the polyfill's `runtime` (with its sender classes), the content
 * script on the `runtime` its environment gives it (a fake in DOM tests, which must not load the polyfill).
 */
import { isMessage, type Message, type Responses } from '../messages';

/** A listener as `runtime.onMessage` calls it: a promise answers the message, `undefined` stays silent. */
export type RawListener<S> = (message: unknown, sender: S) => Promise<unknown> | undefined;

/** The part of `runtime` that delivers messages (the polyfill's `browser.runtime`, or a test's fake). */
export interface MessageSource<S> {
  onMessage: {
    addListener(cb: RawListener<S>): void;
    removeListener(cb: RawListener<S>): void;
  };
}

/** A handler for message type `K`, given the message and its sender (of type `S`). */
export type Handler<K extends Message['type'], S> = (msg: Extract<Message, { type: K }>, sender: S) => Responses[K] | Promise<Responses[K]>;

/** Handlers by message type. */
export type HandlerMap<S> = { [K in Message['type']]?: Handler<K, S> };

/**
 * Answers `raw` with the handler for its type.
 * @returns the handler's answer as a promise (rejected when it throws), or `undefined` when `raw` is not one of our
 *   messages or no handler takes its type (the listener stays silent, so another one may answer)
 */
export function dispatch<S>(handlers: HandlerMap<S>, raw: unknown, sender: S): Promise<unknown> | undefined {
  if (!isMessage(raw)) return undefined;
  const handle = handlers[raw.type] as Handler<Message['type'], S> | undefined;
  if (!handle) return undefined;
  try {
    return Promise.resolve(handle(raw as never, sender));
  } catch (e) {
    return Promise.reject(e);
  }
}

/**
 * Adds `listener` to `source.onMessage` until `signal` aborts (for ever without one). Removing it once the extension
 * context is gone throws in the browser; that is ignored (there is nothing left to remove).
 */
export function listenOn<S>(source: MessageSource<S>, listener: RawListener<S>, signal?: AbortSignal): void {
  if (signal?.aborted) return;
  source.onMessage.addListener(listener);
  signal?.addEventListener(
    'abort',
    () => {
      try {
        source.onMessage.removeListener(listener);
      } catch {
        // The extension context is gone: nothing to remove.
      }
    },
    { once: true },
  );
}
