import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * The CSV read by R's readr and by pandas (`npm run test:consumers`): kept out of `npm test` because they come
 * from Debian's packages (`r-cran-readr`, `r-cran-jsonlite`, `python3-pandas`), which a fresh machine lacks.
 */
export default defineConfig({
  resolve: {
    alias: [
      {
        find: /^dispute-timeline\/datasets$/,
        replacement: fileURLToPath(new URL('./src/datasets/index.ts', import.meta.url)),
      },
      { find: /^dispute-timeline$/, replacement: fileURLToPath(new URL('./src/index.ts', import.meta.url)) },
    ],
  },
  test: {
    include: ['tests/**/*.external-test.ts'],
    testTimeout: 120_000,
  },
});
