/** The clipboard suite (`clipboard.ts`) in Firefox ESR, on the `dist-test/firefox` build. */
import { defineClipboardSuite } from './clipboard';

defineClipboardSuite('firefox');
