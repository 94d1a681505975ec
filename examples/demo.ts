/**
 * The main job: print the BlackBerry–Pakistan 2015 timeline and answer
 * "which events came before the 30 December 2015 deadline?".
 *
 * Run: npm run demo
 */
import { eventsBefore, writeText } from 'dispute-timeline';
import { blackberryPakistan2015 as pakistan } from 'dispute-timeline/datasets';

const width = Math.min(Math.max(process.stdout.columns ?? 110, 80), 140);
console.log(writeText(pakistan, { width }));

const deadline = pakistan.deadlines.find((d) => d.id === 'deadline-2015-12-30');
if (deadline === undefined) throw new Error('the dataset has no 30 December deadline');
const { certain, possible } = eventsBefore(pakistan, deadline);

console.log(`Which events came before the ${String(deadline.due)} deadline?`);
console.log(`\nCertainly before (${certain.length}):`);
console.log(writeText(pakistan, { width, events: certain, heading: false }));
console.log(`Possibly before (${possible.length}):`);
console.log(
  possible.length === 0
    ? '  none: every event is dated precisely enough to tell\n'
    : writeText(pakistan, { width, events: possible, heading: false }),
);

const counts = pakistan.claims.filter((claim) => claim.topic === 'affected-bes-customers');
console.log('How many were affected? The sources disagree:');
for (const claim of counts) {
  const sources = claim.sources.map(
    (citation) => pakistan.sources.find((s) => s.id === citation.source)?.publisher,
  );
  console.log(`  - ${claim.statement} (${sources.join(', ')}; ${claim.confidence})`);
}
