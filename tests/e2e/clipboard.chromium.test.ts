/** The clipboard suite (`clipboard.ts`) in Chromium, on the `dist-test/chrome` build. */
import { defineClipboardSuite } from './clipboard';

defineClipboardSuite('chromium');
