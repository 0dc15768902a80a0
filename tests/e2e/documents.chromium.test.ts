/** The document-tool suite (`documents.ts`) in Chromium, with the `dist-test/chrome` build (site groups granted up front). */
import { defineDocumentSuite } from './documents';

defineDocumentSuite('chromium');
