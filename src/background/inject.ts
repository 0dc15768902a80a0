/**
 * The background's half of the static loader (`content/loader.ts`): once a page has loaded, the loader asks for
 * the content script, and the background injects `content.js` into exactly that document.
 *
 * Checks: only a content script of ours in a tab may ask (`listen` checks the sender), only for the top frame
 * (the card is the top frame's; a prerendered page's top frame included, by its documentId), and the injection targets the sender's document (`documentIds`, Chrome 106+),
 * so a tab that navigated meanwhile does not get the script in a page that did not ask; Firefox has no
 * `documentIds` in `scripting.InjectionTarget` and gets the frame instead, where the loader's page is the one
 * that just sent (its content script's `afterLoad` and double-start check cover the rest). The host permission
 * is the one the loader itself ran under: nothing new is requested.
 */
import type { Responses } from '../messages';
import { injectScript, type Runtime } from '../platform/extension';
import { CONTENT_SCRIPT } from './registrations';

/** The injection target of `scripting.executeScript` for the sender's document, or an error when there is none. */
export function injectionTarget(
  sender: Pick<Runtime.MessageSender, 'tab' | 'frameId'> & { documentId?: string; documentLifecycle?: string },
): { ok: true; target: { tabId: number; documentIds?: string[]; frameIds?: number[] } } | { ok: false; error: string } {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return { ok: false, error: 'load-content: the sender is not in a tab' };
  // A page Chrome prerenders (speculation rules, the address bar, search results) is a top frame whose frameId is not
  // 0 until it is shown, and whose `documentLifecycle` is `prerender`: it is reached by its documentId.
  const prerendered = sender.documentLifecycle === 'prerender' && typeof sender.documentId === 'string';
  if ((sender.frameId ?? 0) !== 0 && !prerendered) return { ok: false, error: 'load-content: only the top frame loads the content script' };
  return {
    ok: true,
    target: typeof sender.documentId === 'string' ? { tabId, documentIds: [sender.documentId] } : { tabId, frameIds: [0] },
  };
}

/**
 * Injects the content script into the sender's document (see the module comment).
 * @returns `ok: false` with the browser's reason when the sender is not a top frame in a tab, or the injection
 *   failed (the tab closed or navigated to a page we may not script). Never rejects.
 */
export async function injectContent(sender: Runtime.MessageSender): Promise<Responses['load-content']> {
  const t = injectionTarget(sender as Runtime.MessageSender & { documentId?: string; documentLifecycle?: string });
  if (!t.ok) return t;
  try {
    await injectScript(t.target, CONTENT_SCRIPT);
    return { ok: true };
  } catch (e) {
    return { ok: false, error: `load-content: ${e instanceof Error ? e.message : String(e)}` };
  }
}
