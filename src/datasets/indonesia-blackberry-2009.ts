import { parseDispute } from '../builder/json.js';
import type { Dispute, DisputeInput } from '../model/dispute.js';

const TORONTO = 'America/Toronto';

/**
 * Texts the case gives in more than one place (a quote, and the response's statement or the event's citation that
 * repeats it), each written once.
 */
const SALAM_JAKARTA_2009_07_06_QUOTE =
  'The government has set a deadline for Canada-based Research In Motion (RIM) to set up local after-sales service outlets for BlackBerry by July 16, or else, the government would ban the importation of new BlackBerry products.';
const HSNW_2010_08_04_QUOTE =
  'Gatot Dewabroto, spokesman for the Ministry of Communication and Information, wants RIM to set up a server locally so encrypted information sent by the phones will not have to be routed through the Canadian company’s overseas computers.';
const JAKARTA_POST_2011_01_10_QUOTE =
  '“If RIM does not block [pornographic] content within two weeks from [Tifatul’s threats] made on Jan. 7, users will not be able to use the RIM service to browse the Internet,” ministry spokesperson Gatot S. Dewabroto said.';
const YOSEF_ARDI_2009_07_14_QUOTE =
  'RIM promised to government officers that it will open the service center by August 26, 2009.';
const IBTIMES_REUTERS_2011_01_10_QUOTE =
  "RIM is fully committed to working with Indonesia's carriers to put in place a prompt, compliant filtering solution for BlackBerry subscribers in Indonesia as soon as possible, it said in a statement.";
const JAKARTA_GLOBE_2011_12_11_QUOTE =
  '“RIM has been working closely with government bodies in Indonesia, but has not been advised of any specific requirements extending beyond what it has already satisfied.”';

/** The case in its JSON form; every date, quote, figure and URL is from the project's second fact sheet. */
const data: DisputeInput = {
  id: 'indonesia-blackberry-2009',
  title: 'Indonesia and Research In Motion (BlackBerry), 2009–2012',
  summary:
    'Three demands in three rounds. In July 2009 Indonesia gave Research In Motion (RIM) until 16 July to open ' +
    'local after-sales service centres or see imports of new BlackBerry products banned; RIM promised a centre by ' +
    '26 August. On 7 January 2011 the minister gave RIM two weeks to filter pornographic sites or lose web ' +
    'browsing; RIM began filtering on 20 January, a day before the deadline of 21 January. From August 2010 ' +
    'Indonesia pressed for a local server or data centre; in December 2011, around a reported date of ' +
    '31 December 2011, the regulator threatened to end BlackBerry Internet Service and BlackBerry Messenger, but ' +
    'RIM put its regional router in Singapore and its factory in Malaysia, and on 18 January 2012 the minister ' +
    "said there was no plan to end BBM. Dates are local to the actor: Indonesia (Asia/Jakarta), where RIM's " +
    'regional managers also spoke, and RIM in Waterloo, Ontario (America/Toronto).',
  timeZone: 'Asia/Jakarta',
  countries: ['ID'],
  actors: [
    { id: 'government-of-indonesia', name: 'Government of Indonesia', kind: 'government', country: 'ID' },
    {
      id: 'kominfo',
      name: 'Ministry of Communication and Information Technology',
      kind: 'ministry',
      country: 'ID',
      aliases: ['Kominfo'],
      memberships: [{ organization: 'government-of-indonesia' }],
    },
    {
      id: 'dgpt',
      name: 'Directorate General of Post and Telecommunications',
      kind: 'ministry',
      country: 'ID',
      memberships: [{ organization: 'kominfo' }],
    },
    {
      id: 'brti',
      name: 'Indonesian Telecommunications Regulatory Body',
      kind: 'regulator',
      country: 'ID',
      aliases: ['BRTI'],
      memberships: [{ organization: 'government-of-indonesia' }],
    },
    {
      id: 'tifatul-sembiring',
      name: 'Tifatul Sembiring',
      kind: 'person',
      country: 'ID',
      memberships: [
        { organization: 'kominfo', role: 'Minister of Communication and Information Technology' },
      ],
    },
    {
      id: 'gatot-dewabroto',
      name: 'Gatot S. Dewabroto',
      kind: 'person',
      country: 'ID',
      memberships: [{ organization: 'kominfo', role: 'Spokesman' }],
    },
    {
      id: 'basuki-yusuf-iskandar',
      name: 'Basuki Yusuf Iskandar',
      kind: 'person',
      country: 'ID',
      memberships: [{ organization: 'dgpt', role: 'Director General' }],
    },
    {
      id: 'muhammad-budi-setyawan',
      name: 'Muhammad Budi Setyawan',
      kind: 'person',
      country: 'ID',
      description: 'The Jakarta Post spells his name "Muhammas".',
      memberships: [
        {
          organization: 'kominfo',
          role: 'Director General of Information Technology Resources and Equipment',
        },
      ],
    },
    {
      id: 'heru-sutadi',
      name: 'Heru Sutadi',
      kind: 'person',
      country: 'ID',
      memberships: [{ organization: 'brti', role: 'Member' }],
    },
    {
      id: 'house-commission-i',
      name: 'House of Representatives Commission I',
      kind: 'legislature',
      country: 'ID',
    },
    {
      id: 'indonesian-operators',
      name: 'Mobile operators in Indonesia',
      kind: 'telecom-operator',
      country: 'ID',
      description: 'Six mobile operators met RIM and the ministry on 17 January 2011.',
    },
    { id: 'blackberry-importers', name: 'BlackBerry importers in Indonesia', kind: 'company', country: 'ID' },
    { id: 'rim', name: 'Research In Motion', kind: 'company', country: 'CA', aliases: ['RIM', 'BlackBerry'] },
    {
      id: 'gregory-wade',
      name: 'Gregory Wade',
      kind: 'person',
      memberships: [{ organization: 'rim', role: 'Managing Director, South-East Asia' }],
    },
    {
      id: 'david-paterson',
      name: 'David Paterson',
      kind: 'person',
      memberships: [{ organization: 'rim', role: 'Vice President, Government Relations' }],
    },
  ],
  sources: [
    {
      id: 'salam-jakarta-2009-07-06',
      publisher: 'salam-jakarta (blog)',
      title: 'Indonesia gives deadline to BlackBerry producer',
      url: 'http://salam-jakarta.blogspot.com/2009/07/indonesia-gives-deadline-to-blackberry.html',
      published: '2009-07-06',
      copyOf: 'Financial24',
      note: 'A copy of a Financial24 report; the statement was made "on Sunday" (5 July 2009).',
    },
    {
      id: 'yosef-ardi-2009-07-14',
      publisher: 'yosef-ardi (blog)',
      title: 'Govt softens on BlackBerry',
      url: 'http://yosef-ardi.blogspot.com/2009/07/govt-softens-on-blackberry.html',
      published: '2009-07-14',
      copyOf: 'unnamed outlet',
    },
    {
      id: 'hsnw-2010-08-04',
      publisher: 'Homeland Security News Wire',
      title: 'Indonesia joins countries mulling BlackBerry ban to fight terror',
      url: 'https://www.homelandsecuritynewswire.com/indonesia-joins-countries-mulling-blackberry-ban-fight-terror',
      published: '2010-08-04',
      copyOf: 'AP',
    },
    {
      id: 'jakarta-post-2010-08-06',
      publisher: 'The Jakarta Post',
      title: 'Government demands access to RIM database',
      url: 'http://www.thejakartapost.com/news/2010/08/06/government-demands-access-rim-database.html',
      published: '2010-08-06',
    },
    {
      id: 'register-2010-08-05',
      publisher: 'The Register',
      title: 'Indonesia joins BlackBerry wiretapping pile-on',
      url: 'https://www.theregister.com/2010/08/05/rim_indonesia/',
      published: '2010-08-05',
    },
    {
      id: 'jakarta-post-2011-01-10',
      publisher: 'The Jakarta Post',
      title: 'Minister threatens halt to BlackBerry Web browsing',
      url: 'http://www.thejakartapost.com/news/2011/01/10/minister-threatens-halt-blackberry-web-browsing.html',
      published: '2011-01-10',
    },
    {
      id: 'guardian-2011-01-10',
      publisher: 'The Guardian',
      title: 'BlackBerry maker agrees to Indonesian net filters',
      url: 'https://www.theguardian.com/technology/2011/jan/10/blackberry-indonesia-pornography-filter',
      published: '2011-01-10',
    },
    {
      id: 'ibtimes-reuters-2011-01-10',
      publisher: 'IBTimes',
      title: 'BlackBerry maker to block porn in Indonesia',
      url: 'https://ibtimes.com/blackberry-maker-block-porn-indonesia-448725',
      copyOf: 'Reuters',
      note: 'RIM "said on Monday" (10 January 2011).',
    },
    {
      id: 'republika-2011-01-10',
      publisher: 'Republika',
      url: 'https://news.republika.co.id/berita/157584/tifatul-jika-rim-masih-bergeming-layanan-internet-blackberry-akan-dicabut',
      published: '2011-01-10',
    },
    {
      id: 'toronto-star-2011-01-10',
      publisher: 'Toronto Star',
      url: 'https://www.thestar.com/business/2011/01/10/rim_to_censor_web_porn_on_blackberrys_in_indonesia.html',
      published: '2011-01-10',
      note: '"RIM has until Jan. 21 to begin filtering porn sites".',
    },
    {
      id: 'jakarta-post-2011-01-18',
      publisher: 'The Jakarta Post',
      title: 'BlackBerry deadline set, yet technicalities remain vague',
      url: 'http://www.thejakartapost.com/news/2011/01/18/blackberry-deadline-set-yet-technicalities-remain-vague.html',
      published: '2011-01-18',
    },
    {
      id: 'apsn-2011-01-17',
      publisher: 'Asia Pacific Solidarity Network',
      url: 'https://www.asia-pacific-solidarity.net/news/2011-01-17/tifatul-holds-firm-blackberry-porn-deadline.html',
      published: '2011-01-17',
      copyOf: 'Jakarta Globe',
    },
    {
      id: 'apsn-2011-01-20',
      publisher: 'Asia Pacific Solidarity Network',
      title: 'Tifatul Sembiring claims BlackBerry has blocked pornographic sites',
      url: 'https://www.asia-pacific-solidarity.net/news/2011-01-20/tifatul-sembiring-claims-blackberry-has-blocked-pornographic-sites.html',
      published: '2011-01-20',
      copyOf: 'unnamed outlet',
    },
    {
      id: 'xbiz-2011-04-15',
      publisher: 'XBIZ',
      url: 'http://newswire.xbiz.com/view.php?id=132890',
      published: '2011-04-15',
    },
    {
      id: 'asean-affairs-2011-09-08',
      publisher: 'Asean Affairs',
      title: 'Indonesia loses RIM data center to Malaysia',
      url: 'http://www.aseanaffairs.com/indonesia_news/economy/indonesia_loses_rim_data_center_to_malaysia',
      published: '2011-09-08',
    },
    {
      id: 'jakarta-post-2011-11-15',
      publisher: 'The Jakarta Post',
      title: 'Govt urges RIM to build data server in Indonesia',
      url: 'http://www.thejakartapost.com/news/2011/11/15/govt-urges-rim-build-data-server-indonesia.html',
      published: '2011-11-15',
    },
    {
      id: 'gadgets-now-bloomberg-2011-12-15',
      publisher: 'Gadgets Now',
      title: 'RIM spars with Indonesia over server',
      url: 'https://www.gadgetsnow.com/tech-news/rim-spars-with-indonesia-over-server/amp_articleshow/11121462.cms',
      published: '2011-12-15',
      copyOf: 'Bloomberg',
    },
    {
      id: 'rosesana-afp-2011-12',
      publisher: 'rosesana (blog)',
      url: 'http://rosesana.blogspot.com/2011/12/indonesia-threatens-to-cut-blackberry.html',
      published: '2011-12',
      copyOf: 'AFP',
    },
    {
      id: 'crackberry-2011-12-09',
      publisher: 'CrackBerry',
      url: 'http://crackberry.com/indonesia-government-threatens-stop-use-blackberry-messenger',
      published: '2011-12-09',
      copyOf: 'The Jakarta Post',
    },
    {
      id: 'zdnet-2011-12',
      publisher: 'ZDNet',
      title: 'Indonesian government threatens BlackBerry service shutdown',
      url: 'https://www.zdnet.com/article/indonesian-government-threatens-blackberry-service-shutdown/',
    },
    {
      id: 'jakarta-globe-2011-12-11',
      publisher: 'Jakarta Globe',
      title: '‘Surprised’ by BlackBerry Shutdown Threat, RIM Says It Will Find a Solution',
      url: 'http://thejakartaglobe.beritasatu.com/archive/surprised-by-blackberry-shutdown-threat-rim-says-it-will-find-a-solution/483986/',
      published: '2011-12-11',
    },
    {
      id: 'bloomberg-2011-12-15',
      publisher: 'Bloomberg',
      title: 'RIM Spars With Indonesia Over Server as It Seeks Growth in Asia',
      url: 'http://www.bloomberg.com/news/articles/2011-12-15/rim-spars-with-indonesia-over-server-as-it-seeks-emerging-markets-growth',
      published: '2011-12-15',
    },
    {
      id: 'jakarta-post-2011-12-14',
      publisher: 'The Jakarta Post',
      title: 'Don’t bully RIM, business players warn govt',
      url: 'https://www.thejakartapost.com/news/2011/12/14/don-t-bully-rim-business-players-warn-govt0.html',
      published: '2011-12-14',
    },
    {
      id: 'intomobile-2011-12-09',
      publisher: 'IntoMobile',
      url: 'http://www.intomobile.com/2011/12/09/government-of-indonesia-threatening-to-shut-down-blackberry-service/',
      published: '2011-12-09',
    },
    {
      id: 'jakarta-post-2012-01-18',
      publisher: 'The Jakarta Post',
      title: 'BlackBerry Messenger service is safe, Tifatul says',
      url: 'http://www.thejakartapost.com/news/2012/01/18/blackberry-messenger-service-safe-tifatul-says.html',
      published: '2012-01-18',
    },
    {
      id: 'globe-and-mail-router',
      publisher: 'The Globe and Mail',
      url: 'https://www.theglobeandmail.com/report-on-business/indonesia-threatens-to-shut-down-blackberry-data-services/article4180658/',
      note: 'Citing The Jakarta Post.',
    },
  ],
  demands: [
    {
      id: 'service-centres',
      date: '2009-07-01',
      by: ['dgpt'],
      of: ['rim', 'blackberry-importers'],
      subjects: ['other'],
      services: ['BlackBerry after-sales service'],
      summary: 'Open local after-sales service outlets for BlackBerry by 16 July 2009',
      consequence:
        "Imports of new BlackBerry products banned and importers' licences revoked; existing users keep service.",
      sources: [
        {
          source: 'salam-jakarta-2009-07-06',
          quote: SALAM_JAKARTA_2009_07_06_QUOTE,
          note: 'Letter No. 586/DJPT.5/KOMINFO/VII/2009 of 1 July 2009, made public on Sunday 5 July.',
        },
      ],
    },
    {
      id: 'local-data-centre',
      date: '2010-08-04',
      by: ['kominfo', 'gatot-dewabroto'],
      of: ['rim'],
      subjects: ['local-servers', 'lawful-access'],
      services: ['BlackBerry data'],
      summary: 'Set up a server or data centre in Indonesia, so that encrypted traffic is not routed abroad',
      sources: [
        {
          source: 'hsnw-2010-08-04',
          quote: HSNW_2010_08_04_QUOTE,
        },
      ],
    },
    {
      id: 'pornography-filter',
      date: '2011-01-07',
      by: ['tifatul-sembiring', 'kominfo'],
      of: ['rim'],
      subjects: ['content-removal'],
      services: ['BlackBerry web browsing'],
      summary: 'Block pornographic sites within two weeks',
      consequence: 'BlackBerry web browsing shut down; BBM and e-mail unaffected.',
      sources: [
        {
          source: 'jakarta-post-2011-01-10',
          quote: JAKARTA_POST_2011_01_10_QUOTE,
        },
        { source: 'guardian-2011-01-10' },
      ],
    },
    {
      id: 'data-centre-rule',
      date: '2011-12/2011-12-15',
      by: ['tifatul-sembiring', 'kominfo'],
      of: ['rim', 'indonesian-operators'],
      subjects: ['data-localisation', 'local-servers'],
      summary:
        'A coming rule, under the 2008 ITE law, requiring telecommunications companies to build local data centres',
      sources: [
        {
          source: 'bloomberg-2011-12-15',
          quote:
            'Indonesia may issue a rule next year requiring telecommunications companies, including Research In Motion Ltd., operating there to build local data centers, a move the nation’s biggest smartphone seller has resisted.',
          note: 'Reported on 15 December 2011; the day in December the companies were told is not given.',
        },
        { source: 'gadgets-now-bloomberg-2011-12-15' },
      ],
    },
  ],
  responses: [
    {
      id: 'rim-promises-service-centre',
      date: '2009-07-14',
      by: ['rim'],
      to: ['service-centres'],
      stance: 'comply',
      summary: 'RIM reaffirms it will open a service centre: go-live on 21 August, opening by 26 August 2009',
      statement: YOSEF_ARDI_2009_07_14_QUOTE,
      sources: [
        {
          source: 'yosef-ardi-2009-07-14',
          quote: YOSEF_ARDI_2009_07_14_QUOTE,
        },
      ],
    },
    {
      id: 'rim-agrees-to-filter',
      date: '2011-01-10',
      by: ['rim'],
      to: ['pornography-filter'],
      stance: 'comply',
      summary:
        'RIM will filter "as soon as possible": the first time it agreed to filter the web on BlackBerry',
      statement: IBTIMES_REUTERS_2011_01_10_QUOTE,
      sources: [
        {
          source: 'ibtimes-reuters-2011-01-10',
          quote: IBTIMES_REUTERS_2011_01_10_QUOTE,
          note: 'Dated in Jakarta, where the outlets report it on Monday 10 January 2011.',
        },
        {
          source: 'guardian-2011-01-10',
          quote:
            'It is the first time that the Canadian company has agreed to filter the internet on its high-security BlackBerry phones.',
        },
      ],
    },
    {
      id: 'rim-fully-addressed',
      date: { value: '2011-09-23', timeZone: TORONTO },
      by: ['rim', 'david-paterson'],
      to: ['local-data-centre'],
      stance: 'partially-comply',
      summary:
        'RIM writes that it has "fully addressed" the government\'s issues with content filters and a faster regional network',
      sources: [
        {
          source: 'gadgets-now-bloomberg-2011-12-15',
          quote:
            'RIM sent a letter to the Indonesian government September 23 saying it had “fully addressed” the government’s issues by adding content filters and speeding up its regional network, Paterson said.',
        },
      ],
    },
    {
      id: 'rim-surprised',
      date: '2011-12-10',
      by: ['rim', 'gregory-wade'],
      to: ['local-data-centre'],
      stance: 'negotiate',
      summary:
        'RIM is "surprised": it has not been told of requirements beyond those it met, was never formally asked for a centre in Indonesia, and will work through the issues',
      statement: JAKARTA_GLOBE_2011_12_11_QUOTE,
      sources: [
        {
          source: 'jakarta-globe-2011-12-11',
          quote: JAKARTA_GLOBE_2011_12_11_QUOTE,
          note: 'RIM spoke "on Saturday" (10 December 2011); its regional managers speak in Jakarta.',
        },
        {
          source: 'rosesana-afp-2011-12',
          quote:
            '"We have never been formally asked to build a centre in Indonesia," RIM\'s East Asia managing director Gregory Wade told AFP.',
        },
      ],
    },
  ],
  deadlines: [
    {
      id: 'deadline-2009-07-16',
      due: '2009-07-16',
      setOn: '2009-07-01',
      setBy: ['dgpt'],
      demands: ['service-centres'],
      summary: 'Local after-sales service outlets by 16 July 2009',
      consequence: "Imports of new BlackBerry products banned and importers' licences revoked.",
      outcome: {
        kind: 'extended',
        on: '2009-07-14',
        event: 'government-softens',
        sources: [{ source: 'yosef-ardi-2009-07-14' }],
      },
      sources: [{ source: 'salam-jakarta-2009-07-06' }],
    },
    {
      id: 'deadline-2009-08-26',
      due: '2009-08-26',
      setOn: '2009-07-14',
      setBy: ['dgpt', 'basuki-yusuf-iskandar'],
      demands: ['service-centres'],
      summary: 'The service centre to open by 26 August 2009, as RIM promised officials',
      extends: 'deadline-2009-07-16',
      outcome: {
        kind: 'met',
        on: '2009-07-14/2011-01-17',
        event: 'jakarta-meeting',
        sources: [{ source: 'jakarta-post-2011-01-18' }, { source: 'jakarta-globe-2011-12-11' }],
        note:
          "The day a centre opened is not known: some time after RIM's promise of 14 July 2009, and no later than " +
          '17 January 2011, when the minister claimed 40 service centres. The Jakarta Globe reported on 11 December ' +
          '2011 that RIM had complied with the demand for customer care centres.',
      },
      sources: [{ source: 'yosef-ardi-2009-07-14' }],
    },
    {
      id: 'deadline-2011-01-21',
      due: '2011-01-21',
      setOn: '2011-01-07',
      setBy: ['tifatul-sembiring', 'kominfo'],
      demands: ['pornography-filter'],
      summary: 'Two weeks from 7 January 2011 to block pornographic sites',
      consequence: 'BlackBerry web browsing shut down.',
      outcome: {
        kind: 'met',
        on: '2011-01-20',
        event: 'rim-begins-filtering',
        sources: [
          { source: 'apsn-2011-01-20' },
          {
            source: 'xbiz-2011-04-15',
            quote: 'RIM was recently given a two-week deadline and has complied.',
          },
        ],
      },
      sources: [
        { source: 'jakarta-post-2011-01-10' },
        { source: 'toronto-star-2011-01-10' },
        {
          source: 'jakarta-post-2011-01-18',
          quote:
            '"January 21 is the time limit for blocking pornography sites because other operators have been closed already and only RIM has not it done yet," added Sembiring.',
          note:
            'The fact sheet gives it for 17 January 2011 with The Jakarta Post and the Jakarta Globe (via APSN), ' +
            'without saying which page quotes it.',
        },
      ],
    },
    {
      id: 'deadline-2011-12-31',
      due: '2011-12-31',
      setOn: '2011-09',
      setBy: ['kominfo'],
      demands: ['local-data-centre'],
      summary:
        'A data centre or server in Indonesia by 31 December 2011, as reported of the September agreement',
      consequence:
        "BlackBerry Internet Service and BlackBerry Messenger ended (BRTI's threat of 9 December 2011).",
      outcome: {
        kind: 'missed',
        event: 'no-plan-to-end-bbm',
        sources: [{ source: 'jakarta-post-2012-01-18' }],
        note:
          'The date passed with the server in Singapore, not Indonesia, and no shutdown followed: on 18 January 2012 ' +
          'the minister said there was no plan to end BBM.',
      },
      sources: [
        {
          source: 'zdnet-2011-12',
          quote:
            'RIM had agreed with the government that it would establish a datacenter by December 31st as part of a series of agreements decided upon in September.',
        },
        {
          source: 'intomobile-2011-12-09',
          quote:
            'According the their earlier agreement, RIM has until the end of December to get a server up and running in Indonesia',
        },
      ],
    },
  ],
  events: [
    {
      id: 'import-ban-deadline',
      date: '2009-07-05',
      kind: 'demand',
      title:
        'Indonesia gives RIM until 16 July 2009 to open after-sales service outlets, or new imports are banned',
      description:
        'Spokesman Gatot S. Dewabroto makes public the letter of 1 July 2009 (No. 586/DJPT.5/KOMINFO/VII/2009). ' +
        'Existing users keep their service.',
      actors: ['dgpt', 'gatot-dewabroto', 'rim', 'blackberry-importers'],
      demands: ['service-centres'],
      deadlines: ['deadline-2009-07-16'],
      sources: [
        {
          source: 'salam-jakarta-2009-07-06',
          quote: SALAM_JAKARTA_2009_07_06_QUOTE,
        },
      ],
      confidence: 'reported',
    },
    {
      id: 'government-softens',
      date: '2009-07-14',
      kind: 'extension',
      title: 'RIM promises a service centre by 26 August 2009; imports of certified models resume',
      description:
        'RIM executives, with the Canadian ambassador, meet Director General Basuki Yusuf Iskandar. Imports of ' +
        'already-certified models resume; new models are not certified.',
      actors: ['rim', 'basuki-yusuf-iskandar', 'dgpt'],
      demands: ['service-centres'],
      responses: ['rim-promises-service-centre'],
      deadlines: ['deadline-2009-07-16', 'deadline-2009-08-26'],
      sources: [
        {
          source: 'yosef-ardi-2009-07-14',
          quote: YOSEF_ARDI_2009_07_14_QUOTE,
        },
      ],
      confidence: 'reported',
    },
    {
      id: 'local-server-wanted',
      date: '2010-08-04',
      kind: 'demand',
      title: 'Indonesia considers following Saudi Arabia and the UAE, and wants RIM to set up a local server',
      actors: ['kominfo', 'gatot-dewabroto', 'rim'],
      demands: ['local-data-centre'],
      sources: [
        {
          source: 'hsnw-2010-08-04',
          quote: HSNW_2010_08_04_QUOTE,
        },
      ],
      confidence: 'reported',
    },
    {
      id: 'data-centre-urgently-needed',
      date: '2010-08-05',
      kind: 'statement',
      title:
        'The minister: a data centre is urgently needed; the regulator: only a plea, no plan to restrict services',
      description:
        'The regulator tones the minister down: "so far there is absolutely no plan", "only a plea".',
      actors: ['tifatul-sembiring', 'kominfo', 'brti', 'rim'],
      demands: ['local-data-centre'],
      sources: [
        {
          source: 'jakarta-post-2010-08-06',
          quote:
            'Communications and Information Technology Minister Tifatul Sembiring said Thursday that a data center was urgently needed by law enforcement officers to track communication records of suspected criminals sent through RIM’s popular BlackBerry handheld devices.',
        },
        { source: 'register-2010-08-05' },
      ],
      confidence: 'confirmed',
    },
    {
      id: 'filter-ultimatum',
      date: '2011-01-07',
      kind: 'demand',
      title: 'Two-week ultimatum: block pornographic sites or lose BlackBerry web browsing',
      description: 'The deadline is 21 January 2011; BBM and e-mail are not affected.',
      actors: ['tifatul-sembiring', 'kominfo', 'rim'],
      demands: ['pornography-filter'],
      deadlines: ['deadline-2011-01-21'],
      sources: [
        {
          source: 'jakarta-post-2011-01-10',
          quote: JAKARTA_POST_2011_01_10_QUOTE,
        },
        {
          source: 'guardian-2011-01-10',
          quote:
            '"If they keep delaying, we will shut down their operation here because they fail to comply with our laws."',
          note:
            'Tifatul to the Jakarta Globe; the fact sheet gives it with The Jakarta Post and The Guardian, without ' +
            'saying which of the two pages quotes it.',
        },
      ],
      confidence: 'confirmed',
    },
    {
      id: 'rim-agrees-to-filter-event',
      date: '2011-01-10',
      kind: 'response',
      title:
        'RIM agrees to filter the web in Indonesia "as soon as possible"; the minister repeats the 21 January deadline',
      actors: ['rim', 'tifatul-sembiring'],
      demands: ['pornography-filter'],
      responses: ['rim-agrees-to-filter'],
      deadlines: ['deadline-2011-01-21'],
      sources: [
        { source: 'ibtimes-reuters-2011-01-10' },
        { source: 'guardian-2011-01-10' },
        { source: 'republika-2011-01-10' },
        { source: 'toronto-star-2011-01-10' },
      ],
      confidence: 'confirmed',
    },
    {
      id: 'jakarta-meeting',
      date: '2011-01-17',
      kind: 'meeting',
      title: 'Meeting in Jakarta: RIM signs a legally binding document; the 21 January deadline stands',
      description:
        'Kominfo, RIM (South-East Asia managing director Gregory Wade) and six mobile operators meet; the minister ' +
        'tells House Commission I that RIM also agreed to lawful interception and a regional network aggregator, ' +
        'and claims 40 service centres.',
      actors: [
        'kominfo',
        'tifatul-sembiring',
        'rim',
        'gregory-wade',
        'indonesian-operators',
        'house-commission-i',
      ],
      demands: ['pornography-filter', 'local-data-centre', 'service-centres'],
      deadlines: ['deadline-2011-01-21', 'deadline-2009-08-26'],
      sources: [
        {
          source: 'jakarta-post-2011-01-18',
          quote:
            'Communications and Information Technology Minister Tifatul Sembiring said that RIM had signed a legally binding document on fulfilling requirements set by the government.',
        },
        { source: 'apsn-2011-01-17' },
      ],
      confidence: 'confirmed',
    },
    {
      id: 'rim-begins-filtering',
      date: '2011-01-20',
      kind: 'response',
      title: 'A day before the deadline, RIM filters top pornographic sites with the Nawala DNS filter',
      actors: ['rim', 'tifatul-sembiring'],
      demands: ['pornography-filter'],
      deadlines: ['deadline-2011-01-21'],
      sources: [
        {
          source: 'apsn-2011-01-20',
          quote:
            '"Thank God RIM has begun to block top-ranked pornographic Web sites with Nawala," Communication and Information Technology Minister Tifatul Sembiring said on Thursday.',
        },
        {
          source: 'apsn-2011-01-20',
          quote:
            'RIM on Monday agreed to block access to porn sites after Tifatul gave the Canada-based company a two-week timeline to do so. The deadline was Friday.',
        },
      ],
      confidence: 'reported',
    },
    {
      id: 'malaysia-factory-reported',
      date: '2011-09-08',
      kind: 'report',
      title:
        'Reported: RIM chooses Malaysia for a BlackBerry factory; officials link it to the data-centre dispute',
      description: "Reported on 8 September 2011; the day of RIM's decision is not given.",
      actors: ['rim', 'government-of-indonesia'],
      demands: ['local-data-centre'],
      sources: [
        {
          source: 'asean-affairs-2011-09-08',
          quote:
            'As officials voiced disappointment over Research In Motion’s decision to build a BlackBerry manufacturing plant in Malaysia, analysts and business executives blamed the government for failing to convince the under-fire company to build a data center in Indonesia.',
        },
      ],
      confidence: 'confirmed',
    },
    {
      id: 'september-agreement',
      date: '2011-09',
      kind: 'negotiation',
      title: 'Reported agreement: RIM vows a server or network aggregator, in a country it does not name',
      description:
        'The day in September is not known. ZDNet and IntoMobile report that the agreements set 31 December 2011 for ' +
        'a data centre. Sources disagree on when the four-point agreement was made (see the claims).',
      actors: ['rim', 'kominfo'],
      demands: ['local-data-centre'],
      deadlines: ['deadline-2011-12-31'],
      sources: [
        {
          source: 'jakarta-post-2011-11-15',
          quote:
            'He said that in an agreement with the government in September, RIM had vowed to build a server or network aggregator, but did not specify in which country it would be set up.',
        },
        { source: 'zdnet-2011-12' },
      ],
      confidence: 'confirmed',
    },
    {
      id: 'rim-letter-fully-addressed',
      date: { value: '2011-09-23', timeZone: TORONTO },
      kind: 'response',
      title: 'RIM writes that it has "fully addressed" the government\'s issues',
      actors: ['rim', 'david-paterson', 'kominfo'],
      demands: ['local-data-centre'],
      responses: ['rim-fully-addressed'],
      sources: [{ source: 'gadgets-now-bloomberg-2011-12-15' }],
      confidence: 'reported',
    },
    {
      id: 'ministry-presses-for-server',
      date: '2011-11-14',
      kind: 'demand',
      title: 'The ministry will press RIM to put a data server in Indonesia, negotiating "next month"',
      actors: ['muhammad-budi-setyawan', 'kominfo', 'rim'],
      demands: ['local-data-centre'],
      deadlines: ['deadline-2011-12-31'],
      sources: [
        {
          source: 'jakarta-post-2011-11-15',
          quote:
            '“We will make efforts so that RIM will be willing to set up a data server here. We will be negotiating next month,” the director general of information technology resources and equipment at the ministry, Muhammas Budi Setyawan, said Monday as quoted by kompas.com.',
        },
      ],
      confidence: 'confirmed',
    },
    {
      id: 'progress-meeting',
      date: '2011-12-08',
      kind: 'meeting',
      title:
        'Progress meeting: RIM calls it "very positive"; BRTI says RIM refused an aggregator in Indonesia',
      actors: ['brti', 'heru-sutadi', 'rim', 'gregory-wade'],
      demands: ['local-data-centre'],
      deadlines: ['deadline-2011-12-31'],
      sources: [
        {
          source: 'rosesana-afp-2011-12',
          quote:
            '"We had a meeting with RIM on Thursday to talk about progress since January. They have fulfilled some requests, but we are disappointed they have not agreed to establish an aggregator in Indonesia," Sutadi said.',
        },
        { source: 'jakarta-globe-2011-12-11' },
      ],
      confidence: 'reported',
    },
    {
      id: 'brti-threatens-shutdown',
      date: '2011-12-09',
      kind: 'demand',
      title:
        'BRTI threatens to end BlackBerry Internet Service and BlackBerry Messenger; the ministry says it would likely shut the service down early next year',
      actors: ['brti', 'heru-sutadi', 'kominfo', 'rim'],
      demands: ['local-data-centre'],
      deadlines: ['deadline-2011-12-31'],
      sources: [
        {
          source: 'crackberry-2011-12-09',
          quote:
            '"Because RIM has not been cooperative, it is possible that we will soon end BIS (BlackBerry Internet Service) and BBM service. BlackBerry therefore, would just be like other cellular phones," BRTI member Heru Sutadi told The Jakarta Post on Friday.',
        },
        { source: 'zdnet-2011-12' },
      ],
      confidence: 'confirmed',
    },
    {
      id: 'rim-surprised-event',
      date: '2011-12-10',
      kind: 'response',
      title: 'RIM is "surprised" by the threat, says it was never formally asked for a centre in Indonesia',
      description: 'RIM says its router in Singapore satisfies the request for a regional aggregator.',
      actors: ['rim', 'gregory-wade', 'david-paterson'],
      demands: ['local-data-centre'],
      responses: ['rim-surprised'],
      deadlines: ['deadline-2011-12-31'],
      sources: [
        {
          source: 'jakarta-globe-2011-12-11',
          quote:
            '“We were surprised by the government comments we saw in the media. The Dec. 8 meeting was very positive. We couldn’t imagine that the government would be so hurtful as to shut down our service.',
        },
        { source: 'rosesana-afp-2011-12' },
      ],
      confidence: 'confirmed',
    },
    {
      id: 'rim-complied-report',
      date: '2011-12-11',
      kind: 'report',
      title:
        'The Jakarta Globe: RIM complied with the demands for customer care centres and a pornography filter',
      actors: ['rim', 'government-of-indonesia'],
      demands: ['service-centres', 'pornography-filter'],
      sources: [
        {
          source: 'jakarta-globe-2011-12-11',
          note: 'The fact sheet: "requests with which RIM complied".',
        },
      ],
      confidence: 'confirmed',
    },
    {
      id: 'brti-asks-termination',
      date: '2011-12-14',
      kind: 'report',
      title:
        'Reported: BRTI has asked the government to terminate all BlackBerry network services after RIM chose Singapore',
      description: 'Reported on 14 December 2011; the day of the request is not given.',
      actors: ['brti', 'kominfo', 'rim'],
      demands: ['local-data-centre'],
      deadlines: ['deadline-2011-12-31'],
      sources: [
        {
          source: 'jakarta-post-2011-12-14',
          quote:
            'Deeply disappointed by RIM’s recent decision to set up a data center in Singapore, the Indonesian Telecommunications Regulatory Body (BRTI) has requested the government terminate all BlackBerry network services in the country.',
        },
      ],
      confidence: 'confirmed',
    },
    {
      id: 'data-centre-rule-announced',
      date: '2011-12/2011-12-15',
      kind: 'announcement',
      title:
        'The government tells telecommunications companies of a coming rule requiring local data centres',
      description: 'Reported by Bloomberg on 15 December 2011; the rule would come "next year".',
      actors: ['tifatul-sembiring', 'kominfo', 'rim', 'indonesian-operators'],
      demands: ['data-centre-rule'],
      sources: [
        {
          source: 'bloomberg-2011-12-15',
          quote:
            '“Building a data center isn’t easy,” Sembiring said in Jakarta. “And it is expensive. We have told them to be ready.”',
        },
      ],
      confidence: 'confirmed',
    },
    {
      id: 'no-plan-to-end-bbm',
      date: '2012-01-18',
      kind: 'statement',
      title: 'The minister: there is no plan to end BlackBerry Messenger',
      description:
        'After the reported date of 31 December 2011 passed with no server in Indonesia. Whether the promised ' +
        'data-centre rule was issued is not verified.',
      actors: ['tifatul-sembiring', 'kominfo'],
      demands: ['local-data-centre'],
      deadlines: ['deadline-2011-12-31'],
      sources: [
        {
          source: 'jakarta-post-2012-01-18',
          quote:
            'Communications and Information Minister Tifatul Sembiring reassured the Indonesian public on Wednesday that the government would not end the BlackBerry Messenger (BBM) service.',
        },
        { source: 'jakarta-post-2012-01-18', quote: '“No, we don’t have that plan,” said Tifatul' },
      ],
      confidence: 'confirmed',
    },
  ],
  claims: [
    {
      id: 'four-point-agreement-january',
      topic: 'four-point-agreement-date',
      statement:
        'RIM agreed in January 2011 to four requests: service centres, negative-content filtering, helping law enforcement track messages, and an aggregator.',
      sources: [
        {
          source: 'rosesana-afp-2011-12',
          note: 'AFP: "Canada-based RIM had agreed in January to fulfil four requests".',
        },
        {
          source: 'zdnet-2011-12',
          note: 'Citing the WSJ: "In the January agreement, RIM was to work on four areas".',
        },
      ],
      confidence: 'confirmed',
    },
    {
      id: 'four-point-agreement-september',
      topic: 'four-point-agreement-date',
      statement:
        'The agreement, with its date of 31 December 2011 for a data centre, was made in September 2011.',
      sources: [
        { source: 'jakarta-post-2011-11-15' },
        { source: 'crackberry-2011-12-09' },
        { source: 'zdnet-2011-12' },
      ],
      confidence: 'confirmed',
    },
    {
      id: 'router-in-singapore',
      topic: 'router-location',
      statement: 'RIM has set up a router in Singapore.',
      sources: [{ source: 'rosesana-afp-2011-12' }],
      confidence: 'reported',
    },
    {
      id: 'router-in-indonesia',
      topic: 'router-location',
      statement:
        'RIM would build a router in Indonesia, instead of a data hub, which would be set up in neighbouring Singapore.',
      sources: [{ source: 'globe-and-mail-router', note: 'Citing The Jakarta Post.' }],
      confidence: 'confirmed',
    },
    {
      id: 'users-xbiz',
      topic: 'blackberry-users-in-indonesia',
      statement: 'More than 3 million Indonesian users since 2004 (April 2011).',
      quantity: { low: 3_000_000, qualifier: 'at-least', unit: 'users' },
      date: '2011-04-15',
      sources: [
        {
          source: 'xbiz-2011-04-15',
          quote: 'Since 2004, BlackBerry has amassed more than 3 million Indonesian users',
        },
      ],
      confidence: 'confirmed',
    },
  ],
};

/**
 * Indonesia and Research In Motion (BlackBerry), 2009–2012: the July 2009 deadline for service centres, the
 * two-week pornography-filter ultimatum of January 2011 (met a day early), and the demand for a local data centre,
 * pressed from August 2010 to a reported date of 31 December 2011 that passed without a shutdown — with the
 * disputed month of the four-point agreement and the router's place kept as claims.
 *
 * @category Datasets
 * @example
 * ```ts
 * import { indonesiaBlackberry2009 } from 'dispute-timeline/datasets';
 * indonesiaBlackberry2009.deadlines.map((deadline) => [deadline.due, deadline.outcome?.kind]);
 * //=> [['2009-07-16', 'extended'], ['2009-08-26', 'met'], ['2011-01-21', 'met'], ['2011-12-31', 'missed']]
 * ```
 */
export const indonesiaBlackberry2009: Dispute = /* @__PURE__ */ parseDispute(data);
