import { defineConfig } from 'vitest/config';

/**
 * The package as users install it (`npm run test:package`): kept out of `npm test` because it builds, packs and
 * installs, which takes seconds rather than milliseconds.
 */
export default defineConfig({
  test: {
    include: ['tests/package/**/*.pkg-test.ts'],
    testTimeout: 60_000,
    hookTimeout: 600_000,
  },
});
