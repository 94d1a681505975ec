// @ts-check
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
    'src/formats/support/csv*.ts',
    'src/formats/markdown.ts',
    'src/formats/mermaid.ts',
  ],
};
const scope = process.env.MUTATION_SCOPE ?? 'dates';
const mutate = SCOPES[/** @type {keyof typeof SCOPES} */ (scope)];
if (mutate === undefined) throw new Error(`no mutation scope ${scope}; scopes: ${Object.keys(SCOPES).join(', ')}`);

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'vitest.config.ts', related: true },
  coverageAnalysis: 'perTest',
  mutate,
  ignoreStatic: true,
  concurrency: Number(process.env.MUTATION_CONCURRENCY ?? 2),
  timeoutMS: 60_000,
  reporters: ['clear-text', 'json', 'progress'],
  jsonReporter: { fileName: `reports/mutation/${scope}.json` },
  htmlReporter: { fileName: `reports/mutation/${scope}.html` },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  thresholds: { high: 90, low: 85, break: null },
};
