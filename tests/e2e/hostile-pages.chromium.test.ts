/** Pages that fight back (`hostile-pages.ts`) in Chromium. */
import { definePagesSuite } from './hostile-pages';

definePagesSuite('chromium');
