/** The end-to-end suite (`suite.ts`) in Chromium, with the built `dist/chrome` loaded through playwright-core. */
import { defineExtensionSuite } from './suite';

defineExtensionSuite('chromium');
