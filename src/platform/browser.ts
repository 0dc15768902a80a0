/**
 * The one import of webextension-polyfill. Everything that touches `browser.*`
 * lives under `src/platform/`, so tests can swap it and browser differences stay here.
 */
import browser from 'webextension-polyfill';

export type { Browser, Menus, Permissions, Runtime, Scripting, Storage, Tabs } from 'webextension-polyfill';
export { browser };
