/** The side-panel suite (`sidepanel.ts`) in Chromium, with the `dist-test/chrome` build (site groups granted up front). */
import { defineSidePanelSuite } from './sidepanel';

defineSidePanelSuite('chromium');
