/**
 * Research question: how was India's deadline to RIM extended, and how long did RIM take to respond to each demand?
 *
 * Run: npx tsx examples/02-india-deadline-chain.ts
 */
import { deadlineChain, effectiveDeadline, responsesTo } from 'dispute-timeline';
import { indiaBlackberry2010 as india } from 'dispute-timeline/datasets';

const show = (value: string | { value: string; timeZone: string } | undefined) =>
  value === undefined ? 'unknown' : typeof value === 'string' ? value : `${value.value} (${value.timeZone})`;

console.log('The chain of deadlines for access to BES and BlackBerry Messenger:');
for (const deadline of deadlineChain(india, 'deadline-2010-08-31')) {
  console.log(
    `  due ${show(deadline.due)}, set ${show(deadline.setOn)}, outcome ${deadline.outcome === undefined ? 'not recorded' : `${deadline.outcome.kind} on ${show(deadline.outcome.on)}`}`,
  );
}

console.log('\nThe deadline in force on a given day:');
for (const day of ['2010-08-20', '2010-09-01', '2010-12-01', '2011-01-31']) {
  const effective = effectiveDeadline(india, 'bes-bbm-access', day);
  console.log(
    `  on ${day}: ${effective === null ? 'none' : show(effective.deadline.due)}${effective?.truth === 'maybe' ? ' (maybe)' : ''}`,
  );
}

console.log('\nTime to respond, demand by demand:');
for (const demand of india.demands) {
  console.log(`  ${show(demand.date)} ${demand.summary}`);
  const timings = responsesTo(india, demand);
  if (timings.length === 0) console.log('    no response recorded');
  for (const { response, days } of timings) {
    const range = days.min === days.max ? `${days.min}` : `${days.min} to ${days.max}`;
    console.log(`    after ${range} days: ${response.stance} — ${response.summary}`);
  }
}
