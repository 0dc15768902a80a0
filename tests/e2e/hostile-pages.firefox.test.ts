/** Pages that fight back (`hostile-pages.ts`) in Firefox. */
import { definePagesSuite } from './hostile-pages';

definePagesSuite('firefox');
