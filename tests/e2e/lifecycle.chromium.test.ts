/** The extension-reload suite (`lifecycle.ts`) in Chromium. */
import { defineLifecycleSuite } from './lifecycle';

defineLifecycleSuite('chromium');
