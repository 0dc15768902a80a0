/**
 * The options page's data: what it loads, the site groups' names and hint modes, and how an action reports its
 * outcome. Shared by the page (`./App.tsx`) and its sections (`./Sites.tsx`, `./ArgumentSections.tsx`).
 */
import { t } from '../i18n';
import { accessState } from '../platform/permissions';
import { loadSettings, loadUserArgumentsChecked, StorageError } from '../platform/storage';
import type { HintMode, Settings } from '../settings';
import type { UserArgument } from '../settings/arguments';
import { loadManaged, type ManagedDefaults } from '../settings/managed';
import type { QuarantinedArgument } from '../settings/quarantine';
import { SITE_GROUPS, type SiteGroupId } from '../site-groups';

/** Display names of the site groups (`optionsGroup…` keys). */
export const GROUP_KEYS = Object.fromEntries(SITE_GROUPS.map((g) => [g.id, g.labelKey])) as Record<SiteGroupId, string>;

export const MODES: readonly HintMode[] = ['always', 'composing', 'never'];
export const MODE_KEYS: Record<HintMode, string> = {
  always: 'optionsModeAlways',
  composing: 'optionsModeComposing',
  never: 'optionsModeNever',
};

/** Everything the page shows, loaded from storage. */
export interface OptionsData {
  settings: Settings;
  userArguments: UserArgument[];
  /** Stored entries that failed validation, kept aside until the user repairs, restores or deletes them. */
  quarantined: QuarantinedArgument[];
  managed: ManagedDefaults;
  /** Access per optional group id and per intranet pattern. */
  access: Record<string, boolean>;
}

/** Notices about stored data, shown at the top until dismissed. */
export interface DataNotices {
  repaired: string[];
  invalidArguments: number;
  newer: boolean;
}

export const NO_MANAGED: ManagedDefaults = { arguments: [], intranetSites: [], problems: [] };

/** Loads everything the page shows. Never rejects: each part falls back to empty. */
export async function loadOptionsData(): Promise<OptionsData & { notices: DataNotices }> {
  const [loaded, args, managed] = await Promise.all([loadSettings(), loadUserArgumentsChecked(), loadManaged().catch(() => NO_MANAGED)]);
  const patterns = [...new Set([...loaded.settings.intranetSites, ...managed.intranetSites])];
  const access = await accessState(patterns).catch(() => ({}) as Record<string, boolean>);
  return {
    settings: loaded.settings,
    userArguments: args.arguments,
    quarantined: args.quarantined,
    managed,
    access,
    notices: { repaired: loaded.repaired, invalidArguments: args.invalid, newer: loaded.newer },
  };
}

/** The message to show for a failed action. */
export function errorMessage(e: unknown): string {
  if (e instanceof StorageError) return e.message;
  return t('optionsActionFailed', e instanceof Error ? e.message : String(e));
}

/** Runs a page action: saves, then announces `done` or the error. */
export type Run = (action: () => Promise<unknown>, done?: string) => Promise<void>;
