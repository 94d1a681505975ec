import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * One configuration, one project per kind of test; a file's suffix names its project (see "Kinds of tests" in
 * docs/contributing.md). `npm test` (and a bare `vitest run`) runs the fast kinds; `npm run check` adds `slow`
 * under coverage; `package`, `browser` and `consumers` need a build, Chromium or Debian's R and pandas, and run
 * with `--project <name>` from their own npm scripts.
 */
const KINDS = ['prop', 'slow', 'package', 'browser', 'consumers'] as const;

/** The projects `vitest run` runs when no `--project` is given: `npm test`'s, and `slow` too under `DT_FULL=1`. */
const DEFAULT_PROJECTS =
  process.env['DT_FULL'] === '1' ? ['unit', 'property', 'types', 'slow'] : ['unit', 'property', 'types'];

const suffixed = (kind: (typeof KINDS)[number]) => `tests/**/*.${kind}.test.ts`;

export default defineConfig({
  resolve: {
    alias: [
      {
        find: /^dispute-timeline\/datasets$/,
        replacement: fileURLToPath(new URL('./src/datasets/index.ts', import.meta.url)),
      },
      {
        find: /^dispute-timeline\/csv-tables$/,
        replacement: fileURLToPath(new URL('./src/csv-tables.ts', import.meta.url)),
      },
      { find: /^dispute-timeline$/, replacement: fileURLToPath(new URL('./src/index.ts', import.meta.url)) },
    ],
  },
  test: {
    // A bare `vitest run` is `npm test` (with `slow` under DT_FULL=1); `--project <name>` replaces this list. This
    // is the CLI's `--project` option, which Vitest reads from the config too but leaves out of its config type.
    ...({ project: DEFAULT_PROJECTS } as object),
    testTimeout: 60_000,
    // The cases a property test checks: fewer under `npm test` than in the full run (tests/support/runs.ts).
    setupFiles: ['tests/support/fast-check-setup.ts'],
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
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: KINDS.map(suffixed),
        },
      },
      {
        extends: true,
        test: { name: 'property', include: [suffixed('prop')] },
      },
      {
        extends: true,
        test: {
          name: 'types',
          include: [],
          // `tsc` on the type tests (and what they import): a failed `expectTypeOf` or an unused
          // `@ts-expect-error` fails the run. Nothing in them is executed.
          typecheck: {
            enabled: true,
            only: true,
            include: ['tests/**/*.test-d.ts'],
            tsconfig: './tsconfig.type-tests.json',
            ignoreSourceErrors: false,
          },
        },
      },
      {
        // Heavy, exhaustive checks: only in the full run (`npm run check`, `DT_FULL=1`).
        extends: true,
        test: { name: 'slow', include: [suffixed('slow')] },
      },
      {
        // The package as users install it: builds, packs and installs (`npm run test:package`).
        extends: true,
        test: { name: 'package', include: [suffixed('package')], isolate: true, hookTimeout: 600_000 },
      },
      {
        // The library in headless Chromium: needs a built `dist/` and a browser (`npm run test:browser`).
        extends: true,
        test: { name: 'browser', include: [suffixed('browser')], isolate: true, hookTimeout: 600_000 },
      },
      {
        // The CSV read by R's readr and by pandas, from Debian's packages (`npm run test:consumers`).
        extends: true,
        test: { name: 'consumers', include: [suffixed('consumers')], isolate: true, testTimeout: 120_000 },
      },
    ],
  },
});
