/**
 * Research question: how do the shipped cases compare when aligned on their first deadline? (The eight with a
 * deadline are aligned; all nine are summarised. 05-deadlines-compared.ts asks the same of the deadlines alone.)
 *
 * Run: npx tsx examples/03-cases-side-by-side.ts
 */
import { alignCases, summarizeCases } from 'dispute-timeline';
import { datasets } from 'dispute-timeline/datasets';

const span = (d: { min: number; max: number }) => (d.min === d.max ? `${d.min}` : `${d.min}..${d.max}`);

// Nigeria set conditions, not a deadline: the cases with one are aligned on it.
const withDeadlines = datasets.filter((dispute) => dispute.deadlines.length > 0);
for (const aligned of alignCases(withDeadlines, 'first-deadline')) {
  console.log(`\n${aligned.dispute.title} — day 0 is ${aligned.anchor.id}`);
  for (const { event, days } of aligned.events) console.log(`  ${span(days).padStart(9)}  ${event.title}`);
}

console.log('\nSummary');
const rows = summarizeCases(datasets);
const header = ['case', 'demands', 'responses', 'deadlines', 'extensions', 'outcome', 'days to resolution'];
const table = rows.map((row) => [
  row.dispute,
  String(row.demands),
  String(row.responses),
  String(row.deadlines),
  String(row.extensions),
  row.outcome,
  row.daysToResolutionMin === null || row.daysToResolutionMax === null
    ? 'open'
    : span({ min: row.daysToResolutionMin, max: row.daysToResolutionMax }),
]);
const widths = header.map((h, i) => Math.max(h.length, ...table.map((r) => (r[i] ?? '').length)));
for (const row of [header, ...table])
  console.log(row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  '));
