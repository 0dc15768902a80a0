/** Today's markup of the social sites (`real-markup.ts`) in Chromium. */
import { defineRealMarkupSuite } from './real-markup';

defineRealMarkupSuite('chromium');
