/** The end-to-end suite (`suite.ts`) in Firefox ESR, with the built `dist/firefox` installed through puppeteer-core (WebDriver BiDi). */
import { defineExtensionSuite } from './suite';

defineExtensionSuite('firefox');
