/** What the user built survives (`hostile-data.ts`) in Firefox. */
import { defineDataSuite } from './hostile-data';

defineDataSuite('firefox');
