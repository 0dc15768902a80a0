/** The hostile-page suite (`hostile.ts`) in Chromium. */
import { defineHostileSuite } from './hostile';

defineHostileSuite('chromium');
