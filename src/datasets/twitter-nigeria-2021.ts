import { parseDispute } from '../builder/json.js';
import type { Dispute, DisputeInput } from '../model/dispute.js';

const LOS_ANGELES = 'America/Los_Angeles';

/**
 * Texts the case gives in more than one place (a quote, and the response's statement or the event's citation that
 * repeats it), each written once.
 */
const NEW_TELEGRAPH_STATEMENT_QUOTE =
  'The Federal Government has suspended, indefinitely, the operations of the microblogging and social networking service, Twitter, in Nigeria.';
const PUNCH_2021_06_04_QUOTE =
  '“The announcement made by the Nigerian Government that they have suspended Twitter’s operations in Nigeria is deeply concerning.';
const SUN_2021_06_06_QUOTE =
  '“We, the Association of Licensed Telecommunication Operators of Nigeria, wish to confirm that our members have received formal instructions from the Nigerian Communications Commission, the industry regulator, to suspend access to Twitter.';
const TODAY_POLITICS_2021_06_05_QUOTE =
  'We are deeply concerned by the blocking of Twitter in Nigeria. Access to the free and #OpenInternet is an essential human right in modern society.';
const PUNCH_2022_01_12_QUOTE =
  'Twitter has committed to establishing a legal entity in Nigeria during the first quarter of 2022. The legal entity will register with the Corporate Affairs Commission.';

/** The case in its JSON form; every date, quote, figure and URL is from the project's second fact sheet. */
const data: DisputeInput = {
  id: 'twitter-nigeria-2021',
  title: 'Nigeria and Twitter, 2021–2022',
  summary:
    'After Twitter removed a tweet of President Muhammadu Buhari on 2 June 2021, the Federal Government ' +
    '"suspended, indefinitely" Twitter\'s operations in Nigeria on 4 June; operators blocked access overnight, by ' +
    'the morning of 5 June. On 9 June the government set its conditions: register in Nigeria, obtain a licence, ' +
    'and stop the platform being used against Nigeria\'s "corporate existence". No deadline was set. After talks ' +
    'Twitter agreed to the conditions, and the President approved lifting the suspension from 00:00 on 13 January ' +
    '2022 (about 222 days); access came back over the following hours, at first only on MTN and Airtel. Dates are ' +
    'local to the actor: Nigeria (Africa/Lagos) and Twitter in San Francisco (America/Los_Angeles).',
  timeZone: 'Africa/Lagos',
  countries: ['NG'],
  actors: [
    {
      id: 'federal-government-of-nigeria',
      name: 'Federal Government of Nigeria',
      kind: 'government',
      country: 'NG',
    },
    {
      id: 'muhammadu-buhari',
      name: 'Muhammadu Buhari',
      kind: 'person',
      country: 'NG',
      memberships: [{ organization: 'federal-government-of-nigeria', role: 'President' }],
    },
    {
      id: 'ministry-of-information',
      name: 'Ministry of Information and Culture',
      kind: 'ministry',
      country: 'NG',
      memberships: [{ organization: 'federal-government-of-nigeria' }],
    },
    {
      id: 'lai-mohammed',
      name: 'Lai Mohammed',
      kind: 'person',
      country: 'NG',
      memberships: [{ organization: 'ministry-of-information', role: 'Minister of Information and Culture' }],
    },
    {
      id: 'ncc',
      name: 'Nigerian Communications Commission',
      kind: 'regulator',
      country: 'NG',
      aliases: ['NCC'],
      memberships: [{ organization: 'federal-government-of-nigeria' }],
    },
    {
      id: 'nitda',
      name: 'National Information Technology Development Agency',
      kind: 'agency',
      country: 'NG',
      aliases: ['NITDA'],
      memberships: [{ organization: 'federal-government-of-nigeria' }],
    },
    {
      id: 'kashifu-inuwa-abdullahi',
      name: 'Kashifu Inuwa Abdullahi',
      kind: 'person',
      country: 'NG',
      memberships: [
        {
          organization: 'nitda',
          role: 'Director General; chair of the Technical Committee Nigeria-Twitter Engagement',
        },
      ],
    },
    {
      id: 'abubakar-malami',
      name: 'Abubakar Malami',
      kind: 'person',
      country: 'NG',
      memberships: [{ organization: 'federal-government-of-nigeria', role: 'Attorney General' }],
    },
    {
      id: 'alton',
      name: 'Association of Licensed Telecommunication Operators of Nigeria',
      kind: 'telecom-operator',
      country: 'NG',
      aliases: ['ALTON'],
      description: 'Its members include MTN, Airtel and Glo.',
    },
    { id: 'twitter', name: 'Twitter', kind: 'company', country: 'US', aliases: ['Twitter Inc.'] },
    {
      id: 'diplomatic-missions',
      name: 'The missions of the EU, the US, the UK, Canada and Ireland',
      kind: 'government',
    },
  ],
  sources: [
    {
      id: 'pulse-2021-06-02',
      publisher: 'Pulse Nigeria',
      url: 'https://www.pulse.ng/news/local/lai-mohammed-says-twitters-mission-in-nigeria-is-suspicious/rez0r74',
      published: '2021-06-02',
    },
    {
      id: 'qed-tweet-removed',
      publisher: 'QED.ng',
      url: 'https://www.qed.ng/twitter-deletes-buharis-civil-war-post/',
    },
    {
      id: 'punch-2021-06-04',
      publisher: 'The Punch',
      url: 'https://punchng.com/breaking-nigerias-suspension-of-our-operations-deeply-concerning-twitter/',
      published: '2021-06-04',
      note: 'Citing TheCable.',
    },
    {
      id: 'gnn-reuters',
      publisher: 'GNN',
      url: 'https://gnnhd.tv/news/3397/nigeria-suspends-twitter-after-president-s-post-removed',
      copyOf: 'Reuters',
    },
    {
      id: 'new-telegraph-statement',
      publisher: 'New Telegraph',
      url: 'https://www.newtelegraphng.com/fg-suspends-twitters-operations-in-nigeria/',
      note: 'The text of the statement by Lai Mohammed, signed by Segun Adeyemi in Abuja.',
    },
    {
      id: 'national-post-reuters-2021-06-04',
      publisher: 'National Post',
      url: 'https://nationalpost.com/pmn/news-pmn/crime-pmn/nigeria-indefinitely-suspends-twitter-operations-information-minister',
      published: '2021-06-04',
      copyOf: 'Reuters',
    },
    {
      id: 'tvc-news-2021-06-04',
      publisher: 'TVC News',
      url: 'https://www.tvcnews.tv/breaking-fg-suspends-twitter-operations-in-nigeria/',
      note: '"in a statement issued in Abuja on Friday, June 4".',
    },
    {
      id: 'datjoblessboi-2021-06-04',
      publisher: 'datjoblessboi.com',
      url: 'https://datjoblessboi.com/nigerias-suspension-of-our-operations-is-deeply-concerning-twitter',
      copyOf: 'TheCable',
      note: 'The statement was "released on Friday afternoon, June 4".',
    },
    {
      id: 'the-source-2021-06-05',
      publisher: 'The Source',
      url: 'https://thesource.com/2021/06/05/nigerian-government-indefinitely-suspends-twitter/?utm_source=rss&utm_medium=rss&utm_campaign=nigerian-government-indefinitely-suspends-twitter',
      published: '2021-06-05',
    },
    {
      id: 'sun-2021-06-06',
      publisher: 'The Sun',
      url: 'https://www.sunnewsonline.com/as-ncc-orders-telecoms-to-effect-suspension-order/',
      published: '2021-06-06',
    },
    {
      id: 'street-journal-2021-06-05',
      publisher: 'The Street Journal',
      url: 'https://thestreetjournal.org/2021/06/twitter-dares-fg-vows-to-restore-access-to-platform-for-nigerians/',
      published: '2021-06-05',
    },
    {
      id: 'today-politics-2021-06-05',
      publisher: 'Today Politics NG',
      url: 'https://todaypoliticsng.com/were-working-on-bypassing-ban-for-nigerians-twitter',
      note: 'Embeds the post of @GlobalAffairs of 5 June 2021 ("Saturday afternoon").',
    },
    {
      id: 'nairametrics-2021-06-05',
      publisher: 'Nairametrics',
      url: 'https://nairametrics.com/2021/06/05/twitter-reacts-to-the-recent-ban-of-its-operations-in-nigeria/',
      published: '2021-06-05',
    },
    {
      id: 'wion-2021-06-06',
      publisher: 'WION',
      url: 'https://www.wionews.com/world/european-union-us-condemn-twitter-ban-in-nigeria-389797',
      published: '2021-06-06',
    },
    {
      id: 'ng-times-2021-06',
      publisher: 'NG Times',
      url: 'https://www.ngtimes.net/2021/06/twitter-must-register-nigeria-lai-mohammed.html',
      published: '2021-06',
    },
    {
      id: 'legit-ng-2021-06-09',
      publisher: 'Legit.ng',
      url: 'https://www.legit.ng/1419818-list-3-things-fg-twitter-ban-is-lifted-using.html',
      note: '"on Wednesday, June 9".',
    },
    {
      id: 'business-insider-africa-2021-06',
      publisher: 'Business Insider Africa',
      url: 'https://africa.businessinsider.com/local/markets/nigeria-wants-twitter-and-other-social-media-platforms-registered-in-the-country/nyqnms3',
    },
    {
      id: 'concise-2021-08-11',
      publisher: 'Concise News',
      url: 'https://www.concise.ng/twitter-ban-will-soon-be-lifted-lai-mohammed/',
      published: '2021-08-11',
    },
    {
      id: 'politicsnigeria-2021-08-11',
      publisher: 'PoliticsNigeria',
      url: 'https://politicsnigeria.com/breaking-twitter-agrees-to-open-office-in-nigeria/',
    },
    {
      id: 'glance-ng-2021-11',
      publisher: 'Glance NG',
      url: 'https://www.glanceng.com/2021/11/out-of-12-conditions-twitter-has-only-met-10-lai-mohammed-on-why-twitter-is-still-banned/',
      published: '2021-11',
      copyOf: 'unnamed outlet',
    },
    {
      id: 'punch-2022-01-12',
      publisher: 'The Punch',
      title: 'BREAKING: After 222 days, Buhari lifts Twitter ban',
      url: 'https://punchng.com/breaking-after-222-days-buhari-lifts-twitter-ban/',
      published: '2022-01-12',
    },
    {
      id: 'courtroom-mail-conditions',
      publisher: 'Courtroom Mail',
      url: 'https://www.courtroommail.com/fgs-conditions-for-twitter-to-resume-operations-in-nigeria/',
    },
    {
      id: 'nigerian-news-twitter-back',
      publisher: 'The Nigerian News',
      url: 'https://thenigerian.news/were-pleased-to-be-back-twitter-tells-nigerians/?share=reddit',
    },
    {
      id: 'pulse-twitter-restored',
      publisher: 'Pulse Nigeria',
      url: 'https://www.pulse.ng/news/local/twitter-operations-restored-after-buhari-lifts-ban/6jynj85',
    },
    {
      id: 'business-recorder-afp-2022-01-13',
      publisher: 'Business Recorder',
      url: 'https://www.brecorder.com/news/40146884/twitter-back-in-nigeria-after-seven-month-blackout',
      published: '2022-01-13',
      copyOf: 'AFP',
    },
    {
      id: 'ogefash-twitter-back',
      publisher: 'Ogefash (blog)',
      url: 'https://ogefash.com/twitter-is-back-president-buharis-first-tweet-after-lifting-twitter-ban/',
      copyOf: 'unnamed outlet',
    },
    {
      id: 'forte-media-2022-04-28',
      publisher: 'Forte Media',
      url: 'https://fortemediahq.com/2022/04/28/twitter-confirms-it-has-registered-in-nigeria/',
      published: '2022-04-28',
      copyOf: 'BBC',
    },
  ],
  demands: [
    {
      id: 'suspend-twitter-operations',
      date: '2021-06-04',
      by: ['federal-government-of-nigeria', 'ministry-of-information', 'lai-mohammed'],
      of: ['twitter', 'ncc', 'alton'],
      subjects: ['service-suspension'],
      services: ['Twitter'],
      summary: "Twitter's operations in Nigeria suspended indefinitely; the operators to block access",
      justification:
        "The persistent use of the platform for activities capable of undermining Nigeria's corporate existence.",
      sources: [
        {
          source: 'new-telegraph-statement',
          quote: NEW_TELEGRAPH_STATEMENT_QUOTE,
        },
        {
          source: 'national-post-reuters-2021-06-04',
          quote:
            'In a statement he cited “the persistent use of the platform for activities that are capable of undermining Nigeria’s corporate existence.”',
        },
      ],
    },
    {
      id: 'conditions-for-return',
      date: '2021-06-09',
      by: ['lai-mohammed', 'federal-government-of-nigeria'],
      of: ['twitter'],
      subjects: ['other', 'content-removal'],
      summary:
        "Register in Nigeria, be licensed in Nigeria, and stop the platform being used against Nigeria's growth and corporate existence",
      consequence: 'The suspension stays until the conditions are met; no date was set.',
      sources: [
        {
          source: 'ng-times-2021-06',
          quote:
            '“And until Twitter responds and the cardinal thing is that Twitter must be registered in Nigeria. Twitter must be licenced in Nigeria and Twitter must stop using its platform for activities that are inimical to the growth of Nigeria and its corporate existence,”',
        },
        { source: 'legit-ng-2021-06-09' },
      ],
    },
  ],
  responses: [
    {
      id: 'twitter-deeply-concerning',
      date: '2021-06-04',
      by: ['twitter'],
      to: ['suspend-twitter-operations'],
      stance: 'challenge',
      summary: 'Twitter: the announced suspension is "deeply concerning"',
      statement: PUNCH_2021_06_04_QUOTE,
      sources: [
        {
          source: 'punch-2021-06-04',
          quote: PUNCH_2021_06_04_QUOTE,
          note: "Said by Sarah Hart (EMEA policy communications); dated by The Punch's report of 4 June 2021, in Nigeria.",
        },
      ],
    },
    {
      id: 'operators-comply',
      date: '2021-06-04/2021-06-05',
      by: ['alton'],
      to: ['suspend-twitter-operations'],
      stance: 'comply',
      summary:
        'ALTON confirms its members were told by the NCC to suspend access to Twitter, and complied overnight',
      statement: SUN_2021_06_06_QUOTE,
      sources: [
        {
          source: 'sun-2021-06-06',
          quote: SUN_2021_06_06_QUOTE,
        },
      ],
    },
    {
      id: 'twitter-deeply-concerned-blocking',
      date: { value: '2021-06-05', timeZone: LOS_ANGELES },
      by: ['twitter'],
      to: ['suspend-twitter-operations'],
      stance: 'challenge',
      summary: 'Twitter is "deeply concerned by the blocking" and will work to restore access',
      statement: TODAY_POLITICS_2021_06_05_QUOTE,
      sources: [
        {
          source: 'today-politics-2021-06-05',
          quote: TODAY_POLITICS_2021_06_05_QUOTE,
          note: 'The embedded post is dated June 5, 2021 (the outlet: "Saturday afternoon").',
        },
        { source: 'nairametrics-2021-06-05' },
      ],
    },
    {
      id: 'twitter-asks-for-talks',
      date: '[2021-06-08,2021-06-09]',
      by: ['twitter'],
      to: ['suspend-twitter-operations'],
      stance: 'negotiate',
      summary: 'Twitter asks the government for talks',
      sources: [
        {
          source: 'ng-times-2021-06',
          note: 'On 9 June the minister said Twitter had asked "yesterday" (8 June).',
        },
        {
          source: 'business-insider-africa-2021-06',
          note: '"He said he got the message from Twitter on June 9."',
        },
      ],
    },
    {
      id: 'twitter-accepts-conditions',
      date: '2022-01-12',
      by: ['twitter'],
      to: ['conditions-for-return'],
      stance: 'comply',
      summary:
        'Twitter commits to a legal entity in Nigeria in the first quarter of 2022, a country representative, tax compliance, support portals and a code of conduct',
      statement: PUNCH_2022_01_12_QUOTE,
      sources: [
        {
          source: 'punch-2022-01-12',
          quote: PUNCH_2022_01_12_QUOTE,
          note: "Twitter's commitments as the NITDA statement of 12 January 2022 gives them.",
        },
        { source: 'courtroom-mail-conditions' },
      ],
    },
  ],
  events: [
    {
      id: 'buhari-civil-war-tweet',
      date: '2021-06-01',
      kind: 'statement',
      title: 'President Buhari warns secessionists in a tweet thread with a reference to the civil war',
      actors: ['muhammadu-buhari'],
      sources: [
        {
          source: 'pulse-2021-06-02',
          quote:
            '“Those of us in the fields for 30 months, who went through the war, will treat them in the language they understand. We are going to be very hard sooner than later,” he said.',
        },
      ],
      confidence: 'confirmed',
      tags: ['trigger'],
    },
    {
      id: 'twitter-removes-tweet',
      date: '2021-06-02',
      kind: 'other',
      title:
        'Twitter removes the civil-war tweet as a violation of the Twitter Rules; the minister calls its mission "very suspect"',
      description:
        'The Punch says Twitter deleted it on Tuesday, the day the tweet was posted (see the claims).',
      actors: ['twitter', 'muhammadu-buhari', 'lai-mohammed'],
      sources: [
        {
          source: 'qed-tweet-removed',
          quote:
            'On Wednesday, Twitter took down the tweet, saying it violated its rules. “This Tweet violated the Twitter Rules,” it said.',
        },
        { source: 'pulse-2021-06-02', quote: '“The mission of Twitter in Nigeria is very suspect.' },
      ],
      confidence: 'confirmed',
      tags: ['trigger'],
    },
    {
      id: 'operations-suspended',
      date: '2021-06-04',
      kind: 'order',
      title: "The Federal Government suspends Twitter's operations in Nigeria indefinitely",
      description:
        'The statement, by Lai Mohammed and signed by Segun Adeyemi in Abuja, gave no start time; it also told the ' +
        'NBC to license all OTT and social-media operators. Its release time is disputed: Friday morning (The ' +
        'Source) or Friday afternoon (datjoblessboi, from TheCable).',
      actors: ['federal-government-of-nigeria', 'lai-mohammed', 'twitter'],
      demands: ['suspend-twitter-operations'],
      sources: [
        {
          source: 'new-telegraph-statement',
          quote: NEW_TELEGRAPH_STATEMENT_QUOTE,
        },
        { source: 'tvc-news-2021-06-04' },
        {
          source: 'the-source-2021-06-05',
          quote: 'The statement was posted on the ministry’s Twitter page on Friday morning.',
        },
        { source: 'datjoblessboi-2021-06-04' },
      ],
      confidence: 'confirmed',
    },
    {
      id: 'twitter-responds-deeply-concerning',
      date: '2021-06-04',
      kind: 'response',
      title: 'Twitter: the suspension is "deeply concerning"; the service is still reachable when reported',
      actors: ['twitter'],
      demands: ['suspend-twitter-operations'],
      responses: ['twitter-deeply-concerning'],
      sources: [{ source: 'punch-2021-06-04' }],
      confidence: 'confirmed',
    },
    {
      id: 'twitter-blocked',
      date: '2021-06-04/2021-06-05',
      kind: 'enforcement',
      title: 'The operators block Twitter overnight; users find it blocked on waking on Saturday 5 June',
      description:
        "The NCC instructed the operators; ALTON confirmed. The hour is not known; Reuters' tests found the site " +
        'unreachable on some carriers in the early hours of Saturday.',
      actors: ['ncc', 'alton', 'twitter'],
      demands: ['suspend-twitter-operations'],
      responses: ['operators-comply'],
      sources: [
        {
          source: 'street-journal-2021-06-05',
          quote:
            'Twitter in Nigeria woke up on Saturday unable to access the microblogging websites while some navigated the hurdle using Virtual Private Networks (VPN).',
        },
        { source: 'sun-2021-06-06' },
      ],
      confidence: 'confirmed',
    },
    {
      id: 'twitter-concerned-by-blocking',
      date: { value: '2021-06-05', timeZone: LOS_ANGELES },
      kind: 'response',
      title: 'Twitter is "deeply concerned by the blocking of Twitter in Nigeria"',
      actors: ['twitter'],
      demands: ['suspend-twitter-operations'],
      responses: ['twitter-deeply-concerned-blocking'],
      sources: [{ source: 'today-politics-2021-06-05' }, { source: 'nairametrics-2021-06-05' }],
      confidence: 'confirmed',
    },
    {
      id: 'reactions-5-june',
      date: '2021-06-05',
      kind: 'statement',
      title:
        'The Attorney General orders violators prosecuted; five missions condemn the ban; the Presidency denies it answered the deleted tweet',
      actors: ['abubakar-malami', 'diplomatic-missions', 'federal-government-of-nigeria'],
      demands: ['suspend-twitter-operations'],
      sources: [
        { source: 'wion-2021-06-06', quote: '"Banning systems of expression is not the answer,"' },
        {
          source: 'wion-2021-06-06',
          quote:
            'The presidency denied late on Saturday that the Twitter suspension was a response to the removal of that post.',
        },
        { source: 'street-journal-2021-06-05' },
      ],
      confidence: 'confirmed',
    },
    {
      id: 'conditions-set',
      date: '2021-06-09',
      kind: 'demand',
      title: 'The minister sets the conditions: Twitter must be registered and licensed in Nigeria',
      description:
        'Twitter had asked for talks the day before (NG Times) or on 9 June (Business Insider Africa).',
      actors: ['lai-mohammed', 'federal-government-of-nigeria', 'twitter'],
      demands: ['conditions-for-return'],
      responses: ['twitter-asks-for-talks'],
      sources: [
        { source: 'ng-times-2021-06' },
        { source: 'legit-ng-2021-06-09' },
        {
          source: 'business-insider-africa-2021-06',
          quote: 'He said he got the message from Twitter on June 9.',
        },
      ],
      confidence: 'confirmed',
    },
    {
      id: 'talks-almost-there',
      date: '2021-08-11',
      kind: 'negotiation',
      title:
        'The minister: talks "almost there"; Twitter agrees to a Nigerian office but says the earliest is 2022',
      actors: ['lai-mohammed', 'twitter'],
      demands: ['conditions-for-return'],
      sources: [
        { source: 'concise-2021-08-11', quote: '“The end for amicable resolution is very much in sight.' },
        {
          source: 'politicsnigeria-2021-08-11',
          quote:
            'He said that in the area of a Nigerian office, even though Twitter has agreed to the condition, it is however maintaining that the earliest it can establish it is 2022.',
        },
      ],
      confidence: 'confirmed',
    },
    {
      id: 'ten-of-twelve-conditions',
      date: '2021-11',
      kind: 'statement',
      title: 'The minister in Paris: Twitter has met 10 of about 12 conditions; it was "only suspended"',
      description: 'Known from a report of November 2021.',
      actors: ['lai-mohammed', 'twitter'],
      demands: ['conditions-for-return'],
      sources: [
        {
          source: 'glance-ng-2021-11',
          quote: 'Out of about 12 conditions, Twitter has been able to meet 10.',
        },
        {
          source: 'glance-ng-2021-11',
          quote: '“I want to categorically say that Twitter was not banned by Nigera, it was only suspended.',
        },
      ],
      confidence: 'reported',
    },
    {
      id: 'lifting-approved',
      date: '2022-01-12',
      kind: 'agreement',
      title:
        'The President approves lifting the suspension from 00:00 on 13 January 2022; Twitter has committed to the conditions',
      actors: ['nitda', 'kashifu-inuwa-abdullahi', 'muhammadu-buhari', 'twitter'],
      demands: ['conditions-for-return'],
      responses: ['twitter-accepts-conditions'],
      sources: [
        {
          source: 'punch-2022-01-12',
          quote:
            '“The Federal Government of Nigeria directs me to inform the public that President Muhammadu Buhari, has approved the lifting of the suspension of Twitter operation in Nigeria effective from 12 am tonight, January 13, 2022.',
        },
        { source: 'courtroom-mail-conditions' },
      ],
      confidence: 'confirmed',
    },
    {
      id: 'suspension-lifted',
      date: '2022-01-13T00:00',
      kind: 'rescission',
      title: 'The lifting of the suspension takes effect at 00:00 WAT, as announced',
      description:
        'The announced effective time, not an observed restoration: a blog reports the ban lifted "by 2:00 am"; AFP ' +
        'found Twitter accessible in Lagos at 0600 GMT (07:00 WAT); Pulse reported the restoration partial, with only ' +
        'MTN and Airtel users reconnected. 00:00 WAT on 13 January was 15:00 on 12 January in California.',
      actors: ['federal-government-of-nigeria', 'twitter', 'alton'],
      demands: ['suspend-twitter-operations'],
      sources: [
        { source: 'punch-2022-01-12' },
        {
          source: 'pulse-twitter-restored',
          quote:
            "It must be noted that as at the time of this report, the restoration has been partial as users of service providers other than MTN and Airtel still couldn't get access to the platform.",
        },
        {
          source: 'business-recorder-afp-2022-01-13',
          quote:
            'Twitter was accessible in the Nigerian capital of Lagos as of 0600 GMT, an AFP journalist said.',
          note: 'Lagos is not the capital (sic).',
        },
        { source: 'ogefash-twitter-back' },
      ],
      confidence: 'confirmed',
    },
    {
      id: 'twitter-pleased',
      date: '2022-01-13',
      kind: 'statement',
      title: 'Twitter is "pleased" to be restored in Nigeria',
      actors: ['twitter'],
      sources: [
        {
          source: 'nigerian-news-twitter-back',
          quote:
            '“We are pleased that Twitter has been restored for everyone in Nigeria. Our mission in Nigeria & around the world, is to serve the public conversation,” the American company wrote.',
          note: 'Dated by the restoration of 13 January 2022 in Nigeria; its hour in California is not given.',
        },
      ],
      confidence: 'confirmed',
    },
    {
      id: 'legal-entity-reported',
      date: '2022-04/2022-04-28',
      kind: 'report',
      title: 'Twitter says it has a legal entity in Nigeria, without saying when it was set up',
      actors: ['twitter'],
      demands: ['conditions-for-return'],
      sources: [
        {
          source: 'forte-media-2022-04-28',
          quote:
            'According to a Twitter representative, the company now has a legal presence in Nigeria but did not state when this had happened.',
        },
      ],
      confidence: 'reported',
    },
  ],
  claims: [
    {
      id: 'suspension-222-days',
      topic: 'length-of-suspension',
      statement: 'The suspension lasted 222 days.',
      quantity: { low: 222, high: 222, qualifier: 'exactly', unit: 'days' },
      sources: [
        { source: 'punch-2022-01-12' },
        {
          source: 'courtroom-mail-conditions',
          note: '"5,328 hours (222 days) … between June 5, 2021 and January 12, 2022".',
        },
      ],
      confidence: 'confirmed',
    },
    {
      id: 'suspension-214-days',
      topic: 'length-of-suspension',
      statement: 'The suspension was lifted after 214 days.',
      quantity: { low: 214, high: 214, qualifier: 'exactly', unit: 'days' },
      sources: [{ source: 'pulse-twitter-restored' }],
      confidence: 'confirmed',
    },
    {
      id: 'tweet-removed-wednesday',
      topic: 'day-tweet-removed',
      statement: 'Twitter removed the tweet on Wednesday 2 June 2021.',
      date: '2021-06-02',
      sources: [
        { source: 'qed-tweet-removed' },
        { source: 'pulse-2021-06-02' },
        {
          source: 'gnn-reuters',
          quote:
            'On Wednesday, the U.S. tech firm said Buhari’s post threatening to punish groups blamed for attacks on government buildings had violated Twitter’s “abusive behaviour” policy.',
        },
      ],
      confidence: 'confirmed',
    },
    {
      id: 'tweet-removed-tuesday',
      topic: 'day-tweet-removed',
      statement:
        'The Punch says Twitter deleted the post on Tuesday, the day it was posted; the other sources say Wednesday 2 June.',
      date: '2021-06-01',
      sources: [
        {
          source: 'punch-2021-06-04',
          quote:
            'The PUNCH had earlier reported that Twitter deleted a post by the Nigerian President, Major General Muhammadu Buhari (retd.), on Tuesday.',
        },
      ],
      confidence: 'confirmed',
    },
  ],
};

/**
 * Nigeria and Twitter, 2021–2022: the removed presidential tweet of 2 June 2021, the indefinite suspension of
 * 4 June and the block overnight to 5 June, the conditions of 9 June (no deadline), and the lifting from 00:00 on
 * 13 January 2022 — with the disputed length of the suspension and the day the tweet was removed kept as claims.
 *
 * @category Datasets
 * @example
 * ```ts
 * import { demandOutcome } from 'dispute-timeline';
 * import { twitterNigeria2021 } from 'dispute-timeline/datasets';
 * const { status, resolvedOn } = demandOutcome(twitterNigeria2021, 'suspend-twitter-operations');
 * [status, resolvedOn?.text];
 * //=> ['rescinded', '2022-01-13T00:00']
 * ```
 */
export const twitterNigeria2021: Dispute = /* @__PURE__ */ parseDispute(data);
