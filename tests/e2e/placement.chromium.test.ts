/** Where the card sits (`placement.ts`) in Chromium, with the `dist-test/chrome` build. */
import { definePlacementSuite } from './placement';

definePlacementSuite('chromium');
