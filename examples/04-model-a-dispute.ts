/**
 * Modelling a new dispute from scratch: build it, see a readable error for a mistake, fix it, save it as JSON.
 * The facts are the UAE 2010 case from the project's fact sheet.
 *
 * Run: npx tsx examples/04-model-a-dispute.ts [output.json]
 */
import { writeFileSync } from 'node:fs';
import { createDispute, formatIssues, parseDispute, writeJson } from 'dispute-timeline';

const draft = createDispute({
  id: 'uae-2010-example',
  title: 'UAE and BlackBerry, 2010',
  timeZone: 'Asia/Dubai',
})
  .actor(
    {
      id: 'tra',
      name: 'Telecommunications Regulatory Authority',
      kind: 'regulator',
      country: 'AE',
      aliases: ['TRA'],
    },
    { id: 'rim', name: 'Research In Motion', kind: 'company', country: 'CA', aliases: ['RIM', 'BlackBerry'] },
  )
  .source({
    id: 'national',
    publisher: 'The National',
    title: 'BlackBerry service suspension withdrawn',
    url: 'https://www.thenationalnews.com/uae/blackberry-service-suspension-withdrawn-1.496591/',
  })
  .demand({
    id: 'compliance',
    date: '2010-08-01',
    by: ['tra'],
    of: ['rim'],
    subjects: ['service-suspension'],
    services: ['BBM', 'email', 'web browsing'],
    summary: 'Comply with UAE regulations or see BBM, email and browsing suspended from 11 October 2010',
  })
  .deadline({
    id: 'suspension',
    due: '2010-10-11',
    setOn: '2010-08-01',
    setBy: ['tra'],
    demands: ['compliance'],
    outcome: { kind: 'rescinded', on: '2010-10-08' },
  });

// A mistake: the withdrawal is dated 31 September (which does not exist) and cites a source we never added.
const mistaken = draft.event({
  id: 'withdrawn',
  date: '2010-09-31',
  kind: 'rescission',
  title: 'TRA: no suspension will occur',
  actors: ['tra', 'rim'],
  deadlines: ['suspension'],
  sources: [{ source: 'the-national' }],
  confidence: 'confirmed',
});
const attempt = mistaken.safeBuild();
if (!attempt.success) {
  console.log('The first attempt is rejected, with every problem at once:');
  console.log(formatIssues(attempt.error.issues));
}

const dispute = draft
  .event({
    id: 'withdrawn',
    date: '2010-10-08',
    kind: 'rescission',
    title: 'TRA: services now compliant, no suspension will occur',
    actors: ['tra', 'rim'],
    deadlines: ['suspension'],
    sources: [
      {
        source: 'national',
        quote:
          'all Blackberry services in the UAE will continue to operate as normal and no suspension of service will occur on October 11',
      },
    ],
    confidence: 'confirmed',
  })
  .build();

const json = writeJson(dispute);
const output = process.argv[2];
if (output !== undefined) writeFileSync(output, json);
console.log(
  `\nBuilt ${dispute.id}: ${dispute.events.length} event, ${json.length} characters of JSON${output ? `, saved to ${output}` : ''}.`,
);
console.log(`Reading the JSON back gives the same dispute: ${writeJson(parseDispute(json)) === json}`);
