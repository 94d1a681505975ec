import { parseDispute } from '../builder/json.js';
import type { Dispute, DisputeInput } from '../model/dispute.js';

/**
 * Texts the case gives in more than one place (a quote, and the response's statement or the event's citation that
 * repeats it), each written once.
 */
const TASS_2017_06_28_QUOTE =
  '"However, we will not comply with unconstitutional and technically impossible Yarovaya Package laws - as well as with other laws incompatible with protection of privacy and Telegram\'s privacy policy," Durov said.';
const PRAVDA_2018_03_20_QUOTE =
  '"Угрозы блокировать Telegram, если он не откажется от личных данных своих пользователей, не принесут плодов", – написал Дуров.';

/** The case in its JSON form; every date, quote, figure and URL is from the project's second fact sheet. */
const data: DisputeInput = {
  id: 'telegram-russia-2017',
  title: 'Russia and Telegram, 2017–2020',
  summary:
    'Roskomnadzor (RKN), the federal communications regulator, told Telegram in mid-May 2017 to register as an ' +
    '"information distributor" and pressed it with an open letter on 23 June; Telegram was entered in the ' +
    'register on 28 June, but refused to give the FSB the information to decode messages. The FSB asked for it on ' +
    '12 July 2017 with a deadline of 16 or 19 July (both are sourced); a Moscow court fined Telegram 800,000 roubles ' +
    "on 16 October 2017. After the Supreme Court upheld the FSB's right on 20 March 2018, RKN gave Telegram 15 days, " +
    'to 4 April; it sued on 6 April, a court ordered the block on 13 April, and RKN began blocking on 16 April 2018. ' +
    "The largely ineffective block was lifted on 18 June 2020, when RKN dropped its demands citing Durov's readiness " +
    'to fight extremism; no source says keys were handed over. Dates are local to the actor: Russian authorities ' +
    'and courts in Moscow (Europe/Moscow).',
  timeZone: 'Europe/Moscow',
  countries: ['RU'],
  actors: [
    { id: 'government-of-russia', name: 'Government of Russia', kind: 'government', country: 'RU' },
    {
      id: 'rkn',
      name: 'Roskomnadzor',
      kind: 'regulator',
      country: 'RU',
      aliases: ['RKN'],
      memberships: [{ organization: 'government-of-russia' }],
    },
    {
      id: 'alexander-zharov',
      name: 'Alexander Zharov',
      kind: 'person',
      country: 'RU',
      memberships: [{ organization: 'rkn', role: 'Head' }],
    },
    {
      id: 'fsb',
      name: 'Federal Security Service',
      kind: 'agency',
      country: 'RU',
      aliases: ['FSB'],
      memberships: [{ organization: 'government-of-russia' }],
    },
    { id: 'meshchansky-court', name: 'Meshchansky District Court, Moscow', kind: 'court', country: 'RU' },
    { id: 'tagansky-court', name: 'Tagansky District Court, Moscow', kind: 'court', country: 'RU' },
    { id: 'moscow-city-court', name: 'Moscow City Court', kind: 'court', country: 'RU' },
    { id: 'supreme-court-of-russia', name: 'Supreme Court of Russia', kind: 'court', country: 'RU' },
    {
      id: 'yulia-smolina',
      name: 'Yulia Smolina',
      kind: 'judge',
      country: 'RU',
      memberships: [{ organization: 'tagansky-court', role: 'Judge' }],
    },
    {
      id: 'prosecutor-general',
      name: "Prosecutor General's Office",
      kind: 'agency',
      country: 'RU',
      memberships: [{ organization: 'government-of-russia' }],
    },
    { id: 'russian-operators', name: 'Telecom operators in Russia', kind: 'telecom-operator', country: 'RU' },
    {
      id: 'telegram',
      name: 'Telegram Messenger LLP',
      kind: 'company',
      country: 'GB',
      aliases: ['Telegram'],
      description: 'The FSB wrote to its London office.',
    },
    {
      id: 'pavel-durov',
      name: 'Pavel Durov',
      kind: 'person',
      description: 'The sources do not give his location.',
      memberships: [{ organization: 'telegram', role: 'Founder' }],
    },
    {
      id: 'telegram-lawyers',
      name: "Telegram's lawyers (Agora)",
      kind: 'person',
      country: 'RU',
      description: 'Pavel Chikov, Ramil Akhmetgaliyev and Dmitry Dinze, who acted in Moscow.',
      memberships: [{ organization: 'telegram', role: 'Lawyers' }],
    },
  ],
  sources: [
    {
      id: 'rapsi-2018-05-08',
      publisher: 'RAPSI',
      url: 'https://www.rapsinews.com/judicial_news/20180508/282666341.html',
      published: '2018-05-08',
    },
    {
      id: 'stopfake-meduza',
      publisher: 'StopFake',
      url: 'http://www.stopfake.org/en/head-of-russia-s-federal-censor-says-he-ll-appeal-personally-to-telegram-creator-to-demand-submission-to-new-draconian-laws/',
      copyOf: 'Meduza',
    },
    {
      id: 'jourdom-tass',
      publisher: 'jourdom.mirtesen.ru',
      url: 'https://jourdom.mirtesen.ru/blog/43994140023/Aleksandr-ZHarov:-vremya-do-blokirovki-Telegram-ischislyaetsya-d',
      copyOf: 'TASS',
    },
    {
      id: 'tass-2017-06-28',
      publisher: 'TASS',
      url: 'http://tass.com/economy/953762',
      published: '2017-06-28',
    },
    {
      id: 'chelorg-ria-2017-06-29',
      publisher: 'chelorg',
      url: 'https://chelorg.com/2017/06/29/in-the-legal-field-telegram-made-in-the-register-of-roskomnadzor/',
      published: '2017-06-29',
      copyOf: 'RIA Novosti',
    },
    {
      id: 'uawire-interfax-2017-10',
      publisher: 'UAWire',
      title: 'Russian court fines Telegram for refusal to cooperate with FSB',
      url: 'http://uawire.org/russian-court-fines-telegram-for-refusal-to-cooperate-with-fsb',
      published: '2017-10',
      copyOf: 'Interfax',
    },
    {
      id: 'tass-2017-10-16',
      publisher: 'TASS',
      title: 'Court fines messenger Telegram $14,000 for refusal to share info with FSB',
      url: 'https://tass.com/economy/970869',
      published: '2017-10-16T12:02+03:00',
    },
    { id: 'roskomsvoboda-protocol', publisher: 'RosKomSvoboda', url: 'https://rublacklist.net/32309/' },
    {
      id: 'vvmvd-republic',
      publisher: 'vvmvd.ru',
      url: 'https://vvmvd.ru/zakon/172-delo-fsb-protiv-messendzhera-telegram-imeet-otnoshenie-k-piterskomu-teraktu.html',
      copyOf: 'Republic',
    },
    {
      id: 'incrussia-rbc',
      publisher: 'Inc. Russia',
      url: 'https://incrussia.ru/news/pochta-rossii-opozdala-s-dostavkoj-pisma-iz-fsb-v-telegram/',
      copyOf: 'RBC',
    },
    {
      id: 'columbia-gfoe',
      publisher: 'Columbia Global Freedom of Expression',
      title: 'Roskomnadzor v. Telegram',
      url: 'https://globalfreedomofexpression.columbia.edu/cases/roskomnadzor-v-telegram/',
    },
    {
      id: 'mirror-world',
      publisher: 'mirror-world.ru',
      url: 'https://mirror-world.ru/technology/v-rossii-syd-oshtrafoval-telegram-iz-za-otkaza-sotrydnichat-s-fsb.html?preview=true',
      copyOf: 'a Ukrainian or Russian report',
    },
    {
      id: 'fontanka-2017-10-16',
      publisher: 'Fontanka',
      url: 'https://fontanka.ru/2017/10/16/026',
      published: '2017-10-16',
    },
    {
      id: 'chelorg-ria-2017-12-12',
      publisher: 'chelorg',
      url: 'https://chelorg.com/2017/12/12/the-court-upheld-the-penalty-telegram-for-refusing-to-cooperate-with-the-fsb/',
      published: '2017-12-12',
      copyOf: 'RIA Novosti',
      note: 'A machine translation.',
    },
    {
      id: 'rapsi-2018-03-20',
      publisher: 'RAPSI',
      url: 'http://www.rapsinews.com/judicial_news/20180320/282257394.html',
      published: '2018-03-20',
    },
    {
      id: 'tass-2018-03-20',
      publisher: 'TASS',
      title: 'Russia’s Supreme Court upholds FSB right to read Telegram messages',
      url: 'https://tass.com/politics/995176',
      published: '2018-03-20',
    },
    {
      id: 'pravda-2018-03-20',
      publisher: 'Ukrainska Pravda',
      url: 'https://www.pravda.com.ua/rus/news/2018/03/20/7175262/',
      published: '2018-03-20',
    },
    {
      id: 'article19-2018-04-13',
      publisher: 'ARTICLE 19',
      url: 'https://www.article19.org/resources/russia-blocking-telegram-serious-violation-freedom-expression-privacy/',
      published: '2018-04-13',
    },
    {
      id: 'euronews-2018-04-13',
      publisher: 'Euronews',
      url: 'http://www.euronews.com/2018/04/13/russia-blocks-telegram-chat-app-after-court-ruling',
      published: '2018-04-13',
    },
    {
      id: 'meduza-2018-04-02',
      publisher: 'Meduza',
      url: 'https://meduza.io/amp/news/2018/04/02/yurist-telegram-opublikoval-skrinshot-otpravlennogo-v-roskomnadzor-pisma-vedomstvo-zayavilo-chto-nichego-ne-poluchilo',
      published: '2018-04-02',
    },
    {
      id: 'xebersaati-tass-2018-04-06',
      publisher: 'xebersaati',
      url: 'http://www.xebersaati.com/news/212320-russia-s-media-watchdog-files-lawsuit-on-restricting-access-to-telegram/',
      published: '2018-04-06',
      copyOf: 'TASS',
    },
    {
      id: 'moscow-times-2018-04-12',
      publisher: 'The Moscow Times',
      url: 'https://themoscowtimes.com/news/russian-media-watchdog-asks-court-immediately-ban-telegram-61142',
      published: '2018-04-12',
    },
    {
      id: 'vestnikk-interfax',
      publisher: 'vestnikk.ru',
      url: 'https://vestnikk.ru/?p=13778',
      copyOf: 'Interfax',
    },
    {
      id: 'vestniksr-meduza',
      publisher: 'vestniksr.ru',
      url: 'https://vestniksr.ru/articles/3039-bezopasnosti-radi-taganskii-sud-razreshil-blokirovat-telegram-nemedlenno.html',
      copyOf: 'Meduza',
    },
    {
      id: 'tass-2018-04-16',
      publisher: 'TASS',
      url: 'https://tass.com/economy/999993/amp',
      published: '2018-04-16',
    },
    {
      id: 'meduza-en-2018-04-17',
      publisher: 'Meduza',
      url: 'https://meduza.io/en/news/2018/04/17/russia-s-federal-censor-blocks-millions-of-ip-addresses-in-crackdown-on-telegram-disrupting-internet-services-across-the-country',
      published: '2018-04-17',
    },
    {
      id: 'myzone-reuters',
      publisher: 'business.myzone.news',
      url: 'https://business.myzone.news/2018/04/russia-blocks-google-amazon-ip-addresses-in-bid-to-ban-telegram',
      copyOf: 'Reuters',
    },
    {
      id: 'russia-business-today',
      publisher: 'Russia Business Today',
      url: 'https://russiabusinesstoday.com/technology/russia-bans-telegram-app-by-blocking-millions-of-amazon-google-ip-addresses/',
      copyOf: 'unnamed outlet',
    },
    {
      id: 'tass-2018-06-14',
      publisher: 'TASS',
      title: 'Moscow City Court recognizes ban of Telegram in Russia as legal',
      url: 'http://tass.com/economy/1009445',
      published: '2018-06-14T11:22+03:00',
    },
    {
      id: 'interfax-2018-06-14',
      publisher: 'Interfax',
      url: 'https://interfax.com/newsroom/top-stories/23535/',
      published: '2018-06-14',
    },
    {
      id: 'reporter-am-2020-06-18',
      publisher: 'reporter.am',
      url: 'https://www.reporter.am/telegram-russia-lifts-ban-on-private-messaging-app-after-it-agrees-to-help-with-extremism-investigations/',
      published: '2020-06-18',
      copyOf: 'The Independent',
    },
    {
      id: 'investing-cointelegraph',
      publisher: 'Investing.com',
      url: 'https://investing.com/news/cryptocurrency-news/russia-lifts-2year-telegram-ban-as-questions-over-security-surface-2208797',
      copyOf: 'Cointelegraph',
    },
    {
      id: 'engadget-2020-06',
      publisher: 'Engadget',
      url: 'https://www.engadget.com/russia-telegram-ban-lifted-covid-19-coronavirus-151721323.html',
      note: 'Says the ban was lifted "today"; its page date field (2020-01-12) is wrong.',
    },
    {
      id: 'sputnik-mundo-2020-06-22',
      publisher: 'noticiaslatam.lat',
      url: 'https://noticiaslatam.lat/20200622/viceministro-de-comunicaciones-ruso-admite-que-fue-imposible-bloquear-telegram-1091837182.html',
      published: '2020-06-22',
      copyOf: 'Sputnik Mundo',
    },
  ],
  demands: [
    {
      id: 'register-as-distributor',
      date: '2017-05',
      by: ['rkn'],
      of: ['telegram'],
      subjects: ['other'],
      summary: 'Register with the Russian authorities as an "information distributor"',
      consequence: 'Telegram blocked (the open letter of 23 June 2017).',
      sources: [
        {
          source: 'stopfake-meduza',
          quote:
            'In mid-May, Roskomnadzor first informed Telegram that it must register with the Russian authorities as an “information distributor,”',
        },
      ],
    },
    {
      id: 'fsb-decoding-information',
      date: '2017-07-12',
      by: ['fsb'],
      of: ['telegram'],
      subjects: ['decryption-keys', 'user-data'],
      summary: 'Provide the information needed to decode the messages of six phone numbers',
      sources: [
        {
          source: 'tass-2017-10-16',
          quote:
            'As follows from the lawsuit, Russia’s Federal Security Service on July 12 addressed Telegram’s CEO Pavel Durov with a request for providing information needed for decoding messages exchanged between the users of six phone numbers.',
        },
        { source: 'columbia-gfoe', note: 'Says the FSB first wrote in April 2017.' },
      ],
    },
    {
      id: 'decryption-keys-15-days',
      date: '2018-03-20',
      by: ['rkn'],
      of: ['telegram'],
      subjects: ['decryption-keys'],
      summary: 'Provide the FSB with the information to decode messages within 15 days',
      consequence: 'Access to Telegram restricted.',
      sources: [
        {
          source: 'pravda-2018-03-20',
          quote: 'На исполнение требований у мессенджера есть 15 суток.',
          note: 'The messenger has 15 days to meet the requirements.',
        },
      ],
    },
  ],
  responses: [
    {
      id: 'durov-registration-data',
      date: '2017-06-28',
      by: ['pavel-durov', 'telegram'],
      to: ['register-as-distributor'],
      stance: 'partially-comply',
      summary: 'Durov agrees to the use of public data for the registration but refuses the "Yarovaya" laws',
      statement: TASS_2017_06_28_QUOTE,
      sources: [
        {
          source: 'tass-2017-06-28',
          quote:
            '"Telegram developer’s registration data is not a secret and is available to anyone in open sources. If this is the true extent of the regulator’s wishes, I have no objections to using this data to register Telegram Messenger LLP in the register of information distributors," he said.',
          note: "A post on VKontakte; Durov's location is not given, so it is dated in Moscow, where TASS reports it.",
        },
        {
          source: 'tass-2017-06-28',
          quote: TASS_2017_06_28_QUOTE,
        },
      ],
    },
    {
      id: 'durov-threats-no-fruit',
      date: '2018-03-20',
      by: ['pavel-durov'],
      to: ['decryption-keys-15-days'],
      stance: 'refuse',
      summary: 'Durov: threats to block Telegram will not bear fruit',
      statement: PRAVDA_2018_03_20_QUOTE,
      sources: [
        {
          source: 'pravda-2018-03-20',
          quote: PRAVDA_2018_03_20_QUOTE,
          note: '"Threats to block Telegram unless it gives up its users\' private data will bear no fruit," Durov wrote.',
        },
      ],
    },
    {
      id: 'no-technical-possibility',
      date: '2018-03-30',
      by: ['telegram-lawyers', 'telegram'],
      to: ['decryption-keys-15-days'],
      stance: 'refuse',
      summary: 'Letter to RKN: there is no technical possibility to give the FSB keys',
      sources: [
        {
          source: 'meduza-2018-04-02',
          quote:
            'По словам Чикова, представитель Telegram, юрист Дмитрий Динзе отправил письмо в Роскомнадзор 30 марта; на скриншоте, который выложил Чиков, указано время отправления — 23:56.',
          note:
            'Sent by Dmitry Dinze on 30 March at 23:56 as a screenshot shows it, in a zone it does not state; RKN said on ' +
            '2 April (13:00) it had received no official reply.',
        },
      ],
    },
  ],
  deadlines: [
    {
      id: 'deadline-fsb-2017-07',
      due: '[2017-07-16,2017-07-19]',
      setOn: '2017-07-12',
      setBy: ['fsb'],
      demands: ['fsb-decoding-information'],
      summary:
        "The FSB's deadline for the decoding information: 16 July (Interfax, court materials) or 19 July (TASS, from the lawsuit)",
      outcome: {
        kind: 'missed',
        event: 'fsb-letter-received',
        sources: [
          { source: 'uawire-interfax-2017-10', quote: 'No response was received from Telegram.' },
          { source: 'roskomsvoboda-protocol' },
        ],
        note: 'Telegram received the letter only on 21 July, "two days after" the deadline expired (the FSB protocol of 14 September 2017, as RosKomSvoboda reports it).',
      },
      sources: [
        {
          source: 'uawire-interfax-2017-10',
          quote:
            'the FSB sent a request to the Telegram’s London office on July 12 of this year on the need to provide information on six telephone numbers by July 16. No response was received from Telegram.',
        },
        { source: 'tass-2017-10-16', quote: 'July 19 was set as the deadline.' },
        { source: 'vvmvd-republic' },
        { source: 'incrussia-rbc' },
      ],
    },
    {
      id: 'deadline-2018-04-04',
      due: '2018-04-04',
      setOn: '2018-03-20',
      setBy: ['rkn'],
      demands: ['decryption-keys-15-days'],
      summary: '15 days to hand the FSB the information to decode messages, to 4 April 2018',
      consequence: 'Access to Telegram restricted.',
      outcome: {
        kind: 'enforced',
        on: '2018-04-16',
        event: 'block-begins',
        sources: [{ source: 'tass-2018-04-16' }],
        note: 'RKN sued on 6 April, the Tagansky court ordered the block on 13 April, and RKN began blocking on 16 April 2018.',
      },
      sources: [
        {
          source: 'article19-2018-04-13',
          quote:
            'They were subsequently given the deadline of 4 April 2018 to handover the ‘keys’ or face a complete block.',
        },
        {
          source: 'euronews-2018-04-13',
          quote: 'Telegram failed to meet an April 4 deadline to hand over the encryption keys.',
        },
      ],
    },
  ],
  events: [
    {
      id: 'fsb-decoding-order',
      date: '2016-07-19',
      kind: 'order',
      title:
        'FSB order on the procedure for providing decryption information, which Telegram later challenged',
      actors: ['fsb'],
      sources: [
        {
          source: 'rapsi-2018-05-08',
          quote:
            'According to lawyer Ramil Akhmetgaliyev, the decree in question issued on July 19, 2016, regulates provision of data for decoding messages of the Internet users.',
        },
      ],
      confidence: 'confirmed',
      tags: ['background'],
    },
    {
      id: 'registration-demanded',
      date: '2017-05',
      kind: 'demand',
      title: 'RKN first tells Telegram to register as an "information distributor"',
      description: 'In mid-May 2017. WeChat had been blocked on 5 May and restored on 11 May after agreeing.',
      actors: ['rkn', 'telegram'],
      demands: ['register-as-distributor'],
      sources: [{ source: 'stopfake-meduza' }],
      confidence: 'reported',
    },
    {
      id: 'zharov-open-letter',
      date: '2017-06-23',
      kind: 'demand',
      title:
        "Open letter from RKN's head to Durov: provide the data for the register or Telegram will be blocked",
      description: 'No date was fixed; Zharov later said the time left was "counted in days".',
      actors: ['alexander-zharov', 'rkn', 'pavel-durov'],
      demands: ['register-as-distributor'],
      sources: [
        {
          source: 'jourdom-tass',
          quote:
            '23 июня глава Роскомнадзора обратился к создателю и владельцу Telegram Павлу Дурову с открытым письмом, в котором попросил его предоставить ведомству сведения о мессенджере и зарегистрировать Telegram в реестре распространителей информации.',
        },
        { source: 'jourdom-tass', quote: 'время ограничено — оно исчисляется днями' },
      ],
      confidence: 'reported',
    },
    {
      id: 'durov-agrees-to-registration',
      date: '2017-06-28',
      sequence: 1,
      kind: 'response',
      title: 'Durov agrees to registration from public data, and refuses the "Yarovaya" laws',
      actors: ['pavel-durov', 'telegram'],
      demands: ['register-as-distributor'],
      responses: ['durov-registration-data'],
      sources: [{ source: 'tass-2017-06-28' }],
      confidence: 'confirmed',
    },
    {
      id: 'telegram-registered',
      date: '2017-06-28',
      sequence: 2,
      kind: 'agreement',
      title: 'RKN enters Telegram in the register of information distributors',
      description:
        'The same day as Durov\'s post, after it. The registry number is given as "90-RR" (RIA) and "90-PP" (a Habr translation).',
      actors: ['rkn', 'telegram'],
      demands: ['register-as-distributor'],
      sources: [{ source: 'chelorg-ria-2017-06-29' }, { source: 'tass-2017-06-28' }],
      confidence: 'confirmed',
    },
    {
      id: 'fsb-request',
      date: '2017-07-12',
      kind: 'demand',
      title: 'The FSB asks Telegram for the information to decode the messages of six phone numbers',
      description:
        'Per court materials. Gazeta Prawna gives 14 July; Russian Post says the letter was handed in on 14 July. ' +
        'The deadline is reported as 16 July or 19 July.',
      actors: ['fsb', 'telegram'],
      demands: ['fsb-decoding-information'],
      deadlines: ['deadline-fsb-2017-07'],
      sources: [
        { source: 'uawire-interfax-2017-10' },
        { source: 'tass-2017-10-16' },
        { source: 'incrussia-rbc' },
      ],
      confidence: 'confirmed',
    },
    {
      id: 'fsb-letter-received',
      date: '2017-07-21',
      kind: 'notification',
      title: "Telegram receives the FSB's letter, two days after the time allowed expired",
      actors: ['telegram', 'fsb'],
      demands: ['fsb-decoding-information'],
      deadlines: ['deadline-fsb-2017-07'],
      sources: [
        {
          source: 'roskomsvoboda-protocol',
          quote:
            'само электронное письмо было получено администрацией сервиса только 21 июля — через два дня после истечения отведённого на ответ срока.',
        },
      ],
      confidence: 'confirmed',
    },
    {
      id: 'protocol-announced',
      date: '2017-08-31',
      kind: 'notification',
      title: 'The FSB tells Telegram it will draw up an administrative-offence protocol',
      actors: ['fsb', 'telegram'],
      demands: ['fsb-decoding-information'],
      sources: [
        {
          source: 'mirror-world',
          quote:
            '31 августа ФСБ сообщило руководству Telegram о намерении составить протокол об административном нарушении',
        },
      ],
      confidence: 'reported',
    },
    {
      id: 'fine-800000-roubles',
      date: '2017-10-16',
      kind: 'ruling',
      title:
        'The Meshchansky court fines Telegram 800,000 roubles for not providing the decoding information',
      description: 'The minimum under art. 13.31 part 2.1; 10 days to appeal.',
      actors: ['meshchansky-court', 'telegram'],
      demands: ['fsb-decoding-information'],
      sources: [
        {
          source: 'fontanka-2017-10-16',
          quote:
            'За отказ предоставить ключи для декодирования сообщений в мессенджере Telegram Мещанский районный суд города Москвы оштрафовал юрлицо на 800 тысяч рублей.',
        },
        {
          source: 'uawire-interfax-2017-10',
          quote:
            '"Telegram Messenger LLP is found guilty of committing an administrative offense, and is imposed with punishment in the form of an administrative fine of 800,000 rubles," the court said.',
        },
      ],
      confidence: 'confirmed',
    },
    {
      id: 'fine-upheld',
      date: '2017-12-12',
      kind: 'ruling',
      title: "Telegram's complaint against the fine is rejected",
      description: 'Lawyer Dinze: the keys of secret chats are generated and stored on the devices.',
      actors: ['meshchansky-court', 'telegram', 'telegram-lawyers'],
      demands: ['fsb-decoding-information'],
      sources: [
        {
          source: 'chelorg-ria-2017-12-12',
          quote:
            '«The decision in the administrative case remain unchanged» — announced the decision of the judge.',
        },
      ],
      confidence: 'reported',
    },
    {
      id: 'supreme-court-upholds-fsb',
      date: '2018-03-20',
      sequence: 1,
      kind: 'ruling',
      title: "The Supreme Court dismisses Telegram's suit against the FSB order of 19 July 2016",
      actors: ['supreme-court-of-russia', 'telegram', 'telegram-lawyers', 'fsb'],
      demands: ['fsb-decoding-information'],
      sources: [
        {
          source: 'rapsi-2018-03-20',
          quote:
            '"The administrative lawsuit from Telegram Messenger LLP for declaring the FSB’s order of July 19, 2016 void shall be turned down," the verdict read out by the judge said.',
        },
        { source: 'tass-2018-03-20' },
      ],
      confidence: 'confirmed',
    },
    {
      id: 'fifteen-day-notice',
      date: '2018-03-20',
      sequence: 2,
      kind: 'demand',
      title:
        'RKN gives Telegram 15 days to provide the FSB with decoding information, or access will be restricted',
      actors: ['rkn', 'telegram'],
      demands: ['decryption-keys-15-days'],
      responses: ['durov-threats-no-fruit'],
      deadlines: ['deadline-2018-04-04'],
      sources: [{ source: 'pravda-2018-03-20' }, { source: 'article19-2018-04-13' }],
      confidence: 'confirmed',
    },
    {
      id: 'lawyers-letter-to-rkn',
      date: '2018-03-30',
      kind: 'response',
      title: "Telegram's lawyer writes to RKN that there is no technical possibility to give the keys",
      actors: ['telegram-lawyers', 'rkn'],
      demands: ['decryption-keys-15-days'],
      responses: ['no-technical-possibility'],
      deadlines: ['deadline-2018-04-04'],
      sources: [{ source: 'meduza-2018-04-02' }],
      confidence: 'confirmed',
    },
    {
      id: 'rkn-sues',
      date: '2018-04-06',
      kind: 'filing',
      title: 'RKN sues in the Tagansky court to restrict access to Telegram',
      actors: ['rkn', 'tagansky-court', 'telegram'],
      demands: ['decryption-keys-15-days'],
      deadlines: ['deadline-2018-04-04'],
      sources: [
        {
          source: 'xebersaati-tass-2018-04-06',
          quote:
            '"Based on Article 15.4 of the Federal Law on Information, Information Technologies and Protection of Information, on Friday, April 6, Roskomnadzor filed a lawsuit with Moscow’s Tagansky District Court seeking restricted access to the information resources of Telegram Messenger Limited Liability Partnership," the press service said.',
        },
        { source: 'moscow-times-2018-04-12' },
      ],
      confidence: 'confirmed',
    },
    {
      id: 'block-ordered',
      date: '2018-04-13',
      kind: 'ruling',
      title: 'The Tagansky court orders access to Telegram restricted immediately',
      description:
        "Telegram's lawyers stayed away on Durov's instruction; their request to postpone was refused. The " +
        'hearing lasted "less than twenty minutes" (ARTICLE 19) or about 18 minutes, by other accounts longer.',
      actors: ['tagansky-court', 'yulia-smolina', 'rkn', 'fsb', 'telegram'],
      demands: ['decryption-keys-15-days'],
      deadlines: ['deadline-2018-04-04'],
      sources: [
        {
          source: 'vestnikk-interfax',
          quote:
            '«Суд решил: ограничить доступ к информационным системам и программам для электронных вычислительных машин, которые предназначены и используются для приема, передачи, доставки и обработки электронных сообщений пользователей сети интернет и функционирование которых обеспечивается Telegram Messenger Limited Liability Partnership», — огласила решение судья Юлия Смолина в пятницу. Она подчеркнула, что решение подлежит немедленному исполнению.',
        },
        { source: 'vestniksr-meduza' },
        {
          source: 'article19-2018-04-13',
          quote:
            'Today, Friday 13 April 2018, Tagansky District Court in Moscow granted Russia’s communications regulator, Roskomnadzor, its request to block access to the service … The court proceeding took less than twenty minutes, with the judge permitting the immediate blocking of the service.',
        },
      ],
      confidence: 'confirmed',
    },
    {
      id: 'block-begins',
      date: '2018-04-16',
      kind: 'enforcement',
      title: "RKN sends Telegram's resources to the operators for blocking",
      description: 'On the morning of 16 April (Meduza), "at about noon" (Realnoe Vremya).',
      actors: ['rkn', 'russian-operators', 'telegram'],
      demands: ['decryption-keys-15-days'],
      deadlines: ['deadline-2018-04-04'],
      sources: [
        {
          source: 'tass-2018-04-16',
          quote:
            '"Roskomnadzor has received the ruling by the Tagansky District Court on restricting access in Russia to the web resources of the online information dissemination organizer, Telegram Messenger Limited Liability Partnership. In light of this, information on these online resources was sent to the operators on Monday, April 16, with regards to restricting access," the watchdog said.',
        },
        { source: 'meduza-en-2018-04-17' },
      ],
      confidence: 'confirmed',
    },
    {
      id: 'ip-blocking',
      date: '2018-04-17',
      kind: 'enforcement',
      title:
        'RKN blocks 18 sub-networks and many Google and Amazon cloud addresses; Durov: "an easy decision"',
      actors: ['rkn', 'alexander-zharov', 'pavel-durov'],
      demands: ['decryption-keys-15-days'],
      sources: [
        {
          source: 'myzone-reuters',
          quote:
            '“We have currently informed both companies that a significant number of IP addresses located in the clouds of these two services have fallen under the block on the basis of the court ruling (to block Telegram),” Zharov was quoted as saying.',
        },
        {
          source: 'russia-business-today',
          quote:
            '“For the last 24 hours Telegram has been under a ban by internet providers in Russia. The reason is our refusal to provide encryption keys to Russian security agencies. For us, this was an easy decision. We promised our users 100% privacy and would rather cease to exist than violate this promise”.',
        },
      ],
      confidence: 'reported',
    },
    {
      id: 'appeal-rejected',
      date: '2018-06-14',
      kind: 'ruling',
      title: "The Moscow City Court rejects Telegram's appeal; the block ruling enters into force",
      actors: ['moscow-city-court', 'telegram'],
      demands: ['decryption-keys-15-days'],
      sources: [
        {
          source: 'tass-2018-06-14',
          quote:
            '"The decision of the first instance court is to be left unchanged, complaint of the representative of Telegram - without satisfaction," the judge said. Thus, the court’s decision came into effect.',
        },
        { source: 'interfax-2018-06-14' },
      ],
      confidence: 'confirmed',
    },
    {
      id: 'durov-asks-unblocking',
      date: '2020-06-04',
      kind: 'statement',
      title:
        'Durov says Telegram can catch and delete extremist content, and asks for the block to be lifted',
      description: 'One source gives 4 June; another "early June".',
      actors: ['pavel-durov'],
      demands: ['decryption-keys-15-days'],
      sources: [
        {
          source: 'reporter-am-2020-06-18',
          quote:
            'In early June, Pavel Durov, Telegram’s founder said that his team had developed ways to ‘catch and delete extremist and terrorist content.’',
        },
      ],
      confidence: 'reported',
    },
    {
      id: 'demands-dropped',
      date: '2020-06-18',
      kind: 'rescission',
      title:
        "RKN drops its demands to restrict Telegram, citing Durov's readiness to counter terrorism and extremism",
      description: 'No source says keys were handed over.',
      actors: ['rkn', 'prosecutor-general', 'telegram'],
      demands: ['decryption-keys-15-days'],
      sources: [
        {
          source: 'investing-cointelegraph',
          quote:
            '“Roskomnadzor is dropping its demands to restrict access to Telegram messenger in agreement with Russia’s general prosecutor’s office.”',
        },
        { source: 'engadget-2020-06' },
      ],
      confidence: 'confirmed',
    },
  ],
  claims: [
    {
      id: 'fsb-deadline-16-july',
      topic: 'fsb-deadline',
      statement: "The FSB's deadline was 16 July 2017 (materials read out at the Meshchansky hearing).",
      date: '2017-10-16',
      sources: [{ source: 'uawire-interfax-2017-10' }, { source: 'mirror-world' }],
      confidence: 'reported',
    },
    {
      id: 'fsb-deadline-19-july',
      topic: 'fsb-deadline',
      statement: 'The FSB\'s deadline was 19 July 2017 ("As follows from the lawsuit").',
      date: '2017-10-16',
      sources: [{ source: 'tass-2017-10-16' }, { source: 'vvmvd-republic' }, { source: 'incrussia-rbc' }],
      confidence: 'confirmed',
    },
    {
      id: 'unblock-18-june',
      topic: 'unblock-date',
      statement: "RKN's statement dropping its demands is reported on 18 June 2020.",
      sources: [{ source: 'investing-cointelegraph' }, { source: 'engadget-2020-06' }],
      confidence: 'confirmed',
    },
    {
      id: 'unblock-explained',
      topic: 'why-unblocked',
      statement:
        'The deputy communications minister: blocking Telegram was technically impossible, and Telegram had begun cooperating against terrorism and drugs.',
      date: '2020-06-18/2020-06-22',
      sources: [
        {
          source: 'sputnik-mundo-2020-06-22',
          quote:
            'la imposibilidad de bloqueo técnico de Telegram y al hecho de que los representantes de Telegram han comenzado a cooperar activamente en la lucha contra el terrorismo y la drogadicción en su propio entorno',
        },
      ],
      confidence: 'reported',
    },
  ],
};

/**
 * Russia and Telegram, 2017–2020: registration (May–June 2017), the FSB's request for decoding information with
 * its deadline of 16 or 19 July 2017 (both sourced), the fine, the 15-day notice to 4 April 2018, the court-ordered
 * block from 16 April 2018 and its lifting on 18 June 2020.
 *
 * @category Datasets
 * @example
 * ```ts
 * import { telegramRussia2017 } from 'dispute-timeline/datasets';
 * telegramRussia2017.deadlines.map((deadline) => [deadline.due, deadline.outcome?.kind]);
 * //=> [['[2017-07-16,2017-07-19]', 'missed'], ['2018-04-04', 'enforced']]
 * ```
 */
export const telegramRussia2017: Dispute = /* @__PURE__ */ parseDispute(data);
