/**
 * Side panel entry point (Chrome's `side_panel.default_path`, Firefox's `sidebar_action.default_panel`): mounts
 * {@link SidePanel} on `#app` with what `startPage` loads. `?tab=<id>` pins the panel to one tab (the end-to-end tests open the panel page
 * as a tab that way); without it, the panel follows the active tab of its window.
 */
import { mountPage, startPage } from '../popup/start';
import { SidePanel } from './SidePanel';

/** The tab id of `?tab=`, or `undefined` when absent or not a non-negative integer. */
export function pinnedTab(search: string): number | undefined {
  const raw = new URLSearchParams(search).get('tab');
  return raw !== null && /^\d{1,10}$/.test(raw) ? Number(raw) : undefined;
}

mountPage((root) => startPage(root, (d) => <SidePanel {...d} tabId={pinnedTab(location.search)} />));
