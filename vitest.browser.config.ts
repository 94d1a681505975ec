import { defineConfig } from 'vitest/config';

/**
 * The library in headless Chromium (`npm run test:browser`): kept out of `npm test` because it needs a built
 * `dist/` and a browser.
 */
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.browser-test.ts'],
    testTimeout: 60_000,
    hookTimeout: 600_000,
  },
});
