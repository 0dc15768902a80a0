/** The options-page suite (`options.ts`) in Firefox ESR. */
import { defineOptionsSuite } from './options';

defineOptionsSuite('firefox');
