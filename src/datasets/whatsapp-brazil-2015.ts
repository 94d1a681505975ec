import { parseDispute } from '../builder/json.js';
import type { Dispute, DisputeInput } from '../model/dispute.js';

const FORTALEZA = 'America/Fortaleza';
const MACEIO = 'America/Maceio';
const LOS_ANGELES = 'America/Los_Angeles';

/**
 * Texts the case gives in more than one place (a quote, and the response's statement or the event's citation that
 * repeats it), each written once.
 */
const IBTIMES_INDIA_2015_12_QUOTE =
  '"We are disappointed in the short-sighted decision to cut off access to WhatsApp, a communication tool so many Brazilians have come to depend on, and sad to see Brazil isolate itself from the rest of the world," wrote Jan Koum, CEO, WhatsApp.';
const IBTIMES_UK_2016_07_QUOTE =
  "\"Indiscriminate acts like this one threaten people's ability to communicate, manage their business and live their lives. As we said before, we can't share information to which we don't have access.\"";
const ACHEI_SUDOESTE_2015_02_25_QUOTE =
  'A empresa de telefonia foi comunicada da decisão no dia 19 deste mês';

/** The case in its JSON form; every date, quote, figure and URL is from the project's second fact sheet. */
const data: DisputeInput = {
  id: 'whatsapp-brazil-2015',
  title: "WhatsApp and Brazil's courts, 2015–2016",
  summary:
    'Criminal courts in Brazil demanded WhatsApp user data or the interception of messages; WhatsApp said it did not ' +
    'have the data. Five escalations: a secret order of 11 February 2015 in Piauí to suspend WhatsApp within 24 hours ' +
    'of receipt, suspended on 26 February before it was enforced; a 48-hour block from midnight on 17 December 2015, ' +
    "lifted by an appeals judge the same day after about 12 hours; the arrest of Facebook's Latin America " +
    'vice-president on 1 March 2016, revoked the next morning; a 72-hour block from 14:00 on 2 May 2016, lifted ' +
    'early in the afternoon of 3 May; and an open-ended block from 14:00 on 19 July 2016, suspended by the Supreme ' +
    'Court president in ADPF 403 less than four hours later. ADPF 403 was still pending in 2024. Dates are local to ' +
    'the actor: São Paulo, Rio de Janeiro and Brasília (America/Sao_Paulo, on summer time, UTC−2, in December ' +
    '2015), Sergipe (America/Maceio), Piauí (America/Fortaleza), and WhatsApp and Facebook in California ' +
    '(America/Los_Angeles).',
  timeZone: 'America/Sao_Paulo',
  countries: ['BR'],
  actors: [
    {
      id: 'central-de-inqueritos-teresina',
      name: 'Central de Inquéritos, Teresina (Piauí)',
      kind: 'court',
      country: 'BR',
    },
    {
      id: 'luiz-moura-correia',
      name: 'Luiz de Moura Correia',
      kind: 'judge',
      country: 'BR',
      memberships: [{ organization: 'central-de-inqueritos-teresina', role: 'Judge' }],
    },
    { id: 'tj-pi', name: 'Tribunal de Justiça do Piauí', kind: 'court', country: 'BR', aliases: ['TJ-PI'] },
    {
      id: 'raimundo-nonato-alencar',
      name: 'Raimundo Nonato da Costa Alencar',
      kind: 'judge',
      country: 'BR',
      memberships: [{ organization: 'tj-pi', role: 'Desembargador' }],
    },
    {
      id: 'sao-bernardo-court',
      name: '1st Criminal Court of São Bernardo do Campo (São Paulo)',
      kind: 'court',
      country: 'BR',
    },
    {
      id: 'sandra-nostre-marques',
      name: 'Sandra Regina Nostre Marques',
      kind: 'judge',
      country: 'BR',
      memberships: [{ organization: 'sao-bernardo-court', role: 'Judge' }],
    },
    {
      id: 'tj-sp',
      name: 'Tribunal de Justiça de São Paulo',
      kind: 'court',
      country: 'BR',
      aliases: ['TJ-SP', 'TJSP'],
    },
    {
      id: 'xavier-de-souza',
      name: 'Xavier de Souza',
      kind: 'judge',
      country: 'BR',
      memberships: [{ organization: 'tj-sp', role: 'Desembargador (11th Criminal Chamber)' }],
    },
    { id: 'lagarto-court', name: 'Court of Lagarto (Sergipe)', kind: 'court', country: 'BR' },
    {
      id: 'marcel-montalvao',
      name: 'Marcel Maia Montalvão',
      kind: 'judge',
      country: 'BR',
      memberships: [{ organization: 'lagarto-court', role: 'Judge' }],
    },
    { id: 'tj-se', name: 'Tribunal de Justiça de Sergipe', kind: 'court', country: 'BR', aliases: ['TJ-SE'] },
    {
      id: 'ruy-pinheiro',
      name: 'Ruy Pinheiro',
      kind: 'judge',
      country: 'BR',
      memberships: [{ organization: 'tj-se', role: 'Desembargador' }],
    },
    {
      id: 'cezario-siqueira-neto',
      name: 'Cezário Siqueira Neto',
      kind: 'judge',
      country: 'BR',
      memberships: [{ organization: 'tj-se', role: 'Desembargador (duty)' }],
    },
    {
      id: 'duque-de-caxias-court',
      name: '2nd Criminal Court of Duque de Caxias (Rio de Janeiro)',
      kind: 'court',
      country: 'BR',
    },
    {
      id: 'daniela-barbosa',
      name: 'Daniela Barbosa Assumpção de Souza',
      kind: 'judge',
      country: 'BR',
      description:
        'Also spelt Daniella Barbosa Assumpção de Souza, Daniela Barbosa Assunção and Daniele Barbosa.',
      memberships: [{ organization: 'duque-de-caxias-court', role: 'Judge' }],
    },
    { id: 'stf', name: 'Supreme Federal Court', kind: 'court', country: 'BR', aliases: ['STF'] },
    {
      id: 'ricardo-lewandowski',
      name: 'Ricardo Lewandowski',
      kind: 'judge',
      country: 'BR',
      memberships: [{ organization: 'stf', role: 'President' }],
    },
    { id: 'federal-police', name: 'Federal Police', kind: 'agency', country: 'BR' },
    { id: 'pps', name: 'Partido Popular Socialista', kind: 'civil-society', country: 'BR', aliases: ['PPS'] },
    {
      id: 'brazilian-operators',
      name: 'Mobile operators in Brazil',
      kind: 'telecom-operator',
      country: 'BR',
      description: 'Vivo, TIM, Oi, Claro, Nextel and others, and their association SindiTelebrasil.',
    },
    { id: 'whatsapp', name: 'WhatsApp', kind: 'company', country: 'US' },
    { id: 'facebook', name: 'Facebook', kind: 'company', country: 'US', aliases: ['Facebook Inc.'] },
    {
      id: 'jan-koum',
      name: 'Jan Koum',
      kind: 'person',
      memberships: [{ organization: 'whatsapp', role: 'CEO' }],
    },
    {
      id: 'mark-zuckerberg',
      name: 'Mark Zuckerberg',
      kind: 'person',
      memberships: [{ organization: 'facebook', role: 'CEO' }],
    },
    {
      id: 'diego-dzodan',
      name: 'Diego Dzodan',
      kind: 'person',
      memberships: [{ organization: 'facebook', role: 'Vice President, Latin America' }],
    },
  ],
  sources: [
    {
      id: 'achei-sudoeste-2015-02-25',
      publisher: 'Achei Sudoeste',
      url: 'https://acheisudoeste.com.br/noticias/10223-2015/02/25/juiz-determina-que-whatsapp-seja-retirado-do-ar-no-brasil',
      published: '2015-02-25',
    },
    {
      id: 'tribuna-pr',
      publisher: 'Tribuna PR',
      url: 'https://tribunapr.com.br/arquivo/inovacao/juiz-proibe-o-uso-do-whatsapp-em-todo-o-brasil/amp',
    },
    {
      id: 'gauchazh-2015-02',
      publisher: 'GaúchaZH',
      url: 'https://gauchazh.clicrbs.com.br/geral/noticia/2015/02/juiz-determina-a-suspensao-do-whatsapp-no-brasil-4707084.html',
      published: '2015-02',
    },
    {
      id: 'jornal-do-comercio-2015-02',
      publisher: 'Jornal do Comércio',
      url: 'https://www.jornaldocomercio.com/economia/2015/02/amp/1073590-contracao-do-pib-da-grecia-e-revisada-para-04-no-4-tri-ante-periodo-anterior.html',
      published: '2015-02',
    },
    {
      id: 'lulelis',
      publisher: 'lulelisnoticias.com.br',
      url: 'https://lulelisnoticias.com.br/blog/?p=6414',
      copyOf: 'unnamed outlet',
    },
    {
      id: 'ibtimes-india-2015-12',
      publisher: 'IBTimes India',
      title: 'WhatsApp shutdown: Brazilian court blocks phone messaging app for 2 days',
      url: 'https://ibtimes.co.in/whatsapp-shutdown-brazilian-court-blocks-phone-messaging-app-2-days-659948',
    },
    {
      id: 'ben-tavener-2015-12-17',
      publisher: 'Ben Tavener',
      url: 'https://bentavener.com/2015/12/17/judge-orders-whatsapp-offline-in-brazil-for-48-hours/',
      published: '2015-12-17',
    },
    {
      id: 'econotimes-reuters',
      publisher: 'EconoTimes',
      url: 'https://www.econotimes.com/Whatsapp-Services-Restored-In-Brazil-Following-Temporary-Ban-133730',
      copyOf: 'Reuters',
    },
    {
      id: 'bloomberg-2015-12-17',
      publisher: 'Bloomberg',
      url: 'https://www.bloomberg.com/news/articles/2015-12-17/emojis-smile-as-brazil-appeals-judge-reverses-whatsapp-blockage',
      published: '2015-12-17',
    },
    {
      id: 'bonde-2015-12-17',
      publisher: 'Bonde',
      url: 'https://bonde.com.br/bondenews/economia/noticias/desembargador-determina-desbloqueio-do-whatsapp-394599.html/amp',
    },
    {
      id: 'jornal-opcao-2015-12-17',
      publisher: 'Jornal Opção',
      url: 'https://www.jornalopcao.com.br/ultimas-noticias/desembargador-determina-desbloqueio-do-whatsapp-e-aplicativo-volta-funcionar-aos-poucos-54672',
      published: '2015-12-17T13:24',
    },
    {
      id: 'gizmodo-2015-12',
      publisher: 'Gizmodo UOL',
      url: 'https://gizmodo.uol.com.br/whatsapp-desbloqueado-no-brasil/',
    },
    {
      id: 'france24-2016-03-02',
      publisher: 'France 24',
      url: 'https://www.france24.com/en/20160302-brazil-arrests-facebook-executive-over-whatsapp-data-access',
      published: '2016-03-02',
    },
    {
      id: 'bubble-2016-03-03',
      publisher: 'The Bubble',
      url: 'https://www.thebubble.com/facebook-latin-america-arrest',
      published: '2016-03-03',
    },
    {
      id: 'cnbc-2016-03-02',
      publisher: 'CNBC',
      url: 'http://www.cnbc.com/2016/03/02/facebook-exec-released-from-custody-in-brazil-data-dispute.html',
      published: '2016-03-02',
    },
    {
      id: 'epoca-2016-03',
      publisher: 'Época',
      url: 'http://epoca.globo.com/vida/experiencias-digitais/noticia/2016/03/vp-do-facebook-tem-prisao-revogada.html',
      published: '2016-03',
    },
    {
      id: 'blogdafloresta-agencia-brasil',
      publisher: 'blogdafloresta.com.br',
      url: 'https://blogdafloresta.com.br/executivo-do-facebook-deixa-prisao-e-site-reafirma-que-prisao-foi-arbitraria/',
      copyOf: 'Agência Brasil',
    },
    {
      id: 'boing-boing-2016-05-02',
      publisher: 'Boing Boing',
      url: 'https://boingboing.net/2016/05/02/brazil-judge-orders-whatsapp-b.html',
      published: '2016-05-02',
    },
    {
      id: 'mundiware-estadao',
      publisher: 'A Tarde',
      url: 'https://atr.mundiware.com/digital/justica-derruba-bloqueio-e-whatsapp-volta-a-funcionar-775893',
      copyOf: 'Estadão',
    },
    {
      id: 'oficina-da-net',
      publisher: 'Oficina da Net',
      url: 'https://www.oficinadanet.com.br/post/16477-whatsapp-voltara-a-funcionar-no-brasil',
    },
    {
      id: 'sagres-online',
      publisher: 'Sagres Online',
      url: 'https://sagresonline.com.br/whatsapp-pode-ser-desbloqueado-ainda-nesta-terca-feira/',
    },
    {
      id: 'gizmodo-2016-05',
      publisher: 'Gizmodo UOL',
      url: 'https://gizmodo.uol.com.br/cai-bloqueio-do-whatsapp-no-brasil/',
    },
    {
      id: 'mobile-world-live',
      publisher: 'Mobile World Live',
      url: 'https://www.mobileworldlive.com/apps/news-apps/brazil-whatsapp-ban-lifted-in-less-than-a-day',
    },
    {
      id: 'mundiware-stf-2016-07-19',
      publisher: 'A Tarde',
      url: 'https://atr.mundiware.com/digital/stf-suspende-decisao-que-bloqueou-whatsapp-795256',
      published: '2016-07-19',
      copyOf: 'STF',
    },
    {
      id: 'newssniffer-guardian-2016-07-19',
      publisher: 'NewsSniffer',
      title: 'WhatsApp officially un-banned in Brazil after third block in eight months',
      url: 'https://www.newssniffer.co.uk/articles/1193714/diff/5/6',
      published: '2016-07-19',
      copyOf: 'The Guardian',
    },
    {
      id: 'nb-noticias-2016-07-19',
      publisher: 'NB Notícias',
      url: 'https://www.nbnoticias.com.br/noticia/506/justica-do-rio-determina-novo-bloqueio-ao-whatsapp',
    },
    {
      id: 'olhar-digital-2016-07-19',
      publisher: 'Olhar Digital',
      url: 'https://olhardigital.com.br/pro/noticia/operadoras-comecam-a-bloquear-whatsapp-em-todo-o-brasil/60401',
      published: '2016-07-19',
    },
    {
      id: 'ibtimes-uk-2016-07',
      publisher: 'IBTimes UK',
      url: 'https://www.ibtimes.co.uk/brazil-chief-justice-orders-whatsapp-restored-after-nationwide-blackout-service-1571512',
    },
    { id: 'guarulhos-web', publisher: 'Guarulhos Web', url: 'https://guarulhosweb.com.br/?p=140690' },
    {
      id: 'uol-2024-04-19',
      publisher: 'UOL',
      url: 'https://www.bol.uol.com.br/noticias/2024/04/19/stf-julgamento-desbloqueio-whatsapp.htm',
      published: '2024-04-19',
    },
    {
      id: 'tn8-afp',
      publisher: 'tn8.tv',
      url: 'https://tn8.tv/sucesos/330483-bloquean-whatsapp-brasil',
      copyOf: 'AFP',
    },
  ],
  demands: [
    {
      id: 'piaui-suspension-order',
      date: { value: '2015-02-11', timeZone: FORTALEZA },
      by: ['luiz-moura-correia', 'central-de-inqueritos-teresina'],
      of: ['brazilian-operators'],
      subjects: ['service-suspension'],
      services: ['WhatsApp'],
      summary:
        'Suspend access to whatsapp.net and whatsapp.com nationwide within 24 hours of receipt, until WhatsApp complies with orders dating from 2013',
      sources: [
        {
          source: 'achei-sudoeste-2015-02-25',
          quote:
            'o juiz Luiz Moura Correia, da Central de Inquéritos da Comarca de Teresina (PI), determinou no último dia 11 que uma empresa de telefonia "suspenda temporariamente até o cumprimento da ordem judicial (...), em todo território nacional, em caráter de urgência, no prazo de 24 horas após o recebimento, o acesso através dos serviços da empresa aos domínios whatsapp.net e whatsapp.com”.',
          note: 'A secret order to one phone company (Vivo, per Tribuna PR); other reports say the operators.',
        },
        {
          source: 'tribuna-pr',
          quote:
            'Um juiz do Tribunal de Justiça do Piauí determinou que a operadora Vivo suspenda em até 24 horas o WhatsApp em todo o Brasil até que a empresa criadora do aplicativo cumpra uma ordem judicial anterior.',
        },
      ],
    },
    {
      id: 'sao-bernardo-block-order',
      date: '2015-12-16',
      by: ['sandra-nostre-marques', 'sao-bernardo-court'],
      of: ['brazilian-operators'],
      subjects: ['service-suspension'],
      services: ['WhatsApp'],
      summary:
        'Block WhatsApp for 48 hours from midnight, for non-compliance with court orders in a criminal case',
      sources: [
        {
          source: 'ibtimes-india-2015-12',
          quote:
            'Judge Sandra Regina Nostre Marques ordered the 48-hour shutdown on Wednesday after finding its continued non-compliance with a court order in a criminal case.',
        },
      ],
    },
    {
      id: 'lagarto-block-order',
      date: { value: '2016-04-26', timeZone: MACEIO },
      by: ['marcel-montalvao', 'lagarto-court'],
      of: ['brazilian-operators'],
      subjects: ['service-suspension'],
      services: ['WhatsApp'],
      summary:
        'Block WhatsApp nationwide for 72 hours; operators fined R$500,000 a day if they do not comply',
      sources: [
        {
          source: 'boing-boing-2016-05-02',
          quote:
            'The ruling, issued on April 26, became public today when it was served on mobile service providers. It took effect at 2 p.m. local time (1 p.m. ET)',
        },
      ],
    },
    {
      id: 'caxias-block-order',
      date: '2016-07-19',
      sequence: 1,
      by: ['daniela-barbosa', 'duque-de-caxias-court'],
      of: ['brazilian-operators'],
      subjects: ['service-suspension', 'traffic-monitoring'],
      services: ['WhatsApp'],
      summary:
        'Block WhatsApp immediately, until Facebook complies with interception orders; a fine of R$50,000 a day',
      sources: [
        {
          source: 'newssniffer-guardian-2016-07-19',
          quote:
            'Rio de Janeiro judge Daniela Barbosa ruled that access to the application should be blocked immediately because WhatsApp’s owner, Facebook, had shown “total disrespect for Brazilian laws”.',
        },
      ],
    },
  ],
  responses: [
    {
      id: 'koum-disappointed',
      date: { value: '2015-12-16/2015-12-17', timeZone: LOS_ANGELES },
      by: ['whatsapp', 'jan-koum'],
      to: ['sao-bernardo-block-order'],
      stance: 'challenge',
      summary: 'WhatsApp\'s CEO: a "short-sighted decision"; Brazil isolates itself',
      statement: IBTIMES_INDIA_2015_12_QUOTE,
      sources: [
        {
          source: 'ibtimes-india-2015-12',
          quote: IBTIMES_INDIA_2015_12_QUOTE,
          note: 'No posting time is given: 16 or 17 December in California.',
        },
      ],
    },
    {
      id: 'punishes-100-million-users',
      date: '2016-05-02',
      by: ['whatsapp'],
      to: ['lagarto-block-order'],
      stance: 'challenge',
      summary:
        'WhatsApp: the block punishes more than 100 million users to force it to hand over data it does not have',
      sources: [
        {
          source: 'boing-boing-2016-05-02',
          quote:
            '"punishes more than 100 million users who depend upon us to communicate themselves, run their business and more, just to force us hand over information that we don\'t have,"',
        },
      ],
    },
    {
      id: 'indiscriminate-acts',
      date: '2016-07-19',
      sequence: 4,
      by: ['whatsapp'],
      to: ['caxias-block-order'],
      stance: 'challenge',
      summary:
        'WhatsApp calls the block "indiscriminate" and says it cannot share information it does not have',
      statement: IBTIMES_UK_2016_07_QUOTE,
      sources: [
        {
          source: 'ibtimes-uk-2016-07',
          quote: IBTIMES_UK_2016_07_QUOTE,
        },
      ],
    },
  ],
  deadlines: [
    {
      id: 'deadline-2015-02-20',
      due: { value: '2015-02-20', timeZone: FORTALEZA },
      setOn: { value: '2015-02-19', timeZone: FORTALEZA },
      setBy: ['luiz-moura-correia', 'central-de-inqueritos-teresina'],
      demands: ['piaui-suspension-order'],
      summary:
        'WhatsApp suspended within 24 hours of receipt of the order, served on 19 February 2015 (20 February is derived)',
      consequence: 'WhatsApp suspended nationwide until the earlier court order is complied with.',
      sources: [
        {
          source: 'achei-sudoeste-2015-02-25',
          quote: ACHEI_SUDOESTE_2015_02_25_QUOTE,
          note: 'The order ran "within 24 hours of receipt"; 20 February is derived from the day it was served.',
        },
      ],
    },
  ],
  events: [
    {
      id: 'piaui-order',
      date: { value: '2015-02-11', timeZone: FORTALEZA },
      kind: 'order',
      title:
        'A Piauí judge secretly orders a phone company to suspend WhatsApp nationwide within 24 hours of receipt',
      description:
        'Until WhatsApp complies with orders dating from 2013. The order went to one phone company (Vivo, per Tribuna ' +
        'PR and an R7 copy), to "as operadoras" (GaúchaZH), or to the backbone and connection providers (lulelisnoticias).',
      actors: ['luiz-moura-correia', 'central-de-inqueritos-teresina', 'brazilian-operators', 'whatsapp'],
      demands: ['piaui-suspension-order'],
      sources: [
        { source: 'achei-sudoeste-2015-02-25' },
        { source: 'tribuna-pr' },
        { source: 'gauchazh-2015-02' },
      ],
      confidence: 'confirmed',
    },
    {
      id: 'piaui-order-served',
      date: { value: '2015-02-19', timeZone: FORTALEZA },
      kind: 'notification',
      title: 'The Piauí police serve the order on the phone company',
      actors: ['brazilian-operators'],
      demands: ['piaui-suspension-order'],
      deadlines: ['deadline-2015-02-20'],
      sources: [
        {
          source: 'achei-sudoeste-2015-02-25',
          quote: ACHEI_SUDOESTE_2015_02_25_QUOTE,
        },
      ],
      confidence: 'confirmed',
    },
    {
      id: 'piaui-order-leaks',
      date: '2015-02-25',
      kind: 'report',
      title: 'The secret order leaks online',
      actors: ['central-de-inqueritos-teresina'],
      demands: ['piaui-suspension-order'],
      sources: [
        {
          source: 'gauchazh-2015-02',
          quote: 'foi tomada no dia 11 de fevereiro, mas vazou na internet nesta quarta-feira.',
        },
      ],
      confidence: 'confirmed',
    },
    {
      id: 'piaui-order-suspended',
      date: { value: '2015-02-26', timeZone: FORTALEZA },
      kind: 'stay',
      title: "A TJ-PI appeals judge suspends the order on the operators' writs; WhatsApp was never blocked",
      actors: ['raimundo-nonato-alencar', 'tj-pi', 'brazilian-operators'],
      demands: ['piaui-suspension-order'],
      deadlines: ['deadline-2015-02-20'],
      sources: [
        {
          source: 'jornal-do-comercio-2015-02',
          quote:
            'O desembargador Raimundo Nonato da Costa Alencar, do Tribunal de Justiça do Piauí, derrubou nesta quinta-feira (26) uma decisão de um juiz do Estado que pedia a suspensão do serviço de bate-papo WhatsApp no Brasil.',
        },
        { source: 'lulelis', quote: 'os serviços não chegaram a ser bloqueados.' },
      ],
      confidence: 'confirmed',
    },
    {
      id: 'december-block-ordered',
      date: '2015-12-16',
      kind: 'order',
      title: 'A São Bernardo do Campo judge orders WhatsApp blocked for 48 hours from midnight',
      description:
        'Facebook/WhatsApp had not complied, despite a fine, with orders in a drug-trafficking case. SindiTelebrasil ' +
        'received the order on Wednesday.',
      actors: ['sandra-nostre-marques', 'sao-bernardo-court', 'brazilian-operators', 'whatsapp'],
      demands: ['sao-bernardo-block-order'],
      sources: [
        { source: 'ibtimes-india-2015-12' },
        {
          source: 'ibtimes-india-2015-12',
          quote:
            'Brazilian phone-company association SindiTelebrasil said it received the order on Wednesday',
        },
      ],
      confidence: 'confirmed',
    },
    {
      id: 'zuckerberg-tonight',
      date: { value: '2015-12-16', timeZone: LOS_ANGELES },
      kind: 'statement',
      title: 'Zuckerberg: "Tonight, a Brazilian judge blocked WhatsApp"',
      description:
        'No posting time is given; "Tonight" fits the evening of 16 December in California, when the block began at ' +
        'midnight (UTC−2) on 17 December in Brazil (derived).',
      actors: ['mark-zuckerberg', 'facebook'],
      demands: ['sao-bernardo-block-order'],
      sources: [
        {
          source: 'ibtimes-india-2015-12',
          quote:
            '"Tonight, a Brazilian judge blocked WhatsApp for more than 100 million people who rely on it in her country.',
        },
      ],
      confidence: 'confirmed',
    },
    {
      id: 'december-block-begins',
      date: '2015-12-17T00:00',
      kind: 'enforcement',
      title: 'WhatsApp is blocked at midnight in Brasília (02:00 GMT)',
      actors: ['brazilian-operators', 'whatsapp'],
      demands: ['sao-bernardo-block-order'],
      sources: [
        {
          source: 'ben-tavener-2015-12-17',
          quote:
            'WhatsApp was suspended at midnight in Brasília (02:00 GMT) this Thursday, with users confirming the outage on social media as operators released statement that they were complying with the court order.',
        },
      ],
      confidence: 'confirmed',
    },
    {
      id: 'december-block-lifted',
      date: '2015-12-17',
      sequence: 2,
      kind: 'stay',
      title: 'A TJ-SP appeals judge restores WhatsApp after about 12 hours, suggesting a higher fine instead',
      description:
        'The hour is disputed: "early this Thursday afternoon" (Bonde) or announced by the TJSP "on the morning" ' +
        '(Jornal Opção). The block lasted "about 12 hours" (Bloomberg; Reuters) or "cerca de 13 horas" (Gizmodo UOL).',
      actors: ['xavier-de-souza', 'tj-sp', 'brazilian-operators'],
      demands: ['sao-bernardo-block-order'],
      sources: [
        {
          source: 'econotimes-reuters',
          quote:
            '"Considering the constitutional principles, it does not look reasonable that millions of users be affected as a result of the company\'s inertia to provide information," Judge Xavier de Souza from the 11th criminal court of Sao Paulo said in the ruling.',
        },
        {
          source: 'bloomberg-2015-12-17',
          quote:
            'Happy emoji faces and thumbs-up signs started flashing across social media in Brazil after an appeals court judge reversed an earlier decision that had blocked Facebook Inc.’s WhatsApp messaging service in the country for about 12 hours.',
        },
        {
          source: 'bonde-2015-12-17',
          quote:
            'O desembargador Xavier de Souza, do Tribunal de Justiça de São Paulo (TJ-SP) determinou o desbloqueio do WhatsApp em todo o Brasil, em decisão proferida no início da tarde desta quinta-feira (17).',
        },
        {
          source: 'jornal-opcao-2015-12-17',
          quote:
            'O TJSP informou na manhã desta quinta-feira (17) que seriam expedidos ofícios às operadoras de telefonia móvel com a determinação para restabelecer o serviço.',
        },
        { source: 'gizmodo-2015-12' },
      ],
      confidence: 'confirmed',
    },
    {
      id: 'dzodan-arrested',
      date: '2016-03-01',
      kind: 'order',
      title:
        "The Federal Police arrest Facebook's Latin America vice-president in São Paulo over WhatsApp data",
      description:
        'On the order of the Lagarto judge, for not complying with orders to provide WhatsApp data in a Sergipe drug ' +
        'case (their dates are not given), after escalating daily fines. Where is disputed: at home (AFP), at ' +
        'Guarulhos airport (Estadão), or "on his way to work" (Fortune).',
      actors: ['federal-police', 'marcel-montalvao', 'diego-dzodan', 'facebook', 'whatsapp'],
      sources: [
        {
          source: 'france24-2016-03-02',
          quote:
            '"We are disappointed that law enforcement took this extreme step. WhatsApp cannot provide information we do not have," the company said in a statement.',
        },
        {
          source: 'france24-2016-03-02',
          quote:
            '"so the decision to arrest an employee from another company is an extreme and unwarranted step"',
          note: 'Said by Facebook.',
        },
      ],
      confidence: 'confirmed',
    },
    {
      id: 'dzodan-released',
      date: '2016-03-02',
      kind: 'ruling',
      title:
        'A TJ-SE appeals judge revokes the arrest on habeas corpus; Dzodan is released after about 24 hours',
      description:
        'Decided by desembargador Ruy Pinheiro on night duty; Dzodan left the Pinheiros detention centre on the ' +
        'morning of 2 March and was released by the Federal Police at 11:40 (Agência Brasil).',
      actors: ['ruy-pinheiro', 'tj-se', 'diego-dzodan', 'federal-police'],
      sources: [
        {
          source: 'bubble-2016-03-03',
          quote: 'He was released yesterday after 24 hours of police detention.',
        },
        {
          source: 'cnbc-2016-03-02',
          quote:
            'A Facebook executive arrested by Brazilian authorities was released Wednesday after spending a day in custody over a data dispute.',
        },
        { source: 'epoca-2016-03' },
        { source: 'blogdafloresta-agencia-brasil', quote: 'O vice-presidente foi liberado às 11h40.' },
      ],
      confidence: 'confirmed',
    },
    {
      id: 'may-block-ordered',
      date: { value: '2016-04-26', timeZone: MACEIO },
      kind: 'order',
      title: 'The Lagarto judge orders WhatsApp blocked nationwide for 72 hours',
      description: 'Served on the operators on 2 May; they face R$500,000 a day if they do not comply.',
      actors: ['marcel-montalvao', 'lagarto-court', 'brazilian-operators'],
      demands: ['lagarto-block-order'],
      sources: [{ source: 'boing-boing-2016-05-02' }],
      confidence: 'confirmed',
    },
    {
      id: 'may-block-begins',
      date: '2016-05-02T14:00',
      kind: 'enforcement',
      title: 'WhatsApp is blocked at 14:00 for a planned 72 hours',
      actors: ['brazilian-operators', 'whatsapp'],
      demands: ['lagarto-block-order'],
      responses: ['punishes-100-million-users'],
      sources: [
        { source: 'boing-boing-2016-05-02' },
        {
          source: 'mundiware-estadao',
          quote:
            'O Whatsapp foi bloqueado às 14 horas da segunda-feira, 2, e a determinação judicial previa que o bloqueio durasse 72 horas.',
        },
      ],
      confidence: 'confirmed',
    },
    {
      id: 'may-writ-denied',
      date: { value: '2016-05-03', timeZone: MACEIO },
      sequence: 1,
      kind: 'ruling',
      title: "In the small hours, the TJ-SE duty judge denies WhatsApp's urgent writ: the block stays",
      actors: ['cezario-siqueira-neto', 'tj-se', 'whatsapp'],
      demands: ['lagarto-block-order'],
      sources: [
        {
          source: 'mundiware-estadao',
          quote:
            'A manutenção do bloqueio havia sido determinada pelo desembargador plantonista, Cezário Siqueira Neto, que negou a liminar do mandado de segurança impetrado pelo aplicativo.',
        },
        { source: 'oficina-da-net' },
      ],
      confidence: 'confirmed',
    },
    {
      id: 'may-block-lifted',
      date: { value: '2016-05-03', timeZone: MACEIO },
      sequence: 2,
      kind: 'stay',
      title: 'Early in the afternoon, on reconsideration, the TJ-SE lifts the block after about 24 hours',
      description:
        "The judge's name is disputed: Osório de Araújo Ramos Filho (A Tarde, Oficina da Net) or Ricardo Múcio " +
        'Santana de Abreu Lima (Sagres, Gizmodo UOL, The Register).',
      actors: ['tj-se', 'whatsapp', 'jan-koum'],
      demands: ['lagarto-block-order'],
      sources: [
        { source: 'mundiware-estadao', quote: 'A decisão saiu no início da tarde desta terça-feira, 3' },
        { source: 'sagres-online' },
        { source: 'gizmodo-2016-05' },
        {
          source: 'mobile-world-live',
          quote:
            'Following the ban being lifted, Koum said “we’re humbled by the great support of people across Brazil, and appreciate your patience as the legal process unfolded,” adding that “the last thing we want is to see WhatsApp blocked again.”',
        },
      ],
      confidence: 'confirmed',
    },
    {
      id: 'adpf-403-filed',
      date: '2016-05',
      kind: 'filing',
      title: 'The PPS party files ADPF 403 in the Supreme Court against the Lagarto block',
      actors: ['pps', 'stf'],
      demands: ['lagarto-block-order'],
      sources: [
        {
          source: 'mundiware-stf-2016-07-19',
          quote:
            'A liminar foi deferida na Arguição de Descumprimento de Preceito Fundamental (ADPF) 403, ajuizada em maio deste ano pelo Partido Popular Socialista (PPS)',
        },
      ],
      confidence: 'reported',
    },
    {
      id: 'july-block-ordered',
      date: '2016-07-19',
      sequence: 1,
      kind: 'order',
      title:
        'A Duque de Caxias judge orders WhatsApp blocked immediately, until Facebook complies with interception orders',
      description: 'The operators were notified around 11:30.',
      actors: ['daniela-barbosa', 'duque-de-caxias-court', 'brazilian-operators', 'facebook'],
      demands: ['caxias-block-order'],
      sources: [
        { source: 'newssniffer-guardian-2016-07-19' },
        {
          source: 'nb-noticias-2016-07-19',
          quote: 'As empresas de telefonia foram notificadas por volta das 11h30 desta terça-feira (19).',
        },
      ],
      confidence: 'confirmed',
    },
    {
      id: 'july-block-begins',
      date: '2016-07-19T14:00',
      kind: 'enforcement',
      title: 'Vivo cuts WhatsApp at 14:00; Oi and Nextel report compliance within the hour',
      actors: ['brazilian-operators', 'whatsapp'],
      demands: ['caxias-block-order'],
      responses: ['indiscriminate-acts'],
      sources: [
        {
          source: 'olhar-digital-2016-07-19',
          quote:
            'A primeira operadora a comunicar o bloqueio foi a Vivo. Em nota enviada ao Olhar Digital, a operadora disse que interrompeu o funcionamento do aplicativo às 14h desta terça-feira, 19 de julho.',
        },
        { source: 'ibtimes-uk-2016-07' },
      ],
      confidence: 'confirmed',
    },
    {
      id: 'july-block-suspended',
      date: '2016-07-19',
      sequence: 3,
      kind: 'stay',
      title:
        'Late in the afternoon, the Supreme Court president suspends the block in ADPF 403, less than four hours after it began',
      actors: ['ricardo-lewandowski', 'stf', 'pps'],
      demands: ['caxias-block-order'],
      sources: [
        {
          source: 'newssniffer-guardian-2016-07-19',
          quote:
            'But hours later, her ruling was reversed by supreme court president Ricardo Lewandowski, who said that it seemed “scarcely reasonable or proportional.”',
        },
        { source: 'guarulhos-web' },
        { source: 'mundiware-stf-2016-07-19' },
      ],
      confidence: 'confirmed',
    },
    {
      id: 'adpf-403-pending',
      date: '2024-04',
      kind: 'report',
      title: 'ADPF 403 is still undecided on the merits; the 2016 injunction stands',
      actors: ['stf'],
      sources: [{ source: 'uol-2024-04-19', quote: 'Julgamento do mérito do caso é analisado desde 2020.' }],
      confidence: 'confirmed',
    },
  ],
  claims: [
    {
      id: 'fourth-block-order',
      topic: 'how-many-blocks',
      statement:
        'The July 2016 block was the fourth since February 2015, counting the unenforced Piauí order.',
      sources: [
        {
          source: 'tn8-afp',
          quote:
            'Se trata de la cuarta vez, desde febrero de 2015, que la aplicación es bloqueada en el gigante sudamericano.',
        },
      ],
      confidence: 'reported',
    },
    {
      id: 'third-block',
      topic: 'how-many-blocks',
      statement: 'The July 2016 block was the third in eight months, counting actual blocks.',
      sources: [
        {
          source: 'newssniffer-guardian-2016-07-19',
          note: '"the third such decision against the popular phone messaging app in eight months"',
        },
        { source: 'ibtimes-uk-2016-07' },
        { source: 'nb-noticias-2016-07-19' },
      ],
      confidence: 'confirmed',
    },
    {
      id: 'december-reversal-afternoon',
      topic: 'december-2015-reversal-hour',
      statement:
        'The TJ-SP decision restoring WhatsApp was given early in the afternoon of 17 December 2015.',
      sources: [{ source: 'bonde-2015-12-17' }],
      confidence: 'confirmed',
    },
    {
      id: 'december-reversal-morning',
      topic: 'december-2015-reversal-hour',
      statement:
        'The TJSP announced on the morning of 17 December 2015 that the operators would be told to restore WhatsApp.',
      sources: [{ source: 'jornal-opcao-2015-12-17' }],
      confidence: 'confirmed',
    },
  ],
};

/**
 * WhatsApp and Brazil's courts, 2015–2016: five escalations over user data and interception — the unenforced
 * Piauí order of February 2015 (stayed), blocks of December 2015, May 2016 and July 2016, each lifted by a higher
 * court the same or the next day, and the March 2016 arrest of Facebook's Latin America vice-president — with the
 * order of each day's rulings kept by `sequence`, and the disputed hours and counts kept as claims.
 *
 * @category Datasets
 * @example
 * ```ts
 * import { whatsappBrazil2015 } from 'dispute-timeline/datasets';
 * whatsappBrazil2015.events.filter((event) => event.kind === 'stay').map((event) => event.id);
 * //=> ['piaui-order-suspended', 'december-block-lifted', 'may-block-lifted', 'july-block-suspended']
 * ```
 */
export const whatsappBrazil2015: Dispute = /* @__PURE__ */ parseDispute(data);
