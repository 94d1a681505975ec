/**
 * Research question: which events came before Pakistan's 30 December 2015 deadline, and which only maybe?
 * An event known only to the month of the deadline can't be placed before or after it: it "maybe" came before.
 *
 * Run: npx tsx examples/01-events-before-deadline.ts
 */
import { eventsBefore, query } from 'dispute-timeline';
import { blackberryPakistan2015 as pakistan } from 'dispute-timeline/datasets';

const deadline = pakistan.deadlines.find((d) => d.id === 'deadline-2015-12-30');
if (deadline === undefined) throw new Error('no 30 December deadline in the dataset');

const { certain, possible } = eventsBefore(pakistan, deadline);
console.log(`Deadline: ${String(deadline.due)} (${deadline.summary ?? deadline.id})`);
console.log(`\nCertainly before (${certain.length}):`);
for (const event of certain)
  console.log(`  ${typeof event.date === 'string' ? event.date : event.date.value}  ${event.title}`);
console.log(`\nOnly maybe before (${possible.length}):`);
for (const event of possible)
  console.log(`  ${typeof event.date === 'string' ? event.date : event.date.value}  ${event.title}`);

// The same question through the query chain, with each match labelled yes or maybe.
const labelled = query(pakistan).events().before(deadline).toLabelled();
console.log(
  `\nLabelled by the query chain: ${labelled.filter((l) => l.truth === 'yes').length} yes, ${labelled.filter((l) => l.truth === 'maybe').length} maybe`,
);

// Imprecise dates answer maybe: July 2015 is certainly before the deadline, December 2015 only maybe.
const july = query(pakistan).events().before('2015-07').count();
console.log(`Events certainly before July 2015: ${july}`);
