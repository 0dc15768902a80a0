/** What the user built survives (`hostile-data.ts`) in Chromium. */
import { defineDataSuite } from './hostile-data';

defineDataSuite('chromium');
