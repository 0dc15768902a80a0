/** Where the card sits (`placement.ts`) in Firefox, with the `dist-test/firefox` build. */
import { definePlacementSuite } from './placement';

definePlacementSuite('firefox');
