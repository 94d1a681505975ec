import { parseDispute } from '../builder/json.js';
import type { Dispute, DisputeInput } from '../model/dispute.js';

const TORONTO = 'America/Toronto';

/**
 * Texts the case gives in more than one place (a quote, and the response's statement or the event's citation that
 * repeats it), each written once.
 */
const DAIJIWORLD_ARAB_NEWS_QUOTE =
  'The grace period is about to end and the company has not yet fulfilled the necessary organizational requirements';
const SAUDI_EMBASSY_2010_08_10_QUOTE =
  'cited positive developments in the completion of regulatory requirements';
const DOW_JONES_COPY_2010_08_07_QUOTE =
  'due to the efforts exerted by the mobile phone service providers in order to meet the regulatory demands of the commission';

/** The case in its JSON form; every date, quote, figure and URL is from the project's fact sheet. */
const data: DisputeInput = {
  id: 'saudi-blackberry-2010',
  title: 'Saudi Arabia and BlackBerry, 2010',
  summary:
    "On 2 August 2010 Saudi Arabia's Communications and Information Technology Commission (CITC) told STC, Mobily " +
    'and Zain that BlackBerry services would be suspended on 6 August, at the end of a three-month grace period. On ' +
    "7 August it extended the deadline to the end of Monday 9 August so that the operators' solutions could be " +
    'tested, and on 10 August it allowed BlackBerry Messenger to continue after "positive developments", while work ' +
    'on the remaining requirements continued. Dates are ' +
    'local to the actor: Saudi Arabia (Asia/Riyadh) and Research In Motion in Waterloo, Ontario (America/Toronto).',
  timeZone: 'Asia/Riyadh',
  countries: ['SA'],
  actors: [
    {
      id: 'government-of-saudi-arabia',
      name: 'Government of Saudi Arabia',
      kind: 'government',
      country: 'SA',
    },
    {
      id: 'citc',
      name: 'Communications and Information Technology Commission',
      kind: 'regulator',
      country: 'SA',
      aliases: ['CITC'],
      memberships: [{ organization: 'government-of-saudi-arabia' }],
    },
    { id: 'stc', name: 'STC', kind: 'telecom-operator', country: 'SA' },
    { id: 'mobily', name: 'Mobily', kind: 'telecom-operator', country: 'SA' },
    { id: 'zain', name: 'Zain', kind: 'telecom-operator', country: 'SA' },
    {
      id: 'rim',
      name: 'Research In Motion',
      kind: 'company',
      country: 'CA',
      aliases: ['RIM', 'BlackBerry'],
    },
  ],
  sources: [
    {
      id: 'daijiworld-arab-news',
      publisher: 'Daijiworld',
      url: 'https://daijiworld.com./news/newsDisplay?newsID=82618',
      published: '2010-08-04',
      copyOf: 'Arab News',
      note: 'A copy of an Arab News report.',
    },
    {
      id: 'dow-jones-copy-2010-08-07',
      publisher: '24hbongdda.site',
      url: 'https://24hbongdda.site/2010/08/07/saudi-telecom-watchdog-extends-blackberry-ban-deadline-to-monday-dj-newswires',
      copyOf: 'Dow Jones Newswires',
      note: 'A copy of a Dow Jones Newswires report.',
    },
    {
      id: 'zdnet-saudi-reprieve',
      publisher: 'ZDNet',
      url: 'https://www.zdnet.com/article/saudis-grant-rim-a-blackberry-reprieve/',
      note: 'Calls the extension a "48-hour reprieve".',
    },
    {
      id: 'saudi-embassy-2010-08-10',
      publisher: 'Saudi Embassy (Washington)',
      title: 'CITC allows continuation of BlackBerry Messenger Service',
      url: 'http://saudiembassy.net/latest_news/news08101001.aspx',
      published: '2010-08-10',
    },
    {
      id: 'itproportal-bbm-continues',
      publisher: 'ITProPortal',
      note:
        'The nearest verbatim text of the CITC statement found: it reads "toward … organizational requirements by the ' +
        'providers". Its URL is not known.',
    },
    {
      id: 'zdnet-bbm-continues',
      publisher: 'ZDNet',
      note: "Reports the 10 August decision and RIM's statement; its URL is not known.",
    },
    {
      id: 'silicon-republic-2010-08-10',
      publisher: 'Silicon Republic',
      published: '2010-08-10',
      note: "Reports the 10 August decision and RIM's statement; its URL is not known.",
    },
  ],
  demands: [
    {
      id: 'organisational-requirements',
      date: '2010-08-02',
      by: ['citc'],
      of: ['stc', 'mobily', 'zain', 'rim'],
      subjects: ['service-suspension', 'other'],
      services: ['BlackBerry services'],
      summary:
        "Meet the commission's organisational requirements by the end of the grace period, or BlackBerry services are suspended",
      consequence:
        'BlackBerry services suspended from 6 August 2010. Other reports say the ban covered the Messenger function ' +
        'only, not e-mail.',
      sources: [
        {
          source: 'daijiworld-arab-news',
          quote: DAIJIWORLD_ARAB_NEWS_QUOTE,
        },
      ],
    },
    {
      id: 'remaining-requirements',
      date: '2010-08-10',
      by: ['citc'],
      of: ['stc', 'mobily', 'zain', 'rim'],
      subjects: ['other'],
      services: ['BlackBerry services'],
      summary: "Work to fulfil the commission's remaining organisational requirements continues",
      sources: [
        {
          source: 'saudi-embassy-2010-08-10',
          note: 'With BlackBerry Messenger allowed to continue, work on the remaining requirements continues.',
        },
        { source: 'zdnet-bbm-continues' },
        { source: 'silicon-republic-2010-08-10' },
      ],
    },
  ],
  responses: [
    {
      id: 'rim-single-enterprise-solution',
      date: { value: '2010-08-02/2010-08-10', timeZone: TORONTO },
      by: ['rim'],
      to: ['organisational-requirements'],
      stance: 'refuse',
      summary:
        'RIM repeats that it has a single enterprise solution and applies a consistent standard to all governments',
      sources: [
        {
          source: 'zdnet-bbm-continues',
          note:
            'RIM "repeated" its position in the reports of 10 August 2010 (ZDNet, Silicon Republic): said in answer ' +
            'to the demand of 2 August and no later than those reports, read in Waterloo, Ontario.',
        },
        { source: 'silicon-republic-2010-08-10' },
      ],
    },
  ],
  deadlines: [
    {
      id: 'deadline-2010-08-06',
      due: '2010-08-06',
      setOn: '2010-08-02',
      setBy: ['citc'],
      demands: ['organisational-requirements'],
      summary: 'BlackBerry services suspended on 6 August 2010, at the end of the three-month grace period',
      consequence: 'BlackBerry services suspended.',
      outcome: {
        kind: 'extended',
        on: '2010-08-07',
        event: 'deadline-extended-to-monday',
        sources: [{ source: 'dow-jones-copy-2010-08-07' }, { source: 'zdnet-saudi-reprieve' }],
      },
      sources: [{ source: 'daijiworld-arab-news' }],
    },
    {
      id: 'deadline-2010-08-09',
      due: '2010-08-09',
      setOn: '2010-08-07',
      setBy: ['citc'],
      demands: ['organisational-requirements'],
      summary:
        "Deadline extended to the end of Monday 9 August so that the operators' solutions can be tested",
      consequence: 'BlackBerry services suspended.',
      extends: 'deadline-2010-08-06',
      outcome: {
        kind: 'rescinded',
        on: '2010-08-10',
        event: 'bbm-allowed-to-continue',
        sources: [
          {
            source: 'saudi-embassy-2010-08-10',
            quote: SAUDI_EMBASSY_2010_08_10_QUOTE,
            note: 'The page paraphrases the commission; it does not quote it.',
          },
        ],
        note: 'The deadline fell due at the end of Monday 9 August; the commission let BlackBerry Messenger continue the next day.',
      },
      sources: [
        {
          source: 'dow-jones-copy-2010-08-07',
          quote: DOW_JONES_COPY_2010_08_07_QUOTE,
        },
        { source: 'zdnet-saudi-reprieve', note: 'A "48-hour reprieve".' },
        { source: 'saudi-embassy-2010-08-10' },
      ],
    },
  ],
  events: [
    {
      id: 'citc-notifies-providers',
      date: '2010-08-02',
      kind: 'notification',
      title: 'CITC tells STC, Mobily and Zain that BlackBerry services will be suspended on 6 August',
      actors: ['citc', 'stc', 'mobily', 'zain'],
      demands: ['organisational-requirements'],
      deadlines: ['deadline-2010-08-06'],
      sources: [{ source: 'daijiworld-arab-news' }],
      confidence: 'reported',
    },
    {
      id: 'citc-announces-block',
      date: '2010-08-03',
      kind: 'announcement',
      title:
        'CITC announces the block of BlackBerry services from 6 August, at the end of a three-month grace period',
      description:
        'The grace period ran from 25/5 to 25/8/1431H. Other reports say the ban covered the Messenger function only, ' +
        'not e-mail.',
      actors: ['citc', 'rim'],
      demands: ['organisational-requirements'],
      deadlines: ['deadline-2010-08-06'],
      sources: [
        {
          source: 'daijiworld-arab-news',
          quote: DAIJIWORLD_ARAB_NEWS_QUOTE,
        },
      ],
      confidence: 'reported',
    },
    {
      id: 'deadline-extended-to-monday',
      date: '2010-08-07',
      kind: 'extension',
      title:
        "CITC extends the deadline to the end of Monday 9 August so that the operators' solutions can be tested",
      description:
        'An unnamed source reported a preliminary deal involving a server inside the kingdom; RIM has not confirmed ' +
        'it (see the claim on the preliminary deal).',
      actors: ['citc', 'stc', 'mobily', 'zain', 'rim'],
      demands: ['organisational-requirements'],
      deadlines: ['deadline-2010-08-06', 'deadline-2010-08-09'],
      sources: [
        {
          source: 'dow-jones-copy-2010-08-07',
          quote: DOW_JONES_COPY_2010_08_07_QUOTE,
        },
        { source: 'zdnet-saudi-reprieve', note: 'A "48-hour reprieve".' },
      ],
      confidence: 'reported',
    },
    {
      id: 'bbm-allowed-to-continue',
      date: '2010-08-10',
      kind: 'rescission',
      title: 'CITC allows BlackBerry Messenger to continue after "positive developments"',
      description:
        'The commission withdraws the threat of suspension, but work on the remaining requirements continues (the ' +
        'demand remaining-requirements). RIM repeated that it has a single enterprise solution and applies a ' +
        'consistent standard to all governments.',
      actors: ['citc', 'rim'],
      demands: ['organisational-requirements'],
      responses: ['rim-single-enterprise-solution'],
      deadlines: ['deadline-2010-08-09'],
      sources: [
        {
          source: 'saudi-embassy-2010-08-10',
          quote: SAUDI_EMBASSY_2010_08_10_QUOTE,
          note: 'The page paraphrases the commission; it does not quote it.',
        },
        { source: 'itproportal-bbm-continues' },
        { source: 'zdnet-bbm-continues' },
        { source: 'silicon-republic-2010-08-10' },
      ],
      confidence: 'confirmed',
    },
  ],
  claims: [
    {
      id: 'server-inside-the-kingdom',
      topic: 'preliminary-deal',
      statement:
        'An unnamed source reported a preliminary deal involving a server inside the kingdom. RIM has not confirmed it.',
      date: '2010-08-07',
      sources: [{ source: 'dow-jones-copy-2010-08-07' }, { source: 'zdnet-saudi-reprieve' }],
      confidence: 'reported',
    },
    {
      id: 'scope-all-blackberry-services',
      topic: 'scope-of-suspension',
      statement: 'BlackBerry services were to be suspended on 6 August 2010.',
      date: '2010-08-03',
      sources: [{ source: 'daijiworld-arab-news' }],
      confidence: 'reported',
    },
    {
      id: 'scope-messenger-only',
      topic: 'scope-of-suspension',
      statement: 'The ban covered the BlackBerry Messenger function only, not e-mail.',
      sources: [{ source: 'dow-jones-copy-2010-08-07' }],
      confidence: 'reported',
    },
  ],
};

/**
 * Saudi Arabia and BlackBerry, 2010: the CITC's notice of a suspension on 6 August 2010, its extension to
 * Monday 9 August, and its 10 August decision to let BlackBerry Messenger continue — the rows read only in copies
 * marked `reported`, and the "server inside the kingdom" detail kept as an unconfirmed claim.
 *
 * @category Datasets
 * @example
 * ```ts
 * import { saudiBlackberry2010 } from 'dispute-timeline/datasets';
 * saudiBlackberry2010.deadlines.map((deadline) => [deadline.id, deadline.extends ?? null]);
 * //=> [['deadline-2010-08-06', null], ['deadline-2010-08-09', 'deadline-2010-08-06']]
 * ```
 */
export const saudiBlackberry2010: Dispute = /* @__PURE__ */ parseDispute(data);
