/** The document-tool suite (`documents.ts`) in Firefox ESR, with the `dist-test/firefox` build (site groups granted up front). */
import { defineDocumentSuite } from './documents';

defineDocumentSuite('firefox');
