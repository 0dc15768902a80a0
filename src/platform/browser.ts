/**
 * The one import of webextension-polyfill. Everything that touches `browser.*`
 * lives under `src/platform/`, so tests can swap it and browser differences stay here.
 */
import browser from 'webextension-polyfill';

export { browser };
export type { Browser, Runtime, Tabs, Storage, Permissions, Scripting, Menus } from 'webextension-polyfill';
