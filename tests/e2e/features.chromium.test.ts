/** The features of `features.ts` in Chromium. */
import { defineFeaturesSuite } from './features';

defineFeaturesSuite('chromium');
