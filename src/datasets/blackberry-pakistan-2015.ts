import { parseDispute } from '../builder/json.js';
import type { Dispute, DisputeInput } from '../model/dispute.js';

const TORONTO = 'America/Toronto';

/**
 * Texts the case gives in more than one place (a quote, and the response's statement or the event's citation that
 * repeats it), each written once.
 */
const REUTERS_2015_07_24_QUOTE =
  'PTA has issued directions to local mobile phone operators to close BlackBerry Enterprise Services from Nov. 30 on security reasons';
const USA_TODAY_2015_11_30_QUOTE =
  "we do not support 'back doors' granting open access to our customers' information";
const DOMAIN_B_2015_11_30_QUOTE = 'After November 30, BlackBerry will no longer operate in Pakistan.';
const REUTERS_2015_12_31_QUOTE =
  'After productive discussions, the Government of Pakistan has rescinded its shutdown order, and BlackBerry has decided to remain in the Pakistan market.';
const EXPRESS_TRIBUNE_2015_07_24_QUOTE =
  'There are few users of this service whose number would not be more than 4,000 to 5,000 in Pakistan';
const VALUEWALK_BLACKBERRY_STAYS_QUOTE = "on Dec. 31, the next day of the company's due date";

/** The case in its JSON form; every date, quote, figure and URL is from the project's fact sheet. */
const data: DisputeInput = {
  id: 'blackberry-pakistan-2015',
  title: 'Pakistan and BlackBerry Enterprise Service, 2015',
  summary:
    'In July 2015 Pakistan demanded access to BlackBerry Enterprise Service (BES) traffic and ordered BES shut down ' +
    'from 1 December 2015. ' +
    'On 30 November BlackBerry announced it would leave Pakistan rather than give access to BES traffic; the same day ' +
    'the shutdown was extended to 30 December. On 31 December BlackBerry announced that the government had rescinded ' +
    'its order and that it would stay, giving no access to BES content or servers. Dates are local to the actor: ' +
    'Pakistan (Asia/Karachi) and BlackBerry in Waterloo, Ontario (America/Toronto), except the two posts of ' +
    "30 November, which are read in Pakistan's day (Asia/Karachi).",
  timeZone: 'Asia/Karachi',
  countries: ['PK'],
  actors: [
    { id: 'government-of-pakistan', name: 'Government of Pakistan', kind: 'government', country: 'PK' },
    {
      id: 'ministry-of-interior',
      name: 'Ministry of Interior',
      kind: 'ministry',
      country: 'PK',
      aliases: ['Interior Ministry'],
      memberships: [{ organization: 'government-of-pakistan' }],
    },
    {
      id: 'pta',
      name: 'Pakistan Telecommunication Authority',
      kind: 'regulator',
      country: 'PK',
      aliases: ['PTA'],
      memberships: [{ organization: 'government-of-pakistan' }],
    },
    {
      id: 'khurram-mehran',
      name: 'Khurram Mehran',
      kind: 'person',
      country: 'PK',
      memberships: [{ organization: 'pta', role: 'Spokesman' }],
    },
    {
      id: 'syed-ismail-shah',
      name: 'Syed Ismail Shah',
      kind: 'person',
      country: 'PK',
      memberships: [{ organization: 'pta', role: 'Chairman' }],
    },
    {
      id: 'pakistan-mobile-operators',
      name: 'Mobile phone operators in Pakistan',
      kind: 'telecom-operator',
      country: 'PK',
    },
    {
      id: 'blackberry',
      name: 'BlackBerry',
      kind: 'company',
      country: 'CA',
      aliases: ['BlackBerry Ltd', 'Research In Motion', 'RIM'],
    },
    {
      id: 'marty-beard',
      name: 'Marty Beard',
      kind: 'person',
      memberships: [{ organization: 'blackberry', role: 'Chief Operating Officer' }],
    },
    {
      id: 'bes-customers-pakistan',
      name: 'BES customers in Pakistan',
      kind: 'customer-group',
      country: 'PK',
    },
    { id: 'government-of-india', name: 'Government of India', kind: 'government', country: 'IN' },
  ],
  sources: [
    {
      id: 'reuters-2015-07-24',
      publisher: 'Reuters',
      url: 'http://cn.reuters.com/article/pakistan-telecoms-idCNL3N1045FS20150724',
      published: '2015-07-24',
      note: 'Datelined Karachi.',
    },
    {
      id: 'express-tribune-2015-07-24',
      publisher: 'The Express Tribune',
      title: "Due to 'security reasons', BlackBerry's enterprise services to be banned in Pakistan",
      url: 'https://tribune.com.pk/story/925906/due-to-security-reasons-blackberrys-enterprise-services-to-be-banned-in-pakistan/',
      published: '2015-07-24',
    },
    {
      id: 'mashable-origin',
      publisher: 'Mashable',
      published: '2015-11-30~/2015-12-01~',
      note:
        "The project's origin article; its URL is not known. Published around 30 November to 1 December 2015. " +
        'Its figure of about 5,000 companies is not supported by the primary reports.',
    },
    {
      id: 'verge-2015-11-30',
      publisher: 'The Verge',
      title: 'BlackBerry leaves Pakistan following government backdoor demands',
      url: 'https://www.theverge.com/2015/11/30/9818502/blackberry-pakistan-ends-service-government',
    },
    {
      id: 'cnet-2015-11-30',
      publisher: 'CNET',
      note: 'Reports that BlackBerry "said Monday" (30 November 2015); its URL is not known.',
    },
    {
      id: 'domain-b-2015-11-30',
      publisher: 'domain-b',
      published: '2015-11-30',
      note: 'Quotes the original wording of the Inside BlackBerry post; its URL is not known.',
    },
    {
      id: 'usa-today-2015-11-30',
      publisher: 'USA Today',
      note: "Quotes BlackBerry's post on back doors; its URL is not known.",
    },
    {
      id: 'reuters-2015-11-30',
      publisher: 'Reuters',
      author: 'Katharine Houreld',
      title: 'BlackBerry delays Pakistan shutdown as talks on govt access continue',
      url: 'http://www.reuters.com/article/pakistan-telecoms-idUSL3N13P41120151130',
      published: '2015-11-30',
      note: 'Datelined Islamabad.',
    },
    {
      id: 'propakistani-2015-12-01',
      publisher: 'ProPakistani',
      title: 'PTA Gives Blackberry Another Month…',
      url: 'https://propakistani.pk/2015/12/01/pta-gives-blackberry-another-month-to-reach-a-deal-and-stay-in-pakistan/',
      published: '2015-12-01',
    },
    {
      id: 'reuters-2015-12-31',
      publisher: 'Reuters',
      title: 'Blackberry says will continue operations in Pakistan',
      url: 'http://www.reuters.com/article/pakistan-telecoms-idUSL3N14K2WB20151231',
      published: '2015-12-31',
    },
    {
      id: 'bbc-blackberry-stays',
      publisher: 'BBC',
      title: 'Blackberry to keep operating in Pakistan',
      url: 'https://www.bbc.co.uk/news/technology-35204922',
    },
    {
      id: 'valuewalk-blackberry-stays',
      publisher: 'ValueWalk',
      url: 'https://www.valuewalk.com/2016/01/blackberry-ltd-to-stay-in-pakistan/',
    },
    {
      id: 'news18-2010-08-12',
      publisher: 'News18',
      title: 'Government gives BlackBerry Aug 31 deadline',
      url: 'http://www.news18.com/news/india/blackberry-deadline-346122.html',
      published: '2010-08-12',
    },
    {
      id: 'nine-com-au',
      publisher: 'nine.com.au',
      note: 'Gives 31 December as the new shutdown date; its URL is not known.',
    },
    {
      id: 'mag92',
      publisher: 'mag92',
      note: 'Gives 31 December as the new shutdown date; its URL is not known.',
    },
    {
      id: '5gtechnologyworld',
      publisher: '5gtechnologyworld',
      note: 'Says BlackBerry "announced Monday" that it would stay; its URL is not known.',
    },
  ],
  demands: [
    {
      id: 'bes-traffic-access',
      date: '2015-07',
      by: ['pta'],
      of: ['blackberry'],
      subjects: ['traffic-monitoring', 'lawful-access'],
      services: ['BES'],
      summary:
        'Access to BlackBerry Enterprise Service traffic in Pakistan, or BES shut down by 30 November 2015',
      consequence: 'BES shut down in Pakistan: no BES connection active after 30 November 2015.',
      justification: 'Security reasons.',
      sources: [
        {
          source: 'reuters-2015-11-30',
          quote: 'PTA had in July demanded BlackBerry give it access to its BES … or shut it down by Nov. 30',
          note: 'Reuters says so on 30 November and on 31 December 2015; no source gives the day in July.',
        },
        { source: 'reuters-2015-12-31' },
        {
          source: 'verge-2015-11-30',
          quote: 'demanded access to BlackBerry Enterprise Service emails and BBM chats',
          note: 'The order came "in July". "All BES traffic" is the wording of BlackBerry\'s blog post, not The Verge\'s.',
        },
        {
          source: 'mashable-origin',
          quote:
            'Pakistan was essentially demanding unfettered access to all of our BES customers’ information.',
        },
      ],
    },
    {
      id: 'bes-shutdown-order',
      date: '2015-07-24',
      by: ['ministry-of-interior', 'pta'],
      of: ['pakistan-mobile-operators'],
      subjects: ['service-suspension'],
      services: ['BES'],
      summary: 'Close BlackBerry Enterprise Services from 30 November 2015; BIS, voice and SMS unaffected',
      consequence: 'No BES connection active after 30 November 2015; BES blocked from 1 December 2015.',
      justification: 'Security reasons.',
      sources: [
        {
          source: 'reuters-2015-07-24',
          quote: REUTERS_2015_07_24_QUOTE,
        },
        { source: 'express-tribune-2015-07-24' },
      ],
    },
  ],
  responses: [
    {
      id: 'blackberry-exit',
      date: '2015-11-30',
      sequence: 1,
      by: ['blackberry', 'marty-beard'],
      to: ['bes-traffic-access'],
      stance: 'leave-market',
      summary: 'BlackBerry will leave Pakistan (BES and BIS) rather than give access to BES traffic',
      statement:
        "remaining in Pakistan would have meant forfeiting our commitment to protect our users' privacy. " +
        'That is a compromise we are not willing to make.',
      sources: [
        { source: 'verge-2015-11-30' },
        {
          source: 'usa-today-2015-11-30',
          quote: USA_TODAY_2015_11_30_QUOTE,
        },
        {
          source: 'domain-b-2015-11-30',
          quote: DOMAIN_B_2015_11_30_QUOTE,
        },
      ],
    },
    {
      id: 'blackberry-delays-exit',
      date: '2015-11-30',
      sequence: 3,
      by: ['blackberry'],
      to: ['bes-traffic-access', 'bes-shutdown-order'],
      stance: 'negotiate',
      summary: 'BlackBerry delays its exit until 30 December while talks continue',
      statement:
        'The government "has extended its shutdown order from November 30 to December 30"; BlackBerry "will delay its exit … until then."',
      sources: [
        {
          source: 'reuters-2015-11-30',
          note: 'Answers the shutdown order as well as the demand for access: the exit is delayed to the new shutdown date.',
        },
        { source: 'propakistani-2015-12-01' },
      ],
    },
    {
      id: 'blackberry-stays',
      date: { value: '2015-12-31', timeZone: TORONTO },
      by: ['blackberry', 'marty-beard'],
      to: ['bes-traffic-access'],
      stance: 'refuse',
      summary: 'BlackBerry stays in Pakistan, giving no access to BES content or servers',
      statement:
        "…accepting BlackBerry's position that we cannot provide the content of our customers' BES traffic, " +
        'nor will we provide access to our BES servers.',
      sources: [{ source: 'reuters-2015-12-31' }, { source: 'bbc-blackberry-stays' }],
    },
  ],
  deadlines: [
    {
      id: 'deadline-2015-11-30',
      due: '2015-11-30',
      setOn: '2015-07-24',
      setBy: ['ministry-of-interior', 'pta'],
      demands: ['bes-shutdown-order', 'bes-traffic-access'],
      summary: 'Last day of BES in Pakistan: no BES connection active after 30 November 2015',
      consequence: 'BES blocked from 1 December 2015.',
      outcome: {
        kind: 'extended',
        on: '2015-11-30',
        event: 'pta-extends-deadline',
        sources: [{ source: 'reuters-2015-11-30' }, { source: 'propakistani-2015-12-01' }],
      },
      sources: [{ source: 'reuters-2015-07-24' }, { source: 'express-tribune-2015-07-24' }],
    },
    {
      id: 'deadline-2015-12-30',
      due: '2015-12-30',
      setOn: '2015-11-30',
      setBy: ['pta'],
      demands: ['bes-shutdown-order', 'bes-traffic-access'],
      summary:
        'Shutdown order extended from 30 November to 30 December; BlackBerry announces its exit for that date',
      consequence: 'BES shut down and BlackBerry leaves Pakistan.',
      extends: 'deadline-2015-11-30',
      outcome: {
        kind: 'rescinded',
        event: 'rescission-announced',
        sources: [
          {
            source: 'reuters-2015-12-31',
            quote: REUTERS_2015_12_31_QUOTE,
          },
          { source: 'bbc-blackberry-stays' },
        ],
        note:
          "The date of the government's decision is not known: BlackBerry announced the rescission on 31 December 2015 " +
          '(Waterloo, Ontario), the day after the deadline, so it ended some time after the extension was set and no ' +
          'later than that announcement.',
      },
      sources: [{ source: 'reuters-2015-11-30' }, { source: 'bbc-blackberry-stays' }],
    },
  ],
  events: [
    {
      id: 'india-2010-precedent',
      date: '2010',
      kind: 'demand',
      title: 'Precedent: India demands real-time access to traffic through BlackBerry servers',
      description:
        'The origin article recalls that in 2010 India made a similar demand; BlackBerry negotiated, set up servers in ' +
        'India and reportedly gave access to some consumer services only. See the India–BlackBerry 2010 dataset.',
      actors: ['government-of-india', 'blackberry'],
      sources: [
        {
          source: 'mashable-origin',
          quote:
            'Back on 2010, India also made a similar demand for real-time access to traffic going through BlackBerry’s enterprise and consumer servers.',
        },
        {
          source: 'news18-2010-08-12',
          note: 'The Indian demand of 12 August 2010, with its 31 August deadline.',
        },
      ],
      confidence: 'confirmed',
      tags: ['precedent'],
    },
    {
      id: 'interior-ministry-decision',
      date: '2015-07-24',
      kind: 'order',
      title: 'Interior Ministry decides to block BES from 1 December 2015',
      description:
        'The Interior Ministry decided "on Friday" to block BlackBerry Enterprise Service from 1 December 2015.',
      actors: ['ministry-of-interior', 'government-of-pakistan'],
      demands: ['bes-shutdown-order', 'bes-traffic-access'],
      deadlines: ['deadline-2015-11-30'],
      sources: [{ source: 'reuters-2015-07-24' }, { source: 'express-tribune-2015-07-24' }],
      confidence: 'confirmed',
    },
    {
      id: 'pta-directs-operators',
      date: '2015-07/2015-07-24',
      kind: 'notification',
      title: 'PTA tells mobile operators that no BES connection may be active after 30 November',
      description:
        "PTA letters to operators: no BES connection active after 30 November 2015, 90 days' notice to BES customers; " +
        "BIS, voice and SMS unaffected. The letters' own date is not given: they were sent in July (the origin " +
        'article: "On July") and reported on 24 July 2015, so the date is the range from 1 to 24 July.',
      actors: ['pta', 'pakistan-mobile-operators', 'bes-customers-pakistan'],
      demands: ['bes-shutdown-order'],
      deadlines: ['deadline-2015-11-30'],
      sources: [
        {
          source: 'reuters-2015-07-24',
          quote: REUTERS_2015_07_24_QUOTE,
          note: 'Said by a PTA official.',
        },
        { source: 'express-tribune-2015-07-24' },
        {
          source: 'mashable-origin',
          quote:
            'On July, the Pakistan Telecommunications Authority notified carriers that BES servers won’t be allowed to operate in the country alluding to security reasons',
        },
      ],
      confidence: 'confirmed',
    },
    {
      id: 'pta-affected-users',
      date: '2015-07-24',
      kind: 'statement',
      title: 'PTA spokesman: about 4,000 to 5,000 BES users would be affected',
      actors: ['khurram-mehran', 'pta', 'bes-customers-pakistan'],
      demands: ['bes-shutdown-order'],
      sources: [
        {
          source: 'express-tribune-2015-07-24',
          quote: EXPRESS_TRIBUNE_2015_07_24_QUOTE,
        },
      ],
      confidence: 'confirmed',
    },
    {
      id: 'blackberry-exit-announced',
      date: '2015-11-30',
      sequence: 1,
      kind: 'announcement',
      title: 'BlackBerry announces it will leave Pakistan rather than give access to BES traffic',
      description:
        'Chief Operating Officer Marty Beard on the Inside BlackBerry blog: a full exit, BES and BIS. The original post said ' +
        '"After November 30, BlackBerry will no longer operate in Pakistan." Dated in Pakistan\'s day: the outlets ' +
        'report it on Monday 30 November, and a report outside the fact sheet (Vice/Motherboard) says it went up ' +
        '"Monday morning, Pakistan local time", with the update "late Sunday night" in Waterloo.',
      actors: ['blackberry', 'marty-beard'],
      demands: ['bes-traffic-access'],
      responses: ['blackberry-exit'],
      deadlines: ['deadline-2015-11-30'],
      sources: [
        { source: 'verge-2015-11-30' },
        { source: 'cnet-2015-11-30', note: 'BlackBerry "said Monday".' },
        {
          source: 'domain-b-2015-11-30',
          quote: DOMAIN_B_2015_11_30_QUOTE,
        },
        {
          source: 'usa-today-2015-11-30',
          quote: USA_TODAY_2015_11_30_QUOTE,
        },
        {
          source: 'mashable-origin',
          quote:
            'Pakistan’s demand was not a question of public safety; we are more than happy to assist law enforcement agencies in ' +
            'investigations of criminal activity, rather, Pakistan was essentially demanding unfettered access to all of our BES customers’ information.',
        },
      ],
      confidence: 'confirmed',
    },
    {
      id: 'pta-extends-deadline',
      date: '2015-11-30',
      sequence: 2,
      kind: 'extension',
      title: 'PTA extends the shutdown by a month, to 30 December',
      description:
        "The same day as BlackBerry's announcement, the PTA chairman suggested a one-month extension.",
      actors: ['syed-ismail-shah', 'pta', 'blackberry'],
      demands: ['bes-shutdown-order', 'bes-traffic-access'],
      deadlines: ['deadline-2015-11-30', 'deadline-2015-12-30'],
      sources: [
        {
          source: 'reuters-2015-11-30',
          quote:
            'The level of access is still under discussion … We can extend the deadline and they can continue to work until then.',
          note: 'Said by PTA chairman Syed Ismail Shah.',
        },
        { source: 'propakistani-2015-12-01' },
      ],
      confidence: 'confirmed',
    },
    {
      id: 'blackberry-exit-delayed',
      date: '2015-11-30',
      sequence: 3,
      kind: 'announcement',
      title: 'BlackBerry updates its post: it will delay its exit until 30 December',
      description:
        'The updated post: the government "has extended its shutdown order from November 30 to December 30"; BlackBerry ' +
        '"will delay its exit … until then."',
      actors: ['blackberry'],
      demands: ['bes-traffic-access'],
      responses: ['blackberry-delays-exit'],
      deadlines: ['deadline-2015-12-30'],
      sources: [{ source: 'reuters-2015-11-30' }, { source: 'propakistani-2015-12-01' }],
      confidence: 'confirmed',
    },
    {
      id: 'rescission-announced',
      date: { value: '2015-12-31', timeZone: TORONTO },
      kind: 'rescission',
      title: 'BlackBerry: Pakistan has rescinded its shutdown order, and BlackBerry will stay',
      description:
        "Marty Beard's blog post, the day after the 30 December deadline. BlackBerry gives no access to BES content or " +
        "servers. The date of the government's own decision is not known.",
      actors: ['blackberry', 'marty-beard', 'government-of-pakistan', 'pta'],
      demands: ['bes-traffic-access', 'bes-shutdown-order'],
      responses: ['blackberry-stays'],
      deadlines: ['deadline-2015-12-30'],
      sources: [
        {
          source: 'reuters-2015-12-31',
          quote: REUTERS_2015_12_31_QUOTE,
          note: 'BlackBerry "said on Thursday".',
        },
        { source: 'bbc-blackberry-stays' },
        { source: 'valuewalk-blackberry-stays', quote: VALUEWALK_BLACKBERRY_STAYS_QUOTE },
      ],
      confidence: 'confirmed',
    },
  ],
  claims: [
    {
      id: 'affected-origin-article',
      topic: 'affected-bes-customers',
      statement: 'About 5,000 companies that are BES customers in Pakistan would be affected.',
      quantity: { low: 5000, high: 5000, qualifier: 'about', unit: 'companies' },
      sources: [
        {
          source: 'mashable-origin',
          quote: 'The move would affect approximately 5,000 companies who are BES customers in Pakistan.',
        },
      ],
      confidence: 'confirmed',
    },
    {
      id: 'affected-pta',
      topic: 'affected-bes-customers',
      statement: 'Not more than 4,000 to 5,000 BES users in Pakistan.',
      quantity: { low: 4000, high: 5000, qualifier: 'at-most', unit: 'users' },
      date: '2015-07-24',
      sources: [
        {
          source: 'express-tribune-2015-07-24',
          quote: EXPRESS_TRIBUNE_2015_07_24_QUOTE,
        },
      ],
      confidence: 'confirmed',
    },
    {
      id: 'affected-verge',
      topic: 'affected-bes-customers',
      statement: 'BlackBerry has a reported 5,000 enterprise users in Pakistan.',
      quantity: { low: 5000, high: 5000, qualifier: 'about', unit: 'users' },
      sources: [{ source: 'verge-2015-11-30', quote: 'its reported 5,000 Pakistani enterprise users' }],
      confidence: 'confirmed',
    },
    {
      id: 'affected-propakistani',
      topic: 'affected-bes-customers',
      statement: 'Fewer than 5,000 BES users or customers in Pakistan.',
      quantity: { high: 5000, qualifier: 'at-most', unit: 'users' },
      sources: [{ source: 'propakistani-2015-12-01', quote: 'less than 5,000' }],
      confidence: 'confirmed',
    },
    {
      id: 'exit-date-30-december',
      topic: 'extended-shutdown-date',
      statement:
        'The extended shutdown date, and the date BlackBerry announced for its exit, was 30 December 2015.',
      date: '2015-11-30',
      sources: [
        { source: 'reuters-2015-11-30' },
        { source: 'bbc-blackberry-stays' },
        {
          source: 'mashable-origin',
          quote:
            'BlackBerry will be leaving the country on December 30, which is the deadline lapse given by the government to stop operations.',
        },
      ],
      confidence: 'confirmed',
    },
    {
      id: 'exit-date-31-december',
      topic: 'extended-shutdown-date',
      statement:
        'Some outlets give 31 December 2015 as the new shutdown date. The fact sheet judges this wrong: the primary reports say 30 December.',
      sources: [{ source: 'nine-com-au' }, { source: 'mag92' }],
      confidence: 'confirmed',
    },
    {
      id: 'stay-announced-thursday',
      topic: 'stay-announcement-day',
      statement: 'BlackBerry announced on Thursday 31 December 2015 that it would stay in Pakistan.',
      date: { value: '2015-12-31', timeZone: TORONTO },
      sources: [
        { source: 'reuters-2015-12-31', note: 'BlackBerry "said on Thursday".' },
        { source: 'valuewalk-blackberry-stays', quote: VALUEWALK_BLACKBERRY_STAYS_QUOTE },
      ],
      confidence: 'confirmed',
    },
    {
      id: 'stay-announced-monday',
      topic: 'stay-announcement-day',
      statement:
        'One outlet says BlackBerry "announced Monday" that it would stay. This conflicts with Reuters\' "Thursday"; the fact sheet treats it as wrong.',
      sources: [{ source: '5gtechnologyworld' }],
      confidence: 'confirmed',
    },
  ],
};

/**
 * Pakistan and BlackBerry Enterprise Service, 2015: the July 2015 order, BlackBerry's 30 November exit
 * announcement and the same-day extension to 30 December, and the 31 December rescission — every event with its
 * sources, and the disputed count of affected customers recorded claim by claim.
 *
 * @category Datasets
 * @example
 * ```ts
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * blackberryPakistan2015.deadlines.map((deadline) => deadline.due);
 * //=> ['2015-11-30', '2015-12-30']
 * ```
 */
export const blackberryPakistan2015: Dispute = /* @__PURE__ */ parseDispute(data);
