import { parseDispute } from '../builder/json.js';
import type { Dispute, DisputeInput } from '../model/dispute.js';

/**
 * Texts the case gives in more than one place (a quote, and the response's statement or the event's citation that
 * repeats it), each written once.
 */
const DAILY_STAR_AFP_QUOTE =
  'In the public interest, we have today informed the providers of telecommunications services in the country of our decision to suspend the BlackBerry services of messenger, email and electronic browsing';
const THE_NATIONAL_SUSPENSION_WITHDRAWN_QUOTE =
  'all Blackberry services in the UAE will continue to operate as normal and no suspension of service will occur on October 11';

/** The case in its JSON form; every date, quote, figure and URL is from the project's fact sheet. */
const data: DisputeInput = {
  id: 'uae-blackberry-2010',
  title: 'The United Arab Emirates and BlackBerry, 2010',
  summary:
    'On 1 August 2010 the UAE Telecommunications Regulatory Authority (TRA) told the operators Etisalat and du that ' +
    'BlackBerry Messenger, e-mail and web browsing would be suspended from 11 October 2010, affecting about 500,000 ' +
    'users. On 8 October 2010 the TRA withdrew the suspension: the services were now compliant, and it credited ' +
    "Research In Motion's engagement. Dates are local to the UAE (Asia/Dubai).",
  timeZone: 'Asia/Dubai',
  countries: ['AE'],
  actors: [
    {
      id: 'government-of-the-uae',
      name: 'Government of the United Arab Emirates',
      kind: 'government',
      country: 'AE',
    },
    {
      id: 'tra',
      name: 'Telecommunications Regulatory Authority',
      kind: 'regulator',
      country: 'AE',
      aliases: ['TRA'],
      memberships: [{ organization: 'government-of-the-uae' }],
    },
    {
      id: 'mohamed-al-ghanem',
      name: 'Mohamed Al Ghanem',
      kind: 'person',
      country: 'AE',
      memberships: [{ organization: 'tra', role: 'Director General' }],
    },
    { id: 'etisalat', name: 'Etisalat', kind: 'telecom-operator', country: 'AE' },
    { id: 'du', name: 'du', kind: 'telecom-operator', country: 'AE' },
    {
      id: 'rim',
      name: 'Research In Motion',
      kind: 'company',
      country: 'CA',
      aliases: ['RIM', 'BlackBerry'],
    },
    {
      id: 'blackberry-users-uae',
      name: 'BlackBerry users in the UAE',
      kind: 'customer-group',
      country: 'AE',
    },
  ],
  sources: [
    {
      id: 'daily-star-afp',
      publisher: 'The Daily Star',
      title: 'UAE to suspend key BlackBerry services in October',
      url: 'https://www.thedailystar.net/news-detail-149045',
      note: 'An AFP report.',
    },
    {
      id: 'domain-b-2010-08-02',
      publisher: 'domain-b',
      published: '2010-08-02',
      note: 'Reports the planned suspension; its URL is not known.',
    },
    {
      id: 'the-national-suspension-withdrawn',
      publisher: 'The National',
      title: 'BlackBerry service suspension withdrawn',
      url: 'https://www.thenationalnews.com/uae/blackberry-service-suspension-withdrawn-1.496591/',
      note: 'Its standfirst and its body say "October 10"; it quotes the TRA saying 11 October.',
    },
    {
      id: 'business-standard-uae',
      publisher: 'Business Standard',
      url: 'https://business-standard.com/article/economy-policy/uae-to-continue-blackberry-services-suspends-ban-110100800169_1.html',
      note: 'Reports a "statement released on Friday" (8 October 2010).',
    },
  ],
  demands: [
    {
      id: 'suspend-blackberry-services',
      date: '2010-08-01',
      by: ['tra'],
      of: ['etisalat', 'du', 'rim'],
      subjects: ['service-suspension'],
      services: ['BBM', 'e-mail', 'web browsing'],
      summary: 'BlackBerry Messenger, e-mail and web browsing to be suspended from 11 October 2010',
      consequence:
        'The three services suspended in the UAE from 11 October 2010; about 500,000 users affected.',
      justification: 'The public interest.',
      sources: [
        {
          source: 'daily-star-afp',
          quote: DAILY_STAR_AFP_QUOTE,
        },
        { source: 'domain-b-2010-08-02' },
      ],
    },
  ],
  deadlines: [
    {
      id: 'deadline-2010-10-11',
      due: '2010-10-11',
      setOn: '2010-08-01',
      setBy: ['tra'],
      demands: ['suspend-blackberry-services'],
      summary: 'BlackBerry Messenger, e-mail and web browsing suspended from 11 October 2010',
      consequence: 'The three services suspended.',
      outcome: {
        kind: 'rescinded',
        on: '2010-10-08',
        event: 'suspension-withdrawn',
        sources: [
          {
            source: 'the-national-suspension-withdrawn',
            quote: THE_NATIONAL_SUSPENSION_WITHDRAWN_QUOTE,
          },
          { source: 'business-standard-uae', note: 'A "statement released on Friday".' },
        ],
      },
      sources: [
        { source: 'daily-star-afp' },
        {
          source: 'the-national-suspension-withdrawn',
          quote: THE_NATIONAL_SUSPENSION_WITHDRAWN_QUOTE,
        },
      ],
    },
  ],
  events: [
    {
      id: 'tra-announces-suspension',
      date: '2010-08-01',
      kind: 'demand',
      title:
        'TRA tells Etisalat and du that BlackBerry Messenger, e-mail and browsing will be suspended from 11 October',
      description: 'About 500,000 users would be affected.',
      actors: ['tra', 'mohamed-al-ghanem', 'etisalat', 'du', 'rim', 'blackberry-users-uae'],
      demands: ['suspend-blackberry-services'],
      deadlines: ['deadline-2010-10-11'],
      sources: [
        {
          source: 'daily-star-afp',
          quote: DAILY_STAR_AFP_QUOTE,
          note: 'Said by the TRA.',
        },
        { source: 'domain-b-2010-08-02' },
      ],
      confidence: 'confirmed',
    },
    {
      id: 'suspension-withdrawn',
      date: '2010-10-08',
      kind: 'rescission',
      title: 'TRA withdraws the suspension: BlackBerry services are now compliant',
      description:
        'The TRA says the services are now compliant and no suspension will occur, crediting RIM\'s "positive ' +
        'engagement and collaboration".',
      actors: ['tra', 'rim', 'etisalat'],
      demands: ['suspend-blackberry-services'],
      deadlines: ['deadline-2010-10-11'],
      sources: [
        {
          source: 'the-national-suspension-withdrawn',
          quote: THE_NATIONAL_SUSPENSION_WITHDRAWN_QUOTE,
        },
        { source: 'business-standard-uae', note: 'A "statement released on Friday".' },
      ],
      confidence: 'confirmed',
    },
  ],
  claims: [
    {
      id: 'suspension-date-11-october',
      topic: 'suspension-date',
      statement: 'The suspension was to start on 11 October 2010.',
      sources: [
        { source: 'daily-star-afp' },
        {
          source: 'the-national-suspension-withdrawn',
          quote: THE_NATIONAL_SUSPENSION_WITHDRAWN_QUOTE,
          note: 'Quoting the TRA.',
        },
      ],
      confidence: 'confirmed',
    },
    {
      id: 'suspension-date-10-october',
      topic: 'suspension-date',
      statement:
        'The National gives "October 10", in its standfirst and in its body. The article also quotes the TRA saying ' +
        '11 October; the fact sheet uses 11 October.',
      sources: [
        {
          source: 'the-national-suspension-withdrawn',
          quote: 'expected to be suspended … on October 10',
          note: 'In its body; its standfirst also says "October 10".',
        },
      ],
      confidence: 'confirmed',
    },
    {
      id: 'affected-users-uae',
      topic: 'affected-users',
      statement: 'About 500,000 BlackBerry users in the UAE would be affected.',
      quantity: { low: 500_000, high: 500_000, qualifier: 'about', unit: 'users' },
      date: '2010-08-01',
      sources: [{ source: 'daily-star-afp' }],
      confidence: 'confirmed',
    },
  ],
};

/**
 * The United Arab Emirates and BlackBerry, 2010: the TRA's 1 August 2010 decision to suspend BlackBerry Messenger,
 * e-mail and web browsing from 11 October, and its withdrawal on 8 October — with The National's "October 10"
 * standfirst recorded as a claim beside the 11 October date.
 *
 * @category Datasets
 * @example
 * ```ts
 * import { uaeBlackberry2010 } from 'dispute-timeline/datasets';
 * uaeBlackberry2010.deadlines.map((deadline) => [deadline.due, deadline.outcome?.kind, deadline.outcome?.on]);
 * //=> [['2010-10-11', 'rescinded', '2010-10-08']]
 * ```
 */
export const uaeBlackberry2010: Dispute = /* @__PURE__ */ parseDispute(data);
