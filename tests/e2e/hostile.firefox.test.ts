/** The hostile-page suite (`hostile.ts`) in Firefox ESR. */
import { defineHostileSuite } from './hostile';

defineHostileSuite('firefox');
