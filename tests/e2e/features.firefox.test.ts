/** Issue 7's features (`features.ts`) in Firefox. */
import { defineFeaturesSuite } from './features';

defineFeaturesSuite('firefox');
