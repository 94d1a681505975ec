import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

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
    include: ['tests/**/*.test.ts'],
    // `npm test` is the fast run; `npm run check` (DT_FULL=1) adds the exhaustive *.slow.test.ts files.
    exclude: process.env['DT_FULL'] === '1' ? [] : ['tests/**/*.slow.test.ts'],
    testTimeout: 60_000,
    // The test files share each worker's modules: the library and its datasets load once per worker, not once
    // per file (no test mocks a module or changes global state it does not restore).
    isolate: false,
    // Many tests wait on child processes (the CLI, tsx, TypeDoc): one worker per core keeps the cores busy.
    maxWorkers: Math.max(2, availableParallelism()),
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      exclude: ['src/cli/**'],
      reporter: ['text-summary', 'text'],
      thresholds: { lines: 96, functions: 97, branches: 90, statements: 96 },
    },
  },
});
