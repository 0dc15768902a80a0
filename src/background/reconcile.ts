/**
 * Applies the content-script registrations the grants call for (`./registrations.ts`) with
 * `scripting.registerContentScripts` / `updateContentScripts` / `unregisterContentScripts`, and
 * injects the content script into already-open tabs after a grant so the user need not reload.
 *
 * Idempotent: it reads what is registered, diffs, and changes only the difference, so running it
 * at every start-up and on every permission event is safe. Runs are queued (a permission event
 * during a start-up reconcile waits for it); nothing is kept in memory between worker lifetimes,
 * the browser's own registration list is the state.
 *
 * Browser differences: `matchOriginAsFallback` exists in Chrome 119+ and Firefox 128+; older
 * Chrome (the manifest allows 116) refuses the unknown key, so the call is retried without it.
 * Firefox persists registrations across restarts since 105 (`persistAcrossSessions`).
 */

import { contentScriptRegistry, injectScript, manifestContentScriptMatches, tabsMatching } from '../platform/extension';
import { grantedOrigins } from '../platform/permissions';
import { loadManaged, loadManagedWithin, userIntranetSites } from '../settings/managed';
import {
  CONTENT_SCRIPT,
  type CurrentRegistration,
  desiredRegistrations,
  isEmptyPlan,
  planReconcile,
  type ReconcilePlan,
  type Registration,
} from './registrations';

/** Result of one reconcile run. */
export interface ReconcileResult {
  /** Ids registered after the run, sorted. */
  registered: string[];
  /** What was changed. */
  plan: ReconcilePlan;
  /** Tabs the content script was injected into (only when `inject` was asked for). */
  injectedTabs: number[];
}

/** Options of {@link reconcile}. */
export interface ReconcileOptions {
  /**
   * Inject the content script into open tabs that match a new or changed registration
   * (after a grant). `'all'` injects into tabs matching every registration and the manifest's
   * static content scripts (after an install or update, when the old content scripts are dead).
   */
  inject?: false | 'changed' | 'all';
}

function scripting() {
  return contentScriptRegistry<CurrentRegistration>();
}

function withoutFallbackKey(r: Registration): Omit<Registration, 'matchOriginAsFallback'> {
  const { matchOriginAsFallback: _drop, ...rest } = r;
  return rest;
}

/** Calls `fn(scripts)`; when the browser refuses `matchOriginAsFallback` (Chrome < 119), once more without it. */
async function withFallback(fn: (scripts: object[]) => Promise<void>, scripts: Registration[]): Promise<void> {
  try {
    await fn(scripts);
  } catch (e) {
    if (!/matchOriginAsFallback|unexpected property/i.test(String((e as Error)?.message ?? e))) throw e;
    await fn(scripts.map(withoutFallbackKey));
  }
}

async function apply(plan: ReconcilePlan): Promise<void> {
  const api = scripting();
  if (plan.unregister.length) await api.unregisterContentScripts({ ids: plan.unregister });
  if (plan.register.length) {
    try {
      await withFallback((s) => api.registerContentScripts(s), plan.register);
    } catch (e) {
      // "Duplicate script ID": registered meanwhile by another run of the worker; replace it.
      if (!/duplicate/i.test(String((e as Error)?.message ?? e))) throw e;
      await api.unregisterContentScripts({ ids: plan.register.map((r) => r.id) }).catch(() => undefined);
      await withFallback((s) => api.registerContentScripts(s), plan.register);
    }
  }
  if (plan.update.length) await withFallback((s) => api.updateContentScripts(s), plan.update);
}

/** Injects the content script into open tabs whose URL matches `matches`; per-tab failures are skipped. */
export async function injectIntoOpenTabs(matches: string[]): Promise<number[]> {
  if (matches.length === 0) return [];
  let tabs: { id?: number; discarded?: boolean }[];
  try {
    tabs = await tabsMatching(matches);
  } catch {
    return [];
  }
  const done: number[] = [];
  for (const tab of tabs) {
    if (tab.id === undefined || tab.discarded) continue;
    try {
      await injectScript({ tabId: tab.id, allFrames: true }, CONTENT_SCRIPT);
      done.push(tab.id);
    } catch {
      // A tab that navigated away, crashed or shows an error page: its next load gets the registered script.
    }
  }
  return done;
}

function manifestMatches(): string[] {
  return manifestContentScriptMatches();
}

/** How long a reconcile waits for the policy before going on without its sites (see `loadManagedWithin`), in ms. */
export const MANAGED_WAIT_MS = 500;

async function run(options: ReconcileOptions): Promise<ReconcileResult> {
  const [granted, user, managed] = await Promise.all([grantedOrigins(), userIntranetSites(), loadManagedWithin(MANAGED_WAIT_MS)]);
  if (managed === null) {
    // The policy is slow to load: register what we know now, and once more when it has arrived.
    void loadManaged()
      .then((m) => (m.intranetSites.length ? reconcile({ inject: options.inject ? 'changed' : false }) : undefined))
      .catch((e) => console.error('Argumentarium: registering policy sites failed', e));
  }
  const intranet = [...new Set([...user, ...(managed?.intranetSites ?? [])])];
  const desired = desiredRegistrations({ granted, intranet });
  const current = await scripting().getRegisteredContentScripts();
  const plan = planReconcile(current, desired);
  if (!isEmptyPlan(plan)) await apply(plan);
  let injectedTabs: number[] = [];
  if (options.inject === 'changed') {
    injectedTabs = await injectIntoOpenTabs([...plan.register, ...plan.update].flatMap((r) => r.matches));
  } else if (options.inject === 'all') {
    injectedTabs = await injectIntoOpenTabs([...new Set([...manifestMatches(), ...desired.flatMap((r) => r.matches)])]);
  }
  return { registered: desired.map((r) => r.id), plan, injectedTabs };
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Makes the registered content scripts match the granted host permissions (see `./registrations.ts`).
 * Queued: concurrent calls run one after another.
 * @throws the browser's error when a `scripting` call fails (the next run starts from the real state again).
 */
export function reconcile(options: ReconcileOptions = {}): Promise<ReconcileResult> {
  const next = queue.then(() => run(options));
  queue = next.catch(() => undefined);
  return next;
}
