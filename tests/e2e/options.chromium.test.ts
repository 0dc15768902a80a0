/** The options-page suite (`options.ts`) in Chromium. */
import { defineOptionsSuite } from './options';

defineOptionsSuite('chromium');
