import { parseDispute } from '../builder/json.js';
import type { Dispute, DisputeInput } from '../model/dispute.js';

/**
 * Texts the case gives in more than one place (a quote, and the response's statement or the event's citation that
 * repeats it), each written once.
 */
const KULTUREGEEK_X_POST_QUOTE =
  '"As a result, to protect the safety of our staff, we have made the decision to close our operation in Brazil, effective immediately."';
const TRT_WORLD_2024_08_30_QUOTE =
  '"Soon, we expect Judge Alexandre de Moraes will order X to be shut down in Brazil—simply because we would not comply with his illegal orders to censor his political opponents," X’s Global Government Affairs team said in a statement.';
const O_LIBERAL_2024_09_26_QUOTE =
  '"O X adotou todas as providências indicadas por Vossa Excelência como necessárias ao reestabelecimento do funcionamento da plataforma no Brasil", diz documento apresentado pelos advogados da empresa.';

/** The case in its JSON form; every date, quote, figure and URL is from the project's second fact sheet. */
const data: DisputeInput = {
  id: 'x-brazil-2024',
  title: 'X (formerly Twitter) and Brazil, 2024',
  summary:
    'After a secret order of 16 August 2024 threatened its legal representative with a daily fine and arrest, X ' +
    'closed its Brazilian office on 17 August while keeping the service up. Justice Alexandre de Moraes of the ' +
    'Supreme Federal Court (STF) gave Elon Musk 24 hours to name a new legal representative (the order was posted ' +
    'around 20:00 on 28 August; the deadline expired at 20:07 on 29 August), then suspended X nationwide on ' +
    '30 August; operators blocked it from the early hours of 31 August, and the First Panel upheld the suspension ' +
    'on 2 September. R$18.35 million was taken from the frozen accounts of X and Starlink (decision of ' +
    '11 September); X named its representative again on the night of 20 September, said on 26 September it had ' +
    'met every requirement, was given new fines on 27 September, paid R$28.6 million on 4 October (first into the ' +
    'wrong bank) and was authorised to return on 8 October 2024. Dates are local to the Brazilian actors ' +
    '(America/Sao_Paulo, UTC−3 in 2024); no X-side clock time is used.',
  timeZone: 'America/Sao_Paulo',
  countries: ['BR'],
  actors: [
    { id: 'stf', name: 'Supreme Federal Court', kind: 'court', country: 'BR', aliases: ['STF'] },
    {
      id: 'alexandre-de-moraes',
      name: 'Alexandre de Moraes',
      kind: 'judge',
      country: 'BR',
      memberships: [{ organization: 'stf', role: 'Justice' }],
    },
    {
      id: 'stf-first-panel',
      name: 'First Panel of the Supreme Federal Court',
      kind: 'court',
      country: 'BR',
      description: 'Moraes, Dino, Zanin, Cármen Lúcia and Fux.',
      memberships: [{ organization: 'stf' }],
    },
    { id: 'government-of-brazil', name: 'Government of Brazil', kind: 'government', country: 'BR' },
    {
      id: 'anatel',
      name: 'National Telecommunications Agency',
      kind: 'regulator',
      country: 'BR',
      aliases: ['Anatel'],
      memberships: [{ organization: 'government-of-brazil' }],
    },
    {
      id: 'pgr',
      name: "Prosecutor General's Office",
      kind: 'agency',
      country: 'BR',
      aliases: ['PGR'],
      memberships: [{ organization: 'government-of-brazil' }],
    },
    {
      id: 'brazilian-operators',
      name: 'Telecom operators in Brazil',
      kind: 'telecom-operator',
      country: 'BR',
    },
    {
      id: 'x-corp',
      name: 'X',
      kind: 'company',
      country: 'US',
      aliases: ['X Corp.', 'X Brasil Internet Ltda', 'Twitter'],
    },
    {
      id: 'elon-musk',
      name: 'Elon Musk',
      kind: 'person',
      memberships: [{ organization: 'x-corp', role: 'Owner' }],
    },
    {
      id: 'rachel-conceicao',
      name: 'Rachel de Oliveira Villa Nova Conceição',
      kind: 'person',
      country: 'BR',
      description:
        "Spelt variously by the sources; one person. X's representative from April 2024 to 17 August 2024.",
      memberships: [{ organization: 'x-corp', role: 'Legal representative in Brazil' }],
    },
    { id: 'starlink', name: 'Starlink Brazil', kind: 'company', country: 'BR' },
  ],
  sources: [
    {
      id: 'the-week-2024-04-08',
      publisher: 'The Week',
      url: 'https://theweek.com/business/elon-musk-brazil-supreme-court-investigation',
      published: '2024-04-08',
    },
    {
      id: 'bonde-2024-04',
      publisher: 'Bonde',
      url: 'https://www.bonde.com.br/bondenews/politica/moraes-inclui-musk-como-investigado-no-inquerito-das-milicias-digitais',
    },
    {
      id: 'ibtimes-2024-08-18',
      publisher: 'IBTimes',
      url: 'https://www.ibtimes.com/x-closes-operations-brazil-due-censorship-orders-3740057',
      published: '2024-08-18',
    },
    {
      id: 'sapo-24-order',
      publisher: 'SAPO 24',
      url: 'https://24.sapo.pt/tecnologia/artigos/rede-social-x-antigo-twitter-encerra-operacao-no-brasil-apos-ordem-judicial',
      note: "Gives the order's text as X published it.",
    },
    {
      id: 'uol-casado-2024-09-25',
      publisher: 'UOL',
      author: 'Letícia Casado',
      url: 'https://noticias.uol.com.br/colunas/leticia-casado/2024/09/25/moraes-x-advogada.htm',
      published: '2024-09-25',
    },
    {
      id: 'kulturegeek-x-post',
      publisher: 'KultureGeek',
      url: 'https://kulturegeek.fr/news-315372/x-twitter-decide-fermer-operations-bresil-justifie',
      note: "Embeds X's post.",
    },
    {
      id: 'trt-world-2024-08-17',
      publisher: 'TRT World',
      url: 'https://www.trtworld.com/article/18197153',
      published: '2024-08-17',
    },
    {
      id: 'o-povo-2024-08-17',
      publisher: 'O Povo',
      url: 'https://www.opovo.com.br/noticias/politica/2024/08/17/x-de-elon-musk-anuncia-fechamento-de-escritorios-no-brasil-apos-descumprir-ordens-de-moraes.html',
      published: '2024-08-17',
    },
    {
      id: 'folha-en-2024-08-29',
      publisher: 'Folha de S.Paulo (English edition)',
      url: 'https://www1.folha.uol.com.br/internacional/en/world/2024/08/justice-moraes-orders-musk-to-appoint-a-representative-in-brazil-or-face-suspension.shtml',
      published: '2024-08-29',
    },
    {
      id: 'nsc-total',
      publisher: 'NSC Total',
      url: 'https://stage.nsctotal.com.br/noticias/elon-musk-linha-do-tempo',
    },
    {
      id: 'radio-cachoeira',
      publisher: 'Rádio Cachoeira',
      url: 'https://radiocachoeira.com.br/o-twitter-no-brasil-sera-suspenso-a-qualquer-momento-a-partir-de-agora-pelo-ministro-alexandre-de-moraes/',
    },
    {
      id: 'rcc-news-2024-08-30',
      publisher: 'RCC News',
      url: 'https://rccnews.com.br/2024/08/30/fim-do-x-prazo-de-moraes-termina-e-plataforma-ainda-continua-no-ar',
      published: '2024-08-30',
    },
    {
      id: 'trt-world-2024-08-30',
      publisher: 'TRT World',
      url: 'https://www.trtworld.com/article/18201923',
      published: '2024-08-30',
    },
    { id: 'oraculo-news', publisher: 'Oráculo News', url: 'https://oraculonews.com.br/?p=13426' },
    {
      id: 'hindustan-times-afp-2024-08-31',
      publisher: 'Hindustan Times',
      url: 'https://www.hindustantimes.com/world-news/brazil-judge-orders-shutdown-of-elon-musks-x-in-country-101725053324949.html',
      published: '2024-08-31',
      copyOf: 'AFP',
    },
    {
      id: 'dpl-news',
      publisher: 'DPL News',
      url: 'https://dplnews.com/starlink-notifica-anatel-de-que-nao-bloqueara-o-acesso-ao-x/',
    },
    {
      id: 'ndtv-2024',
      publisher: 'NDTV',
      url: 'https://www.ndtv.com/world-news/elon-musk-alexandre-de-moraes-controversy-explained-why-brazil-supreme-court-judge-banned-x-6457462',
    },
    {
      id: 'dunya-reuters-2024-09-02',
      publisher: 'Dunya News',
      url: 'https://dunyanews.tv/en/World/834881-brazils-supreme-court-votes-to-uphold-x-suspension',
      published: '2024-09-02',
      copyOf: 'Reuters',
    },
    {
      id: 'sapo-lusa-2024-09',
      publisher: 'SAPO',
      url: 'https://www.sapo.pt/noticias/atualidade/empresa-de-elon-musk-starlink-recusa-se-a_66d52f93cbcd6f4265a228c7',
      published: '2024-09',
      copyOf: 'Lusa',
    },
    {
      id: 'perfil-news',
      publisher: 'Perfil News',
      url: 'https://perfilnews.com.br/?p=469599',
      copyOf: 'Metrópoles',
    },
    {
      id: 'bnn-bloomberg-2024-09-02',
      publisher: 'BNN Bloomberg',
      url: 'https://www.bnnbloomberg.ca/business/company-news/2024/09/02/brazilian-judges-ratify-ban-on-x-in-deepening-feud-with-musk/',
      published: '2024-09-02',
      copyOf: 'Bloomberg',
    },
    {
      id: 'pledge-times-estadao-2024-09-03',
      publisher: 'Pledge Times',
      url: 'https://pledgetimes.com/starlink-backtracks-and-says-it-will-block-ox-in-brazil/',
      published: '2024-09-03T21:10',
      copyOf: 'Estadão',
    },
    {
      id: 'folha-2024-09-13',
      publisher: 'Folha de S.Paulo',
      url: 'https://www1.folha.uol.com.br/poder/2024/09/moraes-determina-transferencia-de-r-18-mi-bloqueados-de-x-e-starlink-para-conta-da-uniao.shtml',
      published: '2024-09-13',
    },
    {
      id: 'pledge-times-poder360-2024-09-13',
      publisher: 'Pledge Times',
      url: 'https://pledgetimes.com/stf-transfers-r18-35-million-blocked-from-x-and-starlink/',
      published: '2024-09-13',
      copyOf: 'Poder360',
    },
    { id: 'mobile-time', publisher: 'Mobile Time', url: 'https://mobiletime.com.br/?p=803594' },
    {
      id: 'mixed-times-upi-2024-09-19',
      publisher: 'Mixed Times',
      url: 'https://mixedtimes.com/news/x-inadvertently-restored-in-brazil-amid-ban-after-server-switch',
      published: '2024-09-19',
      copyOf: 'UPI',
    },
    {
      id: 'mercopress-2024-09-28',
      publisher: 'MercoPress',
      url: 'https://en.mercopress.com/2024/09/28/de-moraes-imposes-new-fines-on-x-before-lifting-the-ban',
      published: '2024-09-28',
    },
    {
      id: 'diario-do-nordeste-2024-09-20',
      publisher: 'Diário do Nordeste',
      url: 'https://diariodonordeste.verdesmares.com.br/pontopoder/prazo-para-x-apresentar-representante-legal-ao-stf-termina-as-21h29-desta-sexta-20-1.3560547',
      published: '2024-09-20',
      note: '"A intimação aconteceu por volta das 21 horas" (on 19 September).',
    },
    {
      id: 'novo-jornal',
      publisher: 'Novo Jornal',
      url: 'https://www.novojornal.com.br/moraes-mantem-bloqueio-do-x-e-exige-informacoes-sobre-multas-e-acessos/',
    },
    {
      id: 'o-contribuinte',
      publisher: 'O Contribuinte',
      url: 'https://ocontribuinte.com/x-indica-advogada-mas-moraes-exige-mais-dados-em-cinco-dias',
    },
    {
      id: 'o-liberal-2024-09-26',
      publisher: 'O Liberal',
      url: 'https://www.oliberal.com/brasil/x-pede-que-stf-libere-rede-social-no-brasil-apos-cumprir-exigencias-judiciais-1.866211',
      note: '"O pedido foi apresentado nesta quinta-feira (26.09)."',
    },
    {
      id: 'diario-do-nordeste-2024-10',
      publisher: 'Diário do Nordeste',
      url: 'https://diariodonordeste.verdesmares.com.br/ultima-hora/pais/moraes-determina-desbloqueio-de-contas-bancarias-do-x-apos-rede-social-garantir-pagamento-de-multas-1.3564614',
      published: '2024-10',
      note: 'Citing O Globo.',
    },
    {
      id: 'mercopress-2024-10-05',
      publisher: 'MercoPress',
      url: 'https://en.mercopress.com/2024/10/05/de-moraes-says-x-paid-fine-to-a-wrong-account?utm_source=feed&utm_medium=rss&utm_content=main&utm_campaign=rss',
      published: '2024-10-05',
    },
    {
      id: 'south-america-press-2024-10-09',
      publisher: 'south-america-press.com',
      url: 'https://south-america-press.com/index.php/2024/10/09/de-moraes-allows-x-back-in-brazil',
      published: '2024-10-09',
      copyOf: 'MercoPress',
    },
    {
      id: 'wall-street-observer-reuters',
      publisher: 'Wall Street Observer',
      url: 'https://wallstreetobserver.com/brazils-top-prosecutor-backs',
      copyOf: 'Reuters',
    },
    {
      id: 'cumhuriyet-daily',
      publisher: 'Cumhuriyet Daily',
      url: 'https://cumhuriyetdaily.com/world/brazils-supreme-court-allows-x-to-resume-operations-2136504',
    },
  ],
  demands: [
    {
      id: 'comply-with-blocking-orders',
      date: '2024-08-16',
      by: ['alexandre-de-moraes', 'stf'],
      of: ['x-corp', 'rachel-conceicao'],
      subjects: ['content-removal'],
      services: ['X'],
      summary: 'Comply fully with the orders to block accounts',
      consequence:
        "A daily fine of R$20,000 on X's legal representative, on top of the company's, and a decree of arrest for disobedience.",
      sources: [
        {
          source: 'ibtimes-2024-08-18',
          quote:
            "The social media giant published pictures of a document allegedly signed by Moraes that says a daily fine of 20,000 reais ($3,653) and an arrest decree would be imposed against X representative Rachel Nova Conceicao if the platform did not fully comply with Moraes's orders.",
        },
        {
          source: 'sapo-24-order',
          quote:
            '"Multa diária de R$ 20.000,00 (vinte mil reais) à administradora da empresa, RACHEL DE OLIVEIRA VILLA NOVA CONCEIÇÃO, CUMULATIVA ÀQUELA IMPOSTA À EMPRESA, bem como DECRETAÇÃO DE PRISÃO por desobediência à determinação judicial"',
        },
        { source: 'uol-casado-2024-09-25', note: '"em decisão datada de 16 de agosto de 2024".' },
      ],
    },
    {
      id: 'name-legal-representative',
      date: '2024-08-28',
      by: ['alexandre-de-moraes', 'stf'],
      of: ['elon-musk', 'x-corp'],
      subjects: ['other'],
      services: ['X'],
      summary: 'Name, within 24 hours, the new legal representative of X Brasil in Brazil',
      consequence: 'X suspended until court orders are complied with and fines paid.',
      sources: [
        {
          source: 'folha-en-2024-08-29',
          quote:
            'Moraes ordered Musk "to appoint, within 24 hours, the name and qualification of the new legal representative of X Brazil, within national territory, duly proven with the Commercial Registry of the State of São Paulo."',
        },
        {
          source: 'nsc-total',
          quote:
            'O mandado, publicado em torno das 20h de quarta-feira (28) determina que o bilionário tem 24h para indicar um representante legal do X no Brasil.',
        },
      ],
    },
  ],
  responses: [
    {
      id: 'x-closes-office',
      date: '2024-08-17',
      by: ['x-corp'],
      to: ['comply-with-blocking-orders'],
      stance: 'refuse',
      summary:
        'X closes its operation in Brazil "effective immediately" to protect its staff; the service stays available',
      statement: KULTUREGEEK_X_POST_QUOTE,
      sources: [
        {
          source: 'kulturegeek-x-post',
          quote:
            'Last night, Alexandre de Moraes threatened our legal representative in Brazil with arrest if we do not comply with his censorship orders. He did so in a secret order, which we share here to expose his actions.',
        },
        {
          source: 'kulturegeek-x-post',
          quote: KULTUREGEEK_X_POST_QUOTE,
        },
        {
          source: 'trt-world-2024-08-17',
          quote: 'However, the X service will remain accessible to users in Brazil.',
        },
        { source: 'o-povo-2024-08-17' },
      ],
    },
    {
      id: 'x-expects-shutdown',
      date: '2024-08-29',
      by: ['x-corp'],
      to: ['name-legal-representative'],
      stance: 'refuse',
      summary: 'Minutes after the deadline, X says it expects to be shut down for refusing "illegal orders"',
      statement: TRT_WORLD_2024_08_30_QUOTE,
      sources: [
        {
          source: 'trt-world-2024-08-30',
          quote: TRT_WORLD_2024_08_30_QUOTE,
          note: 'TRT World dates it "On Friday"; Brazilian pages place it minutes after the deadline, on Thursday evening (29 August).',
        },
        { source: 'hindustan-times-afp-2024-08-31' },
      ],
    },
    {
      id: 'x-names-representative',
      date: '2024-09-20',
      by: ['x-corp'],
      to: ['name-legal-representative'],
      stance: 'comply',
      summary:
        'On the night of 20 September X names lawyer Rachel de Oliveira Villa Nova as its representative in Brazil',
      sources: [
        {
          source: 'novo-jornal',
          quote:
            'Na noite de sexta-feira (20), o X indicou ao Supremo Tribunal Federal (STF) a advogada Rachel de Oliveira Villa Nova como sua representante legal no Brasil.',
        },
      ],
    },
    {
      id: 'x-met-every-requirement',
      date: '2024-09-26',
      by: ['x-corp'],
      to: ['name-legal-representative', 'comply-with-blocking-orders'],
      stance: 'comply',
      summary:
        'X files the remaining documents and says it has met every requirement: representative named, accounts blocked, fines paid',
      statement: O_LIBERAL_2024_09_26_QUOTE,
      sources: [
        {
          source: 'o-liberal-2024-09-26',
          quote: O_LIBERAL_2024_09_26_QUOTE,
        },
        {
          source: 'mercopress-2024-09-28',
          quote:
            "On Thursday, X's lawyers asked the minister to release the platform after submitting the documents requested to prove the reactivation of representation in Brazil",
        },
      ],
    },
  ],
  deadlines: [
    {
      id: 'deadline-2024-08-29',
      due: '2024-08-29T20:07',
      setOn: '2024-08-28',
      setBy: ['alexandre-de-moraes', 'stf'],
      demands: ['name-legal-representative'],
      summary:
        '24 hours to name the new legal representative of X Brasil: expired at 20:07 on 29 August 2024',
      consequence: 'X suspended in Brazil.',
      outcome: {
        kind: 'enforced',
        on: '2024-08-30',
        event: 'suspension-ordered',
        sources: [{ source: 'hindustan-times-afp-2024-08-31' }, { source: 'dpl-news' }],
        note: 'The suspension was ordered around 17:30 on 30 August; operators blocked X from the early hours of 31 August.',
      },
      sources: [
        {
          source: 'radio-cachoeira',
          quote:
            'A ordem partiu na noite desta quarta-feira (28) do ministro Alexandre de Moraes, do Supremo Tribunal Federal (STF), e o prazo para cumprimento era de 24h — que venceu às 20h07min desta quinta (29).',
        },
        {
          source: 'rcc-news-2024-08-30',
          quote: 'O prazo dado pelo ministro encerrou às 20h07 desta quinta-feira (29).',
        },
        { source: 'oraculo-news' },
      ],
    },
    {
      id: 'deadline-2024-09-20',
      due: '2024-09-20T21:29',
      setOn: '2024-09-19',
      setBy: ['alexandre-de-moraes', 'stf'],
      demands: ['name-legal-representative'],
      summary: '24 hours to prove that X has legal representatives in Brazil: to 21:29 on 20 September 2024',
      outcome: {
        kind: 'met',
        on: '2024-09-20',
        event: 'representative-named',
        sources: [{ source: 'novo-jornal' }],
        note: 'X named its representative on the night of 20 September; on 21 September Moraes found the documents incomplete and gave five more days.',
      },
      sources: [
        {
          source: 'diario-do-nordeste-2024-09-20',
          quote:
            'O prazo determinado para que a plataforma X apresente um representante legal no Brasil termina às 21h29 desta sexta-feira (20).',
        },
      ],
    },
  ],
  events: [
    {
      id: 'musk-inquiry',
      date: '2024-04-07',
      kind: 'order',
      title:
        'Moraes adds Musk to the "digital militias" inquiry and opens an inquiry into obstruction of justice',
      description:
        'On the night of Sunday 7 April, after Musk said X would lift court-ordered account restrictions.',
      actors: ['alexandre-de-moraes', 'stf', 'elon-musk'],
      sources: [
        {
          source: 'the-week-2024-04-08',
          quote:
            'Brazilian Supreme Court Justice Alexandre de Moraes on Sunday opened an inquiry into tech billionaire Elon Musk, saying the X owner was waging a public "disinformation campaign" after refusing to comply with a court order to block certain accounts.',
        },
        { source: 'bonde-2024-04' },
      ],
      confidence: 'confirmed',
      tags: ['background'],
    },
    {
      id: 'secret-order',
      date: '2024-08-16',
      kind: 'order',
      title: "A secret order threatens X's legal representative with a daily fine of R$20,000 and arrest",
      actors: ['alexandre-de-moraes', 'stf', 'rachel-conceicao', 'x-corp'],
      demands: ['comply-with-blocking-orders'],
      sources: [
        { source: 'ibtimes-2024-08-18' },
        { source: 'sapo-24-order' },
        { source: 'uol-casado-2024-09-25' },
      ],
      confidence: 'confirmed',
    },
    {
      id: 'office-closed',
      date: '2024-08-17',
      kind: 'announcement',
      title: 'X closes its operation in Brazil "effective immediately"; the service stays available',
      description: 'The hour is not established. The representative left her post the same day.',
      actors: ['x-corp', 'elon-musk'],
      demands: ['comply-with-blocking-orders'],
      responses: ['x-closes-office'],
      sources: [
        { source: 'kulturegeek-x-post' },
        { source: 'trt-world-2024-08-17' },
        { source: 'o-povo-2024-08-17' },
      ],
      confidence: 'confirmed',
    },
    {
      id: 'ultimatum-24-hours',
      date: '2024-08-28',
      kind: 'order',
      title: 'Moraes gives Musk 24 hours to name a legal representative of X in Brazil, or face suspension',
      description:
        "The order was posted on the STF's X account around 20:00; the court notified the company that evening.",
      actors: ['alexandre-de-moraes', 'stf', 'elon-musk', 'x-corp'],
      demands: ['name-legal-representative'],
      deadlines: ['deadline-2024-08-29'],
      sources: [{ source: 'folha-en-2024-08-29' }, { source: 'nsc-total' }],
      confidence: 'confirmed',
    },
    {
      id: 'deadline-expires',
      date: '2024-08-29T20:07',
      kind: 'deadline',
      title: 'The 24 hours expire at 20:07 without a representative named',
      actors: ['x-corp', 'alexandre-de-moraes'],
      demands: ['name-legal-representative'],
      deadlines: ['deadline-2024-08-29'],
      sources: [
        { source: 'radio-cachoeira' },
        { source: 'rcc-news-2024-08-30' },
        { source: 'oraculo-news', quote: 'que expirou às 20h07 de quinta-feira (29)' },
      ],
      confidence: 'confirmed',
    },
    {
      id: 'suspension-ordered',
      date: '2024-08-30',
      kind: 'order',
      title:
        'Moraes orders the "immediate, complete" suspension of X until all orders are obeyed, and Anatel to implement it within 24 hours',
      description:
        'Issued around 17:30; an hour later Conexis confirmed the main operators had been notified. App stores and ' +
        'providers were to put up "technological obstacles", with a fine of R$50,000 a day for using VPNs.',
      actors: ['alexandre-de-moraes', 'stf', 'anatel', 'brazilian-operators', 'x-corp'],
      demands: ['name-legal-representative', 'comply-with-blocking-orders'],
      deadlines: ['deadline-2024-08-29'],
      sources: [
        {
          source: 'hindustan-times-afp-2024-08-31',
          quote:
            'Moraes ordered the "immediate, complete and comprehensive suspension of the operation of \'X Brasil Internet LTDA\' in the national territory."',
        },
        {
          source: 'dpl-news',
          quote:
            'A ordem de Moraes dando 24 horas para a Anatel notificar a operadoras sobre o bloqueio imediato foi emitida por volta das 17h30 do dia 30 de agosto e uma hora depois, a Conexis Brasil Digital confirmou que suas associadas (as principais operadoras do país) já tinham sido notificadas.',
        },
        { source: 'ndtv-2024' },
      ],
      confidence: 'confirmed',
    },
    {
      id: 'x-blocked',
      date: '2024-08-31',
      kind: 'enforcement',
      title: 'X goes dark for most users in the early hours of Saturday 31 August',
      description: 'Access began to fall at 00:22 (DPL News); by Sunday most operators had blocked it.',
      actors: ['brazilian-operators', 'x-corp'],
      demands: ['name-legal-representative', 'comply-with-blocking-orders'],
      sources: [
        {
          source: 'dunya-reuters-2024-09-02',
          quote: "X was taken down in Brazil in the early hours of Saturday following Moraes' decision.",
        },
        { source: 'sapo-lusa-2024-09' },
      ],
      confidence: 'reported',
    },
    {
      id: 'starlink-refuses',
      date: '2024-09-01',
      kind: 'response',
      title:
        'Starlink tells Anatel it will not block X while its accounts are frozen; Moraes sends his decision to the First Panel',
      actors: ['starlink', 'anatel', 'alexandre-de-moraes'],
      demands: ['name-legal-representative'],
      sources: [
        {
          source: 'perfil-news',
          quote:
            'No domingo (1º/9), a Starlink informou à Anatel que não cumpriria a ordem enquanto suas contas bancárias estivessem bloqueadas, conforme a decisão de Moraes.',
        },
        { source: 'dpl-news' },
      ],
      confidence: 'confirmed',
    },
    {
      id: 'first-panel-upholds',
      date: '2024-09-02',
      kind: 'ruling',
      title: 'The First Panel of the STF unanimously upholds the suspension (and the VPN fine)',
      description: 'A virtual vote open until 23:59.',
      actors: ['stf-first-panel', 'x-corp'],
      demands: ['name-legal-representative'],
      sources: [
        {
          source: 'dunya-reuters-2024-09-02',
          quote:
            'A Brazilian Supreme Court panel voted unanimously on Monday to uphold the suspension of social media giant X in the country for defying a court order',
        },
        { source: 'bnn-bloomberg-2024-09-02' },
      ],
      confidence: 'reported',
    },
    {
      id: 'starlink-complies',
      date: '2024-09-03',
      kind: 'response',
      title: 'Starlink reverses and blocks X while contesting the freeze of its assets',
      actors: ['starlink'],
      demands: ['name-legal-representative'],
      sources: [
        {
          source: 'pledge-times-estadao-2024-09-03',
          quote:
            '“… Regardless of the illegal treatment of Starlink in freezing our assets, we are complying with the order to block access to X in Brazil,”',
        },
      ],
      confidence: 'reported',
    },
    {
      id: 'fines-transferred',
      date: '2024-09-11',
      kind: 'enforcement',
      title:
        "Moraes orders R$18.35 million moved from the frozen accounts of X and Starlink to pay X's fines",
      description:
        'R$7,282,135.14 from X and R$11,067,864.86 from Starlink; the banks transferred it on 12 September, and the ' +
        'decision was made public on 13 September.',
      actors: ['alexandre-de-moraes', 'x-corp', 'starlink'],
      demands: ['comply-with-blocking-orders'],
      sources: [
        {
          source: 'folha-2024-09-13',
          quote: 'A decisão de transferência é da última quarta (11) e foi divulgada nesta sexta-feira (13).',
        },
        {
          source: 'pledge-times-poder360-2024-09-13',
          quote:
            'The amounts blocked by Moraes for non-compliance with court decisions were R$ 7,282,135.14 of the company X Brasil Internet Ltda and R$ 11,067,864.86 from Starlink Brazil Internet Services Ltda.',
        },
        { source: 'mobile-time', quote: 'O X já pagou a multa de R$ 18,3 milhões, de forma compulsória' },
      ],
      confidence: 'confirmed',
    },
    {
      id: 'cloudflare-restoration',
      date: '2024-09-18',
      kind: 'other',
      title:
        'X becomes reachable again after switching to Cloudflare\'s network; X calls it "inadvertent and temporary"',
      actors: ['x-corp'],
      demands: ['name-legal-representative'],
      sources: [
        {
          source: 'mixed-times-upi-2024-09-19',
          quote:
            '“This change resulted in an inadvertent and temporary service restoration to Brazilian users.”',
        },
        { source: 'mercopress-2024-09-28' },
      ],
      confidence: 'confirmed',
    },
    {
      id: 'proof-of-representation-ordered',
      date: '2024-09-19',
      kind: 'order',
      title: 'Moraes gives X 24 hours to prove it has legal representatives in Brazil',
      description: 'Notified around 21:00 on 19 September; the time ran to 21:29 on 20 September.',
      actors: ['alexandre-de-moraes', 'x-corp'],
      demands: ['name-legal-representative'],
      deadlines: ['deadline-2024-09-20'],
      sources: [{ source: 'diario-do-nordeste-2024-09-20' }],
      confidence: 'confirmed',
    },
    {
      id: 'representative-named',
      date: '2024-09-20',
      kind: 'response',
      title:
        'On the night of 20 September, X names lawyer Rachel de Oliveira Villa Nova as its representative',
      actors: ['x-corp', 'rachel-conceicao'],
      demands: ['name-legal-representative'],
      responses: ['x-names-representative'],
      deadlines: ['deadline-2024-09-20'],
      sources: [{ source: 'novo-jornal' }],
      confidence: 'confirmed',
    },
    {
      id: 'five-more-days',
      date: '2024-09-21',
      kind: 'order',
      title: 'Moraes finds the documents incomplete and gives X five more days',
      actors: ['alexandre-de-moraes', 'x-corp'],
      demands: ['name-legal-representative'],
      sources: [
        {
          source: 'o-contribuinte',
          quote:
            'O ministro Alexandre de Moraes, do Supremo Tribunal Federal (STF), concedeu um prazo de cinco dias para a rede social X apresentar documentos e informações adicionais sobre sua representação no Brasil.',
        },
      ],
      confidence: 'confirmed',
    },
    {
      id: 'release-requested',
      date: '2024-09-26',
      kind: 'filing',
      title:
        'X files the remaining documents, says it has met every requirement, and asks to be allowed back',
      actors: ['x-corp', 'stf'],
      demands: ['name-legal-representative', 'comply-with-blocking-orders'],
      responses: ['x-met-every-requirement'],
      sources: [{ source: 'o-liberal-2024-09-26' }, { source: 'mercopress-2024-09-28' }],
      confidence: 'confirmed',
    },
    {
      id: 'new-fines',
      date: '2024-09-27',
      kind: 'order',
      title:
        'Moraes conditions the return on new fines: R$10 million on X and R$300,000 on its representative',
      actors: ['alexandre-de-moraes', 'x-corp', 'rachel-conceicao'],
      demands: ['comply-with-blocking-orders'],
      sources: [
        {
          source: 'mercopress-2024-09-28',
          quote:
            "Brazilian Supreme Federal Court (STF) Justice Alexandre De Moraes Moraes Friday ruled that tycoon Elon Musk's social media platform X must pay a R$ 10 million (US$ 1.84 million) fine to be reinstated",
        },
      ],
      confidence: 'confirmed',
    },
    {
      id: 'accounts-unblocked',
      date: '2024-10-01',
      kind: 'order',
      title: 'X says it will pay R$28.6 million; Moraes orders its accounts unblocked so that it can',
      actors: ['x-corp', 'alexandre-de-moraes'],
      demands: ['comply-with-blocking-orders'],
      sources: [
        {
          source: 'diario-do-nordeste-2024-10',
          quote:
            'O ministro Alexandre de Moraes determinou ao Banco Central e à Comissão de Valores Mobiliários (CVM) o imediato desbloqueio das contas bancárias e ativos financeiros do X após a rede social informar ao Supremo Tribunal Federal (STF), nesta terça-feira (1º), que irá pagar R$ 28,6 milhões em multas.',
        },
      ],
      confidence: 'confirmed',
    },
    {
      id: 'fines-paid-wrong-bank',
      date: '2024-10-04',
      kind: 'order',
      title:
        'X pays R$28.6 million, into the wrong bank; Moraes orders the funds moved and asks the PGR for an opinion',
      actors: ['x-corp', 'alexandre-de-moraes', 'pgr'],
      demands: ['comply-with-blocking-orders'],
      sources: [
        {
          source: 'mercopress-2024-10-05',
          quote:
            '“There is, therefore, a need to regularize the deposit made by X Brasil Internet LTDA, so that there is effective and full payment of the fines,” the Judge ruled',
        },
      ],
      confidence: 'confirmed',
    },
    {
      id: 'suspension-ended',
      date: '2024-10-08',
      kind: 'agreement',
      title:
        "Moraes ends the suspension and authorises X's immediate return, after a favourable PGR opinion the same day",
      description:
        'Anatel was to put it into effect within 24 hours. The suspension lasted 39 days from 30 August (derived).',
      actors: ['alexandre-de-moraes', 'stf', 'anatel', 'pgr', 'x-corp'],
      demands: ['name-legal-representative', 'comply-with-blocking-orders'],
      sources: [
        {
          source: 'south-america-press-2024-10-09',
          quote:
            'I decree the end of the suspension and authorize the immediate return of the activities of X Brasil Internet LTDA in national territory and order Anatel to adopt the necessary measures to put the measure into effect, notifying this Supreme Court within 24 hours, he ruled.',
        },
        {
          source: 'wall-street-observer-reuters',
          quote:
            'Earlier on Tuesday, Brazil’s top prosecutor’s office had given its legal opinion to the court, backing the reinstating, the final measure needed before Moraes could allow X, formerly Twitter, to resume services in the country.',
        },
        { source: 'cumhuriyet-daily' },
      ],
      confidence: 'confirmed',
    },
  ],
  claims: [
    {
      id: 'users-20-million',
      topic: 'x-users-in-brazil',
      statement: 'More than 20 million users (about 21.5 million as of April, according to Statista).',
      quantity: { low: 20_000_000, qualifier: 'at-least', unit: 'users' },
      sources: [{ source: 'dunya-reuters-2024-09-02' }],
      confidence: 'reported',
    },
    {
      id: 'users-22-million',
      topic: 'x-users-in-brazil',
      statement: 'More than 22 million users in Brazil.',
      quantity: { low: 22_000_000, qualifier: 'at-least', unit: 'users' },
      sources: [{ source: 'hindustan-times-afp-2024-08-31' }],
      confidence: 'reported',
    },
    {
      id: 'deadline-minute-2007',
      topic: 'deadline-minute',
      statement: 'The 24-hour deadline expired at 20:07 on Thursday 29 August 2024.',
      sources: [{ source: 'radio-cachoeira' }, { source: 'rcc-news-2024-08-30' }, { source: 'oraculo-news' }],
      confidence: 'confirmed',
    },
  ],
};

/**
 * X (formerly Twitter) and Brazil, 2024: the secret order of 16 August, the office closed on 17 August, the
 * 24-hour ultimatum that expired at 20:07 on 29 August, the suspension of 30 August, the fines taken from frozen
 * accounts, and X's return on 8 October 2024 after it named a representative and paid.
 *
 * @category Datasets
 * @example
 * ```ts
 * import { xBrazil2024 } from 'dispute-timeline/datasets';
 * xBrazil2024.deadlines.map((deadline) => [deadline.due, deadline.outcome?.kind]);
 * //=> [['2024-08-29T20:07', 'enforced'], ['2024-09-20T21:29', 'met']]
 * ```
 */
export const xBrazil2024: Dispute = /* @__PURE__ */ parseDispute(data);
