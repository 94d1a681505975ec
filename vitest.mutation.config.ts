import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

/**
 * The Vitest configuration Stryker runs (`npm run mutation`, see stryker.config.mjs): one project of the unit and
 * property tests, so Stryker's setup file and test ids span exactly those (not the `types` project of the main
 * configuration). Stryker passes the files of the scope itself. The test files share a worker's modules
 * (`isolate: false`), as in the main configuration: Stryker switches a mutant on while the tests run, so a module
 * loaded once serves every mutant. (Mutants in a module's constants, which would need the module to load again,
 * are left out of the runs: see "Mutation testing" in docs/contributing.md.)
 */
export default defineConfig({
  resolve: base.resolve ?? {},
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/**/*.{slow,package,browser,consumers}.test.ts'],
    testTimeout: 60_000,
    isolate: false,
  },
});
