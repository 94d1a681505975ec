/**
 * `npm run mutation`: Stryker over each scope of stryker.config.mjs in turn (the date reader and truth logic,
 * the query engine, the builder's rules, the writers' escaping, the CSV engine), then one table of the mutation
 * score of each. Exits 1 when a scope kills fewer than 85 % of its mutants. `npm run mutation -- rules` runs one scope. The
 * reports (reports/mutation/<scope>.json and .html) stay out of git.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const SCOPES = ['dates', 'query', 'rules', 'escaping', 'csv'] as const;
const THRESHOLD = 85;

interface Report {
  readonly files: Record<string, { readonly mutants: readonly { readonly status: string }[] }>;
}

/** Killed (or timed out) among the mutants that could be detected, as the clear-text report counts them. */
function score(scope: string): {
  killed: number;
  timeout: number;
  survived: number;
  noCoverage: number;
  ignored: number;
  score: number;
} {
  const report = JSON.parse(readFileSync(`reports/mutation/${scope}.json`, 'utf8')) as Report;
  let killed = 0;
  let timeout = 0;
  let survived = 0;
  let noCoverage = 0;
  let ignored = 0;
  for (const file of Object.values(report.files))
    for (const mutant of file.mutants) {
      if (mutant.status === 'Killed') killed++;
      else if (mutant.status === 'Timeout') timeout++;
      else if (mutant.status === 'Survived') survived++;
      else if (mutant.status === 'NoCoverage') noCoverage++;
      else if (mutant.status === 'Ignored') ignored++;
    }
  const total = killed + timeout + survived + noCoverage;
  return {
    killed,
    timeout,
    survived,
    noCoverage,
    ignored,
    score: total === 0 ? 100 : (100 * (killed + timeout)) / total,
  };
}

const asked = process.argv.slice(2);
const unknown = asked.filter((scope) => !(SCOPES as readonly string[]).includes(scope));
if (unknown.length > 0) {
  console.error(`no mutation scope ${unknown.join(', ')}; scopes: ${SCOPES.join(', ')}`);
  process.exit(2);
}
const scopes = asked.length > 0 ? asked : [...SCOPES];
const rows: string[] = [];
let failed = false;
for (const scope of scopes) {
  const started = performance.now();
  const run = spawnSync('npx', ['stryker', 'run'], {
    stdio: 'inherit',
    env: { ...process.env, MUTATION_SCOPE: scope },
  });
  if (run.status !== 0) {
    console.error(`stryker stopped on scope ${scope} (exit ${run.status})`);
    process.exit(1);
  }
  const result = score(scope);
  const minutes = (performance.now() - started) / 60_000;
  if (result.score < THRESHOLD) failed = true;
  rows.push(
    `| ${scope} | ${result.killed} | ${result.timeout} | ${result.survived} | ${result.noCoverage} | ${result.ignored} | ${result.score.toFixed(1)} % | ${minutes.toFixed(1)} min |`,
  );
}
console.log(
  '\n| scope | killed | timeout | survived | no coverage | ignored (static) | score | time |\n|---|---|---|---|---|---|---|---|',
);
for (const row of rows) console.log(row);
if (failed) {
  console.error(`a scope scored under ${THRESHOLD} %`);
  process.exit(1);
}
