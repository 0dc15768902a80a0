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
    ],
    environment: 'node',
  },
});
