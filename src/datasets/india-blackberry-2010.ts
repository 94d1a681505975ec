import { parseDispute } from '../builder/json.js';
import type { Dispute, DisputeInput } from '../model/dispute.js';

const TORONTO = 'America/Toronto';
/** India's zone, written out on RIM's records that are dated by the publication day of an Indian report. */
const KOLKATA = 'Asia/Kolkata';

/**
 * Texts the case gives in more than one place (a quote, and the response's statement or the event's citation that
 * repeats it), each written once.
 */
const IANS_DAINIKDISHA_QUOTE =
  'If a technical solution is not provided by Aug 31, 2010, the government will review the position and take steps to block these two services from the network';
const REUTERS_INDIA_REPRIEVE_QUOTE =
  'asking us to ensure that legal intervention capability is put in place for BlackBerry services by 31 August 2010';
const TELEFONINO_RIM_STATEMENT_QUOTE =
  'RIM maintains a consistent global standard for lawful access requirements that does not include special deals for specific countries';
const ASIAN_AGE_2010_09_19_QUOTE =
  'RIM simply has no ability to read the encrypted information and has no master key or backdoor key to allow access';
const REDIFF_2011_01_24_QUOTE =
  'It would be to the benefit of all involved for the government to now issue a directive…';
const ALLTHINGSD_2011_01_31_QUOTE = 'the keys of that service are with the corporate enterprises';
const ECONOMIC_TIMES_2013_07_QUOTE =
  'this enablement of lawful access does not extend to BlackBerry Enterprise Server';
const DOMAIN_B_2011_10_28_QUOTE = 'We are not operating under any deadlines…';
const MASHABLE_ORIGIN_QUOTE =
  'The company set up servers in India and reportedly provided the Indian government the ability to track in real-time, but just to certain consumer services such as emails and email attachments as well as whether messages sent over BlackBerry Messenger were delivered and read.';

/** The membership of the ministries, departments and agencies that are part of the Government of India. */
const OF_THE_GOVERNMENT = [{ organization: 'government-of-india' }];

/** The case in its JSON form; every date, quote, figure and URL is from the project's fact sheet. */
const data: DisputeInput = {
  id: 'india-blackberry-2010',
  title: 'India and Research In Motion (BlackBerry), 2010–2013',
  summary:
    'On 12 August 2010 India demanded that BlackBerry Enterprise Server (BES) and BlackBerry Messenger (BBM) be ' +
    'accessible to law enforcement by 31 August 2010, or the two services would be blocked. The deadline was extended ' +
    'to 31 October 2010 and then to 31 January 2011. Research In Motion (RIM) delivered a solution for BBM but said it ' +
    'could not give access to BES, whose keys only its enterprise customers hold; on 13 February 2011 the Department ' +
    'of Telecommunications ordered operators to suspend services that cannot be monitored. A Mumbai facility was ' +
    'reported in October 2011 and a Mumbai server in February 2012; in July 2013 the interception system was declared ' +
    'ready for consumer services, BES excluded. Dates are local to the actor: India (Asia/Kolkata) and RIM in ' +
    'Waterloo, Ontario (America/Toronto); a RIM statement dated only by the day an Indian report published it is ' +
    "read in India's zone.",
  timeZone: 'Asia/Kolkata',
  countries: ['IN'],
  actors: [
    { id: 'government-of-india', name: 'Government of India', kind: 'government', country: 'IN' },
    {
      id: 'mha',
      name: 'Ministry of Home Affairs',
      kind: 'ministry',
      country: 'IN',
      aliases: ['MHA', 'Home Ministry'],
      memberships: OF_THE_GOVERNMENT,
    },
    {
      id: 'g-k-pillai',
      name: 'G.K. Pillai',
      kind: 'person',
      country: 'IN',
      memberships: [{ organization: 'mha', role: 'Home Secretary' }],
    },
    {
      id: 'p-chidambaram',
      name: 'P. Chidambaram',
      kind: 'person',
      country: 'IN',
      memberships: [{ organization: 'mha', role: 'Home Minister' }],
    },
    {
      id: 'dot',
      name: 'Department of Telecommunications',
      kind: 'ministry',
      country: 'IN',
      aliases: ['DoT'],
      memberships: OF_THE_GOVERNMENT,
    },
    {
      id: 'kapil-sibal',
      name: 'Kapil Sibal',
      kind: 'person',
      country: 'IN',
      memberships: [{ organization: 'government-of-india', role: 'Telecom Minister' }],
    },
    {
      id: 'ib',
      name: 'Intelligence Bureau',
      kind: 'agency',
      country: 'IN',
      aliases: ['IB'],
      memberships: OF_THE_GOVERNMENT,
    },
    {
      id: 'ntro',
      name: 'National Technical Research Organisation',
      kind: 'agency',
      country: 'IN',
      aliases: ['NTRO'],
      memberships: OF_THE_GOVERNMENT,
    },
    {
      id: 'indian-security-agencies',
      name: 'Indian security agencies',
      kind: 'agency',
      country: 'IN',
      description: 'The law-enforcement and security agencies as the sources name them together.',
      memberships: OF_THE_GOVERNMENT,
    },
    {
      id: 'indian-operators',
      name: 'Mobile operators in India',
      kind: 'telecom-operator',
      country: 'IN',
      description:
        'The operators that carry BlackBerry services. The 13 February 2011 order went to Bharti, Vodafone, Idea, ' +
        'RCom, Tata, BSNL and MTNL; the July 2013 note concerned 10 telcos.',
    },
    { id: 'tata-teleservices', name: 'Tata Teleservices', kind: 'telecom-operator', country: 'IN' },
    {
      id: 'rim',
      name: 'Research In Motion',
      kind: 'company',
      country: 'CA',
      aliases: ['RIM', 'BlackBerry'],
    },
    {
      id: 'robert-crow',
      name: 'Robert Crow',
      kind: 'person',
      memberships: [{ organization: 'rim', role: 'Vice President' }],
    },
    {
      id: 'balsillie',
      name: 'Balsillie',
      kind: 'person',
      description: 'Co-CEO of RIM; the sources as read give only his surname.',
      memberships: [{ organization: 'rim', role: 'Co-CEO' }],
    },
  ],
  sources: [
    {
      id: 'ians-dainikdisha',
      publisher: 'dainikdisha',
      url: 'http://dainikdisha.com/?p=122041',
      note: 'An IANS report of the Ministry of Home Affairs statement of 12 August 2010.',
    },
    {
      id: 'news18-2010-08-12',
      publisher: 'News18',
      title: 'Government gives BlackBerry Aug 31 deadline',
      url: 'http://www.news18.com/news/india/blackberry-deadline-346122.html',
      published: '2010-08-12',
    },
    {
      id: 'telefonino-rim-statement',
      publisher: 'telefonino.net',
      url: 'https://www.telefonino.net/notizie/research-in-motion-disposta-a-collaborare-con-il-governo-indiano/',
      note: "Carries the full text of RIM's customer statement answering the Government of India.",
    },
    {
      id: 'domain-b-2010-08-13',
      publisher: 'domain-b',
      title: 'RIM refuses to cave in fully to Indian demands',
      url: 'https://domain-b.com/amp/industry/rim-refuses-to-cave-in-fully-to-indian-demands',
      published: '2010-08-13',
    },
    {
      id: 'reuters-india-reprieve',
      publisher: 'Reuters',
      title: 'India to reprieve some BlackBerry services',
      url: 'https://www.reuters.com/article/idUSTRE67G3LO20100817',
    },
    {
      id: 'independent-60-day-reprieve',
      publisher: 'The Independent',
      title: 'India gives BlackBerry 60-day reprieve',
      url: 'http://www.independent.co.uk/life-style/gadgets-and-tech/india-gives-blackberry-60day-reprieve-2066074.html',
    },
    {
      id: 'silicon-republic-2010-08-31',
      publisher: 'Silicon Republic',
      published: '2010-08-31',
      note: 'Reports the 60-day reprieve; its URL is not known.',
    },
    {
      id: 'business-standard-reprieve',
      publisher: 'Business Standard',
      note: 'Dates the 60-day reprieve 31 August 2010, where the other sources say Monday 30 August; its URL is not known.',
    },
    {
      id: 'asian-age-2010-09-19',
      publisher: 'The Asian Age',
      title: 'Upgrade networks to intercept Blackberry data: DoT to telcos',
      url: 'http://archive.asianage.com/india/upgrade-networks-intercept-blackberry-data-dot-telcos-596',
      published: '2010-09-19',
    },
    {
      id: 'domain-b-2010-10-12',
      publisher: 'domain-b',
      url: 'https://domain-b.com/amp/industry/rim-successfully-negotiates-another-extension-till-january-2011',
      published: '2010-10-12',
      note: 'Cites the Economic Times.',
    },
    {
      id: 'rsf-refworld-2010-10-13',
      publisher: 'Refworld',
      title: 'India gives RIM more time…',
      url: 'http://www.refworld.org/cgi-bin/texis/vtx/rwmain?page=country&category=&publisher=&type=&coi=IND&rid=4562d8cf2&docid=4cb826b01e&skip=0',
      published: '2010-10-13',
      author: 'RSF',
      note: 'An RSF release, read through Refworld.',
    },
    {
      id: 'rediff-2011-01-24',
      publisher: 'Rediff',
      url: 'https://m.rediff.com/amp/business/report/tech-blackberry-rim-for-connection-to-new-service/20110124.htm',
      published: '2011-01-24',
    },
    {
      id: 'allthingsd-2011-01-31',
      publisher: 'AllThingsD',
      title: 'RIM, India at Stalemate as Deadline Arrives',
      url: 'http://allthingsd.com/20110131/rim-india-at-stalemate-as-deadline-arrives/comment-page-1/',
      published: '2011-01-31',
    },
    {
      id: 'rsf-2011-02-16',
      publisher: 'RSF',
      title: 'Operators ordered to suspend BlackBerry services that cannot be monitored',
      url: 'https://rsf.org/en/news/operators-ordered-suspend-blackberry-services-cannot-be-monitored',
      published: '2011-02-16',
    },
    {
      id: 'domain-b-2011-10-28',
      publisher: 'domain-b',
      title: 'RIM sets up Mumbai facility to monitor BlackBerry services',
      url: 'https://domain-b.com/amp/companies-organisations/firms-companies/rim-sets-up-mumbai-facility-to-monitor-blackberry-services',
      published: '2011-10-28',
      note: 'Reports the Wall Street Journal (WSJ).',
    },
    {
      id: 'zdnet-mumbai-facility',
      publisher: 'ZDNet',
      note: "Reports the WSJ's account of the Mumbai facility; its URL is not known.",
    },
    {
      id: 'silicon-co-uk-mumbai-facility',
      publisher: 'silicon.co.uk',
      note: 'Dates the set-up of the Mumbai facility January 2011; its URL is not known.',
    },
    {
      id: 'new-indian-express-2012-02-21',
      publisher: 'The New Indian Express',
      title: 'Now, sleuths can read your BlackBerry messages',
      url: 'https://www.newindianexpress.com/nation/2012/feb/21/now-sleuths-can-read-your-blackberry-messages-342110.html',
      published: '2012-02-21',
    },
    {
      id: 'index-on-censorship-2012-04-11',
      publisher: 'Index on Censorship',
      url: 'https://indexoncensorship.org/2012/04/india-blackberry-rim',
      published: '2012-04-11',
    },
    {
      id: 'economic-times-2013-07',
      publisher: 'The Economic Times',
      title: 'Government, BlackBerry end dispute over interception of BB devices',
      url: 'http://economictimes.indiatimes.com/industry/telecom/government-blackberry-end-dispute-over-interception-of-bb-devices/articleshow/20995830.cms',
      published: '2013-07',
      note: 'Published in July 2013; the exact day is not verified.',
    },
    {
      id: 'medianama-2013-07',
      publisher: 'MediaNama',
      url: 'https://www.medianama.com/2013/07/223-blackberrys-tussle-with-indian-govt-finally-ends-bb-provides-interception-system/',
      published: '2013-07',
      note: 'Cites the Times of India (TOI).',
    },
    {
      id: 'mashable-origin',
      publisher: 'Mashable',
      published: '2015-11-30~/2015-12-01~',
      note:
        "The project's origin article, on Pakistan in 2015; it recalls India's 2010 demand. Its URL is not known. " +
        'Published around 30 November to 1 December 2015.',
    },
  ],
  demands: [
    {
      id: 'bes-bbm-access',
      date: '2010-08-12',
      by: ['mha'],
      of: ['rim', 'indian-operators'],
      subjects: ['lawful-access'],
      services: ['BES', 'BBM'],
      summary: 'BES and BlackBerry Messenger to be accessible to law enforcement by 31 August 2010',
      consequence: 'The government will review the position and block the two services from the network.',
      sources: [
        {
          source: 'ians-dainikdisha',
          quote: IANS_DAINIKDISHA_QUOTE,
        },
        { source: 'news18-2010-08-12' },
      ],
    },
    {
      id: 'legal-intervention-capability',
      date: '2010-08-17',
      by: ['dot'],
      of: ['indian-operators', 'tata-teleservices'],
      subjects: ['lawful-access', 'traffic-monitoring'],
      services: ['BlackBerry services'],
      summary:
        'Operators to put monitoring (legal intervention) capability for BlackBerry services in place by 31 August 2010',
      sources: [
        {
          source: 'reuters-india-reprieve',
          quote: REUTERS_INDIA_REPRIEVE_QUOTE,
          note: 'Said by Tata Teleservices of the DoT letter.',
        },
      ],
    },
    {
      id: 'interception-upgrade',
      date: '2010-08-12/2010-09-19',
      by: ['dot'],
      of: ['indian-operators'],
      subjects: ['traffic-monitoring'],
      services: ['BlackBerry data'],
      summary:
        'Operators to upgrade their networks to intercept BlackBerry data, with a compliance report by 22 September 2010',
      sources: [
        {
          source: 'asian-age-2010-09-19',
          note:
            "Reported on 19 September 2010; the date of DoT's instruction is not given. It is dated from 12 August 2010, " +
            'when the Ministry of Home Affairs said DoT would tell the operators and RIM, to the report.',
        },
      ],
    },
    {
      id: 'suspend-unmonitorable-services',
      date: '2011-02-13',
      by: ['dot'],
      of: ['indian-operators'],
      subjects: ['service-suspension'],
      services: ['BES'],
      summary: 'Operators to suspend messaging services that cannot be monitored, including BES',
      sources: [{ source: 'rsf-2011-02-16' }],
    },
  ],
  responses: [
    {
      id: 'rim-lawful-access-principles',
      date: { value: '2010-08-12/2010-08-13', timeZone: TORONTO },
      by: ['rim'],
      to: ['bes-bbm-access'],
      stance: 'negotiate',
      summary:
        'RIM sets out four principles for lawful access, including no changes to the security architecture of BES',
      statement: TELEFONINO_RIM_STATEMENT_QUOTE,
      sources: [
        {
          source: 'telefonino-rim-statement',
          quote: TELEFONINO_RIM_STATEMENT_QUOTE,
          note:
            'The statement answers "the statement published today by the Government of India" (12 August 2010), so it ' +
            'cannot come before it; domain-b reported it on 13 August: the date is the range of the two days.',
        },
        { source: 'domain-b-2010-08-13' },
      ],
    },
    {
      id: 'rim-bbm-access-promise',
      date: { value: '2010-08-12/2010-08-17', timeZone: KOLKATA },
      by: ['rim'],
      to: ['bes-bbm-access', 'legal-intervention-capability'],
      stance: 'partially-comply',
      summary:
        'Reported: RIM promises manual access to BBM by 1 September and automated access by the end of the year',
      sources: [
        {
          source: 'reuters-india-reprieve',
          note:
            "Sources say so. The date of the promise is not given: it answers India's demand of 12 August 2010 and " +
            "was reported on 17 August, so it is dated by the range of those days, read in India's zone.",
        },
      ],
    },
    {
      id: 'rim-no-master-key',
      date: { value: '2010-08-12/2010-09-19', timeZone: KOLKATA },
      by: ['rim'],
      to: ['bes-bbm-access'],
      stance: 'refuse',
      summary: 'RIM: it holds no enterprise keys and cannot read encrypted BES traffic',
      statement: ASIAN_AGE_2010_09_19_QUOTE,
      sources: [
        {
          source: 'asian-age-2010-09-19',
          quote: ASIAN_AGE_2010_09_19_QUOTE,
          note:
            'What "the company has been saying", in The Asian Age\'s report of 19 September 2010 (read in India\'s ' +
            'zone): said in answer to the demand of 12 August and no later than that report. Co-CEO Balsillie spoke ' +
            '"last week" on an analysts\' call.',
        },
      ],
    },
    {
      id: 'rim-letter-to-sibal',
      date: { value: '2010-10-12~/2011-01-24', timeZone: KOLKATA },
      by: ['rim', 'robert-crow'],
      to: ['bes-bbm-access'],
      stance: 'partially-comply',
      summary:
        'RIM writes to Telecom Minister Kapil Sibal: automated BBM interception is ready before 31 January; decoding BES is not technically possible',
      statement: REDIFF_2011_01_24_QUOTE,
      sources: [
        {
          source: 'rediff-2011-01-24',
          quote: REDIFF_2011_01_24_QUOTE,
          note:
            "The letter's own date is not given: it speaks of the deadline of 31 January 2011, set about 12 October " +
            "2010, and was reported by Rediff on 24 January 2011; read in India's zone.",
        },
      ],
    },
    {
      id: 'rim-holds-no-bes-keys',
      date: { value: '2011-01-28', timeZone: TORONTO },
      by: ['rim'],
      to: ['bes-bbm-access'],
      stance: 'refuse',
      summary: 'RIM states that it holds no BES keys',
      sources: [{ source: 'rsf-2011-02-16' }],
    },
    {
      id: 'rim-keys-with-enterprises',
      date: { value: '2011-01-24/2011-01-30', timeZone: TORONTO },
      by: ['rim', 'robert-crow'],
      to: ['bes-bbm-access'],
      stance: 'refuse',
      summary:
        'The week before the deadline, RIM says the keys of the enterprise service are with the corporate enterprises',
      statement: ALLTHINGSD_2011_01_31_QUOTE,
      sources: [
        {
          source: 'allthingsd-2011-01-31',
          quote: ALLTHINGSD_2011_01_31_QUOTE,
          note: 'Said by Robert Crow.',
        },
        {
          source: 'allthingsd-2011-01-31',
          quote: 'Unless the situation has suddenly changed from last week, when VP Robert Crow reiterated…',
          note:
            'AllThingsD of Monday 31 January 2011 places the statement "last week": the week of 24 to 30 January, ' +
            'not the day of the article.',
        },
      ],
    },
    {
      id: 'blackberry-consumer-lawful-access',
      date: { value: '2013-07', timeZone: KOLKATA },
      by: ['rim'],
      to: ['bes-bbm-access'],
      stance: 'partially-comply',
      summary:
        'BlackBerry: lawful access is enabled for consumer messaging (BBM and BIS e-mail), not for BES',
      statement: ECONOMIC_TIMES_2013_07_QUOTE,
      sources: [
        {
          source: 'economic-times-2013-07',
          quote: ECONOMIC_TIMES_2013_07_QUOTE,
          note:
            'Said by a BlackBerry spokesperson to The Economic Times; dated by the month of the article (July 2013, ' +
            "the day not verified), read in India's zone.",
        },
      ],
    },
  ],
  deadlines: [
    {
      id: 'deadline-2010-08-31',
      due: '2010-08-31',
      setOn: '2010-08-12',
      setBy: ['mha', 'dot'],
      demands: ['bes-bbm-access', 'legal-intervention-capability'],
      summary: 'BES and BBM accessible to law enforcement by 31 August 2010',
      consequence: 'BES and BBM blocked from the network.',
      outcome: {
        kind: 'extended',
        on: '2010-08-30',
        event: 'sixty-day-reprieve',
        sources: [{ source: 'independent-60-day-reprieve' }, { source: 'silicon-republic-2010-08-31' }],
      },
      sources: [
        { source: 'ians-dainikdisha' },
        { source: 'news18-2010-08-12' },
        { source: 'reuters-india-reprieve' },
      ],
    },
    {
      id: 'deadline-2010-09-22',
      due: '2010-09-22',
      setOn: '2010-08-12/2010-09-19',
      setBy: ['dot'],
      demands: ['interception-upgrade'],
      summary: 'Compliance report due from operators on the interception upgrade',
      sources: [
        {
          source: 'asian-age-2010-09-19',
          note:
            "Reported on 19 September 2010, so set no later than that day (and, as DoT's order, not before 12 August); " +
            'the day it was set, and how it ended, are not given.',
        },
      ],
    },
    {
      id: 'deadline-2010-10-31',
      due: '2010-10-31',
      setOn: '2010-08-30',
      setBy: ['mha'],
      demands: ['bes-bbm-access', 'legal-intervention-capability'],
      summary: '60-day reprieve: the Home Ministry reviews BlackBerry services within 60 days',
      extends: 'deadline-2010-08-31',
      outcome: {
        kind: 'extended',
        on: '2010-10-12~',
        event: 'extension-to-2011-01-31',
        sources: [{ source: 'domain-b-2010-10-12' }, { source: 'rsf-refworld-2010-10-13' }],
        note: 'Reported on 12 October 2010; the exact date of the decision is not verified, so the date is approximate.',
      },
      sources: [
        { source: 'independent-60-day-reprieve' },
        {
          source: 'rsf-refworld-2010-10-13',
          quote: 'The original 31 August deadline was extended to 31 October.',
        },
      ],
    },
    {
      id: 'deadline-2011-01-31',
      due: '2011-01-31',
      setOn: '2010-10-12~',
      setBy: ['mha', 'dot', 'indian-security-agencies'],
      demands: ['bes-bbm-access', 'legal-intervention-capability'],
      summary: 'Deadline moved 90 days to 31 January 2011',
      extends: 'deadline-2010-10-31',
      outcome: {
        kind: 'missed',
        event: 'january-deadline-reached',
        sources: [
          { source: 'allthingsd-2011-01-31' },
          {
            source: 'domain-b-2011-10-28',
            quote: DOMAIN_B_2011_10_28_QUOTE,
            note: 'Said by RIM in October 2011.',
          },
        ],
        note:
          'Reached on 31 January 2011 in a stalemate (AllThingsD): the BBM solution delivered, access to the ' +
          'enterprise service still refused. No source reports a further extension or the threatened block; on ' +
          '13 February 2011 DoT ordered operators to suspend the services that cannot be monitored, and in October ' +
          '2011 RIM said it was under no deadline.',
      },
      sources: [
        {
          source: 'domain-b-2010-10-12',
          note: 'Reported on 12 October 2010; the exact date of the decision is not verified.',
        },
        { source: 'rsf-refworld-2010-10-13' },
        { source: 'allthingsd-2011-01-31' },
      ],
    },
  ],
  events: [
    {
      id: 'mha-demands-bes-bbm-access',
      date: '2010-08-12',
      kind: 'demand',
      title: 'India demands law-enforcement access to BES and BBM by 31 August 2010, or both will be blocked',
      description:
        'Ministry of Home Affairs statement: the Department of Telecommunications is to tell operators and RIM that BES ' +
        'and BlackBerry Messenger must be accessible to law enforcement by 31 August 2010, or the two services will be ' +
        'blocked. Voice, SMS and BIS were already accessible. Also named: Home Secretary G.K. Pillai, DoT, IB and ' +
        'NTRO; RIM vice-president Robert Crow met Home Minister P. Chidambaram.',
      actors: [
        'mha',
        'g-k-pillai',
        'dot',
        'ib',
        'ntro',
        'rim',
        'robert-crow',
        'p-chidambaram',
        'indian-operators',
      ],
      demands: ['bes-bbm-access'],
      deadlines: ['deadline-2010-08-31'],
      sources: [
        {
          source: 'ians-dainikdisha',
          quote: IANS_DAINIKDISHA_QUOTE,
        },
        { source: 'news18-2010-08-12' },
        {
          source: 'mashable-origin',
          quote:
            'Back on 2010, India also made a similar demand for real-time access to traffic going through BlackBerry’s enterprise and consumer servers.',
        },
      ],
      confidence: 'confirmed',
    },
    {
      id: 'rim-customer-statement',
      date: { value: '2010-08-12/2010-08-13', timeZone: TORONTO },
      kind: 'response',
      title: 'RIM sets out four principles for lawful access, with no special deals for specific countries',
      description:
        'A RIM customer statement "in response to the statement published today by the Government of India", issued ' +
        'on 12 or 13 August 2010: not before the government statement of 12 August, and reported by domain-b on ' +
        '13 August. Among its four principles: no changes to the security architecture of BES.',
      actors: ['rim'],
      demands: ['bes-bbm-access'],
      responses: ['rim-lawful-access-principles'],
      sources: [
        {
          source: 'telefonino-rim-statement',
          quote: TELEFONINO_RIM_STATEMENT_QUOTE,
        },
        { source: 'domain-b-2010-08-13' },
      ],
      confidence: 'confirmed',
    },
    {
      id: 'dot-letters-to-operators',
      date: '2010-08-17',
      kind: 'notification',
      title: 'DoT letters tell operators to have monitoring capability for BlackBerry services by 31 August',
      description:
        'Letters from the Department of Telecommunications to Tata Teleservices and other operators set the 31 August ' +
        'deadline for monitoring capability. Sources say RIM promised manual BBM access by 1 September and automated ' +
        'access by the end of the year.',
      actors: ['dot', 'indian-operators', 'tata-teleservices', 'rim'],
      demands: ['legal-intervention-capability'],
      responses: ['rim-bbm-access-promise'],
      deadlines: ['deadline-2010-08-31'],
      sources: [
        {
          source: 'reuters-india-reprieve',
          quote: REUTERS_INDIA_REPRIEVE_QUOTE,
          note: 'Said by Tata Teleservices.',
        },
      ],
      confidence: 'confirmed',
    },
    {
      id: 'sixty-day-reprieve',
      date: '2010-08-30',
      kind: 'extension',
      title:
        "60-day reprieve: RIM's lawful-access proposals to be operationalised at once, with a review within 60 days",
      description:
        'The Ministry of Home Affairs said RIM\'s proposals for lawful access would be "operationalised immediately", ' +
        'with a review within 60 days; the deadline became 31 October 2010. Business Standard dates this 31 August; ' +
        'the other sources say Monday 30 August (see the reprieve-date claims).',
      actors: ['mha', 'dot', 'rim'],
      demands: ['bes-bbm-access', 'legal-intervention-capability'],
      deadlines: ['deadline-2010-08-31', 'deadline-2010-10-31'],
      sources: [
        {
          source: 'independent-60-day-reprieve',
          quote:
            'The Home Ministry will review the security issue relating to Blackberry services within 60 days, by which time the Department of Telecommunications will submit its report',
        },
        { source: 'silicon-republic-2010-08-31' },
      ],
      confidence: 'confirmed',
    },
    {
      id: 'dot-orders-interception-upgrade',
      date: '2010-08-12/2010-09-19',
      kind: 'order',
      title:
        'DoT tells operators to upgrade their networks to intercept BlackBerry data, reporting by 22 September',
      description:
        "Reported on 19 September 2010; the date of DoT's instruction is not given: it is dated from 12 August 2010, " +
        "when the Ministry of Home Affairs said DoT would tell the operators and RIM, to the report. The operators' " +
        'compliance report was due on 22 September 2010.',
      actors: ['dot', 'indian-operators'],
      demands: ['interception-upgrade'],
      deadlines: ['deadline-2010-09-22'],
      sources: [{ source: 'asian-age-2010-09-19' }],
      confidence: 'confirmed',
    },
    {
      id: 'rim-has-no-master-key',
      date: { value: '2010-08-12/2010-09-19', timeZone: KOLKATA },
      kind: 'statement',
      title: 'RIM: it has no master key or back-door key to enterprise traffic',
      description:
        'What "the company has been saying", as The Asian Age reported on 19 September 2010 with the DoT order: said ' +
        'in answer to the demand of 12 August and no later than that day. The report adds that co-CEO Balsillie ' +
        'spoke "last week" on an analysts\' call.',
      actors: ['rim', 'balsillie'],
      demands: ['bes-bbm-access'],
      responses: ['rim-no-master-key'],
      sources: [
        {
          source: 'asian-age-2010-09-19',
          quote: ASIAN_AGE_2010_09_19_QUOTE,
        },
      ],
      confidence: 'confirmed',
    },
    {
      id: 'extension-to-2011-01-31',
      date: '2010-10-12~',
      kind: 'extension',
      title: "Deadline moved 90 days to 31 January 2011; agencies accept RIM's messenger solution",
      description:
        'Reported on 12 October 2010 by domain-b, citing the Economic Times, and by RSF on 13 October 2010. The exact ' +
        'date of the decision is not verified, so the date is approximate.',
      actors: ['mha', 'dot', 'indian-security-agencies', 'rim'],
      demands: ['bes-bbm-access', 'legal-intervention-capability'],
      deadlines: ['deadline-2010-10-31', 'deadline-2011-01-31'],
      sources: [{ source: 'domain-b-2010-10-12' }, { source: 'rsf-refworld-2010-10-13' }],
      confidence: 'confirmed',
    },
    {
      id: 'rim-writes-to-sibal',
      date: { value: '2010-10-12~/2011-01-24', timeZone: KOLKATA },
      kind: 'response',
      title:
        'RIM to Telecom Minister Kapil Sibal: automated BBM interception ready; BES decoding not technically possible',
      description:
        "Robert Crow's letter, reported on 24 January 2011 (its own date is not given): automated BBM interception is ready before 31 January, and " +
        'the government should direct operators to connect to it. Decoding BES is "not technically possible": no one ' +
        'but the customers holds the keys.',
      actors: ['rim', 'robert-crow', 'kapil-sibal'],
      demands: ['bes-bbm-access'],
      responses: ['rim-letter-to-sibal'],
      deadlines: ['deadline-2011-01-31'],
      sources: [
        {
          source: 'rediff-2011-01-24',
          quote: REDIFF_2011_01_24_QUOTE,
        },
      ],
      confidence: 'confirmed',
    },
    {
      id: 'rim-states-no-bes-keys',
      date: { value: '2011-01-28', timeZone: TORONTO },
      kind: 'statement',
      title: 'RIM states that it holds no BES keys',
      actors: ['rim'],
      demands: ['bes-bbm-access'],
      responses: ['rim-holds-no-bes-keys'],
      sources: [
        {
          source: 'rsf-2011-02-16',
          note: "Reported with DoT's order of 13 February 2011, which followed it.",
        },
      ],
      confidence: 'confirmed',
    },
    {
      id: 'january-deadline-reached',
      date: '2011-01-31',
      kind: 'deadline',
      title: 'The 31 January 2011 deadline arrives: BBM solution delivered, enterprise access still refused',
      description:
        'Stalemate: the Home Minister says RIM has given a solution for the Messenger service and India will insist on ' +
        'one for the enterprise service too. AllThingsD recalls that the week before, RIM vice-president Robert Crow ' +
        'said the keys of that service are with the corporate enterprises.',
      actors: ['mha', 'p-chidambaram', 'rim', 'robert-crow'],
      demands: ['bes-bbm-access'],
      responses: ['rim-keys-with-enterprises'],
      deadlines: ['deadline-2011-01-31'],
      sources: [
        {
          source: 'allthingsd-2011-01-31',
          quote:
            'They have given us a solution to the Messenger service… We will insist that they give us the solution for the enterprise service too.',
          note: 'Said by P. Chidambaram.',
        },
        {
          source: 'allthingsd-2011-01-31',
          quote: ALLTHINGSD_2011_01_31_QUOTE,
          note: 'Said by Robert Crow "last week", in the week of 24 to 30 January 2011.',
        },
      ],
      confidence: 'confirmed',
    },
    {
      id: 'dot-orders-suspension',
      date: '2011-02-13',
      kind: 'order',
      title: 'DoT orders operators to suspend messaging services that cannot be monitored, BES included',
      description:
        "Sent to Bharti, Vodafone, Idea, RCom, Tata, BSNL and MTNL after RIM's statement of 28 January that it holds no " +
        'BES keys.',
      actors: ['dot', 'indian-operators', 'rim'],
      demands: ['suspend-unmonitorable-services'],
      responses: ['rim-holds-no-bes-keys'],
      sources: [{ source: 'rsf-2011-02-16' }],
      confidence: 'confirmed',
    },
    {
      id: 'mumbai-facility-reported',
      date: '2011-10-28',
      kind: 'report',
      title:
        'Reported: RIM has set up a Mumbai facility that decodes consumer BBM and e-mail for Indian agencies',
      description:
        'The Wall Street Journal, read through domain-b, ZDNet and silicon.co.uk, reports that RIM set up a facility in ' +
        'Mumbai "earlier this year" (silicon.co.uk: January 2011), so the set-up date is approximate: early 2011. ' +
        'Agencies name a suspect and RIM returns decoded consumer BBM messages and e-mail; BES is excluded.',
      actors: ['rim', 'indian-security-agencies'],
      demands: ['bes-bbm-access'],
      sources: [
        {
          source: 'domain-b-2011-10-28',
          quote: DOMAIN_B_2011_10_28_QUOTE,
          note: 'Said by RIM.',
        },
        { source: 'zdnet-mumbai-facility' },
        { source: 'silicon-co-uk-mumbai-facility' },
      ],
      confidence: 'confirmed',
      tags: ['mumbai-facility'],
    },
    {
      id: 'mumbai-server-reported',
      date: '2012-02',
      kind: 'report',
      title: 'Reported: a Mumbai server gives Indian agencies real-time access to BBM',
      description:
        'The New Indian Express reported on 21 February 2012, from unnamed sources, a server or service centre in ' +
        'Mumbai giving agencies real-time access to BBM. RIM "neither confirmed nor denied" (Index on Censorship). ' +
        'MediaNama dates the installation April 2012.',
      actors: ['rim', 'mha', 'indian-security-agencies'],
      demands: ['bes-bbm-access'],
      sources: [
        { source: 'new-indian-express-2012-02-21' },
        { source: 'index-on-censorship-2012-04-11', note: 'RIM "neither confirmed nor denied".' },
      ],
      confidence: 'confirmed',
      tags: ['mumbai-facility'],
    },
    {
      id: 'interception-system-ready',
      date: '2013-07',
      kind: 'agreement',
      title: 'DoT: the interception system is ready for consumer services, BES excluded',
      description:
        'A DoT note to 10 telcos: the interception system is "ready for use" for e-mail, attachments, BBM ' +
        'delivered/read status and browsing; BES is excluded. The government is to take over the Mumbai facility ' +
        '(MediaNama: installed April 2012). The exact day in July 2013 is not verified, nor is the claim that the ' +
        'consumer solution was first used in January 2011.',
      actors: ['dot', 'rim', 'indian-operators', 'government-of-india'],
      demands: ['bes-bbm-access'],
      responses: ['blackberry-consumer-lawful-access'],
      sources: [
        {
          source: 'economic-times-2013-07',
          quote: ECONOMIC_TIMES_2013_07_QUOTE,
          note: 'Said by a BlackBerry spokesperson.',
        },
        {
          source: 'economic-times-2013-07',
          quote:
            'had delivered a solution that enabled … for its consumer messaging services, which include BlackBerry Messenger (BBM) and BlackBerry Internet Service (BIS) email',
          note: 'What RIM said, in the reported speech of the article; when RIM first said it is not known.',
        },
        { source: 'medianama-2013-07' },
        {
          source: 'mashable-origin',
          quote: MASHABLE_ORIGIN_QUOTE,
        },
      ],
      confidence: 'confirmed',
      tags: ['mumbai-facility'],
    },
  ],
  claims: [
    {
      id: 'reprieve-30-august',
      topic: 'reprieve-date',
      statement: 'The 60-day reprieve was announced on Monday 30 August 2010.',
      sources: [{ source: 'independent-60-day-reprieve' }, { source: 'silicon-republic-2010-08-31' }],
      confidence: 'confirmed',
    },
    {
      id: 'reprieve-31-august',
      topic: 'reprieve-date',
      statement:
        'Business Standard dates the 60-day reprieve 31 August 2010. The other sources say Monday 30 August, the date ' +
        'this dataset uses.',
      sources: [{ source: 'business-standard-reprieve' }],
      confidence: 'confirmed',
    },
    {
      id: 'facility-set-up-earlier-this-year',
      topic: 'mumbai-facility-set-up-date',
      statement:
        'RIM set up the Mumbai facility "earlier this year", that is early 2011, as reported in October 2011.',
      date: '2011-10-28',
      sources: [
        { source: 'domain-b-2011-10-28', note: 'Reports the WSJ.' },
        { source: 'zdnet-mumbai-facility', note: 'Reports the WSJ.' },
      ],
      confidence: 'confirmed',
    },
    {
      id: 'facility-set-up-january-2011',
      topic: 'mumbai-facility-set-up-date',
      statement: 'RIM set up the Mumbai facility in January 2011.',
      sources: [{ source: 'silicon-co-uk-mumbai-facility' }],
      confidence: 'confirmed',
    },
    {
      id: 'mumbai-server-february-2012',
      topic: 'mumbai-server-date',
      statement:
        'A Mumbai server or service centre giving agencies real-time BBM access was in place in February 2012.',
      date: '2012-02-21',
      sources: [{ source: 'new-indian-express-2012-02-21', note: 'From unnamed sources.' }],
      confidence: 'confirmed',
    },
    {
      id: 'mumbai-server-april-2012',
      topic: 'mumbai-server-date',
      statement: 'The Mumbai facility was installed in April 2012.',
      sources: [{ source: 'medianama-2013-07', note: 'Citing the Times of India.' }],
      confidence: 'confirmed',
    },
    {
      id: 'outcome-consumer-services-only',
      topic: 'india-outcome',
      statement:
        'The interception system covers e-mail, attachments, BBM delivered/read status and browsing; BlackBerry ' +
        'Enterprise Server is excluded.',
      date: '2013-07',
      sources: [
        {
          source: 'economic-times-2013-07',
          quote: ECONOMIC_TIMES_2013_07_QUOTE,
        },
      ],
      confidence: 'confirmed',
    },
    {
      id: 'outcome-origin-article',
      topic: 'india-outcome',
      statement:
        'BlackBerry set up servers in India and reportedly gave the government real-time tracking of certain consumer ' +
        'services only: e-mail, attachments, and whether BBM messages were delivered and read.',
      sources: [
        {
          source: 'mashable-origin',
          quote: MASHABLE_ORIGIN_QUOTE,
        },
      ],
      confidence: 'confirmed',
    },
  ],
};

/**
 * India and Research In Motion (BlackBerry), 2010–2013: the 12 August 2010 demand for access to BES and BBM, the
 * deadlines of 31 August 2010, 31 October 2010 and 31 January 2011, the February 2011 suspension order, the Mumbai
 * facility reports and the July 2013 end of the dispute — every event with its sources, and the disputed date of the
 * 60-day reprieve recorded claim by claim.
 *
 * @category Datasets
 * @example
 * ```ts
 * import { query } from 'dispute-timeline';
 * import { indiaBlackberry2010 } from 'dispute-timeline/datasets';
 * query(indiaBlackberry2010).deadlines().byDemand('bes-bbm-access').toArray().map((deadline) => deadline.due);
 * //=> ['2010-08-31', '2010-10-31', '2011-01-31']
 * ```
 */
export const indiaBlackberry2010: Dispute = /* @__PURE__ */ parseDispute(data);
