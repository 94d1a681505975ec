/**
 * A case built by hand, as a researcher would, from a few rows of the research fact sheet (Twitter and Nigeria,
 * June 2021 – April 2022: /work/shared/research/facts-more-cases.md, section 5): months of silence between its
 * events, a block known only to a night, reports known only to their month, and sources that disagree on the
 * day the tweet was removed. Dates, words and URLs are the fact sheet's.
 */
import { createDispute, type Dispute } from 'dispute-timeline';

export function twitterNigeria(): Dispute {
  return createDispute({
    id: 'twitter-nigeria-2021',
    title: 'Twitter and Nigeria, 2021–2022',
    timeZone: 'Africa/Lagos',
  })
    .actor({ id: 'fgn', name: 'Federal Government of Nigeria', kind: 'government' })
    .actor({ id: 'lai-mohammed', name: 'Lai Mohammed, Minister of Information and Culture', kind: 'person' })
    .actor({
      id: 'ncc',
      name: 'Nigerian Communications Commission',
      kind: 'regulator',
      aliases: ['NCC'],
    })
    .actor({ id: 'twitter', name: 'Twitter Inc.', kind: 'company', aliases: ['Twitter'] })
    .source({
      id: 'new-telegraph',
      publisher: 'New Telegraph',
      title: "FG suspends Twitter's operations in Nigeria",
      url: 'https://www.newtelegraphng.com/fg-suspends-twitters-operations-in-nigeria/',
    })
    .source({
      id: 'punch-2021-06-04',
      publisher: 'The Punch',
      url: 'https://punchng.com/breaking-nigerias-suspension-of-our-operations-deeply-concerning-twitter/',
    })
    .source({
      id: 'qed',
      publisher: 'QED.ng',
      url: 'https://www.qed.ng/twitter-deletes-buharis-civil-war-post/',
    })
    .source({
      id: 'sun-2021-06-06',
      publisher: 'The Sun',
      url: 'https://www.sunnewsonline.com/as-ncc-orders-telecoms-to-effect-suspension-order/',
    })
    .source({
      id: 'ng-times',
      publisher: 'NG Times',
      url: 'https://www.ngtimes.net/2021/06/twitter-must-register-nigeria-lai-mohammed.html',
    })
    .source({
      id: 'glance-ng',
      publisher: 'Glance NG',
      url: 'https://www.glanceng.com/2021/11/out-of-12-conditions-twitter-has-only-met-10-lai-mohammed-on-why-twitter-is-still-banned/',
    })
    .source({
      id: 'punch-2022-01-12',
      publisher: 'The Punch',
      title: 'BREAKING: After 222 days, Buhari lifts Twitter ban',
      url: 'https://punchng.com/breaking-after-222-days-buhari-lifts-twitter-ban/',
    })
    .source({
      id: 'forte-media',
      publisher: 'Forte Media',
      url: 'https://fortemediahq.com/2022/04/28/twitter-confirms-it-has-registered-in-nigeria/',
    })
    .event({
      id: 'tweet-removed',
      date: '2021-06-02',
      kind: 'enforcement',
      title: 'Twitter removes a presidential tweet referring to the civil war',
      actors: ['twitter'],
      sources: [{ source: 'qed', quote: '“This Tweet violated the Twitter Rules,” it said.' }],
      confidence: 'confirmed',
    })
    .demand({
      id: 'suspension',
      date: '2021-06-04',
      by: ['fgn'],
      of: ['twitter'],
      subjects: ['service-suspension'],
      summary: "Twitter's operations in Nigeria suspended indefinitely",
      sources: [
        {
          source: 'new-telegraph',
          quote:
            'The Federal Government has suspended, indefinitely, the operations of the microblogging and social networking service, Twitter, in Nigeria.',
        },
      ],
    })
    .event({
      id: 'suspension-announced',
      date: '2021-06-04',
      kind: 'order',
      title: "The Federal Government suspends Twitter's operations in Nigeria, indefinitely",
      actors: ['fgn', 'lai-mohammed'],
      demands: ['suspension'],
      sources: [{ source: 'new-telegraph' }],
      confidence: 'confirmed',
    })
    .response({
      id: 'deeply-concerning',
      date: { value: '2021-06-04', timeZone: 'America/Los_Angeles' },
      by: ['twitter'],
      to: ['suspension'],
      stance: 'challenge',
      summary: 'Twitter: the suspension is "deeply concerning"',
      sources: [
        {
          source: 'punch-2021-06-04',
          quote:
            '“The announcement made by the Nigerian Government that they have suspended Twitter’s operations in Nigeria is deeply concerning.',
        },
      ],
    })
    .event({
      id: 'operators-block',
      date: '2021-06-04/2021-06-05',
      kind: 'enforcement',
      title: 'Operators block Twitter overnight on the instructions of the NCC',
      actors: ['ncc'],
      sources: [{ source: 'sun-2021-06-06' }],
      confidence: 'confirmed',
    })
    .demand({
      id: 'conditions',
      date: '2021-06-09',
      by: ['lai-mohammed'],
      of: ['twitter'],
      subjects: ['other'],
      summary: 'Register in Nigeria, be licensed, and stop the platform being used against Nigeria',
      sources: [{ source: 'ng-times' }],
    })
    .event({
      id: 'ten-of-twelve',
      date: '2021-11',
      kind: 'statement',
      title: 'Lai Mohammed: Twitter has met 10 of about 12 conditions; it was "only suspended"',
      actors: ['lai-mohammed'],
      sources: [
        { source: 'glance-ng', quote: 'Out of about 12 conditions, Twitter has been able to meet 10.' },
      ],
      confidence: 'confirmed',
    })
    .event({
      id: 'lift-approved',
      date: '2022-01-12',
      kind: 'agreement',
      title: 'President Buhari approves lifting the suspension from 12 am, 13 January 2022',
      actors: ['fgn'],
      sources: [{ source: 'punch-2022-01-12' }],
      confidence: 'confirmed',
    })
    .response({
      id: 'legal-entity',
      date: '2022-04',
      by: ['twitter'],
      to: ['conditions'],
      stance: 'comply',
      summary: 'Twitter says it has a legal entity in Nigeria, without saying when it was set up',
      sources: [{ source: 'forte-media' }],
    })
    .claim({
      id: 'removed-wednesday',
      topic: 'day-tweet-removed',
      statement: 'Twitter removed the tweet on Wednesday 2 June 2021.',
      sources: [{ source: 'qed' }],
      confidence: 'confirmed',
    })
    .claim({
      id: 'removed-tuesday',
      topic: 'day-tweet-removed',
      statement: 'The Punch says Twitter deleted the post on Tuesday, the day it was posted.',
      sources: [{ source: 'punch-2021-06-04' }],
      confidence: 'confirmed',
    })
    .build();
}
