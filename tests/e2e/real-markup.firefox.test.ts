/** Today's markup of the social sites (`real-markup.ts`) in Firefox. */
import { defineRealMarkupSuite } from './real-markup';

defineRealMarkupSuite('firefox');
