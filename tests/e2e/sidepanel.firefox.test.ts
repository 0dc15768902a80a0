/** The side-panel suite (`sidepanel.ts`) in Firefox ESR, with the `dist-test/firefox` build (site groups granted up front). */
import { defineSidePanelSuite } from './sidepanel';

defineSidePanelSuite('firefox');
