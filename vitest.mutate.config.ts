import { defineConfig } from 'vitest/config';

/**
 * The tests that cover the modules holding user data, for mutation testing (`npm run mutate`,
 * `stryker.config.json`): node environment, no browser, so each mutant runs in about a second.
 */
export default defineConfig({
  test: {
    include: [
      'tests/unit/settings*.test.ts',
      'tests/unit/import.test.ts',
      'tests/unit/copy-x-length.test.ts',
      'tests/unit/briefing-store.test.ts',
      'tests/unit/x-length-bounds.test.ts',
    ],
    environment: 'node',
    // Instrumented code is several times slower, and the machine is shared: the 10,000-entry import test took over 5 s.
    testTimeout: 60_000,
  },
});
