/** Issue 7's features (`features.ts`) in Chromium. */
import { defineFeaturesSuite } from './features';

defineFeaturesSuite('chromium');
