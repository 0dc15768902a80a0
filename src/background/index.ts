/**
 * The background: Chrome's MV3 service worker, Firefox's event page (same bundle, see the build's
 * `manifestFor`). Thin wiring of the modules beside it.
 *
 * Every listener is registered synchronously at the top level, so it exists when the browser wakes
 * the worker for that event; the worker may be stopped at any moment, so nothing lives only in its
 * memory: registrations are the browser's list, the usage record is in `storage.local`, a pending
 * selection in `storage.session`.
 *
 * - Install: opens onboarding (new installs only), creates the context-menu items, registers the
 *   content scripts the grants call for, and injects into open tabs (after an update the old
 *   content scripts are orphaned; the new one replaces their card).
 * - Start-up and `permissions.onAdded` / `onRemoved`, and changes of the intranet sites (settings or
 *   policy): reconcile the registrations; after a grant, inject into matching open tabs.
 * - Messages: `load-content` (the static loader asks for the content script once the page has loaded,
 *   `./inject.ts`), `copied` (usage record), `open-options`, `refresh-registrations` (options page), and
 *   `rank` / `copies` / `content-config` for content scripts (`./ranking.ts`: relevance runs here, off the page's
 *   main thread; the card's strings come with `content-config`).
 * - `search` and `rank-page` for the popup (`./search.ts`: the popup's bundle carries no relevance engine).
 * - Context menu and the `copy-best` command: `./actions/index.ts`.
 */
import {
  onCommand as onCommandEvent,
  onInstalled,
  onMenuClicked as onMenuClickedEvent,
  onPermissionsChanged,
  onStartup,
  onStorageChanged,
} from '../platform/extension';
import { listen } from '../platform/messaging';
import { allowSessionStorageInContentScripts } from '../platform/storage-areas';
import { openExtensionPage, openOptions } from '../platform/tabs';
import { recordCopy } from '../usage';
import { createMenus, onCommand, onMenuClicked, openPanelFor } from './actions';
import { listenForTestActions } from './actions/test-trigger';
import { injectContent } from './inject';
import { invalidateRanking, rankingHandlers, warmRanking } from './ranking';
import { reconcile } from './reconcile';
import { searchHandlers } from './search';
import { reloadStrings } from './strings';

/** Logs a failed background task; the next event or start-up reconciles from the real state again. */
function report(what: string): (e: unknown) => void {
  return (e) => console.error(`Argumentarium: ${what} failed`, e);
}

// The content script keeps its per-site dismissal in `storage.session` (Chrome closes it to content scripts by default).
void allowSessionStorageInContentScripts();

onInstalled((reason) => {
  void createMenus();
  if (reason === 'install') void openExtensionPage('onboarding.html').catch(report('opening onboarding'));
  const inject = reason === 'install' || reason === 'update' ? 'all' : false;
  void reconcile({ inject }).catch(report('registering content scripts'));
});

onStartup(() => {
  // Chrome keeps menu items across restarts; Firefox's event page may not, so they are made again.
  void createMenus();
  void reconcile().catch(report('registering content scripts'));
});

onPermissionsChanged(
  () => void reconcile({ inject: 'changed' }).catch(report('registering content scripts')),
  () => void reconcile().catch(report('unregistering content scripts')),
);

onStorageChanged((changes, area) => {
  // Built again now rather than when the next page's first card waits for it (a changed catalog means new lexicons).
  if (invalidateRanking(changes, area)) setTimeout(() => void warmRanking(), 0);
  if (area === 'managed' || (area === 'sync' && 'intranetSites' in changes)) {
    void reconcile({ inject: 'changed' }).catch(report('registering content scripts'));
  }
  if (area === 'sync' && 'lang' in changes) {
    void reloadStrings().then(createMenus);
  }
});

onMenuClickedEvent((info, tab) => {
  // Not awaited before returning: `openPopup` inside must run while Firefox still counts the click.
  void onMenuClicked(info, tab).catch(report('context menu'));
});

onCommandEvent((command, tab) => {
  void onCommand(command, tab).catch(report(`command ${command}`));
});

// Whatever woke the worker, a content script's `rank` request is the likeliest next message (a page on a social site
// loaded): build the relevance lexicons now, after the listeners above exist, rather than when the first card waits
// for them (100–130 ms per language on a quiet 2-core machine; `warmRanking`).
setTimeout(() => void warmRanking(), 0);

// Test build only (`--grant-all`): lets the e2e tests call the two handlers above; a no-op in shipped builds.
listenForTestActions();

listen({
  ...rankingHandlers,
  ...searchHandlers,
  // The lexicons its first `rank` request needs are built when the worker starts (above), also when this woke it.
  'load-content': { from: ['content-script'], handle: (_msg, sender) => injectContent(sender) },
  copied: async (msg) => {
    try {
      await recordCopy(msg.argumentId, msg.siteKind);
      return { ok: true };
    } catch (e) {
      report('usage record')(e);
      return { ok: false };
    }
  },
  'open-options': async (msg) => {
    const section = typeof msg.section === 'string' && /^[a-z][a-z0-9-]{0,39}$/.test(msg.section) ? msg.section : undefined;
    if (section) await openExtensionPage(`options.html#${section}`);
    else await openOptions();
    return { ok: true };
  },
  // The card's "side panel" button: opened at once, inside the click the content script passed on (Chrome).
  'open-panel': {
    from: ['content-script'],
    handle: async (_msg, sender) => ({ ok: await openPanelFor(sender.tab?.id, sender.tab?.windowId) }),
  },
  'refresh-registrations': {
    from: ['extension-page'],
    handle: async () => {
      try {
        const result = await reconcile({ inject: 'changed' });
        return { ok: true, registered: result.registered };
      } catch (e) {
        report('refreshing registrations')(e);
        return { ok: false, registered: [] };
      }
    },
  },
});
