// @ts-check
import { readdirSync } from 'node:fs';

/**
 * Mutation testing (`npm run mutation`): Stryker plants small bugs in the modules where a wrong answer is
 * silent, one at a time, and runs the vitest tests that cover each. A scope is chosen with MUTATION_SCOPE (see
 * scripts/mutation.ts, which runs every scope and prints the table). The report goes to reports/, kept out of git.
 */
const SCOPES = {
  dates: ['src/dates/**/*.ts', '!src/dates/zone-names.ts', '!src/dates/zone-offsets-data.ts'],
  query: ['src/query/engine/**/*.ts'],
  rules: ['src/builder/rules/**/*.ts', 'src/builder/references.ts'],
  escaping: [
    'src/formats/support/html-escape.ts',
    'src/formats/support/json-line.ts',
    'src/formats/support/markdown-escape.ts',
    'src/formats/support/mermaid-escape.ts',
  ],
  // The CSV engine (quoting on the way out, the RFC 4180 reader on the way in): ten times the mutants of the
  // escaping helpers, so a scope of its own.
  csv: ['src/formats/support/csv.ts'],
};
/**
 * The test folders that own each scope's modules. Stryker runs only their unit and property tests: once in the
 * dry run (with per-test coverage), then for each mutant only the tests that reached it. Every test imports the
 * whole library, so without this list each date or query mutant would run most of the suite.
 */
const TEST_DIRS = {
  dates: ['tests/dates'],
  query: ['tests/query'],
  rules: ['tests/builder'],
  escaping: ['tests/formats'],
  csv: ['tests/formats'],
};
/** The kinds of tests that need a build, a browser, R or pandas, or the full run's `slow` project: never run here. */
const NOT_HERE = /\.(slow|package|browser|consumers)\.test\.ts$/;

/** The unit and property test files under some folders, as paths from the project root. */
function testFilesIn(/** @type {readonly string[]} */ dirs) {
  return dirs.flatMap((dir) =>
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .map((file) => `${dir}/${file.replaceAll('\\', '/')}`)
      .filter((file) => file.endsWith('.test.ts') && !NOT_HERE.test(file))
      .sort(),
  );
}

const scope = process.env.MUTATION_SCOPE ?? 'dates';
const mutate = SCOPES[/** @type {keyof typeof SCOPES} */ (scope)];
if (mutate === undefined) throw new Error(`no mutation scope ${scope}; scopes: ${Object.keys(SCOPES).join(', ')}`);

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'vitest.mutation.config.ts', related: true },
  coverageAnalysis: 'perTest',
  mutate,
  testFiles: testFilesIn(TEST_DIRS[/** @type {keyof typeof TEST_DIRS} */ (scope)]),
  ignoreStatic: true,
  // Stryker would put `// @ts-nocheck` atop every file of the sandbox; Vitest does not type-check, and a test
  // compares a generated source file with what writes it (tests/formats/html-page-script.test.ts).
  disableTypeChecks: false,
  concurrency: Number(process.env.MUTATION_CONCURRENCY ?? 2),
  // Added to a mutant's expected time before it counts as a timeout (an endless loop): 15 s covers a slow test under
  // load, where 60 s made each looping mutant of the CSV reader cost a minute.
  timeoutMS: 15_000,
  reporters: ['clear-text', 'json', 'progress'],
  jsonReporter: { fileName: `reports/mutation/${scope}.json` },
  htmlReporter: { fileName: `reports/mutation/${scope}.html` },
  // A second run re-tests only the mutants whose code or covering tests changed (reports/, out of git).
  incremental: true,
  incrementalFile: `reports/mutation/${scope}-incremental.json`,
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  thresholds: { high: 90, low: 85, break: null },
};
