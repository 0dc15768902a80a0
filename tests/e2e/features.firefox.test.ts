/** The features of `features.ts` in Firefox. */
import { defineFeaturesSuite } from './features';

defineFeaturesSuite('firefox');
