/** The extension-reload suite (`lifecycle.ts`) in Firefox ESR. */
import { defineLifecycleSuite } from './lifecycle';

defineLifecycleSuite('firefox');
